package dev.laforge.language.ide.codeactions;

import com.google.inject.Inject;
import dev.laforge.backend.diagnostics.DiagnosticCode;
import dev.laforge.language.validation.GlobalNames;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;

/**
 * LaForge's quick fixes ({@code textDocument/codeAction}, kind {@code quickfix}): for each
 * diagnostic the client sends along whose code has fixes, one code action per proposal, with the
 * diagnostic it fixes and a {@code WorkspaceEdit} of {@code changes} (possibly in several files of
 * the project). The fixes read the live AST of the project, so they see unsaved edits.
 */
public class ForgeCodeActionService implements ICodeActionService2 {

  private final Map<DiagnosticCode, Consumer<FixContext>> fixes = new EnumMap<>(DiagnosticCode.class);

  @Inject private UriExtensions uris;
  @Inject private GlobalNames names;

  public ForgeCodeActionService() {
    SchemaFixes schema = new SchemaFixes();
    NameFixes unresolved = new NameFixes();
    AccessFixes access = new AccessFixes();
    PolicyFixes policies = new PolicyFixes();
    MigrationFixes migration = new MigrationFixes();
    fixes.put(DiagnosticCode.LF103, unresolved::unknownRelationTarget);
    fixes.put(DiagnosticCode.LF104, access::unknownRoleOrClaim);
    fixes.put(DiagnosticCode.LF105, unresolved::unknownField);
    fixes.put(DiagnosticCode.LF106, unresolved::unknownModel);
    fixes.put(DiagnosticCode.LF107, unresolved::unknownType);
    fixes.put(DiagnosticCode.LF201, schema::addPrimaryKey);
    fixes.put(DiagnosticCode.LF202, schema::removeOptionalFromKey);
    fixes.put(DiagnosticCode.LF204, schema::removeDuplicateField);
    fixes.put(DiagnosticCode.LF206, schema::removeDuplicateEnumValue);
    fixes.put(DiagnosticCode.LF208, schema::makeTenantUuid);
    fixes.put(DiagnosticCode.LF209, schema::removeSecondTenant);
    fixes.put(DiagnosticCode.LF210, schema::fixDefault);
    fixes.put(DiagnosticCode.LF212, access::removeDuplicateGrantee);
    fixes.put(DiagnosticCode.LF218, schema::removeMisplaced);
    fixes.put(DiagnosticCode.LF301, policies::mergeDuplicatePolicy);
    fixes.put(DiagnosticCode.LF303, policies::unknownUserProperty);
    fixes.put(DiagnosticCode.LF305, policies::unknownEnumLiteral);
    fixes.put(DiagnosticCode.LF306, access::modelDeniesAll);
    fixes.put(DiagnosticCode.LF309, policies::unknownMethod);
    fixes.put(DiagnosticCode.LF402, migration::declareRename);
    fixes.put(DiagnosticCode.LF405, migration::addDefaultOrMarkOptional);
    fixes.put(DiagnosticCode.LF406, migration::markOptional);
  }

  @Override
  public List<Either<Command, CodeAction>> getCodeActions(Options options) {
    CodeActionContext context = options.getCodeActionParams().getContext();
    if (context == null || context.getDiagnostics() == null || !wantsQuickFixes(context.getOnly())) {
      return List.of();
    }
    if (context.getDiagnostics().stream().allMatch(d -> fixFor(d) == null)) {
      return List.of();
    }
    Optional<ILanguageServerAccess.Context> read = read(options);
    if (read.isEmpty()) {
      return List.of();
    }
    List<Either<Command, CodeAction>> actions = new ArrayList<>();
    for (Diagnostic diagnostic : context.getDiagnostics()) {
      Consumer<FixContext> fix = fixFor(diagnostic);
      if (fix != null) {
        FixContext.of(read.get().getResource(), read.get().getDocument(), diagnostic, uris, names).ifPresent(ctx -> {
          fix.accept(ctx);
          ctx.fixes().forEach(f -> actions.add(Either.forRight(codeAction(f, diagnostic))));
        });
      }
    }
    return actions;
  }

  private static boolean wantsQuickFixes(List<String> only) {
    return only == null || only.isEmpty() || only.contains(CodeActionKind.QuickFix);
  }

  private Consumer<FixContext> fixFor(Diagnostic diagnostic) {
    if (diagnostic == null || diagnostic.getCode() == null || !diagnostic.getCode().isLeft()) {
      return null;
    }
    return DiagnosticCode.parse(diagnostic.getCode().getLeft()).map(fixes::get).orElse(null);
  }

  /** The document and resource of the request; empty for a file outside every project. */
  private static Optional<ILanguageServerAccess.Context> read(Options options) {
    try {
      return Optional.ofNullable(options.getLanguageServerAccess().doSyncRead(options.getURI(), c -> c));
    } catch (NullPointerException e) {
      // doSyncRead dereferences the resource it did not find: the file belongs to no project.
      return Optional.empty();
    }
  }

  private static CodeAction codeAction(FixContext.Fix fix, Diagnostic diagnostic) {
    CodeAction action = new CodeAction(fix.title());
    action.setKind(CodeActionKind.QuickFix);
    action.setDiagnostics(List.of(diagnostic));
    action.setEdit(fix.edit().toWorkspaceEdit());
    return action;
  }
}
