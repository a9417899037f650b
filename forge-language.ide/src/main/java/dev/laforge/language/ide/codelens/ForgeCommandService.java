package dev.laforge.language.ide.codelens;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.inject.Inject;
import dev.laforge.language.ide.migration.MigrationDiff;
import dev.laforge.language.ide.preview.GeneratedSql;
import dev.laforge.language.ide.preview.JsonParams;
import dev.laforge.language.ide.preview.PolicyPreview;
import dev.laforge.language.ide.server.RequestError;
import java.util.List;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The commands of LaForge's code lenses, run through {@code workspace/executeCommand}:
 * {@value #SHOW_GENERATED_SQL} {@code [uri, model, dialect?]} answers what
 * {@code laforge/generatedSql} answers for that model, {@value #PREVIEW_POLICY}
 * {@code [uri, policy, user?, record?]} what {@code laforge/policyPreview} answers (an anonymous
 * user and an empty record unless given), {@value #SHOW_MIGRATION_DIFF} {@code [uri]} what
 * {@code laforge/migrationDiff} answers. Arguments that name nothing are answered with
 * {@code {"error": {"code", "message"}}}: a command runs inside a read request, where a thrown
 * error would be logged as a server failure.
 */
public class ForgeCommandService implements IExecutableCommandService {

  public static final String SHOW_GENERATED_SQL = "laforge.showGeneratedSql";
  public static final String PREVIEW_POLICY = "laforge.previewPolicy";
  public static final String SHOW_MIGRATION_DIFF = "laforge.showMigrationDiff";

  /** The answer to arguments that name nothing. */
  public record CommandError(Error error) {
    /** A JSON-RPC error code and what was wrong. */
    public record Error(int code, String message) {}
  }

  private final PolicyPreview previews;

  @Inject
  public ForgeCommandService(PolicyPreview previews) {
    this.previews = previews;
  }

  @Override
  public List<String> initialize() {
    return List.of(SHOW_GENERATED_SQL, PREVIEW_POLICY, SHOW_MIGRATION_DIFF);
  }

  @Override
  public Object execute(ExecuteCommandParams params, ILanguageServerAccess access, CancelIndicator cancelIndicator) {
    List<Object> arguments = params.getArguments() == null ? List.of() : params.getArguments();
    try {
      if (SHOW_GENERATED_SQL.equals(params.getCommand())) {
        GeneratedSql.Request request = GeneratedSql.parse(named(arguments, "uri", "model", "dialect"));
        if (request.model().isEmpty()) {
          throw RequestError.invalidParams(SHOW_GENERATED_SQL + " needs the arguments [uri, model, dialect?]");
        }
        return access.doSyncRead(request.uri(), ctx -> GeneratedSql.compute(ctx.getResource(), request));
      }
      if (PREVIEW_POLICY.equals(params.getCommand())) {
        PolicyPreview.Request request = PolicyPreview.parse(named(arguments, "uri", "policy", "user", "record"));
        return access.doSyncRead(request.uri(),
            ctx -> previews.compute((XtextResource) ctx.getResource(), ctx.getDocument(), request));
      }
      if (SHOW_MIGRATION_DIFF.equals(params.getCommand())) {
        MigrationDiff.Request request = MigrationDiff.parse(named(arguments, "uri"));
        return access.doSyncRead(request.uri(), ctx -> MigrationDiff.compute(ctx.getResource(), request));
      }
      return null;
    } catch (RequestError e) {
      return new CommandError(new CommandError.Error(e.code().getValue(), e.getMessage()));
    }
  }

  /** Positional arguments as the parameters object of the request they stand for. */
  private static JsonObject named(List<Object> arguments, String... names) {
    JsonObject object = new JsonObject();
    for (int i = 0; i < names.length && i < arguments.size(); i++) {
      JsonElement value = arguments.get(i) == null ? null : JsonParams.json(arguments.get(i));
      if (value != null) {
        object.add(names[i], value);
      }
    }
    return object;
  }
}
