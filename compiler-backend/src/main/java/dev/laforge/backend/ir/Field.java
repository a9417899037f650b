package dev.laforge.backend.ir;

/**
 * A column-backed field. Foreign-key columns of {@code belongsTo} relations are fields too, with
 * {@code foreignKeyOf} naming the relation they implement.
 *
 * @param type scalar type; {@link ScalarType#ENUM} when {@code enumType} is set
 * @param column resolved column name: {@code column("...")} or the snake_case of the name
 * @param defaultValue null when the field has no default
 * @param renamedFrom previous field name declared with {@code renamedFrom("...")}, or null
 * @param foreignKeyOf name of the belongsTo relation this column implements, or null
 * @param synthesized true when LaForge added the field (an implicit FK column)
 */
public record Field(
    String name,
    String column,
    ScalarType type,
    String enumType,
    boolean primaryKey,
    boolean tenant,
    boolean unique,
    boolean optional,
    boolean pii,
    boolean secret,
    String residency,
    DefaultValue defaultValue,
    Validation validation,
    String renamedFrom,
    String foreignKeyOf,
    boolean synthesized,
    String doc) {

  public Field {
    validation = validation == null ? Validation.NONE : validation;
  }
}
