package dev.laforge.backend.migrate;

import dev.laforge.backend.ir.Expr;
import dev.laforge.backend.policy.AccessRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognizes changes of one (model, action) rule that let more requests through, from the rules'
 * structure alone: every clause removed from a model with a tenant field (the action becomes
 * allowed to the whole tenant), a clause added next to all the previous ones, or a previous
 * clause's condition widened into {@code previous || other}. Other changes are not judged.
 */
final class PolicyWeakening {

  private PolicyWeakening() {}

  /** Why {@code after} allows more than {@code before}, or null when that is not recognized. */
  static String reason(AccessRule before, AccessRule after) {
    if (before.clauses().isEmpty()) {
      return null;
    }
    if (after.fallback() == AccessRule.Fallback.ALLOW_WITHIN_TENANT) {
      return "every rule for " + after.name() + " was removed, so it is allowed to anyone in the tenant";
    }
    List<AccessRule.Clause> unmatched = new ArrayList<>(after.clauses());
    boolean widened = false;
    for (AccessRule.Clause clause : before.clauses()) {
      AccessRule.Clause same = find(unmatched, clause, false);
      if (same == null) {
        same = find(unmatched, clause, true);
        if (same == null) {
          return null;
        }
        widened = true;
      }
      unmatched.remove(same);
    }
    if (widened) {
      return "a rule for " + after.name() + " was widened with an alternative (||)";
    }
    return unmatched.isEmpty() ? null : "a rule for " + after.name() + " was added next to the previous ones";
  }

  private static AccessRule.Clause find(List<AccessRule.Clause> clauses, AccessRule.Clause wanted, boolean widened) {
    for (AccessRule.Clause clause : clauses) {
      if (clause.kind() == wanted.kind() && (widened
          ? containsAlternative(clause.condition(), wanted.condition())
          : clause.condition().equals(wanted.condition()))) {
        return clause;
      }
    }
    return null;
  }

  /** True when {@code expr} is an OR with {@code alternative} as one of its operands. */
  private static boolean containsAlternative(Expr expr, Expr alternative) {
    if (expr instanceof Expr.Logical logical && logical.op() == Expr.LogicalOp.OR) {
      return logical.left().equals(alternative) || logical.right().equals(alternative)
          || containsAlternative(logical.left(), alternative) || containsAlternative(logical.right(), alternative);
    }
    return false;
  }
}
