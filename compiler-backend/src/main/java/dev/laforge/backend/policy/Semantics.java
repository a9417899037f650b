package dev.laforge.backend.policy;

import dev.laforge.backend.ir.Expr;
import dev.laforge.backend.ir.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How two values compare, decided once from their static types and shared by every form: the
 * evaluator compares Java values by the {@link Mode}, the SQL compilers render the same mode per
 * dialect. A NULL operand makes a comparison UNKNOWN, except against the literal {@code null},
 * which tests for NULL and is always true or false.
 */
final class Semantics {

  /** Static type of an operand. */
  enum Type { UUID, TEXT, ENUM, NUMBER, FLOAT, BOOLEAN, DATE, DATETIME, JSON, STRING_LITERAL, NUMBER_LITERAL, BOOLEAN_LITERAL, NULL_LITERAL }

  /**
   * How a comparison is made. UUID: by value (lower-case text). TEXT: exact text, ordered by code
   * point (uuids and enum labels as their text). NUMBER: exact decimals; FLOAT: doubles. DATE:
   * days; DATETIME: instants (a date is midnight UTC). NULL_TEST: {@code == null}. UNKNOWN: a
   * literal the other side cannot hold (a malformed date), so the comparison is UNKNOWN.
   */
  enum Mode { NULL_TEST, UUID, TEXT, NUMBER, FLOAT, BOOLEAN, DATE, DATETIME, UNKNOWN }

  private Semantics() {}

  static Type type(Field field) {
    return switch (field.type()) {
      case UUID -> Type.UUID;
      case STRING, TEXT -> Type.TEXT;
      case ENUM -> Type.ENUM;
      case INTEGER, BIGINT, DECIMAL -> Type.NUMBER;
      case FLOAT -> Type.FLOAT;
      case BOOLEAN -> Type.BOOLEAN;
      case DATE -> Type.DATE;
      case DATETIME -> Type.DATETIME;
      case JSON, JSONB -> Type.JSON;
    };
  }

  static Type type(Expr.Literal literal) {
    return switch (literal.type()) {
      case STRING -> Type.STRING_LITERAL;
      case NUMBER -> Type.NUMBER_LITERAL;
      case BOOLEAN -> Type.BOOLEAN_LITERAL;
      case NULL -> Type.NULL_LITERAL;
    };
  }

  /** The mode comparing {@code a} with {@code b}; {@code literalA}/{@code literalB} are the literals, if any. */
  static Mode mode(Expr.CompareOp op, Type a, Expr.Literal literalA, Type b, Expr.Literal literalB) {
    Mode mode = equalityMode(a, literalA, b, literalB);
    boolean ordering = op != Expr.CompareOp.EQ && op != Expr.CompareOp.NE;
    if (ordering && (mode == Mode.NULL_TEST || mode == Mode.UUID || mode == Mode.BOOLEAN)) {
      throw new PolicyException("cannot order " + describe(a) + " and " + describe(b) + " with " + op.symbol());
    }
    return mode;
  }

  private static Mode equalityMode(Type a, Expr.Literal literalA, Type b, Expr.Literal literalB) {
    if (a == Type.NULL_LITERAL || b == Type.NULL_LITERAL) {
      return Mode.NULL_TEST;
    }
    if (a == Type.STRING_LITERAL && b != Type.STRING_LITERAL) {
      return equalityMode(b, literalB, a, literalA);
    }
    if (b == Type.STRING_LITERAL) {
      String text = literalB.text();
      return switch (a) {
        case UUID -> Uuids.valid(text) ? Mode.UUID : Mode.TEXT;
        case TEXT, ENUM, STRING_LITERAL -> Mode.TEXT;
        case DATE -> Temporal.date(text) != null ? Mode.DATE : Temporal.instant(text) != null ? Mode.DATETIME : Mode.UNKNOWN;
        case DATETIME -> Temporal.instant(text) != null ? Mode.DATETIME : Mode.UNKNOWN;
        default -> throw mismatch(a, b);
      };
    }
    Type x = a == Type.NUMBER_LITERAL ? Type.NUMBER : a == Type.BOOLEAN_LITERAL ? Type.BOOLEAN : a;
    Type y = b == Type.NUMBER_LITERAL ? Type.NUMBER : b == Type.BOOLEAN_LITERAL ? Type.BOOLEAN : b;
    if (x == Type.UUID && y == Type.UUID) {
      return Mode.UUID;
    }
    if (textual(x) && textual(y)) {
      return Mode.TEXT;
    }
    if ((x == Type.NUMBER || x == Type.FLOAT) && (y == Type.NUMBER || y == Type.FLOAT)) {
      return x == Type.FLOAT || y == Type.FLOAT ? Mode.FLOAT : Mode.NUMBER;
    }
    if (x == Type.BOOLEAN && y == Type.BOOLEAN) {
      return Mode.BOOLEAN;
    }
    if (x == Type.DATE && y == Type.DATE) {
      return Mode.DATE;
    }
    if ((x == Type.DATE || x == Type.DATETIME) && (y == Type.DATE || y == Type.DATETIME)) {
      return Mode.DATETIME;
    }
    throw mismatch(a, b);
  }

