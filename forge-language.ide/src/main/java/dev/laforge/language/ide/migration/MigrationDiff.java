package dev.laforge.language.ide.migration;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.laforge.backend.migrate.ClassifiedOp;
import dev.laforge.backend.migrate.Finding;
import dev.laforge.backend.migrate.SchemaDiff;
import dev.laforge.backend.migrate.plan.Describe;
import dev.laforge.backend.migrate.plan.MigrationPlan;
import dev.laforge.backend.migrate.plan.MigrationPlanner;
import dev.laforge.backend.migrate.plan.MigrationStore;
import dev.laforge.backend.migrate.plan.PlanMode;
import dev.laforge.backend.migrate.plan.PlannedOp;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.policy.PolicyException;
import dev.laforge.language.ide.preview.JsonParams;
import dev.laforge.language.ide.server.LiveProject;
import dev.laforge.language.ide.server.RequestError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * {@code laforge/migrationDiff}: what migrating the database from the schema snapshot to the live
 * domain would do — the operations of the diff in the active dialect, each with its risk, its
 * LF4xx findings and its SQL in every dialect of the project, the totals the code lens shows, and
 * the rename hints. Without a snapshot the operations are those of the initial migration.
 */
public final class MigrationDiff {

  /** The project of {@code uri}. */
  public record Request(String uri) {}

  /**
   * The answer; {@code baseline} is {@code "snapshot"} or {@code "none"}, {@code snapshot} the
   * absolute path of the snapshot file (null without one).
   */
  public record Result(String baseline, String snapshot, LiveMigration.Summary summary, List<Operation> operations,
      List<Hint> hints) {}

  /**
   * One operation: its kind (the operation's type, e.g. {@code DropColumn}), target table (or enum
   * type), a sentence, its risk ({@code safe destructive data-dependent locking rename
   * policy-weakening}), its findings and its statements by dialect id.
   */
  public record Operation(String kind, String target, String description, String risk, List<FindingItem> findings,
      Map<String, List<String>> sql) {}

  /** An LF4xx finding of an operation. */
  public record FindingItem(String code, String risk, String message) {}

  /** A dropped and an added column (or table, {@code table} null) that look like a rename. */
  public record Hint(String table, String dropped, String added, String message) {}

  private MigrationDiff() {}

  /** Reads {@code {uri}}. */
  public static Request parse(JsonElement params) {
    JsonObject object = JsonParams.object(params, "the parameters");
    return new Request(JsonParams.documentUri(object.get("uri")));
  }

  /** Runs inside a read request on the document {@code request.uri()} names. */
  public static Result compute(Resource resource, Request request) {
    LiveProject project = LiveProject.of(resource);
    LiveMigration migration = LiveMigration.of(project);
    if (migration.problem() != null) {
      throw RequestError.failed("cannot compare with the snapshot: " + migration.problem());
    }
    Dialect active = project.activeDialect();
    Set<Dialect> dialects = EnumSet.copyOf(migration.dialects());
    dialects.add(active);
    try {
      SchemaDiff diff = migration.diff(active);
      Map<Dialect, Map<String, List<String>>> statements = new LinkedHashMap<>();
      for (Dialect dialect : dialects) {
        statements.put(dialect, statementsByDescription(migration.diff(dialect), dialect));
      }
      List<Operation> operations = new ArrayList<>();
      for (ClassifiedOp op : diff.ops()) {
        String description = Describe.of(op.op());
        Map<String, List<String>> sql = new LinkedHashMap<>();
        statements.forEach((dialect, byDescription) -> sql.put(dialect.id(), byDescription.getOrDefault(description, List.of())));
        List<FindingItem> findings = op.findings().stream()
            .map((Finding f) -> new FindingItem(f.code().name(), f.risk().id(), f.message())).toList();
        operations.add(new Operation(op.op().getClass().getSimpleName(), op.op().target(), description, op.risk().id(),
            findings, sql));
      }
      List<Hint> hints = diff.hints().stream().map(h -> new Hint(h.table(), h.from(), h.to(), h.message())).toList();
      boolean snapshot = migration.snapshot().isPresent();
      return new Result(snapshot ? "snapshot" : "none",
          migration.snapshot().map(s -> s.path().toString()).orElse(null),
          migration.summary(active).orElseThrow(), operations, hints);
    } catch (PolicyException e) {
      throw RequestError.failed("cannot compile the policies: " + e.getMessage());
    } catch (RequestError e) {
      throw e;
    } catch (RuntimeException e) {
      throw RequestError.failed("cannot compare with the snapshot", e);
    }
  }

  /**
   * The statements the migration planner writes for each operation of a dialect's diff when it
   * plans everything ({@code --allow-destructive}), by the operation's description: operations of
   * different dialects' diffs are the same change when they read the same. An operation the
   * planner splits (dropped early, added late) has the statements of both parts, in order.
   */
  private static Map<String, List<String>> statementsByDescription(SchemaDiff diff, Dialect dialect) {
    MigrationPlan plan = MigrationPlanner.plan(diff, dialect, PlanMode.ALLOW_DESTRUCTIVE, MigrationStore.timestamp(Instant.now()));
    Map<String, List<String>> byDescription = new HashMap<>();
    for (PlannedOp planned : plan.applied()) {
      byDescription.computeIfAbsent(Describe.of(planned.op().op()), k -> new ArrayList<>()).addAll(planned.statements());
    }
    return byDescription;
  }
}
