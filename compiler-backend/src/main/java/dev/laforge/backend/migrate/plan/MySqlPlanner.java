package dev.laforge.backend.migrate.plan;

import dev.laforge.backend.ir.DefaultValue;
import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.migrate.ClassifiedOp;
import dev.laforge.backend.migrate.MigrationOp;
import dev.laforge.backend.migrate.SchemaDiff;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import dev.laforge.backend.sql.mysql.MySqlDdlWriter;
import dev.laforge.backend.sql.mysql.MySqlFragments;
import dev.laforge.backend.sql.mysql.MySqlTypes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * MySQL/MariaDB statements: a column change is one {@code MODIFY COLUMN} with the column's whole
 * definition; enums are ENUM column types, so an enum change modifies each column using it; a
 * column whose MySQL type follows from keys (TEXT or VARCHAR) is modified with the key that
 * changes it. Dropping a column first drops the foreign keys, checks and indexes over it.
 */
final class MySqlPlanner extends DialectPlanner {

  private final MySqlTypes beforeTypes;
  private final MySqlTypes afterTypes;
  /** {@code table\0column} of columns a step already modifies. */
  private final Set<String> modified = new HashSet<>();
  /** MODIFY statements an operation adds for columns whose type follows from a key it changes. */
  private final Map<ClassifiedOp, List<String>> keyedModifies = new HashMap<>();
  /** The MODIFY statements that undo {@link #keyedModifies}. */
  private final Map<ClassifiedOp, List<String>> keyedUndo = new HashMap<>();
  /** {@code table\0column} of the columns {@link #columnOp} is true for, made on first use. */
  private Set<String> opColumns;

  MySqlPlanner(SchemaDiff diff, PlanMode mode, String timestamp) {
    super(diff, Dialect.MYSQL, mode, timestamp, MySqlDdlWriter.statements(diff.before()),
        MySqlDdlWriter.statements(diff.after()));
    this.beforeTypes = MySqlTypes.of(diff.before());
    this.afterTypes = MySqlTypes.of(diff.after());
  }

  @Override
  boolean handles(MigrationOp op) {
    return !(op instanceof MigrationOp.CreateEnum || op instanceof MigrationOp.DropEnum
        || op instanceof MigrationOp.AddPolicy || op instanceof MigrationOp.DropPolicy
        || op instanceof MigrationOp.AlterPolicy);
  }

  @Override
  void spreadDeferral() {
    // An index a kept foreign key needs can go only once its replacement exists: when every new
    // index that starts with the key's column is deferred, its drop is deferred with them.
    for (ClassifiedOp op : ops) {
      if (op.op() instanceof MigrationOp.DropIndex d && backsKeptForeignKey(d.index())
          && ops.stream().noneMatch(a -> a.op() instanceof MigrationOp.AddIndex add && !deferred.contains(a)
              && add.index().table().equals(d.index().table())
              && add.index().columns().get(0).equals(d.index().columns().get(0)))) {
        deferred.add(op);
      }
    }
    Set<String> changedEnums = new HashSet<>();
    ops.forEach(op -> {
      if (op.op() instanceof MigrationOp.AddEnumValue a) {
        changedEnums.add(a.enumSqlName());
      } else if (op.op() instanceof MigrationOp.RemoveEnumValue r) {
        changedEnums.add(r.enumSqlName());
      }
    });
    for (SqlSchema.Table table : diff.after().tables()) {
      if (!before.containsKey(table.name())) {
        continue;
      }
      for (SqlSchema.Column column : table.columns()) {
        SqlSchema.Column was = beforeColumn(table.name(), column.name());
        if (was == null || columnOp(table.name(), column.name()) || changedEnums.contains(column.enumSqlName())) {
          continue;
        }
        String now = afterDefinition(table.name(), column);
        if (!now.equals(beforeDefinition(table.name(), column.name()))) {
          ClassifiedOp owner = keyOwner(table.name());
          if (owner != null) {
            keyedModifies.computeIfAbsent(owner, o -> new ArrayList<>()).add(modify(table.name(), now));
            keyedUndo.computeIfAbsent(owner, o -> new ArrayList<>())
                .add(modify(table.name(), beforeDefinition(table.name(), column.name())));
          }
        }
      }
    }
  }

