package dev.laforge.language.ide.server;

import java.util.List;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;

/**
 * Xtext's workspace manager whose first full build can run after the initialize response: the
 * client gets its answer as soon as the server is up, and the initial build runs as the first write
 * request, before any request or edit the client sends next (those wait for it, as before). After
 * every build it adds the migration warnings to the published diagnostics ({@link MigrationDiagnostics}).
 */
public class ForgeWorkspaceManager extends WorkspaceManager {

  private final MigrationDiagnostics migrationDiagnostics = new MigrationDiagnostics();

  private boolean deferNextRefresh;
  private boolean refreshPending;

  /** The next workspace refresh (the one of initialize) only records that a build is due. */
  void deferInitialBuild() {
    deferNextRefresh = true;
  }

  /** Runs the deferred initial build, if one is due: loads the projects and builds every file. */
  void runDeferredBuild(CancelIndicator cancelIndicator) {
    if (refreshPending) {
      refreshPending = false;
      super.refreshWorkspaceConfig(cancelIndicator);
    }
  }

  @Override
  public void initialize(List<WorkspaceFolder> workspaceFolders, Procedure2<? super URI, ? super Iterable<Issue>> issueAcceptor,
      CancelIndicator cancelIndicator) {
    super.initialize(workspaceFolders, migrationDiagnostics.wrap(issueAcceptor), cancelIndicator);
  }

  @Override
  public void initialize(URI baseDir, Procedure2<? super URI, ? super Iterable<Issue>> issueAcceptor, CancelIndicator cancelIndicator) {
    super.initialize(baseDir, migrationDiagnostics.wrap(issueAcceptor), cancelIndicator);
  }

  @Override
  protected void afterBuild(List<IResourceDescription.Delta> deltas) {
    migrationDiagnostics.afterBuild(getProjectManagers());
    super.afterBuild(deltas);
  }

  @Override
  protected void refreshWorkspaceConfig(CancelIndicator cancelIndicator) {
    if (deferNextRefresh) {
      deferNextRefresh = false;
      refreshPending = true;
      return;
    }
    refreshPending = false;
    super.refreshWorkspaceConfig(cancelIndicator);
  }
}
