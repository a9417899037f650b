package dev.laforge.backend.sql;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.Field;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.Relation;
import dev.laforge.backend.ir.Relation.OnDelete;
import dev.laforge.backend.ir.Relation.RelationKind;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.naming.Naming;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds {@link SqlSchema} from a validated domain. Input the validator rejects (unknown models,
 * fields or enums, relations to a model without a single-column primary key) throws
 * IllegalArgumentException naming the culprit.
 */
final class SqlSchemaBuilder {

  private final Domain domain;
  private final Dialect dialect;
  private final List<Model> models;
  private final Map<String, SqlSchema.ForeignKey> foreignKeys = new LinkedHashMap<>();

  SqlSchemaBuilder(Domain domain, Dialect dialect) {
    this.domain = domain;
    this.dialect = dialect;
    this.models = domain.models().stream()
        .sorted(Comparator.comparing(Model::table).thenComparing(Model::name))
        .toList();
  }

  SqlSchema build() {
    List<EnumType> enums = domain.enums().stream()
        .sorted(Comparator.comparing(EnumType::name).thenComparing(EnumType::sqlName))
        .toList();
    List<SqlSchema.Table> tables = new ArrayList<>();
    for (Model model : models) {
      tables.add(modelTable(model));
    }
    for (Model model : models) {
      addBelongsToKeys(model);
    }
    for (Model model : models) {
      addHasManyKeys(model);
    }
    tables.addAll(joinTables());
    List<SqlSchema.ForeignKey> keys = foreignKeys.values().stream()
        .sorted(Comparator.comparing(SqlSchema.ForeignKey::table).thenComparing(SqlSchema.ForeignKey::name))
        .toList();
    return new SqlSchema(enums, tables, keys, new IndexPlanner(dialect, models, tables, keys).indexes());
  }

  private SqlSchema.Table modelTable(Model model) {
    String table = model.table();
    List<SqlSchema.Column> columns = new ArrayList<>();
    List<SqlSchema.Unique> uniques = new ArrayList<>();
    List<SqlSchema.Check> checks = new ArrayList<>();
    for (Field field : model.fields()) {
      columns.add(column(model, field));
      if (field.unique() && !field.primaryKey()) {
        uniques.add(new SqlSchema.Unique(dialect.constraintName(table, field.column(), "key"), field.column()));
      }
      if (!field.validation().isEmpty()) {
        checks.add(new SqlSchema.Check(
            dialect.constraintName(table, field.column(), "check"), field.column(), field.validation()));
      }
    }
    List<String> primaryKey = model.primaryKey().stream().map(Field::column).toList();
    String primaryKeyName = primaryKey.isEmpty() ? null : dialect.constraintName(table, "pkey");
    return new SqlSchema.Table(table, columns, primaryKeyName, primaryKey, uniques, checks, false);
  }

  private SqlSchema.Column column(Model model, Field field) {
    String enumSqlName = null;
    if (field.enumType() != null) {
      enumSqlName = domain.enumType(field.enumType())
          .orElseThrow(() -> unknown("enum", field.enumType(), model.name() + "." + field.name()))
          .sqlName();
    }
    return new SqlSchema.Column(field.column(), field.type(), enumSqlName, field.optional(), field.defaultValue());
  }

  private void addBelongsToKeys(Model model) {
    for (Relation relation : model.relations()) {
      if (relation.kind() == RelationKind.BELONGS_TO) {
        Field fk = foreignKeyField(model, relation.foreignKey(), model.name() + "." + relation.name());
        OnDelete onDelete = relation.onDelete() == null ? OnDelete.CASCADE : relation.onDelete();
        addForeignKey(model, fk, target(model, relation), onDelete);
      }
    }
  }

  /**
   * A hasMany whose FK column in the target has no belongsTo (a plain {@code <model>Id} field or
   * one LaForge added) still gets its constraint; an optional column is set null on delete.
   */
  private void addHasManyKeys(Model model) {
    for (Relation relation : model.relations()) {
      if (relation.kind() == RelationKind.HAS_MANY && relation.foreignKey() != null) {
        Model child = target(model, relation);
        Field fk = foreignKeyField(child, relation.foreignKey(), model.name() + "." + relation.name());
        OnDelete fallback = fk.optional() ? OnDelete.SET_NULL : OnDelete.CASCADE;
        addForeignKey(child, fk, model, relation.onDelete() == null ? fallback : relation.onDelete());
      }
    }
  }

