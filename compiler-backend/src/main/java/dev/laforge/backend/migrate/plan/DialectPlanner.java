package dev.laforge.backend.migrate.plan;

import dev.laforge.backend.migrate.ClassifiedOp;
import dev.laforge.backend.migrate.MigrationOp;
import dev.laforge.backend.migrate.Risk;
import dev.laforge.backend.migrate.SchemaDiff;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.DdlStatements;
import dev.laforge.backend.sql.SqlSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the three dialect planners share: deciding which operations are deferred, the order of
 * the statements (phases), and lookups in the schemas before and after.
 */
abstract class DialectPlanner {

  /** Policies dropped first: PostgreSQL refuses to drop or retype a column a policy reads. */
  static final int DROP_POLICIES = 0;
  static final int DROP_FOREIGN_KEYS = 1;
  /** UNIQUE, CHECK and index drops, before the columns they cover change. */
  static final int DROP_CONSTRAINTS = 2;
  /** Tables that reference other dropped tables go first. */
  static final int DROP_TABLES = 3;
  static final int ENUMS = 4;
  static final int CREATE_TABLES = 5;
  static final int COLUMNS = 6;
  /** Enum changes that need the final columns: PostgreSQL type re-creation, MySQL ENUM columns. */
  static final int ENUM_COLUMNS = 7;
  static final int CONSTRAINTS = 8;
  static final int INDEXES = 9;
  static final int FOREIGN_KEYS = 10;
  static final int DROP_ENUMS = 11;
  static final int POLICIES = 12;

  /** Statements of one operation at one point of the migration. */
  record Step(int phase, ClassifiedOp op, List<String> statements, List<String> reverse) {}

  final SchemaDiff diff;
  final Dialect dialect;
  final PlanMode mode;
  final String timestamp;
  final Map<String, SqlSchema.Table> before;
  final Map<String, SqlSchema.Table> after;
  final DdlStatements beforeDdl;
  final DdlStatements afterDdl;
  /** Table, then current column name, to previous column name, for renamed columns. */
  final Map<String, Map<String, String>> renamedFrom = new HashMap<>();
  /** The operations in the order they are planned (dropped tables sorted so referencing ones go first). */
  final List<ClassifiedOp> ops;
  /** Operations whose statements go to the fallback file. */
  final Set<ClassifiedOp> deferred = new LinkedHashSet<>();

  DialectPlanner(SchemaDiff diff, Dialect dialect, PlanMode mode, String timestamp,
      DdlStatements beforeDdl, DdlStatements afterDdl) {
    this.diff = diff;
    this.dialect = dialect;
    this.mode = mode;
    this.timestamp = timestamp;
    this.before = byName(diff.before());
    this.after = byName(diff.after());
    this.beforeDdl = beforeDdl;
    this.afterDdl = afterDdl;
    for (ClassifiedOp op : diff.ops()) {
      if (op.op() instanceof MigrationOp.RenameColumn r) {
        renamedFrom.computeIfAbsent(r.table(), t -> new HashMap<>()).put(r.to(), r.from());
      }
    }
    this.ops = ordered(diff.ops().stream().filter(op -> handles(op.op())).toList());
    if (mode == PlanMode.SAFE) {
      ops.stream().filter(DialectPlanner::risky).forEach(deferred::add);
    }
  }

  /** False for operations the dialect has nothing for (enum types outside PostgreSQL, policies). */
  abstract boolean handles(MigrationOp op);

  /** The statements that carry out an operation directly. */
  abstract List<Step> direct(ClassifiedOp op);

  /** The non-destructive alternative of a deferred operation, for the fallback file. */
  abstract List<Step> fallback(ClassifiedOp op);

  /** Grows {@link #deferred} with operations that cannot run without a deferred one. */
  void spreadDeferral() {}

  /** Last changes to the ordered applied steps (e.g. statements a first step needs). */
  List<Step> finish(List<Step> applied) {
    return applied;
  }

  final MigrationPlan plan() {
    spreadDeferral();
    List<Step> applied = new ArrayList<>();
    List<Step> postponed = new ArrayList<>();
    for (ClassifiedOp op : ops) {
      if (deferred.contains(op)) {
        postponed.addAll(fallback(op));
      } else {
        applied.addAll(direct(op));
      }
    }
    Comparator<Step> byPhase = Comparator.comparingInt(Step::phase);
    applied.sort(byPhase);
    postponed.sort(byPhase);
    return new MigrationPlan(dialect, planned(finish(applied)), planned(postponed));
  }

  private static List<PlannedOp> planned(List<Step> steps) {
    return steps.stream().map(s -> new PlannedOp(s.op(), s.statements(), s.reverse())).toList();
  }

  /** True when the operation may delete data or fail on existing rows: SAFE mode defers it. */
  static boolean risky(ClassifiedOp op) {
    return op.findings().stream().anyMatch(f -> f.risk() == Risk.DESTRUCTIVE || f.risk() == Risk.DATA_DEPENDENT);
  }

