package dev.laforge.backend.ir;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Roles, claims, the claims granted to each role, and the permission rules per model. Roles and
 * claims are sorted; rules keep declaration order within a model.
 */
public record Rbac(
    List<String> roles, List<String> claims, Map<String, List<String>> roleClaims, List<Permission> permissions) {

  public static final Rbac EMPTY = new Rbac(List.of(), List.of(), Map.of(), List.of());

  public Rbac {
    roles = roles.stream().sorted().distinct().toList();
    claims = claims.stream().sorted().distinct().toList();
    TreeMap<String, List<String>> sorted = new TreeMap<>();
    roleClaims.forEach((role, cs) -> sorted.put(role, cs.stream().sorted().distinct().toList()));
    roleClaims = java.util.Collections.unmodifiableMap(sorted);
    permissions = List.copyOf(permissions);
  }

  /**
   * {@code action: editor | can.publish if condition}: granted when the user holds one of the
   * grantees (or there are none) and the condition (or none) holds.
   */
  public record Permission(String model, Action action, List<String> grantees, Expr condition) {
    public Permission {
      grantees = List.copyOf(grantees);
    }
  }
}