  /**
   * The operation that changes the keys or checks of a table (its own, else a foreign key that
   * references it), which the MODIFY of a column whose type follows from them goes with.
   */
  private ClassifiedOp keyOwner(String table) {
    for (ClassifiedOp op : ops) {
      if (op.op().target().equals(table) && keyOp(op.op())) {
        return op;
      }
    }
    for (ClassifiedOp op : ops) {
      if (op.op() instanceof MigrationOp.AddForeignKey k && k.key().referencedTable().equals(table)
          || op.op() instanceof MigrationOp.AlterForeignKey a && a.to().referencedTable().equals(table)
          || op.op() instanceof MigrationOp.DropForeignKey d && d.key().referencedTable().equals(table)) {
        return op;
      }
    }
    return null;
  }

  @Override
  List<Step> direct(ClassifiedOp c) {
    List<Step> steps = directSteps(c);
    List<String> keyed = keyedModifies.get(c);
    if (keyed == null) {
      return steps;
    }
    // A key is added after its column becomes VARCHAR, and a column becomes TEXT after its key is dropped.
    Step s = steps.get(steps.size() - 1);
    List<String> statements = new ArrayList<>();
    boolean adds = !(c.op() instanceof MigrationOp.DropUnique || c.op() instanceof MigrationOp.DropIndex
        || c.op() instanceof MigrationOp.DropForeignKey || c.op() instanceof MigrationOp.DropCheck);
    if (adds) {
      statements.addAll(keyed);
    }
    statements.addAll(s.statements());
    if (!adds) {
      statements.addAll(keyed);
    }
    List<String> reverse = new ArrayList<>();
    List<String> undo = keyedUndo.get(c);
    if (!adds) {
      reverse.addAll(undo);
    }
    reverse.addAll(s.reverse());
    if (adds) {
      reverse.addAll(undo);
    }
    List<Step> out = new ArrayList<>(steps.subList(0, steps.size() - 1));
    out.add(new Step(s.phase(), s.op(), statements, s.reverse().isEmpty() ? List.of() : reverse));
    return out;
  }

