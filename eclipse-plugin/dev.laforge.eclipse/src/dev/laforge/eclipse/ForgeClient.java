package dev.laforge.eclipse;

import com.google.gson.JsonObject;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.jsonrpc.services.JsonNotification;
import org.eclipse.lsp4j.services.LanguageClient;

/** What the server may ask of the client: diagnostics go to the connection, messages to the log. */
final class ForgeClient implements LanguageClient {

    private final ForgeConnection connection;

    ForgeClient(ForgeConnection connection) {
        this.connection = connection;
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
        connection.diagnosticsPublished(diagnostics);
    }

    @Override
    public void showMessage(MessageParams message) {
        connection.messageShown(message);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
        connection.messageShown(new MessageParams(request.getType(), request.getMessage()));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {
        if (message.getType() == MessageType.Error) {
            connection.messageShown(message);
        }
    }

    @Override
    public void telemetryEvent(Object object) {
        // The server sends no telemetry that the plugin would use.
    }

    @Override
    public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
        return CompletableFuture.supplyAsync(() -> new ApplyWorkspaceEditResponse(WorkspaceEdits.apply(params.getEdit())));
    }

    /** {@code laforge/generated}: generate on save has run; the written files are refreshed. */
    @JsonNotification(value = "laforge/generated", useSegment = false)
    public void generated(JsonObject result) {
        connection.generated(result);
    }
}
