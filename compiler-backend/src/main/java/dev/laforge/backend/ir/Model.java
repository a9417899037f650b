package dev.laforge.backend.ir;

import java.util.List;
import java.util.Optional;

/**
 * One model and the table it maps to. Fields keep declaration order (it is the column order);
 * relations, indexes, policies, hooks and actions are in declaration order too.
 *
 * @param table resolved table name: {@code table("...")} or the snake_case plural of the name
 */
public record Model(
    String name,
    String table,
    String doc,
    List<Field> fields,
    List<Relation> relations,
    List<Index> indexes,
    List<Policy> policies,
    List<Hook> hooks,
    List<ExtensionAction> actions) {

  public Model {
    fields = List.copyOf(fields);
    relations = List.copyOf(relations);
    indexes = List.copyOf(indexes);
    policies = List.copyOf(policies);
    hooks = List.copyOf(hooks);
    actions = List.copyOf(actions);
  }

  public Optional<Field> field(String fieldName) {
    return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
  }

  public Optional<Relation> relation(String relationName) {
    return relations.stream().filter(r -> r.name().equals(relationName)).findFirst();
  }

  public List<Field> primaryKey() {
    return fields.stream().filter(Field::primaryKey).toList();
  }

  public Optional<Field> tenantField() {
    return fields.stream().filter(Field::tenant).findFirst();
  }
}