  Step step(int phase, ClassifiedOp op, List<String> statements, List<String> reverse) {
    return new Step(phase, op, statements, reverse);
  }

  List<Step> one(int phase, ClassifiedOp op, List<String> statements, List<String> reverse) {
    return List.of(new Step(phase, op, statements, reverse));
  }

  String q(String identifier) {
    return dialect.quote(identifier);
  }

  String lit(String text) {
    return dialect.quoteString(text);
  }

  /** {@code <name>_deprecated_<timestamp>}, shortened to fit the dialect. */
  String deprecated(String name) {
    return dialect.constraintName(name, "deprecated", timestamp);
  }

  /** {@code <name>_new_<timestamp>}: the shadow column of a type change. */
  String shadow(String name) {
    return dialect.constraintName(name, "new", timestamp);
  }

  /** The previous name of a current column of a table that stays. */
  String previousName(String table, String column) {
    return renamedFrom.getOrDefault(table, Map.of()).getOrDefault(column, column);
  }

  SqlSchema.Column beforeColumn(String table, String currentName) {
    return column(before.get(table), previousName(table, currentName));
  }

  SqlSchema.Column afterColumn(String table, String column) {
    return column(after.get(table), column);
  }

  static SqlSchema.Column column(SqlSchema.Table table, String name) {
    if (table == null) {
      return null;
    }
    return table.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
  }

  /** Current columns of kept and new tables that use the enum type. */
  List<String[]> enumColumns(String enumSqlName) {
    List<String[]> columns = new ArrayList<>();
    for (SqlSchema.Table table : diff.after().tables()) {
      for (SqlSchema.Column column : table.columns()) {
        if (enumSqlName.equals(column.enumSqlName())) {
          columns.add(new String[] {table.name(), column.name()});
        }
      }
    }
    return columns;
  }

  /** Comment lines asking to change rows holding a removed enum value, one per column using the enum. */
  List<String> enumValueUpdates(String enumSqlName, String value) {
    List<String> lines = new ArrayList<>();
    lines.add("-- Rows holding '" + comment(value) + "' must be changed first, e.g.:");
    for (String[] c : enumColumns(enumSqlName)) {
      lines.add("-- UPDATE " + comment(q(c[0])) + " SET " + comment(q(c[1])) + " = '<another value>' WHERE "
          + comment(q(c[1])) + " = " + comment(lit(value)) + ";");
    }
    return lines;
  }

  /** A query to run first that lists the rows the new UNIQUE or primary key would reject. */
  List<String> duplicatesQuery(String table, List<String> columns) {
    String list = String.join(", ", columns.stream().map(this::q).toList());
    return List.of("-- Existing rows must not repeat a value; this lists those that do:",
        "-- SELECT " + comment(list) + ", count(*) FROM " + comment(q(table)) + " GROUP BY " + comment(list)
            + " HAVING count(*) > 1;");
  }

  /** The placeholder of a backfill before NOT NULL. */
  List<String> backfill(String table, String column) {
    return List.of("-- Fill the column before it becomes NOT NULL, e.g.:",
        "-- UPDATE " + comment(q(table)) + " SET " + comment(q(column)) + " = <value> WHERE " + comment(q(column))
            + " IS NULL;");
  }

  /** Text safe inside a comment line. */
  static String comment(String text) {
    return Describe.comment(text).substring(3);
  }

  /**
   * Reorders the dropped tables among themselves so that a table that references another dropped
   * table is dropped before it; every other operation keeps its place.
   */
  private List<ClassifiedOp> ordered(List<ClassifiedOp> in) {
    List<ClassifiedOp> drops = in.stream().filter(op -> op.op() instanceof MigrationOp.DropTable).toList();
    if (drops.size() < 2) {
      return in;
    }
    Map<String, ClassifiedOp> remaining = new TreeMap<>();
    drops.forEach(op -> remaining.put(op.op().target(), op));
    List<ClassifiedOp> sorted = new ArrayList<>();
    while (!remaining.isEmpty()) {
      String next = remaining.keySet().stream()
          .filter(t -> diff.before().foreignKeys().stream()
              .noneMatch(k -> k.referencedTable().equals(t) && !k.table().equals(t) && remaining.containsKey(k.table())))
          .findFirst().orElse(remaining.keySet().iterator().next());
      sorted.add(remaining.remove(next));
    }
    List<ClassifiedOp> out = new ArrayList<>();
    int i = 0;
    for (ClassifiedOp op : in) {
      out.add(op.op() instanceof MigrationOp.DropTable ? sorted.get(i++) : op);
    }
    return out;
  }

  private static Map<String, SqlSchema.Table> byName(SqlSchema schema) {
    Map<String, SqlSchema.Table> map = new TreeMap<>();
    schema.tables().forEach(t -> map.put(t.name(), t));
    return map;
  }
}