  private List<Step> directSteps(ClassifiedOp c) {
    MigrationOp op = c.op();
    if (op instanceof MigrationOp.AddEnumValue o) {
      return one(ENUM_COLUMNS, c, enumModifies(o.enumSqlName(), false), List.of());
    } else if (op instanceof MigrationOp.RemoveEnumValue o) {
      return one(ENUM_COLUMNS, c, enumModifies(o.enumSqlName(), false), List.of());
    } else if (op instanceof MigrationOp.CreateTable o) {
      return one(CREATE_TABLES, c, List.of(afterDdl.createTable(o.table())), List.of("DROP TABLE " + q(o.table().name()) + ";"));
    } else if (op instanceof MigrationOp.DropTable o) {
      return one(DROP_TABLES, c, List.of("DROP TABLE " + q(o.table().name()) + ";"), List.of());
    } else if (op instanceof MigrationOp.AddColumn o) {
      modified.add(o.table() + "\0" + o.column().name());
      return one(COLUMNS, c, List.of(alter(o.table()) + " ADD COLUMN " + afterDefinition(o.table(), o.column()) + ";"),
          List.of(alter(o.table()) + " DROP COLUMN " + q(o.column().name()) + ";"));
    } else if (op instanceof MigrationOp.DropColumn o) {
      return one(COLUMNS, c, dropColumn(o.table(), o.column().name()), List.of());
    } else if (op instanceof MigrationOp.RenameColumn o) {
      return one(COLUMNS, c, List.of(renameColumn(o.table(), o.from(), o.to())), List.of(renameColumn(o.table(), o.to(), o.from())));
    } else if (isColumnOp(op)) {
      String table = op.target();
      String column = columnOf(op);
      if (!modified.add(table + "\0" + column)) {
        return one(COLUMNS, c, List.of("-- done by the MODIFY COLUMN of " + comment(table + "." + column) + " above"), List.of());
      }
      return one(COLUMNS, c, List.of(modify(table, appliedDefinition(table, column))),
          List.of(modify(table, beforeDefinition(table, column))));
    } else if (op instanceof MigrationOp.AlterPrimaryKey o) {
      return one(COLUMNS, c, List.of(primaryKey(o.table(), o.from(), o.to())), List.of(primaryKey(o.table(), o.to(), o.from())));
    } else if (op instanceof MigrationOp.AddUnique o) {
      return one(CONSTRAINTS, c, List.of(add(o.table(), afterDdl.unique(o.unique()))),
          List.of(alter(o.table()) + " DROP INDEX " + q(o.unique().name()) + ";"));
    } else if (op instanceof MigrationOp.DropUnique o) {
      return one(DROP_CONSTRAINTS, c, List.of(alter(o.table()) + " DROP INDEX " + q(o.unique().name()) + ";"),
          List.of(add(o.table(), beforeDdl.unique(o.unique()))));
    } else if (op instanceof MigrationOp.AddCheck o) {
      return one(CONSTRAINTS, c, List.of(add(o.table(), afterDdl.check(o.check()))), List.of(dropCheck(o.table(), o.check().name())));
    } else if (op instanceof MigrationOp.DropCheck o) {
      return one(DROP_CONSTRAINTS, c, List.of(dropCheck(o.table(), o.check().name())),
          List.of(add(o.table(), beforeDdl.check(o.check()))));
    } else if (op instanceof MigrationOp.AlterCheck o) {
      return List.of(
          step(DROP_CONSTRAINTS, c, List.of(dropCheck(o.table(), o.from().name())), List.of(add(o.table(), beforeDdl.check(o.from())))),
          step(CONSTRAINTS, c, List.of(add(o.table(), afterDdl.check(o.to()))), List.of(dropCheck(o.table(), o.to().name()))));
    } else if (op instanceof MigrationOp.RenameConstraint o) {
      return one(CONSTRAINTS, c, renameConstraint(o.table(), o.from(), o.to(), before.get(o.table()), after.get(o.table()), true),
          renameConstraint(o.table(), o.to(), o.from(), after.get(o.table()), before.get(o.table()), false));
    } else if (op instanceof MigrationOp.AddForeignKey o) {
      return one(FOREIGN_KEYS, c, List.of(afterDdl.foreignKey(o.key())), List.of(dropForeignKey(o.key())));
    } else if (op instanceof MigrationOp.DropForeignKey o) {
      return one(DROP_FOREIGN_KEYS, c, List.of(dropForeignKey(o.key())), List.of(beforeDdl.foreignKey(o.key())));
    } else if (op instanceof MigrationOp.AlterForeignKey o) {
      return List.of(
          step(DROP_FOREIGN_KEYS, c, List.of(dropForeignKey(o.from())), List.of(beforeDdl.foreignKey(o.from()))),
          step(FOREIGN_KEYS, c, List.of(afterDdl.foreignKey(o.to())), List.of(dropForeignKey(o.to()))));
    } else if (op instanceof MigrationOp.AddIndex o) {
      return one(INDEXES, c, List.of(afterDdl.createIndex(o.index())), List.of(dropIndex(o.index())));
    } else if (op instanceof MigrationOp.DropIndex o) {
      // MariaDB/MySQL refuse to drop the only index a foreign key can use: when a kept foreign key
      // starts the dropped index, the indexes that replace it are built first.
      return one(backsKeptForeignKey(o.index()) ? FOREIGN_KEYS : DROP_CONSTRAINTS, c, List.of(dropIndex(o.index())),
          List.of(beforeDdl.createIndex(o.index())));
    } else if (op instanceof MigrationOp.RenameIndex o) {
      return one(INDEXES, c, List.of(renameIndex(o.table(), o.from(), o.to())), List.of(renameIndex(o.table(), o.to(), o.from())));
    }
    throw new IllegalArgumentException("unknown operation " + op);
  }

