package dev.laforge.backend.migrate;

import static dev.laforge.backend.diagnostics.DiagnosticCode.LF401;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF402;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF403;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF404;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF405;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF406;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF407;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF408;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF409;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF410;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF411;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF412;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF413;

import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.DefaultValue;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.Field;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.migrate.PolicyStatements.Statement;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.policy.AccessRules;
import dev.laforge.backend.sql.SqlSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Computes one {@link SchemaDiff}; see there for the order of the operations. Built from two
 * domains, or from two {@link SchemaState}s (then types are compared as the dialect stores them,
 * validation CHECKs by name, policies by their parts, and column renames and policy weakening
 * only when both states carry their domain).
 */
final class SchemaDiffer {

  /** Null when the previous state was read from a database. */
  private final Domain previous;
  /** Null when the current state was read from a database. */
  private final Domain current;
  private final Dialect dialect;
  /** The two states of a schema-level comparison; both null for a comparison of domains. */
  private final SchemaState beforeState;
  private final SchemaState afterState;
  private final SqlSchema before;
  private final SqlSchema after;
  private final Map<String, SqlSchema.Table> beforeTables;
  private final Map<String, SqlSchema.Table> afterTables;
  private final Map<String, EnumType> beforeEnums;
  private final Map<String, EnumType> afterEnums;
  /** Table, then previous column name, to current column name, for declared renames. */
  private final Map<String, Map<String, String>> renames = new HashMap<>();
  /** Previous {@code table\0column} of columns that are dropped. */
  private final Set<String> droppedColumns = new HashSet<>();
  /** Current {@code table\0column} of columns that are added to tables that stay. */
  private final Set<String> addedColumns = new HashSet<>();
  private final List<ClassifiedOp> ops = new ArrayList<>();
  private final List<RenameHint> hints = new ArrayList<>();
  /** Policies unchanged on both sides, table to name to statement. */
  private final Map<String, Map<String, String>> keptPolicies = new HashMap<>();
  /** The access rules of each domain, made on first use (they cover the whole domain). */
  private AccessRules previousRules;
  private AccessRules currentRules;
  /** The models of each domain by table, made on first use. */
  private Map<String, Model> previousModels;
  private Map<String, Model> currentModels;

  SchemaDiffer(Domain previous, Domain current, Dialect dialect) {
    this.previous = previous;
    this.current = current;
    this.dialect = dialect;
    this.beforeState = null;
    this.afterState = null;
    this.before = SqlSchema.of(previous, dialect);
    this.after = SqlSchema.of(current, dialect);
    this.beforeTables = byName(before.tables(), SqlSchema.Table::name);
    this.afterTables = byName(after.tables(), SqlSchema.Table::name);
    this.beforeEnums = byName(before.enums(), EnumType::sqlName);
    this.afterEnums = byName(after.enums(), EnumType::sqlName);
  }

  SchemaDiffer(SchemaState before, SchemaState after, Dialect dialect) {
    this.previous = before.domain();
    this.current = after.domain();
    this.dialect = dialect;
    this.beforeState = before;
    this.afterState = after;
    this.before = before.schema();
    this.after = after.schema();
    this.beforeTables = byName(this.before.tables(), SqlSchema.Table::name);
    this.afterTables = byName(this.after.tables(), SqlSchema.Table::name);
    this.beforeEnums = byName(this.before.enums(), EnumType::sqlName);
    this.afterEnums = byName(this.after.enums(), EnumType::sqlName);
  }

  SchemaDiff diff() {
    enums();
    tables();
    for (String table : keptTables()) {
      columns(beforeTables.get(table), afterTables.get(table));
    }
    for (String table : keptTables()) {
      constraints(beforeTables.get(table), afterTables.get(table));
    }
    foreignKeys();
    indexes();
    policies();
    return new SchemaDiff(ops, hints, before, after, keptPolicies);
  }

