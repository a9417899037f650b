package dev.laforge.backend.ir;

/**
 * A relation between two models.
 *
 * <ul>
 *   <li>{@code BELONGS_TO}: {@code foreignKey} is the FK field in this model.
 *   <li>{@code HAS_MANY}: {@code foreignKey} is the FK field in the target model.
 *   <li>{@code MANY_TO_MANY}: {@code joinTable} names the join table; {@code foreignKey} is null.
 * </ul>
 */
public record Relation(
    String name,
    RelationKind kind,
    String target,
    String foreignKey,
    OnDelete onDelete,
    boolean optional,
    String joinTable,
    String doc) {

  public enum RelationKind { BELONGS_TO, HAS_MANY, MANY_TO_MANY }

  public enum OnDelete { CASCADE, RESTRICT, SET_NULL }

  public boolean toMany() {
    return kind != RelationKind.BELONGS_TO;
  }
}
