package dev.laforge.backend.migrate.plan;

import dev.laforge.backend.diagnostics.DiagnosticCode;
import dev.laforge.backend.ir.DefaultValue;
import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.migrate.ClassifiedOp;
import dev.laforge.backend.migrate.MigrationOp;
import dev.laforge.backend.migrate.SchemaDiff;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.policy.RlsWriter;
import dev.laforge.backend.sql.SqlSchema;
import dev.laforge.backend.sql.postgres.PostgresDdlWriter;
import dev.laforge.backend.sql.postgres.PostgresFragments;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * PostgreSQL statements: every change is an ALTER of its own; a removed enum value re-creates the
 * type; new tables get ENABLE and FORCE ROW LEVEL SECURITY like the RLS script; constraints over
 * existing rows in the fallback use NOT VALID and VALIDATE.
 */
final class PostgresPlanner extends DialectPlanner {

  /** Enums whose re-creation a step already holds. */
  private final Set<String> recreated = new HashSet<>();

  PostgresPlanner(SchemaDiff diff, PlanMode mode, String timestamp) {
    super(diff, Dialect.POSTGRES, mode, timestamp,
        PostgresDdlWriter.statements(diff.before()), PostgresDdlWriter.statements(diff.after()));
  }

  @Override
  boolean handles(MigrationOp op) {
    return true;
  }

  @Override
  void spreadDeferral() {
    // A type still used by a deferred (kept, renamed) table or column cannot be dropped yet.
    Set<String> stillUsed = new HashSet<>();
    for (ClassifiedOp op : deferred) {
      if (op.op() instanceof MigrationOp.DropColumn d && d.column().enumSqlName() != null) {
        stillUsed.add(d.column().enumSqlName());
      } else if (op.op() instanceof MigrationOp.DropTable d) {
        d.table().columns().stream().filter(c -> c.enumSqlName() != null).forEach(c -> stillUsed.add(c.enumSqlName()));
      } else if (op.op() instanceof MigrationOp.AlterColumnType t && t.fromEnum() != null) {
        stillUsed.add(t.fromEnum());
      }
    }
    ops.stream().filter(op -> op.op() instanceof MigrationOp.DropEnum d && stillUsed.contains(d.enumType().sqlName()))
        .forEach(deferred::add);
  }

  @Override
  List<Step> finish(List<Step> applied) {
    // Policies call the context functions: the first step that creates a policy creates them too.
    List<Step> out = new ArrayList<>(applied);
    for (int i = 0; i < out.size(); i++) {
      Step s = out.get(i);
      if (s.phase() == POLICIES) {
        List<String> statements = new ArrayList<>();
        statements.add("-- The context functions the policies call (as in rls.sql; CREATE OR REPLACE).");
        statements.addAll(RlsWriter.contextFunctions().lines().filter(l -> !l.startsWith("--")).toList());
        statements.addAll(s.statements());
        out.set(i, new Step(s.phase(), s.op(), statements, s.reverse()));
        break;
      }
    }
    return out;
  }

