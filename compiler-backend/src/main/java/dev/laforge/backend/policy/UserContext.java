package dev.laforge.backend.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who is asking: the request context every policy form reads. Any component may be null.
 *
 * <p>What a policy sees is exactly what PostgreSQL's context functions read back from
 * {@link #settings()}: an empty or missing value is NULL, a malformed uuid is NULL, a list is its
 * comma-separated setting split at commas, and an empty list is the same as no list (after
 * {@code SET LOCAL} ends PostgreSQL reports the setting as {@code ''}, so the two cannot be told
 * apart). The evaluator and the predicates derive their values the same way, so all forms agree.
 *
 * @param id the user's id (a uuid)
 * @param tenantId the user's tenant (a uuid)
 * @param role the user's single role
 * @param roles further roles the user holds
 * @param claims claims granted to the user directly (roles may grant more, see {@code Rbac})
 */
public record UserContext(String id, String tenantId, String role, List<String> roles, List<String> claims) {

  /** The PostgreSQL settings the context functions read; set them with {@code SET LOCAL}. */
  public static final String USER_ID = "laforge.user_id";
  public static final String TENANT_ID = "laforge.tenant_id";
  public static final String USER_ROLE = "laforge.user_role";
  public static final String USER_ROLES = "laforge.user_roles";
  public static final String USER_CLAIMS = "laforge.user_claims";

  /** No user at all: every context value is NULL, so only rules that need none can allow. */
  public static final UserContext ANONYMOUS = new UserContext(null, null, null, null, null);

  public UserContext {
    roles = roles == null ? null : Collections.unmodifiableList(new ArrayList<>(roles));
    claims = claims == null ? null : Collections.unmodifiableList(new ArrayList<>(claims));
  }

  /**
   * The five settings in a fixed order, each as the text to pass to
   * {@code set_config(name, value, true)}: null becomes {@code ''} (which reads as NULL) so a
   * pooled connection never keeps a previous request's value; null list elements are left out.
   */
  public Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put(USER_ID, Objects.toString(id, ""));
    settings.put(TENANT_ID, Objects.toString(tenantId, ""));
    settings.put(USER_ROLE, Objects.toString(role, ""));
    settings.put(USER_ROLES, joined(roles));
    settings.put(USER_CLAIMS, joined(claims));
    return Collections.unmodifiableMap(settings);
  }

  private static String joined(List<String> values) {
    return values == null ? "" : String.join(",", values.stream().filter(Objects::nonNull).toList());
  }
}
