package dev.laforge.language.ide;

import dev.laforge.language.ide.codeactions.ForgeCodeActionService;
import dev.laforge.language.ide.codelens.ForgeCodeLensService;
import dev.laforge.language.ide.codelens.ForgeCommandService;
import dev.laforge.language.ide.hover.ForgeHoverService;
import dev.laforge.language.ide.preview.ForgeRequests;
import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.ide.server.hover.IHoverService;

/** The Forge language's IDE services: what the language server offers beyond Xtext's defaults. */
public class ForgeIdeModule extends AbstractForgeIdeModule {

  /** Quick fixes for LaForge's diagnostics. */
  public Class<? extends ICodeActionService2> bindICodeActionService2() {
    return ForgeCodeActionService.class;
  }

  /** Hover: doc comments and the SQL/RLS a declaration compiles to. */
  public Class<? extends IHoverService> bindIHoverService() {
    return ForgeHoverService.class;
  }

  /** Code lenses above models ("N policies · SQL") and policies ("preview"). */
  public Class<? extends ICodeLensService> bindICodeLensService() {
    return ForgeCodeLensService.class;
  }

  /** The commands behind the code lenses, for workspace/executeCommand. */
  public Class<? extends IExecutableCommandService> bindIExecutableCommandService() {
    return ForgeCommandService.class;
  }

  /** laforge/policyPreview and laforge/generatedSql. */
  public Class<? extends ILanguageServerExtension> bindILanguageServerExtension() {
    return ForgeRequests.class;
  }
}
