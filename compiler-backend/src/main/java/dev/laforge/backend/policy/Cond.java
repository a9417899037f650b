package dev.laforge.backend.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled boolean SQL expression and how loosely it binds, so AND and OR add parentheses only
 * where needed (an OR inside an AND; an AND inside an OR, for the reader).
 */
record Cond(Sql sql, Level level) {

  enum Level { PRIMARY, AND, OR }

  static Cond primary(Sql sql) {
    return new Cond(sql, Level.PRIMARY);
  }

  static Cond primary(String text) {
    return primary(Sql.of(text));
  }

  static Cond and(List<Cond> parts) {
    return combine(parts, Level.AND, " AND ");
  }

  static Cond or(List<Cond> parts) {
    return combine(parts, Level.OR, " OR ");
  }

  /** {@code (x)}: for operands of IS, NOT and comparisons, which bind tighter than AND and OR. */
  Sql parenthesized() {
    return Sql.concat("(", sql, ")");
  }

  private static Cond combine(List<Cond> parts, Level level, String operator) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    List<Sql> pieces = new ArrayList<>();
    for (Cond part : parts) {
      pieces.add(part.level == Level.PRIMARY || part.level == level ? part.sql : part.parenthesized());
    }
    return new Cond(Sql.join(operator, pieces), level);
  }
}