  @Override
  List<Step> direct(ClassifiedOp c) {
    MigrationOp op = c.op();
    if (op instanceof MigrationOp.CreateEnum o) {
      return one(ENUMS, c, List.of(createEnum(o.enumType())), List.of("DROP TYPE " + q(o.enumType().sqlName()) + ";"));
    } else if (op instanceof MigrationOp.DropEnum o) {
      return one(DROP_ENUMS, c, List.of("DROP TYPE " + q(o.enumType().sqlName()) + ";"), List.of(createEnum(o.enumType())));
    } else if (op instanceof MigrationOp.AddEnumValue o) {
      return one(ENUMS, c, List.of(addValue(o)), List.of());
    } else if (op instanceof MigrationOp.RemoveEnumValue o) {
      return one(ENUM_COLUMNS, c, recreate(o.enumSqlName()), List.of());
    } else if (op instanceof MigrationOp.CreateTable o) {
      String t = q(o.table().name());
      return one(CREATE_TABLES, c, List.of(afterDdl.createTable(o.table()),
          "ALTER TABLE " + t + " ENABLE ROW LEVEL SECURITY;", "ALTER TABLE " + t + " FORCE ROW LEVEL SECURITY;"),
          List.of("DROP TABLE " + t + ";"));
    } else if (op instanceof MigrationOp.DropTable o) {
      return one(DROP_TABLES, c, List.of("DROP TABLE " + q(o.table().name()) + ";"), List.of());
    } else if (op instanceof MigrationOp.AddColumn o) {
      SqlSchema.Table table = after.get(o.table());
      return one(COLUMNS, c, List.of(alter(o.table()) + " ADD COLUMN " + afterDdl.columnDefinition(table, o.column()) + ";"),
          List.of(alter(o.table()) + " DROP COLUMN " + q(o.column().name()) + ";"));
    } else if (op instanceof MigrationOp.DropColumn o) {
      return one(COLUMNS, c, List.of(alter(o.table()) + " DROP COLUMN " + q(o.column().name()) + ";"), List.of());
    } else if (op instanceof MigrationOp.RenameColumn o) {
      return one(COLUMNS, c, List.of(renameColumn(o.table(), o.from(), o.to())), List.of(renameColumn(o.table(), o.to(), o.from())));
    } else if (op instanceof MigrationOp.AlterColumnType o) {
      SqlSchema.Column was = beforeColumn(o.table(), o.column());
      SqlSchema.Column is = afterColumn(o.table(), o.column());
      return one(COLUMNS, c, aroundPolicies(List.of(o.column()), retype(o.table(), o.column(), was, is)),
          aroundPolicies(List.of(o.column()), retype(o.table(), o.column(), is, was)));
    } else if (op instanceof MigrationOp.AlterColumnNullability o) {
      return one(COLUMNS, c, List.of(nullability(o.table(), o.column(), o.nullable())),
          List.of(nullability(o.table(), o.column(), !o.nullable())));
    } else if (op instanceof MigrationOp.AlterColumnDefault o) {
      if (retyped(o.table(), o.column())) {
        return one(COLUMNS, c, List.of("-- set with the type change of " + comment(o.table() + "." + o.column()) + " above"),
            List.of());
      }
      return one(COLUMNS, c, List.of(setDefault(o.table(), o.column(), o.to())), List.of(setDefault(o.table(), o.column(), o.from())));
    } else if (op instanceof MigrationOp.AlterPrimaryKey o) {
      SqlSchema.Table was = before.get(o.table());
      SqlSchema.Table is = after.get(o.table());
      return one(COLUMNS, c, primaryKey(was, is), primaryKey(is, was));
    } else if (op instanceof MigrationOp.AddUnique o) {
      return one(CONSTRAINTS, c, List.of(addConstraint(o.table(), afterDdl.unique(o.unique()))),
          List.of(dropConstraint(o.table(), o.unique().name())));
    } else if (op instanceof MigrationOp.DropUnique o) {
      return one(DROP_CONSTRAINTS, c, List.of(dropConstraint(o.table(), o.unique().name())),
          List.of(addConstraint(o.table(), beforeDdl.unique(o.unique()))));
    } else if (op instanceof MigrationOp.AddCheck o) {
      return one(CONSTRAINTS, c, List.of(addConstraint(o.table(), afterDdl.check(o.check()))),
          List.of(dropConstraint(o.table(), o.check().name())));
    } else if (op instanceof MigrationOp.DropCheck o) {
      return one(DROP_CONSTRAINTS, c, List.of(dropConstraint(o.table(), o.check().name())),
          List.of(addConstraint(o.table(), beforeDdl.check(o.check()))));
    } else if (op instanceof MigrationOp.AlterCheck o) {
      return List.of(
          step(DROP_CONSTRAINTS, c, List.of(dropConstraint(o.table(), o.from().name())),
              List.of(addConstraint(o.table(), beforeDdl.check(o.from())))),
          step(CONSTRAINTS, c, List.of(addConstraint(o.table(), afterDdl.check(o.to()))),
              List.of(dropConstraint(o.table(), o.to().name()))));
    } else if (op instanceof MigrationOp.RenameConstraint o) {
      return one(CONSTRAINTS, c, List.of(renameConstraint(o.table(), o.from(), o.to())),
          List.of(renameConstraint(o.table(), o.to(), o.from())));
    } else if (op instanceof MigrationOp.AddForeignKey o) {
      return one(FOREIGN_KEYS, c, List.of(afterDdl.foreignKey(o.key())), List.of(dropConstraint(o.key().table(), o.key().name())));
    } else if (op instanceof MigrationOp.DropForeignKey o) {
      return one(DROP_FOREIGN_KEYS, c, List.of(dropConstraint(o.key().table(), o.key().name())),
          List.of(beforeDdl.foreignKey(o.key())));
    } else if (op instanceof MigrationOp.AlterForeignKey o) {
      return List.of(
          step(DROP_FOREIGN_KEYS, c, List.of(dropConstraint(o.from().table(), o.from().name())),
              List.of(beforeDdl.foreignKey(o.from()))),
          step(FOREIGN_KEYS, c, List.of(afterDdl.foreignKey(o.to())), List.of(dropConstraint(o.to().table(), o.to().name()))));
    } else if (op instanceof MigrationOp.AddIndex o) {
      List<String> statements = new ArrayList<>();
      if (c.findings().stream().anyMatch(f -> f.code() == DiagnosticCode.LF410)) {
        statements.add("-- LF410: to build it without blocking writes, run it first as CREATE "
            + (o.index().unique() ? "UNIQUE " : "") + "INDEX CONCURRENTLY outside a transaction,");
        statements.add("-- then delete the next statement from this file.");
      }
      statements.add(afterDdl.createIndex(o.index()));
      return one(INDEXES, c, statements, List.of(dropIndex(o.index().name())));
    } else if (op instanceof MigrationOp.DropIndex o) {
      return one(DROP_CONSTRAINTS, c, List.of(dropIndex(o.index().name())), List.of(beforeDdl.createIndex(o.index())));
    } else if (op instanceof MigrationOp.RenameIndex o) {
      return one(INDEXES, c, List.of(renameIndex(o.from(), o.to())), List.of(renameIndex(o.to(), o.from())));
    } else if (op instanceof MigrationOp.AddPolicy o) {
      return one(POLICIES, c, List.of(o.sql()), List.of(dropPolicy(o.table(), o.name())));
    } else if (op instanceof MigrationOp.DropPolicy o) {
      return one(DROP_POLICIES, c, List.of(dropPolicy(o.table(), o.name())), List.of(o.sql()));
    } else if (op instanceof MigrationOp.AlterPolicy o) {
      return List.of(
          step(DROP_POLICIES, c, List.of(dropPolicy(o.table(), o.name())), List.of(o.fromSql())),
          step(POLICIES, c, List.of(o.toSql()), List.of(dropPolicy(o.table(), o.name()))));
    }
    throw new IllegalArgumentException("unknown operation " + op);
  }