  @Override
  List<Step> fallback(ClassifiedOp c) {
    MigrationOp op = c.op();
    List<String> keyed = keyedModifies.getOrDefault(c, List.of());
    if (op instanceof MigrationOp.DropTable o) {
      return one(DROP_TABLES, c, List.of("-- Kept under a new name: drop it once nothing reads it.",
          "RENAME TABLE " + q(o.table().name()) + " TO " + q(deprecated(o.table().name())) + ";"), List.of());
    } else if (op instanceof MigrationOp.DropColumn o) {
      SqlSchema.Column was = o.column();
      String type = beforeTypes.type(o.table(), was.name());
      return one(COLUMNS, c, List.of(
          "-- Kept under a new name, and nullable so inserts that omit it succeed: drop it once nothing reads it.",
          alter(o.table()) + " CHANGE COLUMN " + q(was.name()) + " "
              + definition(deprecated(was.name()), type, true, null, was, false) + ";"), List.of());
    } else if (op instanceof MigrationOp.AlterColumnType o) {
      SqlSchema.Column was = beforeColumn(o.table(), o.column());
      SqlSchema.Column is = afterColumn(o.table(), o.column());
      String shadow = shadow(o.column());
      String old = deprecated(o.column());
      modified.add(o.table() + "\0" + o.column());
      List<String> statements = new ArrayList<>();
      statements.add("-- A shadow column takes the converted values; the old column is kept under a new name.");
      statements.add("-- Its indexes and constraints stay on the old column: re-create them on the new one (see schema.sql).");
      statements.add(alter(o.table()) + " ADD COLUMN "
          + definition(shadow, afterTypes.type(o.table(), is.name()), true, null, is, false) + ";");
      statements.add("UPDATE " + q(o.table()) + " SET " + q(shadow) + " = " + q(o.column()) + ";");
      statements.add(renameColumn(o.table(), o.column(), old));
      statements.add(renameColumn(o.table(), shadow, o.column()));
      statements.add(modify(o.table(), definition(old, beforeTypes.type(o.table(), was.name()), true, null, was, false)));
      statements.add(modify(o.table(), afterDefinition(o.table(), is)));
      return one(COLUMNS, c, statements, List.of());
    } else if (op instanceof MigrationOp.AddColumn o) {
      modified.add(o.table() + "\0" + o.column().name());
      List<String> statements = new ArrayList<>();
      statements.add(alter(o.table()) + " ADD COLUMN " + definition(o.column().name(),
          afterTypes.type(o.table(), o.column().name()), true, o.column().defaultValue(), o.column(),
          afterTypes.isLargeObject(o.table(), o.column().name())) + ";");
      statements.addAll(backfill(o.table(), o.column().name()));
      statements.add(modify(o.table(), afterDefinition(o.table(), o.column())));
      return one(COLUMNS, c, statements, List.of());
    } else if (op instanceof MigrationOp.AlterColumnNullability o && !o.nullable()) {
      modified.add(o.table() + "\0" + o.column());
      List<String> statements = new ArrayList<>(backfill(o.table(), o.column()));
      statements.add(modify(o.table(), afterDefinition(o.table(), afterColumn(o.table(), o.column()))));
      return one(COLUMNS, c, statements, List.of());
    } else if (op instanceof MigrationOp.AlterPrimaryKey o) {
      List<String> statements = new ArrayList<>(duplicatesQuery(o.table(), o.to()));
      statements.add(primaryKey(o.table(), o.from(), o.to()));
      return one(COLUMNS, c, statements, List.of());
    } else if (op instanceof MigrationOp.AddUnique o) {
      List<String> statements = new ArrayList<>(duplicatesQuery(o.table(), List.of(o.unique().column())));
      statements.addAll(keyed);
      statements.add(add(o.table(), afterDdl.unique(o.unique())));
      return one(CONSTRAINTS, c, statements, List.of());
    } else if (op instanceof MigrationOp.AddIndex o) {
      List<String> statements = new ArrayList<>(duplicatesQuery(o.index().table(), o.index().columns()));
      statements.addAll(keyed);
      statements.add(afterDdl.createIndex(o.index()));
      return one(INDEXES, c, statements, List.of());
    } else if (op instanceof MigrationOp.AddCheck o) {
      List<String> statements = new ArrayList<>(violations(o.table(), o.check()));
      statements.add(add(o.table(), afterDdl.check(o.check())));
      return one(CONSTRAINTS, c, statements, List.of());
    } else if (op instanceof MigrationOp.AlterCheck o) {
      List<String> statements = new ArrayList<>(violations(o.table(), o.to()));
      statements.add(dropCheck(o.table(), o.from().name()));
      statements.add(add(o.table(), afterDdl.check(o.to())));
      return one(CONSTRAINTS, c, statements, List.of());
    } else if (op instanceof MigrationOp.AddForeignKey o) {
      List<String> statements = new ArrayList<>(orphans(o.key()));
      statements.addAll(keyed);
      statements.add(afterDdl.foreignKey(o.key()));
      return one(FOREIGN_KEYS, c, statements, List.of());
    } else if (op instanceof MigrationOp.AlterForeignKey o) {
      List<String> statements = new ArrayList<>(orphans(o.to()));
      statements.add(dropForeignKey(o.from()));
      statements.addAll(keyed);
      statements.add(afterDdl.foreignKey(o.to()));
      return one(FOREIGN_KEYS, c, statements, List.of());
    } else if (op instanceof MigrationOp.RemoveEnumValue o) {
      List<String> statements = new ArrayList<>(enumValueUpdates(o.enumSqlName(), o.value()));
      statements.addAll(enumModifies(o.enumSqlName(), true));
      return one(ENUM_COLUMNS, c, statements, List.of());
    }
    return direct(c);
  }

