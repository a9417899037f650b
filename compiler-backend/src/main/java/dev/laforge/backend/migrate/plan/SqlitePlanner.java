package dev.laforge.backend.migrate.plan;

import dev.laforge.backend.diagnostics.DiagnosticCode;
import dev.laforge.backend.ir.DefaultValue;
import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.migrate.ClassifiedOp;
import dev.laforge.backend.migrate.Finding;
import dev.laforge.backend.migrate.MigrationOp;
import dev.laforge.backend.migrate.SchemaDiff;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import dev.laforge.backend.sql.sqlite.SqliteDdlWriter;
import dev.laforge.backend.sql.sqlite.SqliteFragments;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * SQLite statements. SQLite alters a table only to add, rename or drop a column, so every other
 * change of a table that stays rebuilds it: a new table with the final definition from the DDL
 * writer (foreign keys inside), INSERT ... SELECT of the rows, DROP of the old table, RENAME, and
 * its indexes. All operations of one table are done by one rebuild; an enum change rebuilds the
 * tables using the enum (its values are a CHECK). In SAFE mode a table whose deferred operations
 * need a rebuild is changed only in the fallback file, all its operations together. Rebuilds need {@code PRAGMA foreign_keys = OFF} (SQLite's
 * default), as SQLite's own procedure for table changes says.
 */
final class SqlitePlanner extends DialectPlanner {

  /** Tables that stay, to the operations that change them, in operation order. */
  private final Map<String, List<ClassifiedOp>> groups = new TreeMap<>();
  /** Tables whose rebuild a step already holds (in the applied part or in the fallback). */
  private final Set<String> rebuilt = new HashSet<>();

  SqlitePlanner(SchemaDiff diff, PlanMode mode, String timestamp) {
    super(diff, Dialect.SQLITE, mode, timestamp, SqliteDdlWriter.statements(diff.before()),
        SqliteDdlWriter.statements(diff.after()));
    for (ClassifiedOp op : ops) {
      for (String table : tablesOf(op.op())) {
        groups.computeIfAbsent(table, t -> new ArrayList<>()).add(op);
      }
    }
  }

  @Override
  boolean handles(MigrationOp op) {
    return !(op instanceof MigrationOp.CreateEnum || op instanceof MigrationOp.DropEnum
        || op instanceof MigrationOp.AddPolicy || op instanceof MigrationOp.DropPolicy
        || op instanceof MigrationOp.AlterPolicy);
  }

  /** The kept tables an operation changes. */
  private List<String> tablesOf(MigrationOp op) {
    if (op instanceof MigrationOp.CreateTable || op instanceof MigrationOp.DropTable) {
      return List.of();
    }
    if (op instanceof MigrationOp.AddEnumValue || op instanceof MigrationOp.RemoveEnumValue) {
      return enumColumns(op.target()).stream().map(c -> c[0]).filter(before::containsKey).distinct().toList();
    }
    return before.containsKey(op.target()) && after.containsKey(op.target()) ? List.of(op.target()) : List.of();
  }

  @Override
  void spreadDeferral() {
    boolean grew = true;
    while (grew) {
      grew = false;
      for (List<ClassifiedOp> group : groups.values()) {
        // A table rebuilt in the fallback cannot also change in the migration: all its operations wait.
        if (group.stream().anyMatch(deferred::contains) && !deferred.containsAll(group) && needsRebuild(group, true)) {
          deferred.addAll(group);
          grew = true;
        }
      }
    }
  }

