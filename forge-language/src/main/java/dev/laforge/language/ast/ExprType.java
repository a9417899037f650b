package dev.laforge.language.ast;

import dev.laforge.language.forge.EnumDecl;
import dev.laforge.language.forge.Model;

/**
 * Static type of a policy or hook expression, as far as validation needs it. {@code enumDecl} is
 * set for ENUM, {@code model} for ROW and ROWS.
 */
public record ExprType(Kind kind, EnumDecl enumDecl, Model model) {

  public enum Kind { BOOLEAN, STRING, NUMBER, UUID, DATE, DATETIME, JSON, ENUM, NULL, STRING_LIST, ARRAY, ROW, ROWS, UNKNOWN }

  public static final ExprType BOOLEAN = of(Kind.BOOLEAN);
  public static final ExprType STRING = of(Kind.STRING);
  public static final ExprType NUMBER = of(Kind.NUMBER);
  public static final ExprType UUID = of(Kind.UUID);
  public static final ExprType DATE = of(Kind.DATE);
  public static final ExprType DATETIME = of(Kind.DATETIME);
  public static final ExprType JSON = of(Kind.JSON);
  public static final ExprType NULL = of(Kind.NULL);
  public static final ExprType STRING_LIST = of(Kind.STRING_LIST);
  public static final ExprType ARRAY = of(Kind.ARRAY);
  public static final ExprType UNKNOWN = of(Kind.UNKNOWN);

  public static ExprType of(Kind kind) {
    return new ExprType(kind, null, null);
  }

  public static ExprType enumOf(EnumDecl decl) {
    return new ExprType(Kind.ENUM, decl, null);
  }

  public static ExprType row(Model model) {
    return new ExprType(Kind.ROW, null, model);
  }

  public static ExprType rows(Model model) {
    return new ExprType(Kind.ROWS, null, model);
  }

  public boolean known() {
    return kind != Kind.UNKNOWN;
  }

  /** A human name for messages: "boolean", "enum PostStatus", "to-many relation to Tag". */
  public String describe() {
    return switch (kind) {
      case ENUM -> "enum " + (enumDecl == null ? "?" : enumDecl.getName());
      case ROW -> "row of " + (model == null ? "?" : model.getName());
      case ROWS -> "to-many relation to " + (model == null ? "?" : model.getName());
      case STRING_LIST -> "list of strings";
      default -> kind.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /**
   * Whether values of the two types may be compared with == or !=. Strings compare with enums
   * (the literal is checked separately), uuids with strings, and NULL with anything.
   */
  public static boolean comparable(ExprType a, ExprType b) {
    if (!a.known() || !b.known() || a.kind == Kind.NULL || b.kind == Kind.NULL) {
      return true;
    }
    Kind x = a.kind;
    Kind y = b.kind;
    if (x == y) {
      return x != Kind.ENUM || a.enumDecl == b.enumDecl;
    }
    return pair(x, y, Kind.STRING, Kind.ENUM)
        || pair(x, y, Kind.STRING, Kind.UUID)
        || pair(x, y, Kind.STRING, Kind.DATE)
        || pair(x, y, Kind.STRING, Kind.DATETIME)
        || pair(x, y, Kind.DATE, Kind.DATETIME)
        || pair(x, y, Kind.ROW, Kind.UUID);
  }

  /** Whether {@code < <= > >=} make sense between the two types. */
  public static boolean ordered(ExprType a, ExprType b) {
    if (!a.known() || !b.known()) {
      return true;
    }
    boolean orderable = switch (a.kind) {
      case NUMBER, STRING, DATE, DATETIME -> true;
      default -> false;
    } && switch (b.kind) {
      case NUMBER, STRING, DATE, DATETIME -> true;
      default -> false;
    };
    return orderable && comparable(a, b);
  }

  private static boolean pair(Kind x, Kind y, Kind p, Kind q) {
    return (x == p && y == q) || (x == q && y == p);
  }
}