  /**
   * MODIFY COLUMN of each column of a kept table that uses the enum and no column operation
   * modifies, once per enum and mode: applied with the removed labels still listed when their
   * removal is deferred; in the fallback with the final labels.
   */
  private List<String> enumModifies(String enumSqlName, boolean inFallback) {
    String key = enumSqlName + (inFallback ? "\0fallback" : "\0applied");
    if (!modified.add(key)) {
      return List.of("-- done by the MODIFY COLUMN statements of enum " + comment(enumSqlName) + " above");
    }
    EnumType was = diff.before().enums().stream().filter(e -> e.sqlName().equals(enumSqlName)).findFirst().orElseThrow();
    EnumType now = diff.after().enums().stream().filter(e -> e.sqlName().equals(enumSqlName)).findFirst().orElseThrow();
    List<String> labels = new ArrayList<>(now.values());
    boolean removalDeferred = ops.stream().anyMatch(op -> deferred.contains(op)
        && op.op() instanceof MigrationOp.RemoveEnumValue r && r.enumSqlName().equals(enumSqlName));
    if (!inFallback && removalDeferred) {
      was.values().stream().filter(v -> !labels.contains(v)).forEach(labels::add);
    }
    String type = labels.stream().map(MySqlFragments::enumLabel).collect(Collectors.joining(",", "ENUM(", ")"));
    List<String> statements = new ArrayList<>();
    for (String[] column : enumColumns(enumSqlName)) {
      if (!before.containsKey(column[0]) || columnOp(column[0], column[1])
          || beforeColumn(column[0], column[1]) == null) {
        continue;
      }
      SqlSchema.Column is = afterColumn(column[0], column[1]);
      statements.add(modify(column[0], definition(is.name(), type, is.nullable(), is.defaultValue(), is, false)));
    }
    if (statements.isEmpty()) {
      statements.add("-- no column of a table that stays uses enum " + comment(enumSqlName));
    }
    return statements;
  }

  /** True when a foreign key of the new schema has the index's first column, and no new index takes its name. */
  private boolean backsKeptForeignKey(SqlSchema.Index index) {
    return diff.after().foreignKeys().stream()
        .anyMatch(k -> k.table().equals(index.table()) && k.column().equals(index.columns().get(0)))
        && ops.stream().noneMatch(op -> op.op() instanceof MigrationOp.AddIndex a && a.index().name().equals(index.name()));
  }

  /** True when a type, nullability or default operation changes the column, or an AddColumn adds it. */
  private boolean columnOp(String table, String column) {
    if (opColumns == null) {
      // Asked for every column of every kept table: one pass over the operations, not one per column.
      opColumns = new HashSet<>();
      for (ClassifiedOp op : ops) {
        if (isColumnOp(op.op())) {
          opColumns.add(op.op().target() + "\0" + columnOf(op.op()));
        } else if (op.op() instanceof MigrationOp.AddColumn a) {
          opColumns.add(a.table() + "\0" + a.column().name());
        }
      }
    }
    return opColumns.contains(table + "\0" + column);
  }

