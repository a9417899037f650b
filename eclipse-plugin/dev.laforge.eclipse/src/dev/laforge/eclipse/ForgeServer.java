package dev.laforge.eclipse;

import com.google.gson.JsonObject;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.services.LanguageServer;

/** The Forge language server as the client sees it: LSP plus the LaForge requests of docs/lsp.md. */
public interface ForgeServer extends LanguageServer {

    /** {@code laforge/generatedSql}: {@code {uri, dialect?, model?}} to {@code {dialect, model?, files}}. */
    @JsonRequest(value = "laforge/generatedSql", useSegment = false)
    CompletableFuture<JsonObject> generatedSql(JsonObject params);

    /** {@code laforge/migrationDiff}: {@code {uri}} to the diff between the last snapshot and the domain. */
    @JsonRequest(value = "laforge/migrationDiff", useSegment = false)
    CompletableFuture<JsonObject> migrationDiff(JsonObject params);
}