  private void enums() {
    if (schemaLevel() && dialect != Dialect.POSTGRES) {
      // Enums are column types here (MySQL ENUM(...), SQLite CHECK): the column types carry their labels.
      return;
    }
    for (String name : union(beforeEnums.keySet(), afterEnums.keySet())) {
      EnumType was = beforeEnums.get(name);
      EnumType is = afterEnums.get(name);
      if (was == null) {
        emit(new MigrationOp.CreateEnum(is));
      } else if (is == null) {
        emit(new MigrationOp.DropEnum(was));
      } else {
        for (String value : was.values()) {
          if (!is.values().contains(value)) {
            emit(new MigrationOp.RemoveEnumValue(name, value), Finding.of(LF404,
                "removing value '" + value + "' from enum " + name + " fails or loses data for rows that hold it"));
          }
        }
        for (String value : is.values()) {
          if (!was.values().contains(value)) {
            emit(new MigrationOp.AddEnumValue(name, value));
          }
        }
      }
    }
  }

  private void tables() {
    List<SqlSchema.Table> created = new ArrayList<>();
    List<SqlSchema.Table> dropped = new ArrayList<>();
    for (String name : union(beforeTables.keySet(), afterTables.keySet())) {
      SqlSchema.Table was = beforeTables.get(name);
      SqlSchema.Table is = afterTables.get(name);
      if (was == null) {
        created.add(is);
        emit(new MigrationOp.CreateTable(is));
      } else if (is == null) {
        dropped.add(was);
        emit(new MigrationOp.DropTable(was), Finding.of(LF401, "dropping table " + name + " deletes all its rows"));
      }
    }
    for (SqlSchema.Table was : dropped) {
      created.stream().filter(is -> shape(is).equals(shape(was))).findFirst().ifPresent(is -> {
        hints.add(new RenameHint(RenameHint.Kind.TABLE, null, was.name(), is.name()));
        created.remove(is);
      });
    }
  }

  private void columns(SqlSchema.Table was, SqlSchema.Table is) {
    String table = is.name();
    Map<String, String> renamed = declaredRenames(was, is);
    renames.put(table, renamed);
    Map<String, String> renamedFrom = invert(renamed);
    Map<String, SqlSchema.Column> old = byName(was.columns(), SqlSchema.Column::name);
    Map<String, SqlSchema.Column> now = byName(is.columns(), SqlSchema.Column::name);
    new TreeMap<>(renamedFrom).forEach((to, from) -> emit(new MigrationOp.RenameColumn(table, from, to),
        Finding.of(LF412, "renaming column " + table + "." + from + " to " + to
            + " breaks code still running against the previous name")));
    List<SqlSchema.Column> dropped = new ArrayList<>();
    for (SqlSchema.Column column : old.values()) {
      if (!now.containsKey(column.name()) && !renamed.containsKey(column.name())) {
        dropped.add(column);
        droppedColumns.add(table + "\0" + column.name());
        emit(new MigrationOp.DropColumn(table, column), Finding.of(LF402,
            "dropping column " + table + "." + column.name() + " deletes its values"));
      }
    }
    List<SqlSchema.Column> added = new ArrayList<>();
    for (SqlSchema.Column column : now.values()) {
      if (!old.containsKey(column.name()) && !renamedFrom.containsKey(column.name())) {
        added.add(column);
        addedColumns.add(table + "\0" + column.name());
        addColumn(table, column);
      }
    }
    for (SqlSchema.Column column : dropped) {
      added.stream().filter(a -> a.type() == column.type() && Objects.equals(a.enumSqlName(), column.enumSqlName()))
          .findFirst().ifPresent(a -> {
            hints.add(new RenameHint(RenameHint.Kind.COLUMN, table, column.name(), a.name()));
            added.remove(a);
          });
    }
    for (SqlSchema.Column column : now.values()) {
      String source = renamedFrom.getOrDefault(column.name(), column.name());
      SqlSchema.Column prior = old.get(source);
      if (prior != null && (renamedFrom.containsKey(column.name()) || !renamed.containsKey(source))) {
        alterColumn(table, prior, column);
      }
    }
    List<String> primaryKey = was.primaryKey().stream().map(c -> mapped(table, c)).toList();
    if (!primaryKey.equals(is.primaryKey())) {
      emit(new MigrationOp.AlterPrimaryKey(table, was.primaryKey(), is.primaryKey()), Finding.of(LF407,
          "the new primary key of " + table + " " + is.primaryKey() + " fails if existing rows repeat or lack its values"));
    }
  }

