package dev.laforge.backend.policy;

import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides in Java whether a user may perform an action on a record, with exactly the semantics of
 * the SQL predicates and the RLS policies (see the package documentation). The runtime checks
 * writes with it where the database has no RLS; the editor uses it for policy previews.
 *
 * <p>A record maps field names to values: String for uuid, string, text, enum, date and datetime
 * (ISO-8601), BigDecimal/Long/Integer/Double for numbers, Boolean, or null. A belongsTo relation
 * is a nested record under the relation's name (absent or null: no related row); a to-many
 * relation is a list of records. Related records carry their own tenant field and whatever their
 * model's read rule needs, because a relation only reaches rows the user may read.
 */
public final class PolicyEvaluator {

  public Verdict evaluate(Domain domain, String model, Action action, Map<String, Object> record, UserContext user) {
    return evaluate(AccessRules.of(domain), model, action, record, user);
  }

  /** The same, reusing the rules of a domain across calls. */
  public Verdict evaluate(AccessRules rules, String model, Action action, Map<String, Object> record, UserContext user) {
    AccessRule rule = rules.rule(model, action);
    ContextValues context = ContextValues.of(user);
    Evaluation evaluation = new Evaluation(rules, context);
    List<Verdict.Outcome> outcomes = new ArrayList<>();
    if (rule.tenantGuard().isPresent()) {
      Expr guard = rule.tenantGuard().get();
      Truth value = evaluation.evaluate(guard, rule.model(), record);
      outcomes.add(new Verdict.Outcome("tenant guard: " + ExprPrinter.print(guard), value));
      if (value != Truth.TRUE) {
        return new Verdict(false, "tenant guard: " + guardFailure(rule, record, context, value), outcomes);
      }
    }
    switch (rule.fallback()) {
      case ALLOW_WITHIN_TENANT:
        return new Verdict(true, "no policy for " + rule.name() + ": allowed within the tenant", outcomes);
      case DENY:
        return new Verdict(false, "no policy or permission for " + rule.name() + ": denied", outcomes);
      default:
        break;
    }
    String decidedBy = null;
    for (AccessRule.Clause clause : rule.clauses()) {
      Truth value = evaluation.evaluate(clause.condition(), rule.model(), record);
      outcomes.add(new Verdict.Outcome(clause.label(), value));
      if (value == Truth.TRUE && decidedBy == null) {
        decidedBy = clause.label();
      }
    }
    if (decidedBy != null) {
      return new Verdict(true, decidedBy, outcomes);
    }
    List<String> reasons = outcomes.stream().skip(rule.tenantGuard().isPresent() ? 1 : 0)
        .map(o -> o.clause() + " is " + o.value().word()).toList();
    return new Verdict(false, "no rule for " + rule.name() + " holds: " + String.join("; ", reasons), outcomes);
  }

  private static String guardFailure(AccessRule rule, Map<String, Object> record, ContextValues context, Truth value) {
    String field = "record." + rule.tenantField().name();
    if (value == Truth.FALSE) {
      return field + " != user.tenantId";
    }
    if (context.tenantId() == null) {
      return "user.tenantId is not set";
    }
    return field + " is null";
  }
}
