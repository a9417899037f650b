package dev.laforge.backend.policy;

import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.Expr;
import dev.laforge.backend.ir.Field;
import dev.laforge.backend.ir.Model;
import java.util.List;
import java.util.Optional;

/**
 * The effective access rule of one (model, action): the tenant guard, AND-ed with everything,
 * and the OR of the clauses; without clauses, a model with a tenant field allows the action
 * within the tenant and a model without one denies it.
 *
 * @param tenantField the model's tenant field, or null
 * @param clauses every {@code policy Model.action} and every permission rule for the action, in
 *     that order
 */
public record AccessRule(Model model, Action action, Field tenantField, List<Clause> clauses) {

  public AccessRule {
    clauses = List.copyOf(clauses);
  }

  /** One rule that may allow: a policy, or a permission rule with its grantee check built in. */
  public record Clause(Kind kind, String label, Expr condition) {

    public enum Kind { POLICY, PERMISSION }
  }

  /** What decides when there are no clauses. */
  public enum Fallback { RULES, ALLOW_WITHIN_TENANT, DENY }

  public Fallback fallback() {
    if (!clauses.isEmpty()) {
      return Fallback.RULES;
    }
    return tenantField != null ? Fallback.ALLOW_WITHIN_TENANT : Fallback.DENY;
  }

  /** {@code record.<tenantField> == user.tenantId}, when the model has a tenant field. */
  public Optional<Expr> tenantGuard() {
    return Optional.ofNullable(tenantField).map(f -> new Expr.Compare(Expr.CompareOp.EQ,
        new Expr.RecordPath(List.of(f.name())), new Expr.UserAttribute("tenantId")));
  }

  /** {@code Post.read}. */
  public String name() {
    return model.name() + "." + action.keyword();
  }
}