  @Override
  List<Step> fallback(ClassifiedOp c) {
    MigrationOp op = c.op();
    if (op instanceof MigrationOp.DropTable o) {
      String to = deprecated(o.table().name());
      return one(DROP_TABLES, c, List.of("-- Kept under a new name: drop it once nothing reads it.",
          alter(o.table().name()) + " RENAME TO " + q(to) + ";"), List.of());
    } else if (op instanceof MigrationOp.DropColumn o) {
      String to = deprecated(o.column().name());
      List<String> statements = new ArrayList<>();
      statements.add("-- Kept under a new name, and nullable so inserts that omit it succeed: drop it once nothing reads it.");
      statements.add(renameColumn(o.table(), o.column().name(), to));
      if (!o.column().nullable()) {
        statements.add(nullability(o.table(), to, true));
      }
      return one(COLUMNS, c, statements, List.of());
    } else if (op instanceof MigrationOp.AlterColumnType o) {
      SqlSchema.Column was = beforeColumn(o.table(), o.column());
      SqlSchema.Column is = afterColumn(o.table(), o.column());
      String shadow = shadow(o.column());
      String old = deprecated(o.column());
      List<String> statements = new ArrayList<>();
      statements.add("-- A shadow column takes the converted values; the old column is kept under a new name.");
      statements.add("-- Its indexes and constraints stay on the old column: re-create them on the new one (see schema.sql).");
      statements.add(alter(o.table()) + " ADD COLUMN " + q(shadow) + " " + PostgresFragments.type(is) + ";");
      statements.add("UPDATE " + q(o.table()) + " SET " + q(shadow) + " = " + cast(o.column(), was, is) + ";");
      statements.add(renameColumn(o.table(), o.column(), old));
      statements.add(renameColumn(o.table(), shadow, o.column()));
      if (!was.nullable()) {
        statements.add(nullability(o.table(), old, true));
      }
      if (is.defaultValue() != null) {
        statements.add(setDefault(o.table(), o.column(), is.defaultValue()));
      }
      if (!is.nullable()) {
        statements.add(nullability(o.table(), o.column(), false));
      }
      return one(COLUMNS, c, aroundPolicies(List.of(o.column()), statements), List.of());
    } else if (op instanceof MigrationOp.AddColumn o) {
      SqlSchema.Table table = after.get(o.table());
      SqlSchema.Column nullable = new SqlSchema.Column(o.column().name(), o.column().type(), o.column().enumSqlName(),
          true, o.column().defaultValue());
      List<String> statements = new ArrayList<>();
      statements.add(alter(o.table()) + " ADD COLUMN " + afterDdl.columnDefinition(table, nullable) + ";");
      statements.addAll(backfill(o.table(), o.column().name()));
      statements.add(nullability(o.table(), o.column().name(), false));
      return one(COLUMNS, c, statements, List.of());
    } else if (op instanceof MigrationOp.AlterColumnNullability o && !o.nullable()) {
      String check = dialect.constraintName(o.table(), o.column(), "not_null");
      List<String> statements = new ArrayList<>(backfill(o.table(), o.column()));
      statements.add("-- A NOT VALID check validated apart lets SET NOT NULL skip its scan under the exclusive lock.");
      statements.add(alter(o.table()) + " ADD CONSTRAINT " + q(check) + " CHECK (" + q(o.column()) + " IS NOT NULL) NOT VALID;");
      statements.add(alter(o.table()) + " VALIDATE CONSTRAINT " + q(check) + ";");
      statements.add(nullability(o.table(), o.column(), false));
      statements.add(dropConstraint(o.table(), check));
      return one(COLUMNS, c, statements, List.of());
    } else if (op instanceof MigrationOp.AlterPrimaryKey o) {
      List<String> statements = new ArrayList<>(duplicatesQuery(o.table(), o.to()));
      statements.addAll(primaryKey(before.get(o.table()), after.get(o.table())));
      return one(COLUMNS, c, statements, List.of());
    } else if (op instanceof MigrationOp.AddUnique o) {
      List<String> statements = new ArrayList<>(duplicatesQuery(o.table(), List.of(o.unique().column())));
      statements.add(addConstraint(o.table(), afterDdl.unique(o.unique())));
      return one(CONSTRAINTS, c, statements, List.of());
    } else if (op instanceof MigrationOp.AddIndex o) {
      List<String> statements = new ArrayList<>(duplicatesQuery(o.index().table(), o.index().columns()));
      statements.add(afterDdl.createIndex(o.index()));
      return one(INDEXES, c, statements, List.of());
    } else if (op instanceof MigrationOp.AddCheck o) {
      return one(CONSTRAINTS, c, notValid(o.table(), afterDdl.check(o.check()), o.check().name()), List.of());
    } else if (op instanceof MigrationOp.AlterCheck o) {
      List<String> statements = new ArrayList<>();
      statements.add(dropConstraint(o.table(), o.from().name()));
      statements.addAll(notValid(o.table(), afterDdl.check(o.to()), o.to().name()));
      return one(CONSTRAINTS, c, statements, List.of());
    } else if (op instanceof MigrationOp.AddForeignKey o) {
      return one(FOREIGN_KEYS, c, foreignKeyNotValid(o.key()), List.of());
    } else if (op instanceof MigrationOp.AlterForeignKey o) {
      List<String> statements = new ArrayList<>();
      statements.add(dropConstraint(o.from().table(), o.from().name()));
      statements.addAll(foreignKeyNotValid(o.to()));
      return one(FOREIGN_KEYS, c, statements, List.of());
    } else if (op instanceof MigrationOp.RemoveEnumValue o) {
      List<String> statements = new ArrayList<>(enumValueUpdates(o.enumSqlName(), o.value()));
      statements.addAll(recreate(o.enumSqlName()));
      return one(ENUM_COLUMNS, c, statements, List.of());
    } else if (op instanceof MigrationOp.DropEnum o) {
      return one(DROP_ENUMS, c, List.of("-- The deprecated columns above still use the type: drop it after them, with",
          "-- DROP TYPE " + comment(q(o.enumType().sqlName())) + ";"), List.of());
    }
    return direct(c);
  }

