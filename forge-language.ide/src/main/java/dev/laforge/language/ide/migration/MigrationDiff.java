package dev.laforge.language.ide.migration;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.laforge.backend.migrate.ClassifiedOp;
import dev.laforge.backend.migrate.Finding;
import dev.laforge.backend.migrate.MigrationOp;
import dev.laforge.backend.migrate.Risk;
import dev.laforge.backend.migrate.SchemaDiff;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.policy.PolicyException;
import dev.laforge.backend.sql.SqlSchema;
import dev.laforge.language.ide.preview.JsonParams;
import dev.laforge.language.ide.server.LiveProject;
import dev.laforge.language.ide.server.RequestError;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
      Map<Dialect, Map<String, MigrationOp>> byDescription = new LinkedHashMap<>();
      Map<Dialect, SqlSchema> schemas = new HashMap<>();
      for (Dialect dialect : dialects) {
        Map<String, MigrationOp> ops = new HashMap<>();
        migration.diff(dialect).operations().forEach(op -> ops.putIfAbsent(describe(op), op));
        byDescription.put(dialect, ops);
        schemas.put(dialect, SqlSchema.of(migration.current(), dialect));
      }
      List<Operation> operations = new ArrayList<>();
      for (ClassifiedOp op : diff.ops()) {
        String description = describe(op.op());
        Map<String, List<String>> sql = new LinkedHashMap<>();
        byDescription.forEach((dialect, ops) -> {
          MigrationOp same = ops.get(description);
          sql.put(dialect.id(), same == null ? List.of() : MigrationSql.statements(same, dialect, schemas.get(dialect)));
        });
        List<FindingItem> findings = op.findings().stream()
            .map((Finding f) -> new FindingItem(f.code().name(), risk(f.risk()), f.message())).toList();
        operations.add(new Operation(op.op().getClass().getSimpleName(), op.op().target(), description, risk(op.risk()),
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

  /** {@code destructive}, {@code data-dependent}, ...: the risk as the response names it. */
  static String risk(Risk risk) {
    return risk.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A sentence naming what the operation changes, e.g. "drop column posts.legacy". */
  static String describe(MigrationOp op) {
    if (op instanceof MigrationOp.CreateEnum o) {
      return "create enum type " + o.enumType().sqlName();
    } else if (op instanceof MigrationOp.DropEnum o) {
      return "drop enum type " + o.enumType().sqlName();
    } else if (op instanceof MigrationOp.AddEnumValue o) {
      return "add value '" + o.value() + "' to enum " + o.enumSqlName();
    } else if (op instanceof MigrationOp.RemoveEnumValue o) {
      return "remove value '" + o.value() + "' from enum " + o.enumSqlName();
    } else if (op instanceof MigrationOp.CreateTable o) {
      return "create table " + o.table().name();
    } else if (op instanceof MigrationOp.DropTable o) {
      return "drop table " + o.table().name();
    } else if (op instanceof MigrationOp.AddColumn o) {
      return "add column " + o.table() + "." + o.column().name();
    } else if (op instanceof MigrationOp.DropColumn o) {
      return "drop column " + o.table() + "." + o.column().name();
    } else if (op instanceof MigrationOp.RenameColumn o) {
      return "rename column " + o.table() + "." + o.from() + " to " + o.to();
    } else if (op instanceof MigrationOp.AlterColumnType o) {
      return "change the type of " + o.table() + "." + o.column() + " from " + type(o.fromType(), o.fromEnum())
          + " to " + type(o.toType(), o.toEnum());
    } else if (op instanceof MigrationOp.AlterColumnNullability o) {
      return (o.nullable() ? "drop NOT NULL on " : "set NOT NULL on ") + o.table() + "." + o.column();
    } else if (op instanceof MigrationOp.AlterColumnDefault o) {
      return "change the default of " + o.table() + "." + o.column();
    } else if (op instanceof MigrationOp.AlterPrimaryKey o) {
      return "change the primary key of " + o.table() + " from " + o.from() + " to " + o.to();
    } else if (op instanceof MigrationOp.AddUnique o) {
      return "add unique " + o.unique().name() + " on " + o.table() + "." + o.unique().column();
    } else if (op instanceof MigrationOp.DropUnique o) {
      return "drop unique " + o.unique().name() + " on " + o.table();
    } else if (op instanceof MigrationOp.AddCheck o) {
      return "add check " + o.check().name() + " on " + o.table() + "." + o.check().column();
    } else if (op instanceof MigrationOp.DropCheck o) {
      return "drop check " + o.check().name() + " on " + o.table();
    } else if (op instanceof MigrationOp.AlterCheck o) {
      return "change check " + o.to().name() + " on " + o.table() + "." + o.to().column();
    } else if (op instanceof MigrationOp.RenameConstraint o) {
      return "rename constraint " + o.from() + " on " + o.table() + " to " + o.to();
    } else if (op instanceof MigrationOp.AddForeignKey o) {
      return "add foreign key " + o.key().table() + "." + o.key().column() + " -> " + o.key().referencedTable();
    } else if (op instanceof MigrationOp.DropForeignKey o) {
      return "drop foreign key " + o.key().table() + "." + o.key().column() + " -> " + o.key().referencedTable();
    } else if (op instanceof MigrationOp.AlterForeignKey o) {
      return "change foreign key " + o.to().table() + "." + o.to().column() + " -> " + o.to().referencedTable();
    } else if (op instanceof MigrationOp.AddIndex o) {
      return "add index " + o.index().name() + " on " + o.index().table();
    } else if (op instanceof MigrationOp.DropIndex o) {
      return "drop index " + o.index().name() + " on " + o.index().table();
    } else if (op instanceof MigrationOp.RenameIndex o) {
      return "rename index " + o.from() + " on " + o.table() + " to " + o.to();
    } else if (op instanceof MigrationOp.AddPolicy o) {
      return "create policy " + o.name() + " on " + o.table();
    } else if (op instanceof MigrationOp.DropPolicy o) {
      return "drop policy " + o.name() + " on " + o.table();
    } else if (op instanceof MigrationOp.AlterPolicy o) {
      return "change policy " + o.name() + " on " + o.table();
    }
    return op.toString();
  }

  private static String type(dev.laforge.backend.ir.ScalarType type, String enumName) {
    return enumName != null ? "enum " + enumName : type.name().toLowerCase(Locale.ROOT);
  }
}
