package dev.laforge.eclipse;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/** The LaForge commands of a .forge editor: Format, Show Generated SQL, Show Migration Diff. */
public final class ForgeCommandHandler extends AbstractHandler {

    /** Formats the document as {@code forge fmt} does. */
    public static final String FORMAT = "dev.laforge.eclipse.format";
    /** Shows the SQL of the project in the Generated SQL view. */
    public static final String SHOW_GENERATED_SQL = "dev.laforge.eclipse.showGeneratedSql";
    /** Shows the migration from the last snapshot in the Migration Diff view. */
    public static final String SHOW_MIGRATION_DIFF = "dev.laforge.eclipse.showMigrationDiff";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IEditorPart editor = HandlerUtil.getActiveEditorChecked(event);
        if (!(editor instanceof ITextEditor textEditor)) {
            return null;
        }
        ForgeDocument forge = ForgeDocument.of(textEditor.getDocumentProvider().getDocument(textEditor.getEditorInput()));
        if (forge == null) {
            MessageDialog.openError(editor.getSite().getShell(), "LaForge", "The LaForge language server is not running (see the error log).");
            return null;
        }
        try {
            switch (event.getCommand().getId()) {
                case FORMAT -> format(forge);
                case SHOW_GENERATED_SQL -> ReportView.show(editor.getSite().getPage(), ReportView.GENERATED_SQL,
                    "SQL of " + editor.getTitle(), generatedSql(forge));
                case SHOW_MIGRATION_DIFF -> ReportView.show(editor.getSite().getPage(), ReportView.MIGRATION_DIFF,
                    "Migration of the project of " + editor.getTitle(), migrationDiff(forge));
                default -> throw new ExecutionException("unknown command " + event.getCommand().getId());
            }
        } catch (IllegalStateException e) {
            MessageDialog.openError(editor.getSite().getShell(), "LaForge", explain(e));
        } catch (PartInitException e) {
            throw new ExecutionException("cannot open the view", e);
        }
        return null;
    }

    private static void format(ForgeDocument forge) {
        List<? extends TextEdit> edits = ForgeConnection.await(forge.connection().server().getTextDocumentService()
            .formatting(new DocumentFormattingParams(forge.identifier(), new FormattingOptions(2, true))), ForgeDocument.TIMEOUT_MILLIS);
        if (edits != null) {
            WorkspaceEdits.apply(forge.document(), List.copyOf(edits));
        }
    }

    /** The project's generated SQL for the preferred dialect, one file after the other. */
    static String generatedSql(ForgeDocument forge) {
        JsonObject params = new JsonObject();
        params.addProperty("uri", forge.uri());
        String dialect = ForgePreferences.store().getString(ForgePreferences.DIALECT);
        if (!dialect.isBlank()) {
            params.addProperty("dialect", dialect);
        }
        JsonObject answer = ForgeConnection.await(forge.connection().server().generatedSql(params), ForgeDocument.TIMEOUT_MILLIS);
        return answer == null ? "The language server did not answer in time." : renderFiles(answer);
    }

    /** The files of a {@code laforge/generatedSql} answer as one text. */
    static String renderFiles(JsonObject answer) {
        StringBuilder out = new StringBuilder();
        if (answer.get("files") != null && answer.get("files").isJsonArray()) {
            for (JsonElement element : answer.getAsJsonArray("files")) {
                JsonObject file = element.getAsJsonObject();
                out.append("-- ").append(file.get("path").getAsString()).append('\n').append(file.get("content").getAsString()).append('\n');
            }
        }
        return out.toString();
    }

    /** The migration diff of the project, with the SQL of the preferred dialect (PostgreSQL by default). */
    static String migrationDiff(ForgeDocument forge) {
        JsonObject params = new JsonObject();
        params.addProperty("uri", forge.uri());
        JsonObject answer = ForgeConnection.await(forge.connection().server().migrationDiff(params), ForgeDocument.TIMEOUT_MILLIS);
        if (answer == null) {
            return "The language server did not answer in time.";
        }
        String dialect = ForgePreferences.store().getString(ForgePreferences.DIALECT);
        return MigrationDiff.of(answer).render(dialect.isBlank() ? "postgres" : dialect);
    }

    private static String explain(IllegalStateException error) {
        if (error.getCause() instanceof ResponseErrorException response
            && response.getResponseError().getCode() == ResponseErrorCode.MethodNotFound.getValue()) {
            return "This version of the LaForge language server does not offer this request.";
        }
        return error.getMessage();
    }
}
