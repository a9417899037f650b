package dev.laforge.backend.migrate.introspect;

import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.Relation.OnDelete;
import dev.laforge.backend.ir.Validation;
import dev.laforge.backend.migrate.PolicyDefinition;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects what a reader finds, table by table, and builds the {@link LiveSchema}: the
 * migrations table and {@code *_deprecated_*} objects are set aside here, once for every dialect.
 */
final class LiveSchemaBuilder {

  private final Dialect dialect;
  private final List<EnumType> enums = new ArrayList<>();
  private final Map<String, TableParts> tables = new TreeMap<>();
  private final List<SqlSchema.ForeignKey> foreignKeys = new ArrayList<>();
  private final List<SqlSchema.Index> indexes = new ArrayList<>();
  private final Map<String, Map<String, String>> columnTypes = new TreeMap<>();
  private final Map<String, LiveSchema.RowSecurity> rowSecurity = new TreeMap<>();
  private final Map<String, Map<String, PolicyDefinition>> policies = new TreeMap<>();
  private final List<String> notes = new ArrayList<>();
  private final List<String> leftovers = new ArrayList<>();

  LiveSchemaBuilder(Dialect dialect) {
    this.dialect = dialect;
  }

  private static final class TableParts {
    final Map<String, SqlSchema.Column> columns = new LinkedHashMap<>();
    String primaryKeyName;
    List<String> primaryKey = List.of();
    final List<SqlSchema.Unique> uniques = new ArrayList<>();
    final List<SqlSchema.Check> checks = new ArrayList<>();
  }

  /** False for the migrations table and for leftovers, which are recorded as such. */
  boolean table(String name) {
    if (name.equals(Introspector.MIGRATIONS_TABLE)) {
      return false;
    }
    if (Introspector.deprecated(name)) {
      leftovers.add("table " + name);
      return false;
    }
    tables.putIfAbsent(name, new TableParts());
    return true;
  }

  boolean has(String table) {
    return tables.containsKey(table);
  }

  boolean hasColumn(String table, String column) {
    return tables.containsKey(table) && tables.get(table).columns.containsKey(column);
  }

  void column(String table, SqlSchema.Column column, String nativeType) {
    if (!has(table)) {
      return;
    }
    if (Introspector.deprecated(column.name())) {
      leftovers.add("column " + table + "." + column.name());
      return;
    }
    tables.get(table).columns.put(column.name(), column);
    columnTypes.computeIfAbsent(table, t -> new TreeMap<>()).put(column.name(), nativeType);
  }

  /** Replaces a column already read, e.g. when a CHECK shows that a MariaDB LONGTEXT is JSON. */
  void replaceColumn(String table, SqlSchema.Column column, String nativeType) {
    if (hasColumn(table, column.name())) {
      tables.get(table).columns.put(column.name(), column);
      columnTypes.get(table).put(column.name(), nativeType);
    }
  }

  SqlSchema.Column columnOf(String table, String column) {
    return has(table) ? tables.get(table).columns.get(column) : null;
  }

  void primaryKey(String table, String name, List<String> columns) {
    if (has(table)) {
      tables.get(table).primaryKeyName = name;
      tables.get(table).primaryKey = List.copyOf(columns);
    }
  }

  /** A UNIQUE constraint: single-column ones are constraints, wider ones unique indexes (as in the IR). */
  void unique(String table, String name, List<String> columns) {
    if (!has(table) || columns.stream().anyMatch(c -> !hasColumn(table, c))) {
      return;
    }
    if (columns.size() == 1) {
      tables.get(table).uniques.add(new SqlSchema.Unique(name, columns.get(0)));
    } else {
      indexes.add(new SqlSchema.Index(name, table, columns, true));
    }
  }

  /** A CHECK by name; its column is the first column of the table its text mentions, or empty. */
  void check(String table, String name, String column) {
    if (has(table) && (column.isEmpty() || hasColumn(table, column))) {
      tables.get(table).checks.add(new SqlSchema.Check(name, column, Validation.NONE));
    }
  }

  void foreignKey(String name, String table, String column, String referencedTable, String referencedColumn, OnDelete onDelete) {
    if (hasColumn(table, column)) {
      foreignKeys.add(new SqlSchema.ForeignKey(name, table, column, referencedTable, referencedColumn, onDelete));
    }
  }

  void index(String name, String table, List<String> columns, boolean unique) {
    if (has(table) && !columns.isEmpty() && columns.stream().allMatch(c -> hasColumn(table, c))) {
      indexes.add(new SqlSchema.Index(name, table, columns, unique));
    }
  }

  void enumType(EnumType type) {
    enums.add(type);
  }

  void rowSecurity(String table, boolean enabled, boolean forced) {
    if (has(table)) {
      rowSecurity.put(table, new LiveSchema.RowSecurity(enabled, forced));
    }
  }

  void policy(PolicyDefinition policy) {
    if (has(policy.table())) {
      policies.computeIfAbsent(policy.table(), t -> new TreeMap<>()).put(policy.name(), policy);
    }
  }

  void note(String note) {
    notes.add(note);
  }

  /** The first name in {@code columns} that {@code text} mentions quoted with {@code quote}, or empty. */
  String mentionedColumn(String table, String text, char quote) {
    if (!has(table)) {
      return "";
    }
    int best = Integer.MAX_VALUE;
    String found = "";
    for (String column : tables.get(table).columns.keySet()) {
      String quoted = quote == 0 ? column : quote + column.replace(String.valueOf(quote), "" + quote + quote) + quote;
      int at = text.indexOf(quoted);
      if (at >= 0 && at < best) {
        best = at;
        found = column;
      }
    }
    return found;
  }

  LiveSchema build() {
    List<SqlSchema.Table> built = new ArrayList<>();
    tables.forEach((name, parts) -> built.add(new SqlSchema.Table(name, List.copyOf(parts.columns.values()),
        parts.primaryKeyName, parts.primaryKey,
        parts.uniques.stream().sorted(Comparator.comparing(SqlSchema.Unique::name)).toList(),
        parts.checks.stream().sorted(Comparator.comparing(SqlSchema.Check::name)).toList(), false)));
    SqlSchema schema = new SqlSchema(
        enums.stream().sorted(Comparator.comparing(EnumType::sqlName)).toList(),
        built,
        foreignKeys.stream().sorted(Comparator.comparing(SqlSchema.ForeignKey::table).thenComparing(SqlSchema.ForeignKey::name)).toList(),
        indexes.stream().sorted(Comparator.comparing(SqlSchema.Index::name).thenComparing(SqlSchema.Index::table)).toList());
    return new LiveSchema(dialect, schema, columnTypes, rowSecurity, policies, notes, leftovers);
  }
}
