package dev.laforge.backend.naming;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** The SQL dialects LaForge targets: identifier limits, identifier quoting and string literals. */
public enum Dialect {
  POSTGRES("postgres", 63),
  MYSQL("mysql", 64),
  SQLITE("sqlite", Integer.MAX_VALUE);

  private static final int HASH_HEX_CHARS = 8;

  private final String id;
  private final int maxIdentifierLength;

  Dialect(String id, int maxIdentifierLength) {
    this.id = id;
    this.maxIdentifierLength = maxIdentifierLength;
  }

  /** The id used in configuration and on the command line: postgres, mysql or sqlite. */
  public String id() {
    return id;
  }

  /** Accepts an {@link #id()} in any case, and {@code mariadb} as {@link #MYSQL}. */
  public static Dialect parse(String text) {
    String key = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return switch (key) {
      case "postgres" -> POSTGRES;
      case "mysql", "mariadb" -> MYSQL;
      case "sqlite" -> SQLITE;
      default -> throw new IllegalArgumentException(
          "unknown SQL dialect '" + text + "' (expected postgres, mysql, mariadb or sqlite)");
    };
  }

  /**
   * The longest identifier: UTF-8 bytes for PostgreSQL (NAMEDATALEN - 1), characters for
   * MySQL/MariaDB, unlimited ({@link Integer#MAX_VALUE}) for SQLite. Use {@link #fits} to check.
   */
  public int maxIdentifierLength() {
    return maxIdentifierLength;
  }

  /** True when the identifier is not longer than the dialect allows (PostgreSQL would truncate it). */
  public boolean fits(String identifier) {
    return length(identifier) <= maxIdentifierLength;
  }

  /** Quotes an identifier: {@code "x"} with {@code "} doubled, or {@code `x`} for MySQL. */
  public String quote(String identifier) {
    rejectNul(identifier, "identifier");
    return this == MYSQL
        ? '`' + identifier.replace("`", "``") + '`'
        : '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /**
   * A string literal that yields exactly {@code literal} whatever the session settings. A
   * backslash is the only character whose meaning depends on them (PostgreSQL's
   * standard_conforming_strings, MySQL's NO_BACKSLASH_ESCAPES), so strings with one are written
   * in a form that never reads it as an escape: PostgreSQL {@code E'a\\b'} (E-strings always
   * escape); MySQL {@code (CONCAT('a', CHAR(92 USING utf8mb4), 'b'))}, which also survives
   * MariaDB re-printing CHECK expressions and is a valid {@code DEFAULT (expr)}. SQLite never
   * escapes. NUL characters are rejected: PostgreSQL text cannot hold them.
   */
  public String quoteString(String literal) {
    rejectNul(literal, "string literal");
    String doubled = literal.replace("'", "''");
    if (literal.indexOf('\\') < 0 || this == SQLITE) {
      return "'" + doubled + "'";
    }
    if (this == POSTGRES) {
      return "E'" + doubled.replace("\\", "\\\\") + "'";
    }
    return mysqlConcat(doubled);
  }

  /**
   * Joins name parts with {@code _}; a name too long for the dialect is cut and suffixed with
   * {@code _} and 8 hex characters of the SHA-256 of the full name, so it stays unique and stable.
   */
  public String constraintName(String... parts) {
    String full = String.join("_", parts);
    if (fits(full)) {
      return full;
    }
    String suffix = "_" + sha256Hex(full).substring(0, HASH_HEX_CHARS);
    int budget = maxIdentifierLength - suffix.length();
    StringBuilder prefix = new StringBuilder();
    // Cut at code point boundaries so a multi-byte character is never split.
    for (int i = 0; i < full.length(); ) {
      int cp = full.codePointAt(i);
      String next = new String(Character.toChars(cp));
      if (length(prefix + next) > budget) {
        break;
      }
      prefix.append(next);
      i += Character.charCount(cp);
    }
    return prefix + suffix;
  }

  private int length(String identifier) {
    return switch (this) {
      case POSTGRES -> identifier.getBytes(StandardCharsets.UTF_8).length;
      case MYSQL -> identifier.codePointCount(0, identifier.length());
      case SQLITE -> 0;
    };
  }

  private static String mysqlConcat(String doubled) {
    StringBuilder out = new StringBuilder("(CONCAT(");
    String[] pieces = doubled.split("\\\\", -1);
    boolean first = true;
    for (int i = 0; i < pieces.length; i++) {
      if (i > 0) {
        out.append(first ? "" : ", ").append("CHAR(92 USING utf8mb4)");
        first = false;
      }
      if (!pieces[i].isEmpty()) {
        out.append(first ? "" : ", ").append('\'').append(pieces[i]).append('\'');
        first = false;
      }
    }
    return out.append("))").toString();
  }

  private static void rejectNul(String text, String what) {
    if (text.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(what + " contains a NUL character, which SQL cannot carry");
    }
  }

  private static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
