package dev.laforge.backend.migrate;

import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.naming.Dialect;
import java.util.Map;
import java.util.Set;

/** Which column type changes keep every stored value, and which rewrite the table. */
final class TypeChanges {

  /** Changes every stored value survives unchanged; any other change may lose or reject values. */
  private static final Map<ScalarType, Set<ScalarType>> WIDENING = Map.of(
      ScalarType.INTEGER, Set.of(ScalarType.BIGINT, ScalarType.DECIMAL, ScalarType.FLOAT, ScalarType.STRING, ScalarType.TEXT),
      ScalarType.BIGINT, Set.of(ScalarType.DECIMAL, ScalarType.STRING, ScalarType.TEXT),
      ScalarType.DECIMAL, Set.of(ScalarType.TEXT),
      ScalarType.STRING, Set.of(ScalarType.TEXT),
      ScalarType.DATE, Set.of(ScalarType.DATETIME),
      ScalarType.UUID, Set.of(ScalarType.STRING, ScalarType.TEXT),
      ScalarType.ENUM, Set.of(ScalarType.STRING, ScalarType.TEXT),
      ScalarType.BOOLEAN, Set.of(ScalarType.TEXT));

  private TypeChanges() {}

  /**
   * True when some stored value may not survive the change: not a widening, or an enum replaced
   * by one that lacks some of its values.
   */
  static boolean narrowing(ScalarType from, EnumType fromEnum, ScalarType to, EnumType toEnum, Dialect dialect) {
    if (noOp(from, to, dialect)) {
      return false;
    }
    if (from == ScalarType.ENUM && to == ScalarType.ENUM) {
      return fromEnum == null || toEnum == null || !toEnum.values().containsAll(fromEnum.values());
    }
    return !WIDENING.getOrDefault(from, Set.of()).contains(to);
  }

  /** True when the database rewrites the table (and holds its lock meanwhile) to change the type. */
  static boolean rewrites(ScalarType from, ScalarType to, Dialect dialect) {
    return !noOp(from, to, dialect);
  }

  /** PostgreSQL stores {@code string} and {@code text} both as {@code text}. */
  private static boolean noOp(ScalarType from, ScalarType to, Dialect dialect) {
    return dialect == Dialect.POSTGRES && from.isTextual() && to.isTextual();
  }
}