  /** Operations on keys and checks, which decide whether a textual column is VARCHAR and how long. */
  private static boolean keyOp(MigrationOp op) {
    return op instanceof MigrationOp.AddUnique || op instanceof MigrationOp.DropUnique
        || op instanceof MigrationOp.AddCheck || op instanceof MigrationOp.DropCheck || op instanceof MigrationOp.AlterCheck
        || op instanceof MigrationOp.AddIndex || op instanceof MigrationOp.DropIndex
        || op instanceof MigrationOp.AddForeignKey || op instanceof MigrationOp.DropForeignKey
        || op instanceof MigrationOp.AlterForeignKey || op instanceof MigrationOp.AlterPrimaryKey;
  }

  private static boolean isColumnOp(MigrationOp op) {
    return op instanceof MigrationOp.AlterColumnType || op instanceof MigrationOp.AlterColumnNullability
        || op instanceof MigrationOp.AlterColumnDefault;
  }

  private static String columnOf(MigrationOp op) {
    if (op instanceof MigrationOp.AlterColumnType o) {
      return o.column();
    } else if (op instanceof MigrationOp.AlterColumnNullability o) {
      return o.column();
    } else if (op instanceof MigrationOp.AlterColumnDefault o) {
      return o.column();
    }
    throw new IllegalArgumentException("not a column operation: " + op);
  }

  /**
   * The column as the applied operations leave it: the final definition, unless one of its
   * operations is deferred, in which case only the applied ones change the previous definition.
   */
  private String appliedDefinition(String table, String column) {
    SqlSchema.Column is = afterColumn(table, column);
    List<ClassifiedOp> own = ops.stream()
        .filter(op -> isColumnOp(op.op()) && op.op().target().equals(table) && columnOf(op.op()).equals(column)).toList();
    if (own.stream().noneMatch(deferred::contains)) {
      return afterDefinition(table, is);
    }
    SqlSchema.Column was = beforeColumn(table, column);
    boolean type = false;
    boolean nullable = was.nullable();
    DefaultValue value = was.defaultValue();
    for (ClassifiedOp op : own) {
      if (deferred.contains(op)) {
        continue;
      }
      if (op.op() instanceof MigrationOp.AlterColumnType) {
        type = true;
      } else if (op.op() instanceof MigrationOp.AlterColumnNullability) {
        nullable = is.nullable();
      } else {
        value = is.defaultValue();
      }
    }
    String sqlType = type ? afterTypes.type(table, column) : beforeTypes.type(table, was.name());
    boolean large = type ? afterTypes.isLargeObject(table, column) : beforeTypes.isLargeObject(table, was.name());
    return definition(column, sqlType, nullable, value, type ? is : was, large);
  }

  private String afterDefinition(String table, SqlSchema.Column column) {
    return afterDdl.columnDefinition(after.get(table), column);
  }

  /** The previous definition of a current column, under its current name. */
  private String beforeDefinition(String table, String column) {
    SqlSchema.Column was = beforeColumn(table, column);
    return definition(column, beforeTypes.type(table, was.name()), was.nullable(), was.defaultValue(), was,
        beforeTypes.isLargeObject(table, was.name()));
  }

  /** A column definition as {@link MySqlFragments#columnDefinition} writes it, with a given name and type. */
  private String definition(String name, String type, boolean nullable, DefaultValue value, SqlSchema.Column column,
      boolean largeObject) {
    StringBuilder out = new StringBuilder(q(name)).append(' ').append(type);
    if (!nullable) {
      out.append(" NOT NULL");
    }
    if (value != null) {
      out.append(" DEFAULT ").append(MySqlFragments.defaultExpression(value, column.type(), largeObject));
    }
    return out.toString();
  }

