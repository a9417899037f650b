package dev.laforge.backend.testing;

import dev.laforge.backend.ir.ExtensionAction;
import dev.laforge.backend.ir.Field;
import dev.laforge.backend.ir.Hook;
import dev.laforge.backend.ir.Index;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.Policy;
import dev.laforge.backend.ir.Relation;
import dev.laforge.backend.ir.Relation.OnDelete;
import dev.laforge.backend.ir.Relation.RelationKind;
import dev.laforge.backend.naming.Naming;
import java.util.ArrayList;
import java.util.List;

/** Builds IR models in tests; names default to what {@link Naming} derives, as the mapper does. */
public final class ModelBuilder {

  private final String name;
  private String table;
  private final List<Field> fields = new ArrayList<>();
  private final List<Relation> relations = new ArrayList<>();
  private final List<Index> indexes = new ArrayList<>();
  private final List<Policy> policies = new ArrayList<>();
  private final List<Hook> hooks = new ArrayList<>();
  private final List<ExtensionAction> actions = new ArrayList<>();

  private ModelBuilder(String name) {
    this.name = name;
    this.table = Naming.tableName(name);
  }

  public static ModelBuilder model(String name) {
    return new ModelBuilder(name);
  }

  public ModelBuilder table(String value) {
    table = value;
    return this;
  }

  public ModelBuilder field(FieldBuilder field) {
    fields.add(field.build());
    return this;
  }

  /** A belongsTo relation and its FK field {@code <name>Id}, as the mapper adds them. */
  public ModelBuilder belongsTo(String relation, String target, OnDelete onDelete, boolean optional) {
    String fk = Naming.foreignKeyFieldName(relation);
    FieldBuilder field = FieldBuilder.field(fk, dev.laforge.backend.ir.ScalarType.UUID).foreignKeyOf(relation);
    if (optional) {
      field.optional();
    }
    fields.add(field.build());
    relations.add(new Relation(relation, RelationKind.BELONGS_TO, target, fk, onDelete, optional, null, null));
    return this;
  }

  public ModelBuilder hasMany(String relation, String target, String foreignKey) {
    relations.add(new Relation(relation, RelationKind.HAS_MANY, target, foreignKey, null, false, null, null));
    return this;
  }

  public ModelBuilder manyToMany(String relation, String target, String joinTable) {
    relations.add(new Relation(relation, RelationKind.MANY_TO_MANY, target, null, null, false, joinTable, null));
    return this;
  }

  public ModelBuilder index(boolean unique, String... fieldNames) {
    indexes.add(new Index(List.of(fieldNames), unique));
    return this;
  }

  public ModelBuilder policy(Policy policy) {
    policies.add(policy);
    return this;
  }

  public ModelBuilder hook(Hook hook) {
    hooks.add(hook);
    return this;
  }

  public ModelBuilder action(ExtensionAction action) {
    actions.add(action);
    return this;
  }

  public Model build() {
    return new Model(name, table, null, fields, relations, indexes, policies, hooks, actions);
  }
}