  @Override
  List<Step> direct(ClassifiedOp c) {
    MigrationOp op = c.op();
    List<String> tables = tablesOf(op);
    if (!tables.isEmpty() && tables.stream().anyMatch(t -> needsRebuild(groups.get(t), false))) {
      return rebuildStep(c, tables, false);
    }
    if (op instanceof MigrationOp.CreateTable o) {
      return one(CREATE_TABLES, c, List.of(afterDdl.createTable(o.table())), List.of("DROP TABLE " + q(o.table().name()) + ";"));
    } else if (op instanceof MigrationOp.DropTable o) {
      return one(DROP_TABLES, c, List.of("DROP TABLE " + q(o.table().name()) + ";"), List.of());
    } else if (op instanceof MigrationOp.AddForeignKey o) {
      return one(FOREIGN_KEYS, c, List.of("-- inside CREATE TABLE " + comment(q(o.key().table())) + " above"), List.of());
    } else if (op instanceof MigrationOp.AddColumn o) {
      return one(COLUMNS, c, List.of(alter(o.table()) + " ADD COLUMN " + afterDdl.columnDefinition(after.get(o.table()), o.column()) + ";"),
          List.of(alter(o.table()) + " DROP COLUMN " + q(o.column().name()) + ";"));
    } else if (op instanceof MigrationOp.DropColumn o) {
      return one(COLUMNS, c, List.of(alter(o.table()) + " DROP COLUMN " + q(o.column().name()) + ";"), List.of());
    } else if (op instanceof MigrationOp.RenameColumn o) {
      return one(COLUMNS, c, List.of(renameColumn(o.table(), o.from(), o.to())), List.of(renameColumn(o.table(), o.to(), o.from())));
    } else if (op instanceof MigrationOp.AddIndex o) {
      return one(INDEXES, c, List.of(afterDdl.createIndex(o.index())), List.of(dropIndex(o.index().name())));
    } else if (op instanceof MigrationOp.DropIndex o) {
      return one(DROP_CONSTRAINTS, c, List.of(dropIndex(o.index().name())), List.of(beforeDdl.createIndex(o.index())));
    } else if (op instanceof MigrationOp.RenameIndex o) {
      SqlSchema.Index was = diff.before().indexes().stream().filter(i -> i.name().equals(o.from())).findFirst().orElseThrow();
      SqlSchema.Index is = diff.after().indexes().stream().filter(i -> i.name().equals(o.to())).findFirst().orElseThrow();
      return one(INDEXES, c, List.of("-- SQLite cannot rename an index: it is re-created.", dropIndex(o.from()),
          afterDdl.createIndex(is)), List.of(dropIndex(o.to()),
          // The reverse runs before the columns get their previous names back, which the index follows.
          SqliteFragments.createIndex(new SqlSchema.Index(was.name(), is.table(), is.columns(), is.unique()))));
    }
    throw new IllegalStateException("operation needs a rebuild: " + op);
  }

  @Override
  List<Step> fallback(ClassifiedOp c) {
    MigrationOp op = c.op();
    List<String> tables = tablesOf(op);
    if (!tables.isEmpty() && tables.stream().anyMatch(t -> needsRebuild(groups.get(t), true))) {
      return rebuildStep(c, tables, true);
    }
    if (op instanceof MigrationOp.DropTable o) {
      return one(DROP_TABLES, c, List.of("-- Kept under a new name: drop it once nothing reads it.",
          alter(o.table().name()) + " RENAME TO " + q(deprecated(o.table().name())) + ";"), List.of());
    } else if (op instanceof MigrationOp.DropColumn o) {
      return one(COLUMNS, c, List.of("-- Kept under a new name: drop it once nothing reads it.",
          renameColumn(o.table(), o.column().name(), deprecated(o.column().name()))), List.of());
    }
    return direct(c);
  }

  /**
   * True when some operation of the table needs a rebuild: anything but adding a column SQLite
   * can add, renaming a column, dropping one no constraint or index covers, and index changes. In
   * the fallback a dropped column is renamed, which needs a rebuild only to drop its NOT NULL.
   */
  private boolean needsRebuild(List<ClassifiedOp> group, boolean inFallback) {
    for (ClassifiedOp op : group) {
      MigrationOp o = op.op();
      boolean nativeOp = o instanceof MigrationOp.RenameColumn || o instanceof MigrationOp.AddIndex
          || o instanceof MigrationOp.DropIndex || o instanceof MigrationOp.RenameIndex
          || o instanceof MigrationOp.AddColumn a && addable(a.column())
          || o instanceof MigrationOp.DropColumn d && (inFallback ? d.column().nullable() : droppable(d.table(), d.column().name()));
      if (!nativeOp) {
        return true;
      }
    }
    return false;
  }

  /** ALTER TABLE ADD COLUMN takes no NOT NULL without a default and no non-constant default. */
  private static boolean addable(SqlSchema.Column column) {
    DefaultValue value = column.defaultValue();
    if (value instanceof DefaultValue.Now || value instanceof DefaultValue.Uuid) {
      return false;
    }
    return column.nullable() || value != null && !(value instanceof DefaultValue.Null);
  }