  /** Foreign keys, checks and indexes over the column go first: MySQL refuses or shrinks them otherwise. */
  private List<String> dropColumn(String table, String column) {
    List<String> statements = new ArrayList<>();
    diff.before().foreignKeys().stream().filter(k -> k.table().equals(table) && k.column().equals(column))
        .forEach(k -> statements.add(dropForeignKey(k)));
    before.get(table).checks().stream().filter(k -> k.column().equals(column))
        .forEach(k -> statements.add(dropCheck(table, k.name())));
    diff.before().indexes().stream().filter(i -> i.table().equals(table) && i.columns().contains(column))
        .forEach(i -> statements.add(dropIndex(i)));
    statements.add(alter(table) + " DROP COLUMN " + q(column) + ";");
    return statements;
  }

  private List<String> renameConstraint(String table, String from, String to, SqlSchema.Table was, SqlSchema.Table is,
      boolean forward) {
    if (was.uniques().stream().anyMatch(u -> u.name().equals(from))) {
      return List.of(renameIndex(table, from, to));
    }
    for (SqlSchema.Check check : was.checks()) {
      if (check.name().equals(from)) {
        SqlSchema.Check next = is.checks().stream().filter(k -> k.name().equals(to)).findFirst().orElseThrow();
        return List.of(dropCheck(table, from), add(table, (forward ? afterDdl : beforeDdl).check(next)));
      }
    }
    SqlSchema schema = forward ? diff.before() : diff.after();
    SqlSchema other = forward ? diff.after() : diff.before();
    SqlSchema.ForeignKey key = schema.foreignKeys().stream().filter(k -> k.table().equals(table) && k.name().equals(from))
        .findFirst().orElseThrow(() -> new IllegalArgumentException("no constraint " + from + " on " + table));
    SqlSchema.ForeignKey next = other.foreignKeys().stream().filter(k -> k.table().equals(table) && k.name().equals(to))
        .findFirst().orElseThrow();
    return List.of(dropForeignKey(key), (forward ? afterDdl : beforeDdl).foreignKey(next));
  }

  private List<String> violations(String table, SqlSchema.Check check) {
    return List.of("-- Existing rows must pass the check; this lists those that do not:",
        "-- SELECT * FROM " + comment(q(table)) + " WHERE NOT ("
            + comment(MySqlFragments.checkCondition(check.column(), check.validation())) + ");");
  }

  private List<String> orphans(SqlSchema.ForeignKey key) {
    return List.of("-- Existing rows must reference existing rows; this lists those that do not:",
        "-- SELECT * FROM " + comment(q(key.table())) + " WHERE " + comment(q(key.column())) + " IS NOT NULL AND "
            + comment(q(key.column())) + " NOT IN (SELECT " + comment(q(key.referencedColumn())) + " FROM "
            + comment(q(key.referencedTable())) + ");");
  }

  private String primaryKey(String table, List<String> from, List<String> to) {
    List<String> parts = new ArrayList<>();
    if (!from.isEmpty()) {
      parts.add("DROP PRIMARY KEY");
    }
    if (!to.isEmpty()) {
      parts.add("ADD " + MySqlFragments.primaryKey(to));
    }
    return alter(table) + " " + String.join(", ", parts) + ";";
  }

  private String alter(String table) {
    return "ALTER TABLE " + q(table);
  }

  private String add(String table, String constraint) {
    return alter(table) + " ADD " + Objects.requireNonNull(constraint) + ";";
  }

  private String modify(String table, String definition) {
    return alter(table) + " MODIFY COLUMN " + definition + ";";
  }

  private String renameColumn(String table, String from, String to) {
    return alter(table) + " RENAME COLUMN " + q(from) + " TO " + q(to) + ";";
  }

  private String dropCheck(String table, String name) {
    return alter(table) + " DROP CONSTRAINT " + q(name) + ";";
  }

  private String dropForeignKey(SqlSchema.ForeignKey key) {
    return alter(key.table()) + " DROP FOREIGN KEY " + q(key.name()) + ";";
  }

  private String dropIndex(SqlSchema.Index index) {
    return "DROP INDEX " + q(index.name()) + " ON " + q(index.table()) + ";";
  }

  private String renameIndex(String table, String from, String to) {
    return alter(table) + " RENAME INDEX " + q(from) + " TO " + q(to) + ";";
  }
}
