package dev.laforge.language.ide.preview;

import com.google.gson.JsonElement;
import com.google.inject.Inject;
import dev.laforge.language.ide.migration.MigrationDiff;
import dev.laforge.language.ide.server.RequestError;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.jsonrpc.services.JsonSegment;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.ILanguageServerExtension;
import org.eclipse.xtext.resource.XtextResource;

/**
 * LaForge's own JSON-RPC requests, {@code laforge/policyPreview}, {@code laforge/generatedSql} and
 * {@code laforge/migrationDiff} (see docs/lsp.md). Parameters are checked before the workspace is read; the answer is computed
 * in a read request on the live documents; problems reach the client as JSON-RPC errors
 * (InvalidParams or RequestFailed), never as server failures.
 */
@JsonSegment("laforge")
public class ForgeRequests implements ILanguageServerExtension {

  private final PolicyPreview previews;
  private volatile ILanguageServerAccess access;

  @Inject
  public ForgeRequests(PolicyPreview previews) {
    this.previews = previews;
  }

  @Override
  public void initialize(ILanguageServerAccess access) {
    this.access = access;
  }

  /** {@code laforge/policyPreview}: the verdict and SQL of one access rule for a user and a record. */
  @JsonRequest
  public CompletableFuture<PolicyPreview.Result> policyPreview(JsonElement params) {
    return answer(() -> PolicyPreview.parse(params), PolicyPreview.Request::uri,
        (ctx, request) -> previews.compute((XtextResource) ctx.getResource(), ctx.getDocument(), request));
  }

  /** {@code laforge/generatedSql}: the generated files of one dialect, or one model's statements. */
  @JsonRequest
  public CompletableFuture<GeneratedSql.Result> generatedSql(JsonElement params) {
    return answer(() -> GeneratedSql.parse(params), GeneratedSql.Request::uri,
        (ctx, request) -> GeneratedSql.compute(ctx.getResource(), request));
  }

  /** {@code laforge/migrationDiff}: the planned operations against the schema snapshot, their risks and SQL. */
  @JsonRequest
  public CompletableFuture<MigrationDiff.Result> migrationDiff(JsonElement params) {
    return answer(() -> MigrationDiff.parse(params), MigrationDiff.Request::uri,
        (ctx, request) -> MigrationDiff.compute(ctx.getResource(), request));
  }

  private <R, T> CompletableFuture<T> answer(Supplier<R> parse, Function<R, String> uri,
      BiFunction<ILanguageServerAccess.Context, R, T> compute) {
    R request;
    try {
      request = parse.get();
    } catch (RequestError e) {
      return CompletableFuture.failedFuture(e.toResponseError());
    }
    return RequestError.unwrap(access.doRead(uri.apply(request), ctx -> RequestError.capture(() -> compute.apply(ctx, request))));
  }
}
