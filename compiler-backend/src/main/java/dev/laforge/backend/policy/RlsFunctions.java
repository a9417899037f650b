package dev.laforge.backend.policy;

import java.util.List;

/**
 * The PostgreSQL functions through which policies read the request context (DESIGN.md section 3).
 * They read the settings with {@code current_setting(name, true)}, which is NULL when the setting
 * was never set and {@code ''} after a {@code SET LOCAL} ended; both read as NULL, and so does a
 * malformed uuid (checked with a regex before the cast, so it never raises an error). A NULL
 * context makes every comparison with it UNKNOWN, which denies: a missing context fails closed.
 * {@link ContextValues} decodes {@link UserContext#settings()} the same way for the other forms.
 *
 * <p>The functions pin {@code search_path} to {@code pg_catalog}: their bodies are parsed when they
 * run, so a caller's search path must not be able to substitute {@code current_setting} or an
 * operator. That keeps them from being inlined, which costs nothing, as policies call each one
 * once per statement as {@code (SELECT fn())}.
 */
final class RlsFunctions {

  /** Every function, as {@code GRANT EXECUTE} names it. */
  static final List<String> SIGNATURES = List.of("laforge_user_id()", "laforge_tenant_id()", "laforge_user_role()",
      "laforge_user_roles()", "laforge_user_claims()", "laforge_has_claim(text)");

  /** The names policies may call, always as {@code (SELECT name(...))}. */
  static final List<String> NAMES = SIGNATURES.stream().map(s -> s.substring(0, s.indexOf('('))).toList();

  private RlsFunctions() {}

  /** {@code CREATE OR REPLACE FUNCTION} for each function, so running the script again replaces them. */
  static String create() {
    return String.join("\n",
        "-- Request context: the runtime sets these settings with SET LOCAL in each request's transaction.",
        "-- Unset, empty and malformed values read as NULL, so a missing context denies.",
        uuidFunction("laforge_user_id", UserContext.USER_ID),
        uuidFunction("laforge_tenant_id", UserContext.TENANT_ID),
        function("laforge_user_role()", "text", "SELECT NULLIF(current_setting('" + UserContext.USER_ROLE + "', true), '')"),
        function("laforge_user_roles()", "text[]", "SELECT " + split(UserContext.USER_ROLES)),
        function("laforge_user_claims()", "text[]", "SELECT " + split(UserContext.USER_CLAIMS)),
        function("laforge_has_claim(claim text)", "boolean", "SELECT claim = ANY(" + split(UserContext.USER_CLAIMS) + ")"));
  }

  private static String uuidFunction(String name, String setting) {
    return function(name + "()", "uuid", "SELECT CASE WHEN s ~* '" + Uuids.SQL_REGEX + "' THEN CAST(s AS uuid) END"
        + " FROM (SELECT current_setting('" + setting + "', true) AS s) AS setting");
  }

  /** The list setting split at commas; NULL when unset or empty. */
  private static String split(String setting) {
    return "string_to_array(NULLIF(current_setting('" + setting + "', true), ''), ',')";
  }

  private static String function(String signature, String returns, String body) {
    return "CREATE OR REPLACE FUNCTION " + signature + " RETURNS " + returns
        + " LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$" + body + "$laforge$;";
  }
}
