package dev.laforge.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.laforge.eclipse.DiagnosticMarkers;
import dev.laforge.eclipse.ForgeConnection;
import dev.laforge.eclipse.ForgePreferences;
import dev.laforge.eclipse.ForgeServers;
import dev.laforge.eclipse.LaForgePlugin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.core.runtime.Platform;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/** The client against the real language server jar that the bundle carries, over stdio. */
class LanguageServerHandshakeTest {

    /** A domain with one seeded problem: Tag has no primary key (LF201). */
    static final String DOMAIN = """
        model Post {
          id: uuid pk
          title: string
        }

        model Tag {
          name: string
        }
        """;

    @TempDir
    Path folder;

    private ForgeConnection connection;

    @BeforeEach
    void startServer() throws Exception {
        Platform.getBundle(LaForgePlugin.PLUGIN_ID).start(Bundle.START_TRANSIENT);
        Files.writeString(folder.resolve("domain.forge"), DOMAIN, StandardCharsets.UTF_8);
        long started = System.nanoTime();
        connection = ForgeConnection.start(folder, ForgeServers.commandLine(), ForgePreferences.serverSettings(),
            folder.resolve("server.log"));
        System.out.printf("language server started and initialized in %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    @AfterEach
    void stopServer() {
        if (connection != null) {
            connection.shutdown();
        }
    }

    @Test
    void initializeAnnouncesTheFeaturesTheClientUses() {
        var capabilities = connection.capabilities();
        assertNotNull(capabilities.getHoverProvider(), "hover");
        assertNotNull(capabilities.getCompletionProvider(), "completion");
        assertNotNull(capabilities.getCodeActionProvider(), "code actions");
        assertNotNull(capabilities.getDefinitionProvider(), "definition");
        assertNotNull(capabilities.getDocumentSymbolProvider(), "document symbols");
        assertNotNull(capabilities.getDocumentFormattingProvider(), "formatting");
    }

    @Test
    void didOpenReceivesTheSeededDiagnostic() throws Exception {
        String uri = ForgeConnection.uri(folder.resolve("domain.forge"));
        CompletableFuture<List<Diagnostic>> published = new CompletableFuture<>();
        connection.onDiagnostics(params -> {
            if (params.getUri().equals(uri) && !params.getDiagnostics().isEmpty()) {
                published.complete(params.getDiagnostics());
            }
        });
        connection.open(uri, DOMAIN);
        List<Diagnostic> diagnostics = published.get(60, TimeUnit.SECONDS);
        Diagnostic missingKey = diagnostics.stream().filter(d -> "LF201".equals(DiagnosticMarkers.code(d))).findFirst().orElseThrow();
        assertEquals(5, missingKey.getRange().getStart().getLine(), "on model Tag");
        assertTrue(DiagnosticMarkers.message(missingKey).contains("Tag"), DiagnosticMarkers.message(missingKey));
    }

    @Test
    void quickFixesComeForADiagnosticKeptAsJson() throws Exception {
        String uri = ForgeConnection.uri(folder.resolve("domain.forge"));
        CompletableFuture<List<Diagnostic>> published = new CompletableFuture<>();
        connection.onDiagnostics(params -> {
            if (params.getUri().equals(uri) && !params.getDiagnostics().isEmpty()) {
                published.complete(params.getDiagnostics());
            }
        });
        connection.open(uri, DOMAIN);
        Diagnostic original = published.get(60, TimeUnit.SECONDS).stream()
            .filter(d -> "LF201".equals(DiagnosticMarkers.code(d))).findFirst().orElseThrow();
        Gson gson = new MessageJsonHandler(Map.of()).getGson();
        Diagnostic kept = gson.fromJson(gson.toJson(original), Diagnostic.class);
        CodeActionContext context = new CodeActionContext(List.of(kept));
        context.setOnly(List.of(CodeActionKind.QuickFix));
        List<String> titles = connection.server().getTextDocumentService()
            .codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), kept.getRange(), context))
            .get(60, TimeUnit.SECONDS).stream().map(action -> action.getRight().getTitle()).toList();
        assertEquals(List.of("Add primary key `id: uuid pk default uuid()`"), titles);
    }

    @Test
    void hoverAndGeneratedSqlShowTheSql() throws Exception {
        String uri = ForgeConnection.uri(folder.resolve("domain.forge"));
        connection.open(uri, DOMAIN);
        Hover hover = connection.server().getTextDocumentService()
            .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(0, 7))).get(60, TimeUnit.SECONDS);
        assertTrue(hover.getContents().getRight().getValue().contains("CREATE TABLE \"posts\""), hover.getContents().getRight().getValue());

        JsonObject params = new JsonObject();
        params.addProperty("uri", uri);
        params.addProperty("dialect", "sqlite");
        JsonObject sql = connection.server().generatedSql(params).get(60, TimeUnit.SECONDS);
        assertEquals("sqlite", sql.get("dialect").getAsString());
        assertEquals("sql/sqlite/schema.sql", sql.getAsJsonArray("files").get(0).getAsJsonObject().get("path").getAsString());
    }
}