  private void addColumn(String table, SqlSchema.Column column) {
    List<Finding> findings = new ArrayList<>();
    if (!column.nullable() && column.defaultValue() == null) {
      findings.add(Finding.of(LF405, "adding NOT NULL column " + table + "." + column.name()
          + " without a default fails when the table has rows"));
    }
    if (dialect == Dialect.POSTGRES && column.defaultValue() instanceof DefaultValue.Uuid) {
      findings.add(Finding.of(LF411, "adding column " + table + "." + column.name()
          + " with a volatile default (uuid()) rewrites the whole table under an exclusive lock"));
    }
    emit(new MigrationOp.AddColumn(table, column), findings);
  }

  private void alterColumn(String table, SqlSchema.Column was, SqlSchema.Column is) {
    String column = is.name();
    if (typeChanged(table, was, is)) {
      List<Finding> findings = new ArrayList<>();
      EnumType fromEnum = was.enumSqlName() == null ? null : beforeEnums.get(was.enumSqlName());
      EnumType toEnum = is.enumSqlName() == null ? null : afterEnums.get(is.enumSqlName());
      String change = schemaLevel()
          ? storedType(beforeState, table, was) + " to " + storedType(afterState, table, is)
          : typeName(was) + " to " + typeName(is);
      if (TypeChanges.narrowing(was.type(), fromEnum, is.type(), toEnum, dialect)) {
        findings.add(Finding.of(LF403, "changing " + table + "." + column + " from " + change
            + " may fail or lose data for values the new type cannot hold"));
      }
      if (TypeChanges.rewrites(was.type(), is.type(), dialect)) {
        findings.add(Finding.of(LF411, "changing " + table + "." + column + " from " + change
            + " rewrites the whole table under an exclusive lock"));
      }
      emit(new MigrationOp.AlterColumnType(table, column, was.type(), was.enumSqlName(), is.type(), is.enumSqlName()),
          findings);
    }
    if (was.nullable() != is.nullable()) {
      emit(new MigrationOp.AlterColumnNullability(table, column, is.nullable()), is.nullable() ? List.of()
          : List.of(Finding.of(LF406, "SET NOT NULL on " + table + "." + column + " fails when existing rows hold NULL")));
    }
    if (schemaLevel() ? !sameDefault(was.defaultValue(), is.defaultValue()) : !Objects.equals(was.defaultValue(), is.defaultValue())) {
      emit(new MigrationOp.AlterColumnDefault(table, column, was.defaultValue(), is.defaultValue()));
    }
  }

  private void constraints(SqlSchema.Table was, SqlSchema.Table is) {
    String table = is.name();
    Map<String, SqlSchema.Unique> oldUniques = byName(
        was.uniques().stream().filter(u -> !dropped(table, u.column())).toList(), u -> mapped(table, u.column()));
    Map<String, SqlSchema.Unique> newUniques = byName(is.uniques(), SqlSchema.Unique::column);
    for (String column : union(oldUniques.keySet(), newUniques.keySet())) {
      SqlSchema.Unique old = oldUniques.get(column);
      SqlSchema.Unique now = newUniques.get(column);
      if (now == null) {
        emit(new MigrationOp.DropUnique(table, old));
      } else if (old == null) {
        List<Finding> findings = new ArrayList<>();
        if (!emptyColumn(table, column)) {
          findings.add(Finding.of(LF407, "UNIQUE on " + table + "." + column + " fails when existing rows repeat a value"));
        }
        lockingIndex(findings, table, now.name());
        emit(new MigrationOp.AddUnique(table, now), findings);
      } else if (!old.name().equals(now.name())) {
        emit(new MigrationOp.RenameConstraint(table, old.name(), now.name()));
      }
    }
    Map<String, SqlSchema.Check> oldChecks = byName(
        was.checks().stream().filter(c -> !dropped(table, c.column())).toList(), c -> mapped(table, c.column()));
    Map<String, SqlSchema.Check> newChecks = byName(is.checks(), SqlSchema.Check::column);
    for (String column : union(oldChecks.keySet(), newChecks.keySet())) {
      SqlSchema.Check old = oldChecks.get(column);
      SqlSchema.Check now = newChecks.get(column);
      Finding finding = Finding.of(LF408,
          "the validation CHECK on " + table + "." + column + " fails when existing rows violate it");
      if (now == null) {
        emit(new MigrationOp.DropCheck(table, old));
      } else if (old == null) {
        emit(new MigrationOp.AddCheck(table, now), emptyColumn(table, column) ? List.of() : List.of(finding));
      } else if (bothDomains() && !old.validation().equals(now.validation())) {
        emit(new MigrationOp.AlterCheck(table, old, now), finding);
      } else if (!old.name().equals(now.name())) {
        emit(new MigrationOp.RenameConstraint(table, old.name(), now.name()));
      }
    }
  }

