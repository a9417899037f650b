package dev.laforge.backend.policy;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.Field;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.Relation;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import dev.laforge.backend.sql.postgres.PostgresFragments;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rows of a domain kept flat (field name to value, as the database holds them), inserted into a
 * real database for the SQL forms and seen by the evaluator as records whose relations resolve on
 * demand, so hops and collections reach exactly the rows the database would join.
 */
final class PolicyDataset {

  final Domain domain;
  /** Model name to rows, in insertion order (parents before children). */
  final Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
  /** Join table to pairs of (model name to id). */
  final Map<String, List<Map<String, Object>>> links = new LinkedHashMap<>();

  PolicyDataset(Domain domain) {
    this.domain = domain;
  }

  /** Adds a row given as alternating field names and values. */
  PolicyDataset row(String model, Object... fieldsAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      row.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
    }
    rows.computeIfAbsent(model, k -> new ArrayList<>()).add(row);
    return this;
  }

  /** Links two rows through a many-to-many relation of {@code model}. */
  PolicyDataset link(String model, String relation, Object ownerId, Object targetId) {
    Model owner = model(model);
    Relation r = owner.relation(relation).orElseThrow();
    Model target = model(r.target());
    Map<String, Object> pair = new LinkedHashMap<>();
    pair.put(owner.name(), ownerId);
    pair.put(target.name(), targetId);
    links.computeIfAbsent(References.joinTable(owner, r, target), k -> new ArrayList<>()).add(pair);
    return this;
  }

  Model model(String name) {
    return domain.model(name).orElseThrow();
  }

  List<Map<String, Object>> rows(String model) {
    return rows.getOrDefault(model, List.of());
  }

  static Object id(Model model, Map<String, Object> row) {
    return row.get(Paths.primaryKey(model).name());
  }

  /** The record the evaluator sees for a row: its fields, and its relations resolved on demand. */
  Map<String, Object> record(Model model, Map<String, Object> row) {
    return new RecordView(model, row);
  }

  /** Inserts every row and link into a database of the dialect, the schema already created. */
  void insertInto(Connection connection, Dialect dialect) throws SQLException {
    SqlSchema schema = SqlSchema.of(domain, dialect);
    for (Map.Entry<String, List<Map<String, Object>>> entry : rows.entrySet()) {
      Model model = model(entry.getKey());
      for (Map<String, Object> row : entry.getValue()) {
        insert(connection, dialect, schema, model, row);
      }
    }
    for (Map.Entry<String, List<Map<String, Object>>> entry : links.entrySet()) {
      SqlSchema.Table table = schema.tables().stream().filter(t -> t.name().equals(entry.getKey())).findFirst().orElseThrow();
      for (Map<String, Object> pair : entry.getValue()) {
        List<String> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Map.Entry<String, Object> side : pair.entrySet()) {
          Model sideModel = model(side.getKey());
          columns.add(JoinColumns.columnsReferencing(schema, table.name(), sideModel).get(0));
          values.add(side.getValue());
        }
        String uuid = dialect == Dialect.POSTGRES ? "CAST(? AS uuid)" : "?";
        execute(connection, "INSERT INTO " + dialect.quote(table.name()) + " ("
            + columns.stream().map(dialect::quote).collect(Collectors.joining(", ")) + ") VALUES (" + uuid + ", " + uuid + ")",
            values);
      }
    }
  }

  /**
   * {@code INSERT} of one row as it is in the dataset (used again under RLS to test creation).
   * PostgreSQL gets text cast to each column's type; MySQL and SQLite get typed values, with
   * date-times in UTC in the form the LaForge runtime stores there.
   */
  static void insert(Connection connection, Dialect dialect, SqlSchema schema, Model model, Map<String, Object> row)
      throws SQLException {
    SqlSchema.Table table = schema.tables().stream().filter(t -> t.name().equals(model.table())).findFirst().orElseThrow();
    List<String> columns = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    for (Field field : model.fields()) {
      if (!row.containsKey(field.name())) {
        continue;
      }
      SqlSchema.Column column = table.columns().stream().filter(c -> c.name().equals(field.column())).findFirst().orElseThrow();
      columns.add(dialect.quote(field.column()));
      Object value = row.get(field.name());
      if (dialect == Dialect.POSTGRES) {
        placeholders.add("CAST(? AS " + PostgresFragments.type(column) + ")");
        values.add(value == null ? null : value.toString());
      } else {
        placeholders.add("?");
        values.add(value != null && field.type() == dev.laforge.backend.ir.ScalarType.DATETIME
            ? (dialect == Dialect.MYSQL ? Temporal.mysqlText(Temporal.instant(value)) : Temporal.sqliteText(Temporal.instant(value)))
            : value);
      }
    }
    execute(connection, "INSERT INTO " + dialect.quote(model.table()) + " (" + String.join(", ", columns)
        + ") VALUES (" + String.join(", ", placeholders) + ")", values);
  }

  private static void execute(Connection connection, String sql, List<Object> values) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        Object value = values.get(i);
        if (value == null) {
          statement.setNull(i + 1, Types.VARCHAR);
        } else if (value instanceof Boolean b) {
          statement.setBoolean(i + 1, b);
        } else if (value instanceof Integer n) {
          statement.setInt(i + 1, n);
        } else {
          statement.setString(i + 1, value.toString());
        }
      }
      statement.executeUpdate();
    }
  }

  /** A row as a record: fields from the row, relations looked up in the dataset when asked for. */
  private final class RecordView extends AbstractMap<String, Object> {

    private final Model model;
    private final Map<String, Object> row;

    RecordView(Model model, Map<String, Object> row) {
      this.model = model;
      this.row = row;
    }

    @Override
    public Object get(Object key) {
      if (row.containsKey(key)) {
        return row.get(key);
      }
      return model.relation((String) key).map(this::related).orElse(null);
    }

    @Override
    public boolean containsKey(Object key) {
      return row.containsKey(key) || model.relation((String) key).isPresent();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      return new LinkedHashSet<>(row.entrySet());
    }

    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }

    private Object related(Relation relation) {
      Model target = model(relation.target());
      Object key = id(model, row);
      switch (relation.kind()) {
        case BELONGS_TO: {
          Object fk = row.get(relation.foreignKey());
          return rows(target.name()).stream().filter(r -> fk != null && fk.equals(id(target, r)))
              .findFirst().map(r -> (Object) record(target, r)).orElse(null);
        }
        case HAS_MANY:
          return rows(target.name()).stream().filter(r -> Objects.equals(key, r.get(relation.foreignKey())))
              .map(r -> (Object) record(target, r)).toList();
        default: {
          List<Map<String, Object>> pairs = links.getOrDefault(References.joinTable(model, relation, target), List.of());
          return pairs.stream().filter(p -> Objects.equals(key, p.get(model.name())))
              .flatMap(p -> rows(target.name()).stream().filter(r -> Objects.equals(p.get(target.name()), id(target, r))))
              .map(r -> (Object) record(target, r)).toList();
        }
      }
    }
  }
}