  private static boolean textual(Type t) {
    return t == Type.UUID || t == Type.TEXT || t == Type.ENUM;
  }

  /** The Java value of {@code raw} (of static type {@code type}) in a mode; null when it has none. */
  static Object value(Mode mode, Type type, Object raw) {
    if (raw == null) {
      return null;
    }
    return switch (mode) {
      case UUID -> Uuids.canonical(String.valueOf(raw));
      case TEXT -> type == Type.UUID ? Uuids.canonical(String.valueOf(raw)) : String.valueOf(raw);
      case NUMBER -> decimal(raw);
      case FLOAT -> raw instanceof Number n ? (Double) n.doubleValue() : toDouble(decimal(raw));
      case BOOLEAN -> raw instanceof Boolean b ? b : raw instanceof Number n ? (Boolean) (n.doubleValue() != 0) : null;
      case DATE -> Temporal.date(raw);
      case DATETIME -> Temporal.instant(raw);
      case NULL_TEST, UNKNOWN -> raw;
    };
  }

  /** The comparison of two mode values; UNKNOWN when either is null (NULL_TEST never is). */
  static Truth compare(Mode mode, Expr.CompareOp op, Object x, Object y) {
    if (mode == Mode.NULL_TEST) {
      // One side is the literal null, so both are null exactly when the other is.
      boolean isNull = x == null && y == null;
      return Truth.of(op == Expr.CompareOp.EQ ? isNull : !isNull);
    }
    if (mode == Mode.UNKNOWN || x == null || y == null) {
      return Truth.UNKNOWN;
    }
    int order = switch (mode) {
      case UUID, BOOLEAN -> x.equals(y) ? 0 : 1;
      case TEXT -> codePointOrder((String) x, (String) y);
      case NUMBER -> ((BigDecimal) x).compareTo((BigDecimal) y);
      case FLOAT -> {
        double p = (Double) x;
        double q = (Double) y;
        yield p == q ? 0 : Double.compare(p, q);
      }
      case DATE -> ((LocalDate) x).compareTo((LocalDate) y);
      case DATETIME -> ((Instant) x).compareTo((Instant) y);
      default -> throw new AssertionError(mode);
    };
    return Truth.of(switch (op) {
      case EQ -> order == 0;
      case NE -> order != 0;
      case LT -> order < 0;
      case LE -> order <= 0;
      case GT -> order > 0;
      case GE -> order >= 0;
    });
  }

  /** The value of a literal in a mode ({@code "2024-05-01"} is a date in DATE mode). */
  static Object literal(Mode mode, Expr.Literal literal) {
    return switch (literal.type()) {
      case NULL -> null;
      case BOOLEAN -> Boolean.valueOf(literal.text());
      case NUMBER -> value(mode, Type.NUMBER, new BigDecimal(literal.text()));
      case STRING -> value(mode, Type.STRING_LITERAL, literal.text());
    };
  }

  /** The literal an operand is: a literal, or a negated number literal folded; else null. */
  static Expr.Literal literal(Expr e) {
    if (e instanceof Expr.Literal l) {
      return l;
    }
    if (e instanceof Expr.Negate n && n.operand() instanceof Expr.Literal l && l.type() == Expr.LiteralType.NUMBER) {
      return Expr.Literal.number(new BigDecimal(l.text()).negate());
    }
    return null;
  }

  static PolicyException unsupported(Expr e) {
    return new PolicyException("`" + ExprPrinter.print(e) + "` is not part of the policy language"
        + " (policies compare fields, literals and user attributes; arithmetic and method calls belong to hooks)");
  }

  private static PolicyException mismatch(Type a, Type b) {
    return new PolicyException("cannot compare " + describe(a) + " with " + describe(b));
  }

  private static String describe(Type t) {
    return t.name().toLowerCase(java.util.Locale.ROOT).replace("_literal", " literal");
  }

  private static BigDecimal decimal(Object raw) {
    if (raw instanceof BigDecimal d) {
      return d;
    }
    if (raw instanceof Double || raw instanceof Float) {
      double d = ((Number) raw).doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    }
    if (raw instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    try {
      return new BigDecimal(raw.toString());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Double toDouble(BigDecimal d) {
    return d == null ? null : d.doubleValue();
  }

  private static int codePointOrder(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int p = a.codePointAt(i);
      int q = b.codePointAt(j);
      if (p != q) {
        return Integer.compare(p, q);
      }
      i += Character.charCount(p);
      j += Character.charCount(q);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