  /**
   * True when {@code column} is added to an existing table in this migration, nullable and without
   * a default: every existing row holds NULL in it, which no UNIQUE, CHECK or foreign key rejects.
   */
  private boolean emptyColumn(String table, String column) {
    return addedColumns.contains(table + "\0" + column) && afterTables.get(table).columns().stream()
        .anyMatch(c -> c.name().equals(column) && c.nullable() && c.defaultValue() == null);
  }

  private void foreignKeys() {
    Map<String, SqlSchema.ForeignKey> old = new TreeMap<>();
    for (SqlSchema.ForeignKey key : before.foreignKeys()) {
      if (afterTables.containsKey(key.table()) && !dropped(key.table(), key.column())) {
        old.put(key.table() + "\0" + mapped(key.table(), key.column()), key);
      }
    }
    Map<String, SqlSchema.ForeignKey> now = byName(after.foreignKeys(), k -> k.table() + "\0" + k.column());
    for (String id : union(old.keySet(), now.keySet())) {
      SqlSchema.ForeignKey was = old.get(id);
      SqlSchema.ForeignKey is = now.get(id);
      if (is == null) {
        emit(new MigrationOp.DropForeignKey(was));
      } else if (was == null) {
        boolean emptyColumn = !beforeTables.containsKey(is.table()) || emptyColumn(is.table(), is.column());
        emit(new MigrationOp.AddForeignKey(is), emptyColumn ? List.of() : List.of(foreignKeyFinding(is)));
      } else {
        boolean target = !is.referencedTable().equals(was.referencedTable())
            || !is.referencedColumn().equals(mapped(was.referencedTable(), was.referencedColumn()));
        if (target || is.onDelete() != was.onDelete()) {
          emit(new MigrationOp.AlterForeignKey(was, is), target ? List.of(foreignKeyFinding(is)) : List.of());
        } else if (!is.name().equals(was.name())) {
          emit(new MigrationOp.RenameConstraint(is.table(), was.name(), is.name()));
        }
      }
    }
  }

  private static Finding foreignKeyFinding(SqlSchema.ForeignKey key) {
    return Finding.of(LF409, "the foreign key " + key.table() + "." + key.column() + " -> " + key.referencedTable()
        + " fails when existing rows reference missing rows");
  }