  /** ALTER TABLE DROP COLUMN fails for a column in a key, index, foreign key or table CHECK. */
  private boolean droppable(String table, String column) {
    SqlSchema.Table was = before.get(table);
    return !was.primaryKey().contains(column)
        && was.uniques().stream().noneMatch(u -> u.column().equals(column))
        && was.checks().stream().noneMatch(k -> k.column().equals(column))
        && diff.before().indexes().stream().noneMatch(i -> i.table().equals(table) && i.columns().contains(column))
        && diff.before().foreignKeys().stream().noneMatch(k -> k.table().equals(table) && k.column().equals(column)
            || k.referencedTable().equals(table) && k.referencedColumn().equals(column));
  }

  /** The rebuild of each table of the operation not rebuilt yet, or a note that an earlier step did it. */
  private List<Step> rebuildStep(ClassifiedOp c, List<String> tables, boolean inFallback) {
    List<String> statements = new ArrayList<>();
    List<String> reverse = new ArrayList<>();
    for (String table : tables) {
      String key = table + (inFallback ? "\0fallback" : "\0applied");
      if (!rebuilt.add(key)) {
        statements.add("-- done by the rebuild of " + comment(q(table)) + " above");
        continue;
      }
      List<ClassifiedOp> group = groups.get(table);
      if (inFallback) {
        statements.addAll(placeholders(group));
      }
      statements.addAll(rebuild(table, group, inFallback));
      if (!inFallback && group.stream().noneMatch(op -> op.op() instanceof MigrationOp.DropColumn
          || op.findings().stream().anyMatch(f -> f.code() == DiagnosticCode.LF403))) {
        reverse.addAll(unbuild(table));
      }
    }
    boolean complete = reverse.isEmpty() || tables.stream().allMatch(t -> rebuilt.contains(t + "\0applied"));
    return one(COLUMNS, c, statements, complete ? reverse : List.of());
  }

  /** The comments the fallback puts before a rebuild: what must hold for its INSERT to succeed. */
  private List<String> placeholders(List<ClassifiedOp> group) {
    List<String> lines = new ArrayList<>();
    for (ClassifiedOp op : group) {
      MigrationOp o = op.op();
      for (Finding f : op.findings()) {
        if (f.code() == DiagnosticCode.LF405 && o instanceof MigrationOp.AddColumn a) {
          lines.add("-- " + comment(q(a.column().name())) + " is NOT NULL without a default: the copy below gives it the value"
              + " of an existing column or fails; edit its SELECT list to fill it.");
        } else if (f.code() == DiagnosticCode.LF406 && o instanceof MigrationOp.AlterColumnNullability n) {
          lines.addAll(backfill(n.table(), n.column()));
        } else if (f.code() == DiagnosticCode.LF407 && o instanceof MigrationOp.AddUnique u) {
          lines.addAll(duplicatesQuery(u.table(), List.of(u.unique().column())));
        } else if (f.code() == DiagnosticCode.LF407 && o instanceof MigrationOp.AlterPrimaryKey p) {
          lines.addAll(duplicatesQuery(p.table(), p.to()));
        } else if (f.code() == DiagnosticCode.LF408) {
          lines.add("-- Existing rows must pass the new CHECK, or the copy below fails.");
        } else if (f.code() == DiagnosticCode.LF409) {
          lines.add("-- Existing rows must reference existing rows: run PRAGMA foreign_key_check after this file.");
        } else if (f.code() == DiagnosticCode.LF404 && o instanceof MigrationOp.RemoveEnumValue r) {
          lines.addAll(enumValueUpdates(r.enumSqlName(), r.value()));
        }
      }
    }
    return lines;
  }

