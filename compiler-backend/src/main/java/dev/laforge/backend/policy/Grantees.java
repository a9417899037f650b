package dev.laforge.backend.policy;

import dev.laforge.backend.ir.Expr;
import dev.laforge.backend.ir.Rbac;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the grantees of a permission rule into a policy expression, so every form compiles them
 * like any other condition. The user holds role r when {@code user.role == r ||
 * user.roles.includes(r)}; claim c when {@code user.claims.includes(c)} or the user holds a role
 * that {@code claims { r: c }} grants it to. A grantee that is not a declared claim is a role.
 * Each role and claim is tested once, roles first, in the order the rule names them.
 */
final class Grantees {

  private Grantees() {}

  /** The OR over the grantees, or null when there are none (the rule then needs no grantee). */
  static Expr holdsAny(Rbac rbac, List<String> grantees) {
    Set<String> roles = new LinkedHashSet<>();
    Set<String> claims = new LinkedHashSet<>();
    for (String grantee : grantees) {
      if (rbac.claims().contains(grantee)) {
        claims.add(grantee);
      } else {
        roles.add(grantee);
      }
    }
    for (String claim : claims) {
      for (Map.Entry<String, List<String>> grant : rbac.roleClaims().entrySet()) {
        if (grant.getValue().contains(claim)) {
          roles.add(grant.getKey());
        }
      }
    }
    List<Expr> terms = new ArrayList<>();
    for (String role : roles) {
      terms.add(new Expr.Compare(Expr.CompareOp.EQ, new Expr.UserAttribute("role"), Expr.Literal.string(role)));
      terms.add(includes("roles", role));
    }
    for (String claim : claims) {
      terms.add(includes("claims", claim));
    }
    return terms.stream().reduce((a, b) -> new Expr.Logical(Expr.LogicalOp.OR, a, b)).orElse(null);
  }

  private static Expr includes(String list, String value) {
    return new Expr.Collection(Expr.CollectionOp.INCLUDES, new Expr.UserAttribute(list), null, null,
        Expr.Literal.string(value));
  }
}
