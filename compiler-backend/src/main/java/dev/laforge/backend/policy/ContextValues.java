package dev.laforge.backend.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The context as policies see it, decoded from {@link UserContext#settings()} exactly as the
 * PostgreSQL context functions decode the settings (see {@code RlsFunctions}).
 *
 * @param userId lower-case uuid or null
 * @param tenantId lower-case uuid or null
 * @param role null when empty
 * @param roles null when the setting is empty
 * @param claims null when the setting is empty
 */
record ContextValues(String userId, String tenantId, String role, List<String> roles, List<String> claims) {

  static ContextValues of(UserContext user) {
    Map<String, String> s = (user == null ? UserContext.ANONYMOUS : user).settings();
    return new ContextValues(uuid(s.get(UserContext.USER_ID)), uuid(s.get(UserContext.TENANT_ID)),
        text(s.get(UserContext.USER_ROLE)), split(s.get(UserContext.USER_ROLES)), split(s.get(UserContext.USER_CLAIMS)));
  }

  /** {@code list.includes(value)}: UNKNOWN when the list or the value is null, like SQL's {@code = ANY}. */
  static Truth member(List<String> list, String value) {
    if (list == null || value == null) {
      return Truth.UNKNOWN;
    }
    return list.contains(value) ? Truth.TRUE : Truth.FALSE;
  }

  /** The named list ({@code roles} or {@code claims}). */
  List<String> list(String name) {
    return "roles".equals(name) ? roles : claims;
  }

  private static String uuid(String text) {
    return Uuids.valid(text) ? Uuids.canonical(text) : null;
  }

  private static String text(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  private static List<String> split(String text) {
    return text == null || text.isEmpty() ? null : List.copyOf(Arrays.asList(text.split(",", -1)));
  }
}