  /**
   * Rebuilds a table to its final definition; in the fallback, dropped columns and the old
   * values of narrowed ones stay as nullable {@code *_deprecated_<timestamp>} columns.
   */
  private List<String> rebuild(String table, List<ClassifiedOp> group, boolean inFallback) {
    SqlSchema.Table target = after.get(table);
    Map<String, String> sources = new LinkedHashMap<>();
    for (SqlSchema.Column column : target.columns()) {
      SqlSchema.Column was = beforeColumn(table, column.name());
      if (was != null) {
        sources.put(column.name(), convert(q(was.name()), was.type(), column.type()));
      }
    }
    List<SqlSchema.Column> columns = new ArrayList<>(target.columns());
    if (inFallback) {
      for (ClassifiedOp op : group) {
        String kept = null;
        if (op.op() instanceof MigrationOp.DropColumn d) {
          kept = d.column().name();
        } else if (op.op() instanceof MigrationOp.AlterColumnType t
            && op.findings().stream().anyMatch(f -> f.code() == DiagnosticCode.LF403)) {
          kept = previousName(table, t.column());
        }
        if (kept != null) {
          SqlSchema.Column was = column(before.get(table), kept);
          columns.add(new SqlSchema.Column(deprecated(kept), was.type() == ScalarType.ENUM ? ScalarType.TEXT : was.type(),
              null, true, null));
          sources.put(deprecated(kept), q(kept));
        }
      }
    }
    SqlSchema.Table rebuilt = new SqlSchema.Table(table, columns, target.primaryKeyName(), target.primaryKey(),
        target.uniques(), target.checks(), target.joinTable());
    List<SqlSchema.Index> indexes = diff.after().indexes().stream().filter(i -> i.table().equals(table)).toList();
    return rebuildStatements(rebuilt, table, sources, diff.after(), indexes);
  }

  /** The reverse of a rebuild: back to the previous definition, values of added columns lost. */
  private List<String> unbuild(String table) {
    SqlSchema.Table target = before.get(table);
    Map<String, String> sources = new LinkedHashMap<>();
    for (SqlSchema.Column column : target.columns()) {
      String current = renamedFrom.getOrDefault(table, Map.of()).entrySet().stream()
          .filter(e -> e.getValue().equals(column.name())).map(Map.Entry::getKey).findFirst().orElse(column.name());
      SqlSchema.Column is = afterColumn(table, current);
      if (is != null) {
        sources.put(column.name(), convert(q(current), is.type(), column.type()));
      }
    }
    List<SqlSchema.Index> indexes = diff.before().indexes().stream().filter(i -> i.table().equals(table)).toList();
    return rebuildStatements(target, table, sources, diff.before(), indexes);
  }

  private List<String> rebuildStatements(SqlSchema.Table target, String table, Map<String, String> sources,
      SqlSchema schema, List<SqlSchema.Index> indexes) {
    String temporary = table + "_laforge_new";
    SqlSchema.Table renamed = new SqlSchema.Table(temporary, target.columns(), target.primaryKeyName(), target.primaryKey(),
        target.uniques(), target.checks(), target.joinTable());
    List<SqlSchema.ForeignKey> keys = schema.foreignKeys().stream().filter(k -> k.table().equals(table)).toList();
    Map<String, List<String>> labels = schema.enums().stream()
        .collect(Collectors.toMap(EnumType::sqlName, EnumType::values, (a, b) -> a));
    List<String> statements = new ArrayList<>();
    statements.add("-- SQLite cannot make this change in place: " + comment(q(table))
        + " is rebuilt (PRAGMA foreign_keys must be OFF).");
    statements.add(SqliteDdlWriter.createTable(renamed, keys, labels));
    if (!sources.isEmpty()) {
      statements.add("INSERT INTO " + q(temporary) + " (" + String.join(", ", sources.keySet().stream().map(this::q).toList())
          + ") SELECT " + String.join(", ", sources.values()) + " FROM " + q(table) + ";");
    }
    statements.add("DROP TABLE " + q(table) + ";");
    statements.add(alter(temporary) + " RENAME TO " + q(table) + ";");
    indexes.forEach(i -> statements.add(SqliteFragments.createIndex(i)));
    return statements;
  }

  /** The value of a column converted to a new type's storage class when it changes. */
  private static String convert(String column, ScalarType from, ScalarType to) {
    String target = SqliteFragments.type(to);
    return SqliteFragments.type(from).equals(target) ? column : "CAST(" + column + " AS " + target + ")";
  }

  private String alter(String table) {
    return "ALTER TABLE " + q(table);
  }

  private String renameColumn(String table, String from, String to) {
    return alter(table) + " RENAME COLUMN " + q(from) + " TO " + q(to) + ";";
  }

  private String dropIndex(String name) {
    return "DROP INDEX " + q(name) + ";";
  }
}