  private void addForeignKey(Model owner, Field fk, Model referenced, OnDelete onDelete) {
    String key = owner.table() + "\0" + fk.column();
    if (foreignKeys.containsKey(key)) {
      return;
    }
    String name = dialect.constraintName(owner.table(), fk.column(), "fkey");
    foreignKeys.put(key, new SqlSchema.ForeignKey(
        name, owner.table(), fk.column(), referenced.table(), singlePrimaryKey(referenced).column(), onDelete));
  }

  private List<SqlSchema.Table> joinTables() {
    TreeMap<String, SqlSchema.Table> byName = new TreeMap<>();
    Map<String, Set<String>> pairs = new TreeMap<>();
    for (Model model : models) {
      for (Relation relation : model.relations()) {
        if (relation.kind() != RelationKind.MANY_TO_MANY) {
          continue;
        }
        Model other = target(model, relation);
        String name = relation.joinTable() != null
            ? relation.joinTable()
            : Naming.joinTableName(model.table(), other.table());
        Set<String> pair = new HashSet<>(List.of(model.name(), other.name()));
        Set<String> previous = pairs.putIfAbsent(name, pair);
        if (previous != null) {
          if (!previous.equals(pair)) {
            throw new IllegalArgumentException("join table '" + name + "' is claimed by " + previous + " and " + pair);
          }
          continue;
        }
        byName.put(name, joinTable(name, model, other, relation));
      }
    }
    return List.copyOf(byName.values());
  }

  /**
   * Columns follow the order of the sides' table names, like the join table's own name. A
   * self-relation names its second column after the relation, as both sides share the model.
   */
  private SqlSchema.Table joinTable(String name, Model model, Model other, Relation relation) {
    Model first = model;
    Model second = other;
    if (Comparator.comparing(Model::table).thenComparing(Model::name).compare(model, other) > 0) {
      first = other;
      second = model;
    }
    String firstColumn = Naming.joinColumnName(first.name());
    String secondColumn = Naming.joinColumnName(second.name());
    if (firstColumn.equals(secondColumn)) {
      secondColumn = Naming.snakeCase(relation.name()) + "_id";
    }
    List<SqlSchema.Column> columns = List.of(
        joinColumn(firstColumn, first), joinColumn(secondColumn, second));
    addJoinKey(name, firstColumn, first);
    addJoinKey(name, secondColumn, second);
    return new SqlSchema.Table(name, columns, dialect.constraintName(name, "pkey"),
        List.of(firstColumn, secondColumn), List.of(), List.of(), true);
  }

  private SqlSchema.Column joinColumn(String column, Model side) {
    SqlSchema.Column pk = column(side, singlePrimaryKey(side));
    return new SqlSchema.Column(column, pk.type(), pk.enumSqlName(), false, null);
  }

  private void addJoinKey(String joinTable, String column, Model side) {
    String name = dialect.constraintName(joinTable, column, "fkey");
    foreignKeys.put(joinTable + "\0" + column, new SqlSchema.ForeignKey(
        name, joinTable, column, side.table(), singlePrimaryKey(side).column(), OnDelete.CASCADE));
  }

  private Model target(Model model, Relation relation) {
    return domain.model(relation.target())
        .orElseThrow(() -> unknown("model", relation.target(), model.name() + "." + relation.name()));
  }

  private static Field foreignKeyField(Model owner, String fieldName, String usedBy) {
    if (fieldName == null) {
      throw new IllegalArgumentException(usedBy + " has no foreign-key field");
    }
    return owner.field(fieldName).orElseThrow(() -> unknown("field", owner.name() + "." + fieldName, usedBy));
  }

  private static Field singlePrimaryKey(Model model) {
    List<Field> pk = model.primaryKey();
    if (pk.size() != 1) {
      throw new IllegalArgumentException("model " + model.name()
          + " is the target of a relation, so it needs exactly one primary-key field, not " + pk.size());
    }
    return pk.get(0);
  }

  private static IllegalArgumentException unknown(String what, String name, String usedBy) {
    return new IllegalArgumentException("unknown " + what + " '" + name + "' used by " + usedBy);
  }
}
