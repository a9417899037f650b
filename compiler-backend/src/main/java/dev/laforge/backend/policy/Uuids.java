package dev.laforge.backend.policy;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one definition of a well-formed uuid, shared with the SQL context functions (whose regex is
 * {@link #SQL_REGEX}): 8-4-4-4-12 hexadecimal digits in either case. Uuids compare in lower case,
 * PostgreSQL's output form, which the runtime also stores in MySQL and SQLite.
 */
final class Uuids {

  /** The same pattern in PostgreSQL's regex syntax, matched case-insensitively with {@code ~*}. */
  static final String SQL_REGEX = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

  private static final Pattern PATTERN = Pattern.compile(SQL_REGEX, Pattern.CASE_INSENSITIVE);

  private Uuids() {}

  static boolean valid(String text) {
    return text != null && PATTERN.matcher(text).matches();
  }

  /** The lower-case form of a well-formed uuid; anything else is returned unchanged. */
  static String canonical(String text) {
    return valid(text) ? text.toLowerCase(Locale.ROOT) : text;
  }
}
