package dev.laforge.backend.sql.sqlite;

import dev.laforge.backend.sql.CheckTerms;
import dev.laforge.backend.ir.DefaultValue;
import dev.laforge.backend.ir.Relation.OnDelete;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SQLite text of single schema elements. Every identifier is quoted with double quotes; string
 * literals never escape in SQLite, so {@link Dialect#quoteString} only doubles single quotes.
 */
public final class SqliteFragments {

  /**
   * A random version-4 UUID as lower-case text ({@code xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx}),
   * built from {@code randomblob}; {@code random() & 3} picks the variant digit without the
   * overflow {@code abs(random())} can hit.
   */
  public static final String UUID_V4 = "(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2)))"
      + " || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1)"
      + " || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))";

  /** The current UTC time as ISO-8601 text with milliseconds, e.g. {@code 2024-05-01T12:00:00.000Z}. */
  public static final String NOW = "(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))";

  private static final Dialect LITE = Dialect.SQLITE;

  private SqliteFragments() {}

  /** {@code "name"}: an identifier quoted for SQLite. */
  public static String quote(String identifier) {
    return LITE.quote(identifier);
  }

  /**
   * The declared type, which gives the column its affinity. SQLite has no date, boolean, enum or
   * JSON types: those are TEXT or INTEGER with a CHECK (see {@link #columnDefinition}).
   */
  public static String type(ScalarType type) {
    return switch (type) {
      case UUID, STRING, TEXT, DATE, DATETIME, JSON, JSONB, ENUM -> "TEXT";
      case INTEGER, BIGINT, BOOLEAN -> "INTEGER";
      case DECIMAL -> "NUMERIC";
      case FLOAT -> "REAL";
    };
  }

  /**
   * {@code "active" INTEGER NOT NULL DEFAULT 1 CHECK ("active" IN (0, 1))}: booleans, enums
   * ({@code enumLabels}, null for other types) and JSON carry an unnamed CHECK for the values
   * their PostgreSQL type would accept.
   */
  public static String columnDefinition(SqlSchema.Column column, List<String> enumLabels) {
    String name = quote(column.name());
    StringBuilder out = new StringBuilder(name).append(' ').append(type(column.type()));
    if (!column.nullable()) {
      out.append(" NOT NULL");
    }
    if (column.defaultValue() != null) {
      out.append(" DEFAULT ").append(defaultExpression(column.defaultValue(), column.type()));
    }
    switch (column.type()) {
      case BOOLEAN -> out.append(" CHECK (").append(name).append(" IN (0, 1))");
      case ENUM -> out.append(" CHECK (").append(name).append(" IN (")
          .append(enumLabels.stream().map(LITE::quoteString).collect(Collectors.joining(", "))).append("))");
      case JSON, JSONB -> out.append(" CHECK (json_valid(").append(name).append("))");
      default -> { }
    }
    return out.toString();
  }

  /** The SQL of a column default; booleans are 1 and 0. */
  public static String defaultExpression(DefaultValue value, ScalarType type) {
    if (value instanceof DefaultValue.Text text) {
      return LITE.quoteString(text.value());
    } else if (value instanceof DefaultValue.EnumValue enumValue) {
      return LITE.quoteString(enumValue.value());
    } else if (value instanceof DefaultValue.Number number) {
      return number.value().toPlainString();
    } else if (value instanceof DefaultValue.Bool bool) {
      return bool.value() ? "1" : "0";
    } else if (value instanceof DefaultValue.Null) {
      return "NULL";
    } else if (value instanceof DefaultValue.Now) {
      return type == ScalarType.DATE ? "CURRENT_DATE" : NOW;
    } else if (value instanceof DefaultValue.Uuid) {
      return UUID_V4;
    }
    throw new IllegalArgumentException("unsupported default value " + value);
  }

  /** {@code CONSTRAINT "t_pkey" PRIMARY KEY ("a", "b")}. */
  public static String primaryKey(String name, List<String> columns) {
    return "CONSTRAINT " + quote(name) + " PRIMARY KEY (" + columnList(columns) + ")";
  }

  /** {@code CONSTRAINT "t_c_key" UNIQUE ("c")}. */
  public static String unique(SqlSchema.Unique unique) {
    return "CONSTRAINT " + quote(unique.name()) + " UNIQUE (" + quote(unique.column()) + ")";
  }

  /**
   * {@code CONSTRAINT "t_c_check" CHECK (...)} for the parts of a validation SQLite can express
   * (length, min, max), or null when there are none; see {@link #unenforced}.
   */
  public static String check(SqlSchema.Check check) {
    List<String> terms = CheckTerms.of(quote(check.column()), check.validation(), "length", null);
    return terms.isEmpty() ? null : "CONSTRAINT " + quote(check.name()) + " CHECK (" + String.join(" AND ", terms) + ")";
  }

  /**
   * What a CHECK cannot say in SQLite, which has no REGEXP function unless the application adds
   * one: {@code "code" (pattern)}, {@code "contact" (email)}; empty when nothing is left out.
   */
  public static List<String> unenforced(SqlSchema.Check check) {
    List<String> parts = new ArrayList<>();
    if (check.validation().pattern() != null) {
      parts.add(quote(check.column()) + " (pattern)");
    }
    if (check.validation().email()) {
      parts.add(quote(check.column()) + " (email)");
    }
    return parts;
  }

  /** {@code CONSTRAINT "t_c_fkey" FOREIGN KEY ("c") REFERENCES "r" ("id") ON DELETE ...}, inside CREATE TABLE. */
  public static String foreignKey(SqlSchema.ForeignKey key) {
    return "CONSTRAINT " + quote(key.name()) + " FOREIGN KEY (" + quote(key.column()) + ") REFERENCES "
        + quote(key.referencedTable()) + " (" + quote(key.referencedColumn()) + ") ON DELETE " + onDelete(key.onDelete());
  }

  /** {@code CREATE [UNIQUE] INDEX "name" ON "t" ("a", "b");} */
  public static String createIndex(SqlSchema.Index index) {
    return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name())
        + " ON " + quote(index.table()) + " (" + columnList(index.columns()) + ");";
  }

  /**
   * A {@code --} comment line. Identifiers may hold line breaks, which would end the comment and
   * let the rest run as SQL, so every control character becomes {@code ?}.
   */
  public static String comment(String text) {
    StringBuilder out = new StringBuilder("-- ");
    text.codePoints().forEach(cp -> out.appendCodePoint(Character.isISOControl(cp)
        || cp == '\u2028' || cp == '\u2029' ? '?' : cp));
    return out.toString();
  }

  private static String onDelete(OnDelete onDelete) {
    return switch (onDelete) {
      case CASCADE -> "CASCADE";
      case RESTRICT -> "RESTRICT";
      case SET_NULL -> "SET NULL";
    };
  }

  private static String columnList(List<String> columns) {
    return columns.stream().map(SqliteFragments::quote).collect(Collectors.joining(", "));
  }
}
