package dev.laforge.backend.policy;

import dev.laforge.backend.ir.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces a lambda parameter by an expression: {@code [a, b].some(x => p)} means
 * {@code p[x := a]} or {@code p[x := b]}, in every form. An inner lambda that declares the same
 * parameter name shadows it.
 */
final class Substitution {

  private Substitution() {}

  static Expr apply(Expr e, String parameter, Expr value) {
    if (e instanceof Expr.Logical l) {
      return new Expr.Logical(l.op(), apply(l.left(), parameter, value), apply(l.right(), parameter, value));
    }
    if (e instanceof Expr.Not n) {
      return new Expr.Not(apply(n.operand(), parameter, value));
    }
    if (e instanceof Expr.Compare c) {
      return new Expr.Compare(c.op(), apply(c.left(), parameter, value), apply(c.right(), parameter, value));
    }
    if (e instanceof Expr.ArrayLiteral a) {
      return new Expr.ArrayLiteral(a.elements().stream().map(x -> apply(x, parameter, value)).toList());
    }
    if (e instanceof Expr.VariablePath v && v.variable().equals(parameter)) {
      return extend(value, v.path());
    }
    if (e instanceof Expr.Collection c) {
      Expr receiver = apply(c.receiver(), parameter, value);
      Expr argument = c.argument() == null ? null : apply(c.argument(), parameter, value);
      boolean shadowed = parameter.equals(c.parameter());
      Expr body = c.body() == null || shadowed ? c.body() : apply(c.body(), parameter, value);
      return new Expr.Collection(c.op(), receiver, c.parameter(), body, argument);
    }
    return e;
  }

  /** {@code value.path}: a path value grows, anything else must be used whole. */
  private static Expr extend(Expr value, List<String> path) {
    if (path.isEmpty()) {
      return value;
    }
    List<String> all = new ArrayList<>();
    if (value instanceof Expr.RecordPath r) {
      all.addAll(r.path());
      all.addAll(path);
      return new Expr.RecordPath(all);
    }
    if (value instanceof Expr.VariablePath v) {
      all.addAll(v.path());
      all.addAll(path);
      return new Expr.VariablePath(v.variable(), all);
    }
    throw new PolicyException("`" + ExprPrinter.print(value) + "` has no field `" + path.get(0) + "`");
  }
}
