package dev.laforge.backend.testing;

import dev.laforge.backend.ir.Expr;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Short builders for policy expression trees in tests: {@code eq(rec("author", "id"), user("id"))}. */
public final class PolicyExprs {

  private PolicyExprs() {}

  public static Expr rec(String... path) {
    return new Expr.RecordPath(List.of(path));
  }

  public static Expr var(String variable, String... path) {
    return new Expr.VariablePath(variable, List.of(path));
  }

  public static Expr user(String attribute) {
    return new Expr.UserAttribute(attribute);
  }

  public static Expr str(String text) {
    return Expr.Literal.string(text);
  }

  public static Expr num(String number) {
    return Expr.Literal.number(new BigDecimal(number));
  }

  public static Expr bool(boolean value) {
    return Expr.Literal.bool(value);
  }

  public static Expr nul() {
    return Expr.Literal.nullValue();
  }

  public static Expr array(Expr... elements) {
    return new Expr.ArrayLiteral(List.of(elements));
  }

  public static Expr eq(Expr a, Expr b) {
    return new Expr.Compare(Expr.CompareOp.EQ, a, b);
  }

  public static Expr ne(Expr a, Expr b) {
    return new Expr.Compare(Expr.CompareOp.NE, a, b);
  }

  public static Expr lt(Expr a, Expr b) {
    return new Expr.Compare(Expr.CompareOp.LT, a, b);
  }

  public static Expr le(Expr a, Expr b) {
    return new Expr.Compare(Expr.CompareOp.LE, a, b);
  }

  public static Expr gt(Expr a, Expr b) {
    return new Expr.Compare(Expr.CompareOp.GT, a, b);
  }

  public static Expr ge(Expr a, Expr b) {
    return new Expr.Compare(Expr.CompareOp.GE, a, b);
  }

  public static Expr not(Expr operand) {
    return new Expr.Not(operand);
  }

  /** Left-nested {@code a && b && c}, as the parser builds it. */
  public static Expr and(Expr... operands) {
    return fold(Expr.LogicalOp.AND, operands);
  }

  public static Expr or(Expr... operands) {
    return fold(Expr.LogicalOp.OR, operands);
  }

  public static Expr some(Expr receiver, String parameter, Expr body) {
    return new Expr.Collection(Expr.CollectionOp.SOME, receiver, parameter, body, null);
  }

  public static Expr every(Expr receiver, String parameter, Expr body) {
    return new Expr.Collection(Expr.CollectionOp.EVERY, receiver, parameter, body, null);
  }

  public static Expr includes(Expr receiver, Expr argument) {
    return new Expr.Collection(Expr.CollectionOp.INCLUDES, receiver, null, null, argument);
  }

  private static Expr fold(Expr.LogicalOp op, Expr... operands) {
    return Arrays.stream(operands).reduce((a, b) -> new Expr.Logical(op, a, b))
        .orElseThrow(() -> new IllegalArgumentException("no operands"));
  }
}