  private void indexes() {
    Map<String, SqlSchema.Index> old = new TreeMap<>();
    for (SqlSchema.Index index : before.indexes()) {
      if (afterTables.containsKey(index.table()) && index.columns().stream().noneMatch(c -> dropped(index.table(), c))) {
        old.put(indexKey(index.table(), index.columns().stream().map(c -> mapped(index.table(), c)).toList(), index), index);
      }
    }
    Map<String, SqlSchema.Index> now = byName(after.indexes(), i -> indexKey(i.table(), i.columns(), i));
    List<ClassifiedOp> drops = new ArrayList<>();
    List<ClassifiedOp> adds = new ArrayList<>();
    List<ClassifiedOp> renamed = new ArrayList<>();
    for (String id : union(old.keySet(), now.keySet())) {
      SqlSchema.Index was = old.get(id);
      SqlSchema.Index is = now.get(id);
      if (is == null) {
        drops.add(new ClassifiedOp(new MigrationOp.DropIndex(was), List.of()));
      } else if (was == null) {
        List<Finding> findings = new ArrayList<>();
        if (beforeTables.containsKey(is.table())) {
          if (is.unique()) {
            findings.add(Finding.of(LF407, "the unique index " + is.name() + " on " + is.table() + " " + is.columns()
                + " fails when existing rows repeat a value"));
          }
          lockingIndex(findings, is.table(), is.name());
        }
        adds.add(new ClassifiedOp(new MigrationOp.AddIndex(is), findings));
      } else if (!was.name().equals(is.name())) {
        renamed.add(new ClassifiedOp(new MigrationOp.RenameIndex(is.table(), was.name(), is.name()), List.of()));
      }
    }
    for (List<ClassifiedOp> group : List.of(drops, adds, renamed)) {
      group.stream().sorted(Comparator.comparing((ClassifiedOp op) -> op.op().target())
          .thenComparing(op -> op.op().toString())).forEach(ops::add);
    }
  }

  private void lockingIndex(List<Finding> findings, String table, String index) {
    if (dialect == Dialect.POSTGRES) {
      findings.add(Finding.of(LF410, "building " + index + " on " + table
          + " without CONCURRENTLY blocks writes to the table until it is done"));
    }
  }

  private static String indexKey(String table, List<String> columns, SqlSchema.Index index) {
    return table + "\0" + String.join("\0", columns) + "\0" + index.unique();
  }

  private void policies() {
    if (schemaLevel()) {
      statePolicies();
      return;
    }
    AccessRules oldRules = previousRules();
    Map<String, Map<String, Statement>> old = PolicyStatements.of(oldRules,
        dialect == Dialect.POSTGRES ? before : SqlSchema.of(previous, Dialect.POSTGRES));
    AccessRules newRules = currentRules();
    Map<String, Map<String, Statement>> now = PolicyStatements.of(newRules,
        dialect == Dialect.POSTGRES ? after : SqlSchema.of(current, Dialect.POSTGRES));
    for (Map.Entry<String, Map<String, Statement>> entry : now.entrySet()) {
      String table = entry.getKey();
      Map<String, Statement> was = old.getOrDefault(table, Map.of());
      Map<String, Statement> is = entry.getValue();
      for (String name : union(was.keySet(), is.keySet())) {
        Statement a = was.get(name);
        Statement b = is.get(name);
        if (b == null) {
          emit(new MigrationOp.DropPolicy(table, name, a.sql()), a.action() == null
              ? List.of(Finding.of(LF413, "the tenant guard of " + table + " is removed: rows of every tenant become reachable"))
              : List.of());
        } else if (a == null) {
          emit(new MigrationOp.AddPolicy(table, name, b.sql()));
        } else if (!a.sql().equals(b.sql())) {
          String reason = b.action() == null ? null : PolicyWeakening.reason(
              oldRules.rule(Optional.ofNullable(previousModel(table)).orElseThrow(), a.action()),
              newRules.rule(Optional.ofNullable(currentModel(table)).orElseThrow(), b.action()));
          emit(new MigrationOp.AlterPolicy(table, name, a.sql(), b.sql()),
              reason == null ? List.of() : List.of(Finding.of(LF413, "policy " + name + " is weakened: " + reason)));
        } else if (beforeTables.containsKey(table)) {
          keptPolicies.computeIfAbsent(table, t -> new HashMap<>()).put(name, b.sql());
        }
      }
    }
  }

