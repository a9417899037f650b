package dev.laforge.backend.policy;

import dev.laforge.backend.ir.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Atoms are the predicates that relation hops attach to: a comparison, a bare boolean path, or a
 * collection call. The paths an atom uses directly (not those inside a lambda body or a nested
 * boolean operand, which are atoms of their own) decide its EXISTS joins; every form finds them
 * here, so every form draws the same boundaries.
 */
final class Atoms {

  private Atoms() {}

  /**
   * The path operands of an atom: {@code record...} paths, and paths from variables for which
   * {@code isRow} holds. A collection's receiver comes first, then its argument or list elements.
   */
  static List<Expr> directPaths(Expr atom, Set<String> variables, Predicate<String> isRow) {
    List<Expr> candidates = new ArrayList<>();
    if (atom instanceof Expr.Compare c) {
      candidates.add(c.left());
      candidates.add(c.right());
    } else if (atom instanceof Expr.Collection c) {
      candidates.add(c.receiver());
      if (c.receiver() instanceof Expr.ArrayLiteral a) {
        candidates.addAll(a.elements());
      }
      if (c.argument() != null) {
        candidates.add(c.argument());
      }
    } else {
      candidates.add(atom);
    }
    List<Expr> paths = new ArrayList<>();
    for (Expr e : candidates) {
      if (e instanceof Expr.RecordPath
          || (e instanceof Expr.VariablePath v && variables.contains(v.variable()) && isRow.test(v.variable()))) {
        paths.add(e);
      }
    }
    return paths;
  }

  /** The scope name a path starts from: {@code record} or the lambda parameter. */
  static String root(Expr path) {
    return path instanceof Expr.VariablePath v ? v.variable() : "record";
  }

  static List<String> names(Expr path) {
    return path instanceof Expr.VariablePath v ? v.path() : ((Expr.RecordPath) path).path();
  }
}
