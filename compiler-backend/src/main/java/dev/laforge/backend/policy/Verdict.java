package dev.laforge.backend.policy;

import java.util.List;

/**
 * The outcome of evaluating a (model, action) for one record and user, and why.
 *
 * @param allowed true only when the tenant guard (if any) and some clause are TRUE
 * @param decidedBy the clause that decided, e.g. {@code policy Post.read: record.published == true},
 *     {@code tenant guard: record.tenantId != user.tenantId} or
 *     {@code no policy for Tag.update: allowed within the tenant}
 * @param outcomes every clause evaluated, with its truth value, in rule order
 */
public record Verdict(boolean allowed, String decidedBy, List<Outcome> outcomes) {

  public Verdict {
    outcomes = List.copyOf(outcomes);
  }

  /** One clause (the tenant guard, a policy or a permission rule) and what it evaluated to. */
  public record Outcome(String clause, Truth value) {
    @Override
    public String toString() {
      return clause + " -> " + value.word();
    }
  }
}