  /**
   * Policies of two states, compared by their parts; with both domains, a changed permissive
   * policy of a model table is judged for weakening as in the domain comparison.
   */
  private void statePolicies() {
    Map<String, Map<String, PolicyDefinition>> old = beforeState.policies();
    for (Map.Entry<String, Map<String, PolicyDefinition>> entry : afterState.policies().entrySet()) {
      String table = entry.getKey();
      if (!afterTables.containsKey(table)) {
        continue;
      }
      Map<String, PolicyDefinition> was = old.getOrDefault(table, Map.of());
      Map<String, PolicyDefinition> is = entry.getValue();
      for (String name : union(was.keySet(), is.keySet())) {
        PolicyDefinition a = was.get(name);
        PolicyDefinition b = is.get(name);
        if (b == null) {
          emit(new MigrationOp.DropPolicy(table, name, a.sql()), a.restrictive()
              ? List.of(Finding.of(LF413, "the tenant guard of " + table + " is removed: rows of every tenant become reachable"))
              : List.of());
        } else if (a == null) {
          emit(new MigrationOp.AddPolicy(table, name, b.sql()));
        } else if (!a.differences(b).isEmpty()) {
          emit(new MigrationOp.AlterPolicy(table, name, a.sql(), b.sql()), weakening(table, a, b));
        } else if (beforeTables.containsKey(table)) {
          keptPolicies.computeIfAbsent(table, t -> new HashMap<>()).put(name, a.sql());
        }
      }
    }
    for (Map.Entry<String, Map<String, PolicyDefinition>> entry : old.entrySet()) {
      String table = entry.getKey();
      if (afterTables.containsKey(table) && !afterState.policies().containsKey(table)) {
        entry.getValue().values().forEach(a -> emit(new MigrationOp.DropPolicy(table, a.name(), a.sql()), a.restrictive()
            ? List.of(Finding.of(LF413, "the tenant guard of " + table + " is removed: rows of every tenant become reachable"))
            : List.of()));
      }
    }
  }

  private List<Finding> weakening(String table, PolicyDefinition a, PolicyDefinition b) {
    Model was = bothDomains() ? previousModel(table) : null;
    Model is = bothDomains() ? currentModel(table) : null;
    Action action = actionOf(b);
    if (was == null || is == null || action == null || b.restrictive()) {
      return List.of();
    }
    String reason = PolicyWeakening.reason(previousRules().rule(was, action), currentRules().rule(is, action));
    return reason == null ? List.of() : List.of(Finding.of(LF413, "policy " + b.name() + " is weakened: " + reason));
  }

  private AccessRules previousRules() {
    if (previousRules == null) {
      previousRules = AccessRules.of(previous);
    }
    return previousRules;
  }

  private AccessRules currentRules() {
    if (currentRules == null) {
      currentRules = AccessRules.of(current);
    }
    return currentRules;
  }

  private static Action actionOf(PolicyDefinition policy) {
    return switch (policy.command()) {
      case "INSERT" -> Action.CREATE;
      case "SELECT" -> Action.READ;
      case "UPDATE" -> Action.UPDATE;
      case "DELETE" -> Action.DELETE;
      default -> null;
    };
  }

  private boolean schemaLevel() {
    return beforeState != null;
  }

  private boolean bothDomains() {
    return previous != null && current != null;
  }

  /**
   * Between domains: the type or enum changed. Between states: the type as the dialect stores it
   * changed ({@link SchemaState#columnTypes()}), or, when a side lacks it, the storage class.
   */
  private boolean typeChanged(String table, SqlSchema.Column was, SqlSchema.Column is) {
    if (!schemaLevel()) {
      return was.type() != is.type() || !Objects.equals(was.enumSqlName(), is.enumSqlName());
    }
    String from = beforeState.columnTypes().getOrDefault(table, Map.of()).get(was.name());
    String to = afterState.columnTypes().getOrDefault(table, Map.of()).get(is.name());
    if (from != null && to != null) {
      return !from.equals(to);
    }
    if (was.type().isTextual() && is.type().isTextual()) {
      return false;
    }
    return was.type() != is.type() || !Objects.equals(was.enumSqlName(), is.enumSqlName());
  }

  /** The type as the state's dialect stores it, else the Forge type's name. */
  private static String storedType(SchemaState state, String table, SqlSchema.Column column) {
    String stored = state.columnTypes().getOrDefault(table, Map.of()).get(column.name());
    return stored != null ? stored : typeName(column);
  }

