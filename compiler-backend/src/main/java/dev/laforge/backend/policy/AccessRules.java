package dev.laforge.backend.policy;

import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.Expr;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.Policy;
import dev.laforge.backend.ir.Rbac;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The effective access rule of every (model, action) of a domain (DESIGN.md section 2): every
 * {@code policy Model.action} expression and every permission rule for the action, OR-ed; a
 * permission rule allows when the user holds one of its grantees (or it names none) and its
 * condition (if any) holds. A model's tenant field adds a guard AND-ed with all of it.
 *
 * <p>{@link #of} rejects, with a {@link PolicyException}, domains whose policies no form can
 * compile: see {@link PolicyGraph} for the cycles PostgreSQL refuses.
 */
public final class AccessRules {

  private final Domain domain;
  private final Map<String, Map<Action, AccessRule>> rules = new HashMap<>();
  private final PolicyGraph graph;

  private AccessRules(Domain domain) {
    this.domain = domain;
    // The permission rules by model and action, in declaration order (one pass, not one per rule).
    Map<String, Map<Action, List<Rbac.Permission>>> permissions = new HashMap<>();
    for (Rbac.Permission permission : domain.rbac().permissions()) {
      if (permission.action() != null) {
        permissions.computeIfAbsent(permission.model(), m -> new EnumMap<>(Action.class))
            .computeIfAbsent(permission.action(), a -> new ArrayList<>()).add(permission);
      }
    }
    for (Model model : domain.models()) {
      Map<Action, AccessRule> byAction = new EnumMap<>(Action.class);
      Map<Action, List<Rbac.Permission>> granted = permissions.getOrDefault(model.name(), Map.of());
      for (Action action : Action.values()) {
        byAction.put(action, build(domain, model, action, granted.getOrDefault(action, List.of())));
      }
      rules.put(model.name(), byAction);
    }
    this.graph = PolicyGraph.of(this);
  }

  public static AccessRules of(Domain domain) {
    return new AccessRules(domain);
  }

  public Domain domain() {
    return domain;
  }

  public AccessRule rule(String model, Action action) {
    Map<Action, AccessRule> byAction = rules.get(model);
    if (byAction == null) {
      throw new PolicyException("unknown model " + model);
    }
    return byAction.get(action);
  }

  public AccessRule rule(Model model, Action action) {
    return rule(model.name(), action);
  }

  /** Every rule, by table name then action. */
  public List<AccessRule> all() {
    List<AccessRule> all = new ArrayList<>();
    domain.models().stream().sorted(Comparator.comparing(Model::table))
        .forEach(m -> all.addAll(rules.get(m.name()).values()));
    return all;
  }

  PolicyGraph graph() {
    return graph;
  }

  private static AccessRule build(Domain domain, Model model, Action action, List<Rbac.Permission> permissions) {
    List<AccessRule.Clause> clauses = new ArrayList<>();
    for (Policy policy : model.policies()) {
      if (policy.action() == action) {
        clauses.add(new AccessRule.Clause(AccessRule.Clause.Kind.POLICY,
            "policy " + model.name() + "." + action.keyword() + ": " + ExprPrinter.print(policy.expression()),
            policy.expression()));
      }
    }
    Rbac rbac = domain.rbac();
    for (Rbac.Permission permission : permissions) {
      clauses.add(new AccessRule.Clause(AccessRule.Clause.Kind.PERMISSION, label(permission), condition(rbac, permission)));
    }
    return new AccessRule(model, action, model.tenantField().orElse(null), clauses);
  }

  /** {@code permission create: editor | admin if user.tenantId == record.tenantId}. */
  static String label(Rbac.Permission permission) {
    StringBuilder out = new StringBuilder("permission ").append(permission.action().keyword()).append(':');
    if (!permission.grantees().isEmpty()) {
      out.append(' ').append(String.join(" | ", permission.grantees()));
    }
    if (permission.condition() != null) {
      out.append(" if ").append(ExprPrinter.print(permission.condition()));
    }
    if (permission.grantees().isEmpty() && permission.condition() == null) {
      out.append(" anyone");
    }
    return out.toString();
  }

  private static Expr condition(Rbac rbac, Rbac.Permission permission) {
    Expr holds = Grantees.holdsAny(rbac, permission.grantees());
    Expr condition = permission.condition();
    if (holds == null) {
      return condition == null ? Expr.Literal.bool(true) : condition;
    }
    return condition == null ? holds : new Expr.Logical(Expr.LogicalOp.AND, holds, condition);
  }
}
