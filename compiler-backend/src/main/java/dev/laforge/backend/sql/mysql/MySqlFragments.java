package dev.laforge.backend.sql.mysql;

import dev.laforge.backend.sql.CheckTerms;
import dev.laforge.backend.ir.DefaultValue;
import dev.laforge.backend.ir.Relation.OnDelete;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.ir.Validation;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * MySQL/MariaDB text of single schema elements, shared by the DDL writer and, later, the migration
 * planner. Every identifier is quoted with backticks and every string goes through
 * {@link Dialect#quoteString}, so the text means the same with or without
 * {@code NO_BACKSLASH_ESCAPES} and {@code ANSI_QUOTES}.
 */
public final class MySqlFragments {

  /**
   * Options of every table: InnoDB for foreign keys and transactions; utf8mb4 for all of Unicode;
   * a binary collation so equality, uniqueness, enum labels and REGEXP checks are case- and
   * accent-sensitive, as in PostgreSQL and the Java evaluator. (utf8mb4_bin still pads: {@code 'a'}
   * equals {@code 'a '} in comparisons.)
   */
  public static final String TABLE_OPTIONS = "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";

  private static final Dialect MY = Dialect.MYSQL;

  private MySqlFragments() {}

  /** {@code `name`}: an identifier quoted for MySQL. */
  public static String quote(String identifier) {
    return MY.quote(identifier);
  }

  /**
   * An ENUM label. The list only takes literals, not the {@code CONCAT} expression that
   * {@link Dialect#quoteString} writes for a backslash, so such a label is a hex literal of its
   * UTF-8 bytes, which no session setting reinterprets. MySQL drops trailing spaces of labels.
   */
  public static String enumLabel(String label) {
    if (label.indexOf('\\') < 0) {
      return MY.quoteString(label);
    }
    return "X'" + HexFormat.of().withUpperCase().formatHex(label.getBytes(StandardCharsets.UTF_8)) + "'";
  }

  /** {@code `title` VARCHAR(200) NOT NULL DEFAULT 'x'}, with the type from {@link MySqlTypes}. */
  public static String columnDefinition(String table, SqlSchema.Column column, MySqlTypes types) {
    StringBuilder out = new StringBuilder(quote(column.name())).append(' ').append(types.type(table, column.name()));
    if (!column.nullable()) {
      out.append(" NOT NULL");
    }
    if (column.defaultValue() != null) {
      boolean largeObject = types.isLargeObject(table, column.name());
      out.append(" DEFAULT ").append(defaultExpression(column.defaultValue(), column.type(), largeObject));
    }
    return out.toString();
  }

  /**
   * The SQL of a column default. TEXT and JSON columns take only expression defaults
   * ({@code DEFAULT ('x')}) in MySQL, so their literals are parenthesised.
   */
  public static String defaultExpression(DefaultValue value, ScalarType type, boolean largeObject) {
    if (value instanceof DefaultValue.Text text) {
      return stringDefault(text.value(), largeObject);
    } else if (value instanceof DefaultValue.EnumValue enumValue) {
      return stringDefault(enumValue.value(), largeObject);
    } else if (value instanceof DefaultValue.Number number) {
      return number.value().toPlainString();
    } else if (value instanceof DefaultValue.Bool bool) {
      return bool.value() ? "TRUE" : "FALSE";
    } else if (value instanceof DefaultValue.Null) {
      return "NULL";
    } else if (value instanceof DefaultValue.Now) {
      return type == ScalarType.DATE ? "(CURRENT_DATE)" : "CURRENT_TIMESTAMP(6)";
    } else if (value instanceof DefaultValue.Uuid) {
      // UUID() is version 1 (time-based) in MySQL and MariaDB 10.11; it is lower-case, like Java's.
      return "(UUID())";
    }
    throw new IllegalArgumentException("unsupported default value " + value);
  }

  /** {@code PRIMARY KEY (`a`, `b`)}: MySQL names every primary key PRIMARY, so no name is given. */
  public static String primaryKey(List<String> columns) {
    return "PRIMARY KEY (" + columnList(columns) + ")";
  }

  /** {@code CONSTRAINT `t_c_key` UNIQUE (`c`)}. */
  public static String unique(SqlSchema.Unique unique) {
    return "CONSTRAINT " + quote(unique.name()) + " UNIQUE (" + quote(unique.column()) + ")";
  }

  /** {@code CONSTRAINT `t_c_check` CHECK (...)}: every validation of the column, joined with AND. */
  public static String check(SqlSchema.Check check) {
    return "CONSTRAINT " + quote(check.name()) + " CHECK (" + checkCondition(check.column(), check.validation()) + ")";
  }

  /**
   * The condition of a column's validation, in the fixed order length, min, max, pattern, email.
   * REGEXP is PCRE in MariaDB and ICU in MySQL: patterns that keep to the syntax those and
   * PostgreSQL share mean the same everywhere. The binary collation makes them case-sensitive.
   */
  public static String checkCondition(String column, Validation validation) {
    String c = quote(column);
    return String.join(" AND ", CheckTerms.of(c, validation, "CHAR_LENGTH", pattern -> c + " REGEXP " + MY.quoteString(pattern)));
  }

  /** {@code ALTER TABLE `t` ADD CONSTRAINT `t_c_fkey` FOREIGN KEY (`c`) REFERENCES `r` (`id`) ON DELETE ...;} */
  public static String addForeignKey(SqlSchema.ForeignKey key) {
    return "ALTER TABLE " + quote(key.table()) + " ADD CONSTRAINT " + quote(key.name())
        + " FOREIGN KEY (" + quote(key.column()) + ") REFERENCES " + quote(key.referencedTable())
        + " (" + quote(key.referencedColumn()) + ") ON DELETE " + onDelete(key.onDelete()) + ";";
  }

  /**
   * {@code CREATE [UNIQUE] INDEX `name` ON `t` (`a`, `b`(191));}: TEXT columns of a non-unique
   * index are covered by a prefix ({@link MySqlTypes} keeps unique ones VARCHAR).
   */
  public static String createIndex(SqlSchema.Index index, MySqlTypes types) {
    String columns = index.columns().stream()
        .map(c -> quote(c) + (!index.unique() && types.isLargeObject(index.table(), c)
            ? "(" + MySqlTypes.INDEX_PREFIX_LENGTH + ")"
            : ""))
        .collect(Collectors.joining(", "));
    return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name())
        + " ON " + quote(index.table()) + " (" + columns + ");";
  }

  private static String stringDefault(String value, boolean largeObject) {
    String literal = MY.quoteString(value);
    return largeObject && !literal.startsWith("(") ? "(" + literal + ")" : literal;
  }

  private static String onDelete(OnDelete onDelete) {
    return switch (onDelete) {
      case CASCADE -> "CASCADE";
      case RESTRICT -> "RESTRICT";
      case SET_NULL -> "SET NULL";
    };
  }

  private static String columnList(List<String> columns) {
    return columns.stream().map(MySqlFragments::quote).collect(Collectors.joining(", "));
  }
}
