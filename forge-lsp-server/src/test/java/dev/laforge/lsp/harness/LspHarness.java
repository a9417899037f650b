package dev.laforge.lsp.harness;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKindCapabilities;
import org.eclipse.lsp4j.CodeActionLiteralSupportCapabilities;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A real LSP4J client talking to the shaded server jar over stdio. One harness per test: it starts
 * the process in a workspace folder, initializes it, and offers one helper per feature.
 *
 * <p>Synchronisation: the server answers read requests only after every earlier edit was built
 * and its diagnostics published, so {@link #sync()} (a cheap read request) makes the diagnostics
 * seen by the client those of the latest text.
 */
public final class LspHarness implements AutoCloseable {

  public static final long TIMEOUT_MS = 60_000;

  private final Process process;
  private final TestClient client;
  private final LanguageServer server;
  private final Launcher<LanguageServer> launcher;
  private final Path workspace;
  private final InitializeResult initializeResult;
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final Thread stderrPump;
  private final Map<String, Doc> open = new HashMap<>();

  private LspHarness(Path workspace, JsonObject initializationOptions) throws Exception {
    this.workspace = workspace.toAbsolutePath().normalize();
    Path jar = Path.of("target", "forge-lsp-server.jar").toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("shaded server jar missing (run the package phase first): " + jar);
    }
    List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", jar.toString()));
    this.process = new ProcessBuilder(command).directory(this.workspace.toFile()).start();
    this.stderrPump = pump(process.getErrorStream(), stderr);
    this.client = new TestClient();
    this.launcher = new LSPLauncher.Builder<LanguageServer>() {
      @Override
      protected Map<String, JsonRpcMethod> getSupportedMethods() {
        return withLaforgeRequests(super.getSupportedMethods());
      }
    }.setLocalService(client).setRemoteInterface(LanguageServer.class)
        .setInput(process.getInputStream()).setOutput(process.getOutputStream()).create();
    launcher.startListening();
    this.server = launcher.getRemoteProxy();
    InitializeParams params = new InitializeParams();
    params.setProcessId((int) ProcessHandle.current().pid());
    params.setRootUri(this.workspace.toUri().toString());
    params.setCapabilities(capabilities());
    params.setInitializationOptions(initializationOptions);
    this.initializeResult = server.initialize(params).get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    server.initialized(new InitializedParams());
  }

  /** Starts a server on {@code workspace} with default settings. */
  public static LspHarness start(Path workspace) throws Exception {
    return new LspHarness(workspace, new JsonObject());
  }

  /** Starts a server on {@code workspace} with {@code initializationOptions}. */
  public static LspHarness start(Path workspace, JsonObject initializationOptions) throws Exception {
    return new LspHarness(workspace, initializationOptions);
  }

  /** Copies a folder of the repository (e.g. {@code examples/saas-crm}) into {@code target}. */
  public static Path copyOf(String repoFolder, Path target) throws IOException {
    Path source = repoRoot().resolve(repoFolder);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path dest = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          if (!p.getFileName().toString().equals("generated")) {
            Files.createDirectories(dest);
          }
        } else if (!source.relativize(p).startsWith("generated")) {
          Files.createDirectories(dest.getParent());
          Files.copy(p, dest);
        }
      }
    }
    return target;
  }

  public static Path repoRoot() {
    String root = System.getenv("LAFORGE_REPO_ROOT");
    return root != null ? Path.of(root) : Path.of("..").toAbsolutePath().normalize();
  }

  /**
   * The client's methods plus LaForge's own requests ({@code laforge/...}), whose results it reads
   * as plain JSON: without a method for them, LSP4J would drop the result of {@link #request}.
   */
  private static Map<String, JsonRpcMethod> withLaforgeRequests(Map<String, JsonRpcMethod> methods) {
    return new HashMap<>(methods) {
      @Override
      public JsonRpcMethod get(Object key) {
        JsonRpcMethod known = super.get(key);
        if (known == null && key instanceof String name && name.startsWith("laforge/")) {
          return JsonRpcMethod.request(name, JsonElement.class, Object.class);
        }
        return known;
      }
    };
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static ClientCapabilities capabilities() {
    TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
    RenameCapabilities rename = new RenameCapabilities();
    rename.setPrepareSupport(true);
    text.setRename(rename);
    text.setFoldingRange(new FoldingRangeCapabilities());
    DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
    symbols.setHierarchicalDocumentSymbolSupport(true);
    text.setDocumentSymbol(symbols);
    CodeActionCapabilities codeActions = new CodeActionCapabilities();
    codeActions.setCodeActionLiteralSupport(new CodeActionLiteralSupportCapabilities(
        new CodeActionKindCapabilities(List.of("quickfix", "refactor", "source"))));
    text.setCodeAction(codeActions);
    WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
    workspace.setExecuteCommand(new ExecuteCommandCapabilities());
    workspace.setApplyEdit(true);
    workspace.setConfiguration(true);
    ClientCapabilities capabilities = new ClientCapabilities();
    capabilities.setTextDocument(text);
    capabilities.setWorkspace(workspace);
    return capabilities;
  }

  private static Thread pump(InputStream in, ByteArrayOutputStream sink) {
    Thread t = new Thread(() -> {
      byte[] buffer = new byte[8192];
      try {
        int n;
        while ((n = in.read(buffer)) > 0) {
          synchronized (sink) {
            sink.write(buffer, 0, n);
          }
        }
      } catch (IOException e) {
        // process ended
      }
    }, "lsp-stderr");
    t.setDaemon(true);
    t.start();
    return t;
  }

  public LanguageServer server() {
    return server;
  }

  public TestClient client() {
    return client;
  }

  public Path workspace() {
    return workspace;
  }

  public InitializeResult initializeResult() {
    return initializeResult;
  }

  /** Everything the server wrote to stderr so far. */
  public String stderr() {
    synchronized (stderr) {
      return stderr.toString(StandardCharsets.UTF_8);
    }
  }

  /** Sends any request by name (for LaForge's custom requests); the raw JSON result (a JsonElement for {@code laforge/...}). */
  public Object request(String method, Object params) throws Exception {
    return launcher.getRemoteEndpoint().request(method, params).get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
  }

  public CompletableFuture<?> requestAsync(String method, Object params) {
    return launcher.getRemoteEndpoint().request(method, params);
  }

  public static <T> T get(CompletableFuture<T> future) throws Exception {
    return future.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
  }

  /** Waits until every earlier notification was processed: all diagnostics are those of the latest text. */
  public void sync() throws Exception {
    try {
      get(server.getWorkspaceService().symbol(new WorkspaceSymbolParams("\u0000sync")));
    } catch (java.util.concurrent.ExecutionException e) {
      throw new AssertionError("sync failed: " + e.getCause() + "\nserver log:\n" + stderr(), e);
    }
  }

  public String uri(String relativePath) {
    return workspace.resolve(relativePath).toUri().toString();
  }

  /** An empty range at {@code offset} of the document's text. */
  public Range range(Doc doc, int offset) {
    return Text.range(doc.text(), offset, offset);
  }

  /** Opens a workspace file with its content on disk. */
  public Doc open(String relativePath) throws Exception {
    return open(relativePath, Files.readString(workspace.resolve(relativePath)));
  }

  /** Opens {@code relativePath} with {@code text} (written to disk first, so the project sees the file). */
  public Doc open(String relativePath, String text) throws Exception {
    Path file = workspace.resolve(relativePath);
    if (!Files.exists(file)) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    }
    Doc doc = new Doc(uri(relativePath), text);
    open.put(doc.uri, doc);
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(doc.uri, "forge", doc.version, text)));
    sync();
    return doc;
  }

  /** Diagnostics of a document after everything sent so far was processed. */
  public List<Diagnostic> diagnostics(Doc doc) throws Exception {
    sync();
    return client.diagnostics(doc.uri);
  }

  /** The code actions offered for {@code diagnostic} of {@code doc}: its range, with it as the only diagnostic of the context. */
  public List<CodeAction> codeActions(Doc doc, Diagnostic diagnostic) throws Exception {
    CodeActionParams params = new CodeActionParams(doc.id(), diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)));
    return get(server.getTextDocumentService().codeAction(params)).stream()
        .map(e -> e.isRight() ? e.getRight() : null)
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  /** The text the server's formatter ({@code textDocument/formatting}, as {@code forge fmt}) makes of {@code doc}. */
  public String formatted(Doc doc) throws Exception {
    var edits = get(server.getTextDocumentService().formatting(new DocumentFormattingParams(doc.id(), new FormattingOptions(2, true))));
    return Text.apply(doc.text(), edits == null ? List.of() : edits);
  }

  /** Applies a workspace edit (from a quick fix or rename) to the open documents and sends the changes. */
  public void applyWorkspaceEdit(WorkspaceEdit edit) throws Exception {
    if (edit.getChanges() != null) {
      for (var entry : edit.getChanges().entrySet()) {
        document(entry.getKey()).replaceAll(Text.apply(document(entry.getKey()).text, entry.getValue()));
      }
    }
    if (edit.getDocumentChanges() != null) {
      for (var change : edit.getDocumentChanges()) {
        if (change.isLeft()) {
          var textEdit = change.getLeft();
          Doc doc = document(textEdit.getTextDocument().getUri());
          doc.replaceAll(Text.apply(doc.text, textEdit.getEdits().stream()
              .map(e -> e.isLeft() ? e.getLeft() : new org.eclipse.lsp4j.TextEdit(e.getRight().getRange(), e.getRight().getSnippet().getValue()))
              .toList()));
        }
      }
    }
    sync();
  }

  /** An open document, or opens the file the URI names. */
  public Doc document(String uri) throws Exception {
    Doc doc = open.get(uri);
    if (doc == null) {
      doc = open(workspace.relativize(Path.of(java.net.URI.create(uri))).toString());
    }
    return doc;
  }

  /** An open document as the client holds it; edits are sent as incremental changes. */
  public final class Doc {
    public final String uri;
    private String text;
    private int version = 1;

    Doc(String uri, String text) {
      this.uri = uri;
      this.text = text;
    }

    public String text() {
      return text;
    }

    public int version() {
      return version;
    }

    public TextDocumentIdentifier id() {
      return new TextDocumentIdentifier(uri);
    }

    /** Replaces {@code range} with {@code newText} (an incremental didChange). */
    public void edit(Range range, String newText) {
      int start = Text.offset(text, range.getStart());
      int end = Text.offset(text, range.getEnd());
      text = text.substring(0, start) + newText + text.substring(end);
      version++;
      TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(range, newText);
      server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.of(change)));
    }

    /**
     * Several changes in one didChange notification; each range refers to the text after the
     * changes before it, as LSP specifies.
     */
    public void editAll(List<TextDocumentContentChangeEvent> changes) {
      for (TextDocumentContentChangeEvent change : changes) {
        int start = Text.offset(text, change.getRange().getStart());
        int end = Text.offset(text, change.getRange().getEnd());
        text = text.substring(0, start) + change.getText() + text.substring(end);
      }
      version++;
      server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.copyOf(changes)));
    }

    /** Replaces the first occurrence of {@code needle}. */
    public void replace(String needle, String newText) {
      edit(Text.rangeOf(text, needle), newText);
    }

    /** Sends the whole text (a full didChange). */
    public void replaceAll(String newText) {
      text = newText;
      version++;
      server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
          List.of(new TextDocumentContentChangeEvent(newText))));
    }

    /** Writes the client's text to disk and sends didSave. */
    public void save() throws IOException {
      Files.writeString(Path.of(java.net.URI.create(uri)), text);
      server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(id(), text));
    }
  }

  @Override
  public void close() throws Exception {
    try {
      if (process.isAlive()) {
        server.shutdown().get(20, TimeUnit.SECONDS);
        server.exit();
        process.waitFor(20, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      // the test's own failure matters more than a failed shutdown
    } finally {
      process.destroyForcibly();
      stderrPump.join(2000);
    }
  }

  /** Fails when the server logged an exception or a severe error on stderr. */
  public void assertNoServerErrors() {
    String log = stderr();
    if (log.contains("Exception") || log.contains("SEVERE") || log.contains(" ERROR ")) {
      throw new AssertionError("the server logged errors:\n" + log);
    }
  }
}
