package dev.laforge.backend.migrate.introspect;

import dev.laforge.backend.ir.DefaultValue;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.sql.sqlite.SqliteFragments;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Default expressions as databases print them, back to {@link DefaultValue}: literals lose their
 * casts and parentheses, booleans stored as 0/1 become booleans, an enum column's string becomes
 * an enum value, and the clock and random-uuid functions of each writer become now() and uuid().
 */
final class Defaults {

  private Defaults() {}

  /** The default, or null when {@code expression} is null or not one LaForge writes. */
  static DefaultValue parse(String expression, ScalarType type) {
    if (expression == null) {
      return null;
    }
    String e = unwrap(expression.trim());
    if (e.equals(SqliteFragments.NOW) || e.equals(unwrap(SqliteFragments.NOW))) {
      return new DefaultValue.Now();
    }
    if (e.equals(SqliteFragments.UUID_V4) || e.equals(unwrap(SqliteFragments.UUID_V4))) {
      return new DefaultValue.Uuid();
    }
    String literal = stringLiteral(e);
    if (literal == null) {
      literal = mysqlConcat(e);
    }
    if (literal != null) {
      return typed(literal, type, true);
    }
    e = unwrap(stripCast(e));
    String lower = e.toLowerCase(Locale.ROOT);
    switch (lower) {
      case "null":
        return new DefaultValue.Null();
      case "now()", "current_timestamp", "current_timestamp()", "current_timestamp(6)", "current_date", "curdate()",
          "transaction_timestamp()", "statement_timestamp()", "localtimestamp":
        return new DefaultValue.Now();
      case "gen_random_uuid()", "uuid_generate_v4()", "uuid()":
        return new DefaultValue.Uuid();
      default:
        break;
    }
    literal = stringLiteral(e);
    if (literal != null) {
      return typed(literal, type, true);
    }
    return typed(e, type, false);
  }

  private static DefaultValue typed(String value, ScalarType type, boolean quoted) {
    if (type == ScalarType.BOOLEAN) {
      String v = value.toLowerCase(Locale.ROOT);
      if (v.equals("true") || v.equals("1")) {
        return new DefaultValue.Bool(true);
      }
      if (v.equals("false") || v.equals("0")) {
        return new DefaultValue.Bool(false);
      }
    }
    if (type == ScalarType.ENUM && quoted) {
      return new DefaultValue.EnumValue(value);
    }
    boolean numeric = type == ScalarType.INTEGER || type == ScalarType.BIGINT || type == ScalarType.DECIMAL || type == ScalarType.FLOAT;
    if (numeric || !quoted) {
      try {
        return new DefaultValue.Number(new BigDecimal(value));
      } catch (NumberFormatException notNumber) {
        if (!quoted) {
          return null;
        }
      }
    }
    return new DefaultValue.Text(value);
  }

  /** Removes balanced outer parentheses. */
  private static String unwrap(String e) {
    String s = e;
    while (s.startsWith("(") && s.endsWith(")") && closes(s)) {
      s = s.substring(1, s.length() - 1).trim();
    }
    return s;
  }

  /** True when the parenthesis at 0 closes at the last character. */
  private static boolean closes(String s) {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
        if (depth == 0 && i < s.length() - 1) {
          return false;
        }
      }
    }
    return depth == 0;
  }

  /** {@code 'x'::text} and {@code (-1)::integer} without the cast; casts may repeat. */
  private static String stripCast(String e) {
    String s = e;
    int at;
    while ((at = lastCast(s)) > 0) {
      s = s.substring(0, at).trim();
    }
    return s;
  }

  private static int lastCast(String s) {
    boolean quoted = false;
    int last = -1;
    for (int i = 0; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == ':' && s.charAt(i + 1) == ':') {
        last = i;
        i++;
      }
    }
    return last;
  }

  /**
   * The value of the {@code CONCAT('a', CHAR(92 USING utf8mb4), 'b')} that the MySQL writer uses
   * for strings with a backslash, as MariaDB prints it back; null for any other expression.
   */
  private static String mysqlConcat(String e) {
    if (!e.toLowerCase(Locale.ROOT).startsWith("concat(") || !e.endsWith(")")) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    String args = e.substring("concat(".length(), e.length() - 1);
    int i = 0;
    while (i < args.length()) {
      char c = args.charAt(i);
      if (c == ',' || Character.isWhitespace(c)) {
        i++;
      } else if (c == '\'') {
        i++;
        while (i < args.length() && !(args.charAt(i) == '\'' && (i + 1 >= args.length() || args.charAt(i + 1) != '\''))) {
          char d = args.charAt(i);
          if (d == '\\' && i + 1 < args.length()) {
            out.append(args.charAt(i + 1));
            i += 2;
          } else if (d == '\'') {
            out.append('\'');
            i += 2;
          } else {
            out.append(d);
            i++;
          }
        }
        i++;
      } else if (args.regionMatches(true, i, "char(92 using utf8mb4)", 0, 22)) {
        out.append('\\');
        i += 22;
      } else {
        return null;
      }
    }
    return out.toString();
  }

  /**
   * The value of {@code 'it''s'} (or {@code E'a\\b'}, or a MariaDB string with backslash escapes),
   * optionally followed by a cast; null when {@code e} is not one string literal.
   */
  private static String stringLiteral(String e) {
    boolean escapes = e.startsWith("E'") || e.startsWith("e'");
    int start = escapes ? 1 : 0;
    if (e.length() < start + 2 || e.charAt(start) != '\'') {
      return null;
    }
    StringBuilder out = new StringBuilder();
    int i = start + 1;
    while (i < e.length()) {
      char c = e.charAt(i);
      if (c == '\'' && i + 1 < e.length() && e.charAt(i + 1) == '\'') {
        out.append('\'');
        i += 2;
      } else if (c == '\'') {
        String rest = e.substring(i + 1).trim();
        return rest.isEmpty() || rest.startsWith("::") ? out.toString() : null;
      } else if (c == '\\' && escapes && i + 1 < e.length()) {
        out.append(e.charAt(i + 1));
        i += 2;
      } else {
        out.append(c);
        i++;
      }
    }
    return null;
  }
}
