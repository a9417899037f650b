package dev.laforge.lsp.harness;

import dev.laforge.language.ide.server.ForgeLanguageClient;
import dev.laforge.language.ide.server.GenerationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.UnregistrationParams;
import org.eclipse.lsp4j.WorkspaceEdit;

/** The client side of the tests: records what the server sends and answers its requests. */
public final class TestClient implements ForgeLanguageClient {

  private final Map<String, List<Diagnostic>> diagnostics = new HashMap<>();
  private final Map<String, Integer> publishCount = new HashMap<>();
  private final List<MessageParams> messages = new ArrayList<>();
  private final List<WorkspaceEdit> appliedEdits = new ArrayList<>();
  private final LinkedBlockingQueue<GenerationReport> generated = new LinkedBlockingQueue<>();
  private volatile Object configuration;

  @Override
  public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
    diagnostics.put(params.getUri(), List.copyOf(params.getDiagnostics()));
    publishCount.merge(params.getUri(), 1, Integer::sum);
    notifyAll();
  }

  /** The last diagnostics published for {@code uri} (empty when none were). */
  public synchronized List<Diagnostic> diagnostics(String uri) {
    return diagnostics.getOrDefault(uri, List.of());
  }

  public synchronized Map<String, List<Diagnostic>> allDiagnostics() {
    return Map.copyOf(diagnostics);
  }

  public synchronized int publishCount(String uri) {
    return publishCount.getOrDefault(uri, 0);
  }

  /** Waits until diagnostics for {@code uri} were published more than {@code seen} times. */
  public synchronized List<Diagnostic> awaitPublish(String uri, int seen, long timeoutMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (publishCount.getOrDefault(uri, 0) <= seen) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        throw new AssertionError("no diagnostics published for " + uri + " within " + timeoutMillis + " ms");
      }
      wait(left);
    }
    return diagnostics.get(uri);
  }

  @Override
  public void telemetryEvent(Object object) {}

  @Override
  public synchronized void showMessage(MessageParams params) {
    messages.add(params);
  }

  @Override
  public synchronized void logMessage(MessageParams params) {
    messages.add(params);
  }

  public synchronized List<MessageParams> messages() {
    return List.copyOf(messages);
  }

  @Override
  public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
    synchronized (this) {
      messages.add(new MessageParams(params.getType(), params.getMessage()));
    }
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public synchronized CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
    appliedEdits.add(params.getEdit());
    return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(true));
  }

  public synchronized List<WorkspaceEdit> appliedEdits() {
    return List.copyOf(appliedEdits);
  }

  @Override
  public CompletableFuture<Void> registerCapability(RegistrationParams params) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<Void> unregisterCapability(UnregistrationParams params) {
    return CompletableFuture.completedFuture(null);
  }

  /** What workspace/configuration answers for every requested item. */
  public void setConfiguration(Object configuration) {
    this.configuration = configuration;
  }

  @Override
  public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
    List<Object> result = new ArrayList<>();
    params.getItems().forEach(i -> result.add(configuration));
    return CompletableFuture.completedFuture(result);
  }

  @Override
  public void generated(GenerationReport report) {
    generated.add(report);
  }

  /** The next laforge/generated notification. */
  public GenerationReport awaitGenerated(long timeoutMillis) throws InterruptedException {
    GenerationReport report = generated.poll(timeoutMillis, TimeUnit.MILLISECONDS);
    if (report == null) {
      throw new AssertionError("no laforge/generated notification within " + timeoutMillis + " ms");
    }
    return report;
  }
}
