package dev.laforge.eclipse;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionKindCapabilities;
import org.eclipse.lsp4j.CodeActionLiteralSupportCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.DefinitionCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeConfigurationCapabilities;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.FormattingCapabilities;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsCapabilities;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.SynchronizationCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;

/**
 * One running language server for one folder (an Eclipse project): the process, the JSON-RPC
 * connection, the versions of the documents it was sent and the diagnostics it published.
 */
public final class ForgeConnection {

    /** The language id of .forge documents. */
    public static final String LANGUAGE_ID = "forge";

    private final Process process;
    private final ForgeServer server;
    private final ExecutorService executor;
    private final Map<String, Integer> versions = new ConcurrentHashMap<>();
    private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
    private final List<Consumer<PublishDiagnosticsParams>> diagnosticListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<JsonObject>> generatedListeners = new CopyOnWriteArrayList<>();
    private volatile ServerCapabilities capabilities;

    private ForgeConnection(Process process) {
        this.process = process;
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "LaForge language server connection");
            thread.setDaemon(true);
            return thread;
        });
        Launcher<ForgeServer> launcher = new Launcher.Builder<ForgeServer>()
            .setLocalService(new ForgeClient(this))
            .setRemoteInterface(ForgeServer.class)
            .setInput(process.getInputStream())
            .setOutput(process.getOutputStream())
            .setExecutorService(executor)
            .create();
        this.server = launcher.getRemoteProxy();
        launcher.startListening();
    }

    /**
     * Starts the server and completes the initialize handshake.
     *
     * @param root the folder the server treats as its workspace folder
     * @param command the command line, see {@link ServerCommandLine}
     * @param settings the initialization options (docs/lsp.md, Settings)
     * @param log the file that receives the server's standard error
     */
    public static ForgeConnection start(Path root, List<String> command, JsonObject settings, Path log)
        throws IOException {
        Process process = new ProcessBuilder(command)
            .directory(root.toFile())
            .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
        ForgeConnection connection = new ForgeConnection(process);
        try {
            connection.initialize(root, settings);
        } catch (IOException | RuntimeException e) {
            connection.shutdown();
            throw e;
        }
        return connection;
    }

    private void initialize(Path root, JsonObject settings) throws IOException {
        InitializeParams params = new InitializeParams();
        params.setProcessId((int) ProcessHandle.current().pid());
        params.setClientInfo(new org.eclipse.lsp4j.ClientInfo("LaForge for Eclipse"));
        params.setRootUri(uri(root));
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(uri(root), root.getFileName() == null ? "root" : root.getFileName().toString())));
        params.setInitializationOptions(settings);
        params.setCapabilities(clientCapabilities());
        InitializeResult result = await(server.initialize(params), TimeUnit.SECONDS.toMillis(60));
        if (result == null) {
            throw new IOException("the language server did not answer initialize (see " + root + " and the server log)");
        }
        capabilities = result.getCapabilities();
        server.initialized(new InitializedParams());
    }

    private static ClientCapabilities clientCapabilities() {
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        SynchronizationCapabilities sync = new SynchronizationCapabilities();
        sync.setDidSave(true);
        text.setSynchronization(sync);
        text.setHover(new HoverCapabilities(List.of(MarkupKind.MARKDOWN, MarkupKind.PLAINTEXT), false));
        text.setCompletion(new CompletionCapabilities());
        text.setDefinition(new DefinitionCapabilities());
        DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
        symbols.setHierarchicalDocumentSymbolSupport(true);
        text.setDocumentSymbol(symbols);
        text.setFormatting(new FormattingCapabilities());
        text.setCodeAction(new CodeActionCapabilities(
            new CodeActionLiteralSupportCapabilities(new CodeActionKindCapabilities(List.of(CodeActionKind.QuickFix))), false));
        text.setPublishDiagnostics(new PublishDiagnosticsCapabilities(true));
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        workspace.setApplyEdit(true);
        workspace.setWorkspaceFolders(true);
        workspace.setDidChangeConfiguration(new DidChangeConfigurationCapabilities());
        workspace.setExecuteCommand(new ExecuteCommandCapabilities());
        ClientCapabilities capabilities = new ClientCapabilities();
        capabilities.setTextDocument(text);
        capabilities.setWorkspace(workspace);
        return capabilities;
    }

    /** The capabilities the server announced in its initialize response. */
    public ServerCapabilities capabilities() {
        return capabilities;
    }

    /** The server, for requests. */
    public ForgeServer server() {
        return server;
    }

    /** Whether the server process still runs. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Sends {@code didOpen} with the document's text. */
    public void open(String uri, String text) {
        versions.put(uri, 1);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, LANGUAGE_ID, 1, text)));
    }

    /** Whether the document was opened and not closed since. */
    public boolean isOpen(String uri) {
        return versions.containsKey(uri);
    }

    /** Sends {@code didChange} with the whole new text. */
    public void change(String uri, String text) {
        int version = versions.merge(uri, 1, Integer::sum);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
            new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    /** Sends {@code didSave}; the server generates when generate on save is on. */
    public void save(String uri) {
        server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    /** Sends {@code didClose}. */
    public void close(String uri) {
        if (versions.remove(uri) != null) {
            server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
        }
    }

    /** Tells the server that files it has not opened were created, changed or deleted. */
    public void watchedFilesChanged(List<FileEvent> events) {
        server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(events));
    }

    /** Sends changed settings ({@code workspace/didChangeConfiguration}). */
    public void settingsChanged(JsonObject settings) {
        server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings));
    }

    /** The diagnostics last published for a document (empty when none). */
    public List<Diagnostic> diagnostics(String uri) {
        return diagnostics.getOrDefault(uri, List.of());
    }

    /** Calls the listener with every {@code publishDiagnostics} from now on. */
    public void onDiagnostics(Consumer<PublishDiagnosticsParams> listener) {
        diagnosticListeners.add(listener);
    }

    /** Calls the listener with every {@code laforge/generated} notification from now on. */
    public void onGenerated(Consumer<JsonObject> listener) {
        generatedListeners.add(listener);
    }

    void diagnosticsPublished(PublishDiagnosticsParams params) {
        diagnostics.put(params.getUri(), List.copyOf(params.getDiagnostics()));
        diagnosticListeners.forEach(listener -> listener.accept(params));
    }

    void generated(JsonObject result) {
        generatedListeners.forEach(listener -> listener.accept(result));
    }

    void messageShown(MessageParams message) {
        int severity = message.getType() == MessageType.Error ? IStatus.ERROR
            : message.getType() == MessageType.Warning ? IStatus.WARNING : IStatus.INFO;
        ILog.of(ForgeConnection.class).log(new Status(severity, LaForgePlugin.PLUGIN_ID, message.getMessage()));
    }

    /** Ends the server: shutdown and exit when it answers, else the process is destroyed. */
    public void shutdown() {
        try {
            if (process.isAlive() && capabilities != null) {
                await(server.shutdown(), 3000);
                server.exit();
            }
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } finally {
            executor.shutdownNow();
        }
    }

    /**
     * Waits for a request's answer.
     *
     * @return the answer, or null when it did not come in time (the request is then cancelled)
     * @throws IllegalStateException when the server answered with an error
     */
    public static <T> T await(CompletableFuture<T> request, long millis) {
        try {
            return request.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            request.cancel(true);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            request.cancel(true);
            return null;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }

    /** The URI the server uses for a file or folder: {@code file:///...}. */
    public static String uri(Path path) {
        return path.toAbsolutePath().normalize().toUri().toString();
    }
}
