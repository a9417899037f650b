package dev.laforge.language.ide;

import dev.laforge.language.ide.codeactions.ForgeCodeActionService;
import dev.laforge.language.ide.codelens.ForgeCodeLensService;
import dev.laforge.language.ide.codelens.ForgeCommandService;
import dev.laforge.language.ide.contentassist.ForgeContentAssistService;
import dev.laforge.language.ide.contentassist.ForgeContentProposalProvider;
import dev.laforge.language.ide.contentassist.ForgeCrossrefProposalProvider;
import dev.laforge.language.ide.contentassist.UniqueProposalAcceptor;
import dev.laforge.language.ide.formatting.ForgeFormattingService;
import dev.laforge.language.ide.highlighting.ForgeSemanticHighlightingCalculator;
import dev.laforge.language.ide.hover.ForgeHoverService;
import dev.laforge.language.ide.preview.ForgeRequests;
import dev.laforge.language.ide.rename.ForgeRenameService;
import dev.laforge.language.ide.symbols.ForgeDocumentHighlightService;
import dev.laforge.language.ide.symbols.ForgeDocumentSymbolService;
import dev.laforge.language.ide.symbols.ForgeFoldingRangeProvider;
import dev.laforge.language.ide.symbols.ForgeOutline;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.occurrences.IDocumentHighlightService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;

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

  /** laforge/policyPreview, laforge/generatedSql and laforge/migrationDiff. */
  public Class<? extends ILanguageServerExtension> bindILanguageServerExtension() {
    return ForgeRequests.class;
  }

  /** Completion: keywords, types, modifiers, names, record chains, user context, roles, claims, enum values. */
  public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
    return ForgeContentProposalProvider.class;
  }

  /** Completion of references, with the kind and detail of what they name. */
  public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
    return ForgeCrossrefProposalProvider.class;
  }

  /** One completion item per label. */
  public Class<? extends IdeContentProposalAcceptor> bindIdeContentProposalAcceptor() {
    return UniqueProposalAcceptor.class;
  }

  /** Completion items with Forge's kinds; string proposals replace the whole string. */
  public Class<? extends ContentAssistService> bindContentAssistService() {
    return ForgeContentAssistService.class;
  }

  /** Go to definition, find references and workspace symbols. */
  public Class<? extends DocumentSymbolService> bindDocumentSymbolService() {
    return ForgeDocumentSymbolService.class;
  }

  /** The outline (hierarchical document symbols). */
  public Class<? extends HierarchicalDocumentSymbolService> bindHierarchicalDocumentSymbolService() {
    return ForgeOutline.class;
  }

  /** Read and write occurrences of the symbol under the cursor. */
  public Class<? extends IDocumentHighlightService> bindIDocumentHighlightService() {
    return ForgeDocumentHighlightService.class;
  }

  /** Rename across the project, with prepareRename and refusals of invalid or taken names. */
  @Override
  public Class<? extends IRenameService2> bindIRenameService2() {
    return ForgeRenameService.class;
  }

  /** Folding of declarations, blocks and comments. */
  public Class<? extends IFoldingRangeProvider> bindIFoldingRangeProvider() {
    return ForgeFoldingRangeProvider.class;
  }

  /** Semantic tokens. */
  public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
    return ForgeSemanticHighlightingCalculator.class;
  }

  /** Document and range formatting, exactly what {@code forge fmt} writes. */
  public Class<? extends FormattingService> bindFormattingService() {
    return ForgeFormattingService.class;
  }

  /** The language server's builder never runs Xtext generation (see {@link dev.laforge.language.ide.server.SkipBuilderGeneration}). */
  public Class<? extends org.eclipse.xtext.generator.IShouldGenerate> bindIShouldGenerate() {
    return dev.laforge.language.ide.server.SkipBuilderGeneration.class;
  }
}
