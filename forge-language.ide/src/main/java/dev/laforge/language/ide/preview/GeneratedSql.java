package dev.laforge.language.ide.preview;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.laforge.backend.build.Generation;
import dev.laforge.backend.generate.GeneratedFile;
import dev.laforge.backend.generate.MySqlSchemaGenerator;
import dev.laforge.backend.generate.PostgresSchemaGenerator;
import dev.laforge.backend.generate.SqliteSchemaGenerator;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.policy.PolicyException;
import dev.laforge.language.ide.server.EditorSettings;
import dev.laforge.language.ide.server.LiveProject;
import dev.laforge.language.ide.server.RequestError;
import java.util.List;
import java.util.Optional;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * {@code laforge/generatedSql}: the SQL the generators write for the live project in one dialect
 * (the schema, plus row-level security and the application role for PostgreSQL), or only the
 * statements of one model's table.
 */
public final class GeneratedSql {

  /** What to show: the project of {@code uri}, in {@code dialect} (default: the active one), optionally one model. */
  public record Request(String uri, Optional<Dialect> dialect, Optional<String> model) {}

  /**
   * The answer: whole files as the generators write them, or with {@code model} one entry whose
   * path is the script the statements are part of and whose content is only those statements.
   */
  public record Result(String dialect, String model, List<File> files) {}

  /** A generated file: its path under the output directory and its text. */
  public record File(String path, String content) {}

  private GeneratedSql() {}

  /** Reads {@code {uri, dialect?, model?}}. */
  public static Request parse(JsonElement params) {
    JsonObject object = JsonParams.object(params, "the parameters");
    String uri = JsonParams.documentUri(object.get("uri"));
    Optional<Dialect> dialect = JsonParams.string(object, "dialect").map(name -> EditorSettings.dialect(name)
        .orElseThrow(() -> RequestError.invalidParams("unknown dialect `" + name + "` (postgres, mysql or sqlite)")));
    return new Request(uri, dialect, JsonParams.string(object, "model"));
  }

  /** Runs inside a read request on the document {@code request.uri()} names. */
  public static Result compute(Resource resource, Request request) {
    LiveProject project = LiveProject.of(resource);
    Domain domain = project.domain().orElse(null);
    String problem = project.problem();
    if (domain == null || problem != null) {
      throw RequestError.failed("cannot generate SQL: " + problem);
    }
    Dialect dialect = request.dialect().orElse(project.activeDialect());
    try {
      if (request.model().isPresent()) {
        String model = request.model().get();
        String statements = project.excerpts(dialect).model(model)
            .orElseThrow(() -> RequestError.invalidParams("no model `" + model + "` in the project"));
        return new Result(dialect.id(), model, List.of(new File(schemaPath(dialect), statements + "\n")));
      }
      List<File> files = Generation.run(domain, List.of(dialect)).stream()
          .map((GeneratedFile f) -> new File(f.path(), f.content()))
          .toList();
      return new Result(dialect.id(), null, files);
    } catch (PolicyException e) {
      throw RequestError.failed("cannot compile the policies: " + e.getMessage());
    } catch (Generation.UnsafeRlsException e) {
      throw RequestError.failed(e.getMessage());
    } catch (RequestError e) {
      throw e;
    } catch (RuntimeException e) {
      throw RequestError.failed("cannot generate SQL", e);
    }
  }

  /** The schema script of a dialect, relative to the output directory. */
  static String schemaPath(Dialect dialect) {
    return switch (dialect) {
      case POSTGRES -> PostgresSchemaGenerator.PATH;
      case MYSQL -> MySqlSchemaGenerator.PATH;
      case SQLITE -> SqliteSchemaGenerator.PATH;
    };
  }
}
