package dev.laforge.language.ide.server;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.IMultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;

/**
 * Xtext's server module with the Forge server, one Xtext project per forge.yaml, the initial build
 * after the initialize response, and re-linking (not re-parsing) of files affected by an edit.
 */
public final class ForgeServerModule extends AbstractModule {

  private ForgeServerModule() {}

  /** The module the Forge language server is built from. */
  public static Module create() {
    return Modules.override(new ServerModule()).with(new ForgeServerModule());
  }

  @Override
  protected void configure() {
    bind(LanguageServerImpl.class).to(ForgeLanguageServerImpl.class);
    bind(LanguageServer.class).to(ForgeLanguageServerImpl.class);
    bind(IMultiRootWorkspaceConfigFactory.class).to(ForgeWorkspaceConfigFactory.class);
    bind(WorkspaceManager.class).to(ForgeWorkspaceManager.class);
    bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(RelinkingIncrementalBuilder.class);
  }
}
