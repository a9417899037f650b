package dev.laforge.lsp;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A short scripted editor session against an in-process server (initialize, open every file of a
 * project, edit, hover, complete), run once at build time with
 * {@code -XX:ArchiveClassesAtExit=forge-lsp-server.jsa} so that the classes a real session loads
 * are stored in a class data sharing archive: a server started with
 * {@code -XX:SharedArchiveFile=forge-lsp-server.jsa} starts faster. Never fails: a session that
 * goes wrong only makes the archive smaller.
 *
 * <pre>java -XX:ArchiveClassesAtExit=ARCHIVE -cp forge-lsp-server.jar dev.laforge.lsp.TrainingSession PROJECT_DIR</pre>
 */
public final class TrainingSession {

  private static final long TIMEOUT_S = 60;

  private TrainingSession() {}

  public static void main(String[] args) {
    try {
      if (args.length != 1) {
        throw new IllegalArgumentException("usage: TrainingSession PROJECT_DIR");
      }
      run(Path.of(args[0]).toAbsolutePath().normalize());
    } catch (Exception | LinkageError e) {
      System.err.println("forge-lsp-server: training session incomplete (" + e + "); the archive covers less");
    }
    // Exit now: the archive is written at exit, and the in-process server's threads would linger.
    System.exit(0);
  }

  private static void run(Path project) throws Exception {
    PipedOutputStream toServer = new PipedOutputStream();
    PipedInputStream serverIn = new PipedInputStream(toServer, 1 << 20);
    PipedOutputStream fromServer = new PipedOutputStream();
    PipedInputStream clientIn = new PipedInputStream(fromServer, 1 << 20);
    Thread serverThread = new Thread(() -> ForgeLanguageServer.serve(serverIn, fromServer, false), "training-server");
    serverThread.setDaemon(true);
    serverThread.start();

    Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new QuietClient(), clientIn, toServer);
    launcher.startListening();
    LanguageServer server = launcher.getRemoteProxy();
    InitializeParams init = new InitializeParams();
    init.setProcessId((int) ProcessHandle.current().pid());
    init.setRootUri(project.toUri().toString());
    init.setCapabilities(new ClientCapabilities());
    await(server.initialize(init));
    server.initialized(new InitializedParams());

    List<Path> files = forgeFiles(project);
    for (Path file : files) {
      String text = Files.readString(file);
      String uri = file.toUri().toString();
      server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "forge", 1, text)));
      exercise(server, uri, text);
    }
    await(server.getWorkspaceService().symbol(new WorkspaceSymbolParams("User")));
    await(server.shutdown());
  }

  /** Edits the end of a file (an error, then the original text), then asks for hover, completion and symbols. */
  private static void exercise(LanguageServer server, String uri, String text) throws Exception {
    var documents = server.getTextDocumentService();
    Position end = endOf(text);
    documents.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
        List.of(new TextDocumentContentChangeEvent(new Range(end, end), "\nmodel Training { id: uuid pk owner: belongsTo(Nobody) }\n"))));
    documents.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 3),
        List.of(new TextDocumentContentChangeEvent(text))));
    TextDocumentIdentifier id = new TextDocumentIdentifier(uri);
    int target = text.indexOf("belongsTo(");
    if (target >= 0) {
      Position at = positionOf(text, target + "belongsTo(".length());
      awaitQuietly(documents.hover(new HoverParams(id, at)));
      awaitQuietly(documents.completion(new CompletionParams(id, at)));
    }
    awaitQuietly(documents.documentSymbol(new DocumentSymbolParams(id)));
  }

  private static List<Path> forgeFiles(Path project) throws IOException {
    try (Stream<Path> files = Files.walk(project)) {
      return files.filter(p -> p.toString().endsWith(".forge") && Files.isRegularFile(p)).sorted().toList();
    }
  }

  private static Position endOf(String text) {
    return positionOf(text, text.length());
  }

  private static Position positionOf(String text, int offset) {
    int line = 0;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, offset - lineStart);
  }

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(TIMEOUT_S, TimeUnit.SECONDS);
  }

  /** A request the server may not offer (an error answer is fine). */
  private static void awaitQuietly(CompletableFuture<?> future) throws Exception {
    try {
      future.get(TIMEOUT_S, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      // not offered, or failed on this input: the classes are loaded either way
    }
  }

  /** A client that ignores everything the server sends. */
  private static final class QuietClient implements LanguageClient {
    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {}

    @Override
    public void showMessage(MessageParams messageParams) {}

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {}
  }
}