  /** Defaults as a database stores them: no default and DEFAULT NULL agree, numbers compare by value, labels as text. */
  private static boolean sameDefault(DefaultValue a, DefaultValue b) {
    DefaultValue x = a instanceof DefaultValue.Null ? null : a;
    DefaultValue y = b instanceof DefaultValue.Null ? null : b;
    if (x instanceof DefaultValue.Number n && y instanceof DefaultValue.Number m) {
      return n.value().compareTo(m.value()) == 0;
    }
    return Objects.equals(label(x), label(y));
  }

  private static Object label(DefaultValue value) {
    return value instanceof DefaultValue.EnumValue e ? new DefaultValue.Text(e.value()) : value;
  }

  /** The previous domain's model of a table (the first one declaring it), or null. */
  private Model previousModel(String table) {
    if (previousModels == null) {
      previousModels = byTable(previous);
    }
    return previousModels.get(table);
  }

  /** The current domain's model of a table (the first one declaring it), or null. */
  private Model currentModel(String table) {
    if (currentModels == null) {
      currentModels = byTable(current);
    }
    return currentModels.get(table);
  }

  private static Map<String, Model> byTable(Domain domain) {
    Map<String, Model> models = new HashMap<>();
    domain.models().forEach(m -> models.putIfAbsent(m.table(), m));
    return models;
  }

  /**
   * Previous column to current column for each current field of the table that declares
   * {@code renamedFrom("<previous field name>")}, when that previous field's column is gone and
   * the new column did not exist before.
   */
  private Map<String, String> declaredRenames(SqlSchema.Table was, SqlSchema.Table is) {
    Map<String, String> renamed = new TreeMap<>();
    if (!bothDomains()) {
      return renamed;
    }
    Set<String> oldColumns = names(was);
    Set<String> newColumns = names(is);
    Model oldModel = previousModel(was.name());
    Model newModel = currentModel(is.name());
    if (oldModel == null || newModel == null) {
      return renamed;
    }
    for (Field field : newModel.fields()) {
      if (field.renamedFrom() == null) {
        continue;
      }
      oldModel.field(field.renamedFrom()).map(Field::column).ifPresent(from -> {
        if (!from.equals(field.column()) && oldColumns.contains(from) && !newColumns.contains(from)
            && !oldColumns.contains(field.column()) && !renamed.containsKey(from)) {
          renamed.put(from, field.column());
        }
      });
    }
    return renamed;
  }

  private String mapped(String table, String column) {
    return renames.getOrDefault(table, Map.of()).getOrDefault(column, column);
  }

  private boolean dropped(String table, String column) {
    return droppedColumns.contains(table + "\0" + column);
  }

  private Set<String> keptTables() {
    Set<String> kept = new TreeSet<>(beforeTables.keySet());
    kept.retainAll(afterTables.keySet());
    return kept;
  }

  private void emit(MigrationOp op, Finding... findings) {
    emit(op, List.of(findings));
  }

  private void emit(MigrationOp op, List<Finding> findings) {
    ops.add(new ClassifiedOp(op, findings));
  }

  private static String typeName(SqlSchema.Column column) {
    return column.enumSqlName() != null ? "enum " + column.enumSqlName() : column.type().name().toLowerCase(Locale.ROOT);
  }

  /** Column names, types and enums, in name order: what a renamed table keeps. */
  private static Set<String> shape(SqlSchema.Table table) {
    Set<String> shape = new TreeSet<>();
    table.columns().forEach(c -> shape.add(c.name() + " " + c.type() + " " + c.enumSqlName()));
    return shape;
  }

  private static Set<String> names(SqlSchema.Table table) {
    Set<String> names = new HashSet<>();
    table.columns().forEach(c -> names.add(c.name()));
    return names;
  }

  private static <K, V> Map<V, K> invert(Map<K, V> map) {
    Map<V, K> inverted = new HashMap<>();
    map.forEach((k, v) -> inverted.put(v, k));
    return inverted;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> union = new TreeSet<>(a);
    union.addAll(b);
    return union;
  }

  /** Sorted by key; a later duplicate key keeps the first value. */
  private static <T> Map<String, T> byName(List<T> items, Function<T, String> key) {
    Map<String, T> map = new TreeMap<>();
    items.forEach(item -> map.putIfAbsent(key.apply(item), item));
    return map;
  }
}