  /** Re-creates an enum type with its current values, converting every column that uses it; once per type. */
  private List<String> recreate(String enumSqlName) {
    if (!recreated.add(enumSqlName)) {
      return List.of("-- done by re-creating type " + comment(enumSqlName) + " above");
    }
    EnumType now = diff.after().enums().stream().filter(e -> e.sqlName().equals(enumSqlName)).findFirst().orElseThrow();
    String old = dialect.constraintName(enumSqlName, "old", timestamp);
    List<String> statements = new ArrayList<>();
    statements.add("-- PostgreSQL cannot remove an enum value: the type is re-created and its columns converted.");
    statements.add("ALTER TYPE " + q(enumSqlName) + " RENAME TO " + q(old) + ";");
    statements.add(createEnum(now));
    for (String[] column : enumColumns(enumSqlName)) {
      SqlSchema.Column is = afterColumn(column[0], column[1]);
      if (is.defaultValue() != null) {
        statements.add(setDefault(column[0], column[1], null));
      }
      statements.add(alter(column[0]) + " ALTER COLUMN " + q(column[1]) + " TYPE " + q(enumSqlName)
          + " USING " + q(column[1]) + "::text::" + q(enumSqlName) + ";");
      if (is.defaultValue() != null) {
        statements.add(setDefault(column[0], column[1], is.defaultValue()));
      }
    }
    statements.add("DROP TYPE " + q(old) + ";");
    return aroundPolicies(enumColumns(enumSqlName).stream().map(column -> column[1]).toList(), statements);
  }

