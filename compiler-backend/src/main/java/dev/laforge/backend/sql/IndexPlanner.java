package dev.laforge.backend.sql;

import dev.laforge.backend.ir.Field;
import dev.laforge.backend.ir.Index;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.naming.Dialect;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Declared indexes plus one index on every FK and tenant column that no primary key, unique
 * constraint or index already leads with: policies filter by tenant and joins follow FKs.
 */
final class IndexPlanner {

  private final Dialect dialect;
  private final List<Model> models;
  private final List<SqlSchema.Table> tables;
  private final List<SqlSchema.ForeignKey> foreignKeys;
  private final Map<String, SqlSchema.Index> byName = new LinkedHashMap<>();
  private final Map<String, Set<String>> leadingColumns = new HashMap<>();

  IndexPlanner(Dialect dialect, List<Model> models, List<SqlSchema.Table> tables, List<SqlSchema.ForeignKey> keys) {
    this.dialect = dialect;
    this.models = models;
    this.tables = tables;
    this.foreignKeys = keys;
  }

  List<SqlSchema.Index> indexes() {
    for (SqlSchema.Table table : tables) {
      if (!table.primaryKey().isEmpty()) {
        lead(table.name(), table.primaryKey().get(0));
      }
      table.uniques().forEach(u -> lead(table.name(), u.column()));
    }
    for (Model model : models) {
      for (Index index : model.indexes()) {
        addDeclared(model, index);
      }
    }
    for (SqlSchema.ForeignKey key : foreignKeys) {
      addImplicit(key.table(), key.column());
    }
    for (Model model : models) {
      model.tenantField().ifPresent(tenant -> addImplicit(model.table(), tenant.column()));
    }
    return byName.values().stream()
        .sorted(Comparator.comparing(SqlSchema.Index::name).thenComparing(SqlSchema.Index::table))
        .toList();
  }

  private void addDeclared(Model model, Index index) {
    if (index.fields().isEmpty()) {
      throw new IllegalArgumentException("an index of " + model.name() + " lists no fields");
    }
    List<String> columns = new ArrayList<>();
    for (String fieldName : index.fields()) {
      Field field = model.field(fieldName).orElseThrow(() -> new IllegalArgumentException(
          "unknown field '" + model.name() + "." + fieldName + "' used by an index of " + model.name()));
      columns.add(field.column());
    }
    if (index.unique() && alreadyUnique(model, columns)) {
      // unique(x) on a unique or primary-key x would only duplicate the constraint's own index.
      return;
    }
    List<String> parts = new ArrayList<>();
    parts.add(model.table());
    parts.addAll(columns);
    parts.add(index.unique() ? "key" : "idx");
    add(new SqlSchema.Index(dialect.constraintName(parts.toArray(String[]::new)), model.table(), columns, index.unique()));
  }

  private void addImplicit(String table, String column) {
    if (leadingColumns.getOrDefault(table, Set.of()).contains(column)) {
      return;
    }
    add(new SqlSchema.Index(dialect.constraintName(table, column, "idx"), table, List.of(column), false));
  }

  private void add(SqlSchema.Index index) {
    if (byName.putIfAbsent(index.name(), index) == null) {
      lead(index.table(), index.columns().get(0));
    }
  }

  private void lead(String table, String column) {
    leadingColumns.computeIfAbsent(table, t -> new HashSet<>()).add(column);
  }

  private static boolean alreadyUnique(Model model, List<String> columns) {
    List<String> primaryKey = model.primaryKey().stream().map(Field::column).toList();
    if (primaryKey.equals(columns)) {
      return true;
    }
    return columns.size() == 1
        && model.fields().stream().anyMatch(f -> f.unique() && f.column().equals(columns.get(0)));
  }
}
