package dev.laforge.language.ide.server;

import com.google.inject.Inject;
import dev.laforge.backend.diagnostics.DiagnosticCode;
import dev.laforge.language.diagnostics.DeclarationLocation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.validation.Issue;

/**
 * Xtext's language server with what LaForge adds: diagnostics that link to their entry in
 * docs/diagnostics.md (a duplicate's diagnostic also points at the other declaration), editor
 * settings from initializationOptions and didChangeConfiguration, and generate on save.
 */
public class ForgeLanguageServerImpl extends LanguageServerImpl {

  private final ProjectGenerator generator;
  private final UriExtensions uris;
  private final ExecutorService generationQueue = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "laforge-generate-on-save");
    t.setDaemon(true);
    return t;
  });
  private volatile LanguageClient forgeClient;

  @Inject
  public ForgeLanguageServerImpl(UriExtensions uriExtensions) {
    this.generator = new ProjectGenerator(uriExtensions);
    this.uris = uriExtensions;
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    EditorSettings.reset();
    EditorSettings.applyInitializationOptions(params.getInitializationOptions());
    // Answer initialize before the initial build; the build is then the first write request, so
    // every request and edit that follows waits for it as it would have waited for initialize.
    if (!(getWorkspaceManager() instanceof ForgeWorkspaceManager workspace)) {
      return super.initialize(params);
    }
    workspace.deferInitialBuild();
    return super.initialize(params).thenApply(result -> {
      getRequestManager().runWrite(() -> {
        workspace.runDeferredBuild(org.eclipse.xtext.util.CancelIndicator.NullImpl);
        return null;
      }, (cancelIndicator, nothing) -> null);
      return result;
    });
  }

  @Override
  public void connect(LanguageClient client) {
    this.forgeClient = client;
    super.connect(recording(client));
  }

  /** Remembers every publishDiagnostics on its way to the client, so generate on save knows the errors. */
  private LanguageClient recording(LanguageClient client) {
    Set<Class<?>> interfaces = new LinkedHashSet<>(List.of(LanguageClient.class));
    interfaces.addAll(List.of(client.getClass().getInterfaces()));
    return (LanguageClient) Proxy.newProxyInstance(getClass().getClassLoader(), interfaces.toArray(Class<?>[]::new), (proxy, method, args) -> {
      if ("publishDiagnostics".equals(method.getName()) && args != null && args.length == 1 && args[0] instanceof PublishDiagnosticsParams p) {
        generator.recordPublished(p.getUri(), p.getDiagnostics());
      }
      try {
        return method.invoke(client, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    });
  }

  @Override
  protected Diagnostic toDiagnostic(Issue issue) {
    Diagnostic diagnostic = super.toDiagnostic(issue);
    if (issue.getCode() != null) {
      DiagnosticCode.parse(issue.getCode()).ifPresent(code ->
          diagnostic.setCodeDescription(new DiagnosticCodeDescription(EditorSettings.get().docsUrl(code))));
    }
    diagnostic.setSource("laforge");
    List<DiagnosticRelatedInformation> related = relatedInformation(issue);
    if (!related.isEmpty()) {
      diagnostic.setRelatedInformation(related);
    }
    return diagnostic;
  }

  /**
   * {@code laforge/documentState}: the server's copy of an open document (version, length and
   * SHA-256 of its text), so a client can verify that incremental edits kept both sides in sync.
   */
  @JsonRequest("laforge/documentState")
  public CompletableFuture<DocumentState> documentState(TextDocumentIdentifier document) {
    if (document == null || document.getUri() == null) {
      return CompletableFuture.failedFuture(new ResponseErrorException(
          new ResponseError(ResponseErrorCode.InvalidParams, "laforge/documentState needs {\"uri\": ...}", null)));
    }
    URI uri = getURI(document);
    return getRequestManager().runRead(cancel -> getWorkspaceManager().doRead(uri, (doc, resource) ->
        doc == null ? null : DocumentState.of(document.getUri(), doc.getVersion(), doc.getContents())));
  }

  /** Unknown requests answer MethodNotFound (-32601), as JSON-RPC says, not an internal error. */
  @Override
  public CompletableFuture<?> request(String method, Object parameter) {
    if (!getExtensionProviders().containsKey(method)) {
      return CompletableFuture.failedFuture(new ResponseErrorException(
          new ResponseError(ResponseErrorCode.MethodNotFound, "unknown request: " + method, null)));
    }
    return super.request(method, parameter);
  }

  /**
   * The other declaration of a duplicate (LF203, LF204, LF205, LF212, LF301): its location travels
   * in the issue data as a {@link DeclarationLocation}.
   */
  private List<DiagnosticRelatedInformation> relatedInformation(Issue issue) {
    String[] data = issue.getData();
    if (data == null) {
      return List.of();
    }
    String subject = data.length > 0 && data[0] != null ? data[0] : "";
    String what = DiagnosticCode.LF301.name().equals(issue.getCode()) && data.length > 1
        ? "the other `" + subject + "." + data[1] + "` policy"
        : "the other declaration of `" + subject + "`";
    List<DiagnosticRelatedInformation> related = new java.util.ArrayList<>();
    for (String datum : data) {
      DeclarationLocation.parse(datum).ifPresent(location -> {
        Range range = new Range(new Position(location.line() - 1, location.column() - 1),
            new Position(location.endLine() - 1, location.endColumn() - 1));
        related.add(new DiagnosticRelatedInformation(new Location(uris.toUriString(URI.createURI(location.uri())), range), what));
      });
    }
    return related;
  }

  /** Every build (edits, opened, closed and changed files) starts a new {@link BuildGeneration}. */
  @Override
  protected void runBuildable(java.util.function.Supplier<? extends org.eclipse.xtext.ide.server.BuildManager.Buildable> newBuildable) {
    super.runBuildable(() -> {
      BuildGeneration.advance();
      return newBuildable.get();
    });
  }

  /** Rename with refusals (invalid or taken names) reported to the client as errors, not logged. */
  @Override
  public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
    return RequestError.unwrap(getRequestManager().runRead(cancel -> RequestError.capture(() -> rename(params, cancel))));
  }

  /** Prepare rename with a readable error where nothing can be renamed. */
  @Override
  public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(PrepareRenameParams params) {
    return RequestError.unwrap(getRequestManager().runRead(cancel -> RequestError.capture(() -> prepareRename(params, cancel))));
  }

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    EditorSettings.applyConfiguration(params.getSettings());
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    if (!EditorSettings.get().generateOnSave()) {
      return;
    }
    URI uri = getURI(params.getTextDocument());
    EditorSettings.Values settings = EditorSettings.get();
    getRequestManager().runRead(cancel -> {
      ProjectManager project = getWorkspaceManager().getProjectManager(uri);
      return project == null ? null : generator.snapshot(project);
    }).thenAcceptAsync(snapshot -> {
      if (snapshot != null) {
        report(generator.write(snapshot, settings));
      }
    }, generationQueue).exceptionally(e -> {
      log(MessageType.Error, "generate on save failed: " + e);
      return null;
    });
  }

  private void report(GenerationReport report) {
    LanguageClient client = forgeClient;
    if (client == null) {
      return;
    }
    if (report.ok()) {
      client.logMessage(new MessageParams(MessageType.Info, "LaForge: generated into " + report.outDir() + " (" + report.message() + ")"));
    } else {
      client.showMessage(new MessageParams(MessageType.Warning, "LaForge: " + report.message()));
    }
    if (client instanceof ForgeLanguageClient forge) {
      forge.generated(report);
    }
  }

  private void log(MessageType type, String message) {
    LanguageClient client = forgeClient;
    if (client != null) {
      client.logMessage(new MessageParams(type, "LaForge: " + message));
    }
  }
}