  /**
   * {@code statements}, which change the type of {@code columns}, between DROP POLICY and CREATE
   * POLICY statements for the unchanged policies that read a column of that name: PostgreSQL
   * refuses to change the type of a column a policy depends on. Re-created after the change, the
   * policies read the new column (after a shadow-column swap too).
   */
  private List<String> aroundPolicies(List<String> columns, List<String> statements) {
    List<String[]> readers = new ArrayList<>();
    diff.keptPolicies().forEach((table, policies) -> policies.forEach((name, sql) -> {
      if (columns.stream().anyMatch(column -> Pattern.compile(
          "(?<![A-Za-z0-9_$])" + Pattern.quote(column) + "(?![A-Za-z0-9_$])").matcher(sql).find())) {
        readers.add(new String[] {table, name, sql});
      }
    }));
    if (readers.isEmpty()) {
      return statements;
    }
    List<String> out = new ArrayList<>();
    out.add("-- PostgreSQL cannot change the type of a column a policy reads: these policies are dropped and re-created.");
    readers.forEach(r -> out.add(dropPolicy(r[0], r[1])));
    out.addAll(statements);
    readers.forEach(r -> out.add(r[2]));
    return out;
  }

  private String addValue(MigrationOp.AddEnumValue o) {
    List<String> values = diff.after().enums().stream().filter(e -> e.sqlName().equals(o.enumSqlName()))
        .findFirst().orElseThrow().values();
    int i = values.indexOf(o.value());
    String position = i > 0 ? " AFTER " + lit(values.get(i - 1)) : values.size() > 1 ? " BEFORE " + lit(values.get(1)) : "";
    return "ALTER TYPE " + q(o.enumSqlName()) + " ADD VALUE " + lit(o.value()) + position + ";";
  }

  private String createEnum(EnumType type) {
    return PostgresFragments.createEnum(type.sqlName(), type.values());
  }

  /** Drops the default (it may not cast), changes the type, sets the new default. */
  private List<String> retype(String table, String column, SqlSchema.Column from, SqlSchema.Column to) {
    List<String> statements = new ArrayList<>();
    if (from.defaultValue() != null) {
      statements.add(setDefault(table, column, null));
    }
    statements.add(alter(table) + " ALTER COLUMN " + q(column) + " TYPE " + PostgresFragments.type(to)
        + " USING " + cast(column, from, to) + ";");
    if (to.defaultValue() != null) {
      statements.add(setDefault(table, column, to.defaultValue()));
    }
    return statements;
  }

  private String cast(String column, SqlSchema.Column from, SqlSchema.Column to) {
    boolean viaText = from.enumSqlName() != null || to.enumSqlName() != null;
    return q(column) + (viaText ? "::text" : "") + "::" + PostgresFragments.type(to);
  }

  private boolean retyped(String table, String column) {
    return ops.stream().anyMatch(op -> op.op() instanceof MigrationOp.AlterColumnType t && t.table().equals(table)
        && t.column().equals(column) && !deferred.contains(op));
  }

  private List<String> primaryKey(SqlSchema.Table from, SqlSchema.Table to) {
    List<String> statements = new ArrayList<>();
    if (from.primaryKeyName() != null) {
      statements.add(dropConstraint(from.name(), from.primaryKeyName()));
    }
    if (to.primaryKeyName() != null) {
      statements.add(addConstraint(to.name(), PostgresFragments.primaryKey(to.primaryKeyName(), to.primaryKey())));
    }
    return statements;
  }

  private List<String> notValid(String table, String constraint, String name) {
    return List.of("-- NOT VALID adds it without checking existing rows; VALIDATE then checks them without blocking writes.",
        alter(table) + " ADD " + constraint + " NOT VALID;",
        alter(table) + " VALIDATE CONSTRAINT " + q(name) + ";");
  }

  private List<String> foreignKeyNotValid(SqlSchema.ForeignKey key) {
    String add = afterDdl.foreignKey(key);
    return List.of("-- NOT VALID adds it without checking existing rows; VALIDATE then checks them without blocking writes.",
        add.substring(0, add.length() - 1) + " NOT VALID;",
        alter(key.table()) + " VALIDATE CONSTRAINT " + q(key.name()) + ";");
  }

  private String alter(String table) {
    return "ALTER TABLE " + q(table);
  }

  private String renameColumn(String table, String from, String to) {
    return alter(table) + " RENAME COLUMN " + q(from) + " TO " + q(to) + ";";
  }

  private String nullability(String table, String column, boolean nullable) {
    return alter(table) + " ALTER COLUMN " + q(column) + (nullable ? " DROP NOT NULL;" : " SET NOT NULL;");
  }

  private String setDefault(String table, String column, DefaultValue value) {
    return alter(table) + " ALTER COLUMN " + q(column)
        + (value == null ? " DROP DEFAULT;" : " SET DEFAULT " + PostgresFragments.defaultExpression(value) + ";");
  }

  private String addConstraint(String table, String constraint) {
    return alter(table) + " ADD " + constraint + ";";
  }

  private String dropConstraint(String table, String name) {
    return alter(table) + " DROP CONSTRAINT " + q(name) + ";";
  }

  private String renameConstraint(String table, String from, String to) {
    return alter(table) + " RENAME CONSTRAINT " + q(from) + " TO " + q(to) + ";";
  }

  private String dropIndex(String name) {
    return "DROP INDEX " + q(name) + ";";
  }

  private String renameIndex(String from, String to) {
    return "ALTER INDEX " + q(from) + " RENAME TO " + q(to) + ";";
  }

  private String dropPolicy(String table, String name) {
    return "DROP POLICY " + q(name) + " ON " + q(table) + ";";
  }
}
