package dev.laforge.backend.sql.postgres;

import dev.laforge.backend.sql.CheckTerms;
import dev.laforge.backend.ir.DefaultValue;
import dev.laforge.backend.ir.Relation.OnDelete;
import dev.laforge.backend.ir.Validation;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import java.util.List;
import java.util.stream.Collectors;

/**
 * PostgreSQL text of single schema elements (column definitions, constraints, statements), shared
 * by the DDL writer and, later, the migration planner. Every identifier is quoted.
 */
public final class PostgresFragments {

  /** The CHECK for {@code email}; see {@link SqlSchema.Check#EMAIL_PATTERN}. */
  public static final String EMAIL_PATTERN = SqlSchema.Check.EMAIL_PATTERN;

  private static final Dialect PG = Dialect.POSTGRES;

  private PostgresFragments() {}

  /** {@code "name"}: an identifier quoted for PostgreSQL. */
  public static String quote(String identifier) {
    return PG.quote(identifier);
  }

  /** {@code CREATE TYPE "post_status" AS ENUM ('draft', 'published');} */
  public static String createEnum(String sqlName, List<String> values) {
    String labels = values.stream().map(PG::quoteString).collect(Collectors.joining(", "));
    return "CREATE TYPE " + quote(sqlName) + " AS ENUM (" + labels + ");";
  }

  /** {@code "title" text NOT NULL DEFAULT 'x'}. */
  public static String columnDefinition(SqlSchema.Column column) {
    StringBuilder out = new StringBuilder(quote(column.name())).append(' ').append(type(column));
    if (!column.nullable()) {
      out.append(" NOT NULL");
    }
    if (column.defaultValue() != null) {
      out.append(" DEFAULT ").append(defaultExpression(column.defaultValue()));
    }
    return out.toString();
  }

  /** The PostgreSQL type of a column; an enum column uses its quoted type name. */
  public static String type(SqlSchema.Column column) {
    return switch (column.type()) {
      case UUID -> "uuid";
      case STRING, TEXT -> "text";
      case INTEGER -> "integer";
      case BIGINT -> "bigint";
      case DECIMAL -> "numeric";
      case FLOAT -> "double precision";
      case BOOLEAN -> "boolean";
      case DATE -> "date";
      case DATETIME -> "timestamptz";
      case JSON -> "json";
      case JSONB -> "jsonb";
      case ENUM -> quote(column.enumSqlName());
    };
  }

  /** The SQL of a column default. */
  public static String defaultExpression(DefaultValue value) {
    if (value instanceof DefaultValue.Text text) {
      return PG.quoteString(text.value());
    } else if (value instanceof DefaultValue.Number number) {
      return number.value().toPlainString();
    } else if (value instanceof DefaultValue.Bool bool) {
      return Boolean.toString(bool.value());
    } else if (value instanceof DefaultValue.Null) {
      return "NULL";
    } else if (value instanceof DefaultValue.Now) {
      return "now()";
    } else if (value instanceof DefaultValue.Uuid) {
      return "gen_random_uuid()";
    } else if (value instanceof DefaultValue.EnumValue enumValue) {
      return PG.quoteString(enumValue.value());
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

  /** {@code CONSTRAINT "t_c_check" CHECK (...)}: every validation of the column, joined with AND. */
  public static String check(SqlSchema.Check check) {
    return "CONSTRAINT " + quote(check.name()) + " CHECK (" + checkCondition(check.column(), check.validation()) + ")";
  }

  /**
   * The condition of a column's validation, in the fixed order length, min, max, pattern, email.
   * A NULL column makes it unknown, which a CHECK accepts, so optional columns need no guard.
   */
  public static String checkCondition(String column, Validation validation) {
    String c = quote(column);
    return String.join(" AND ", CheckTerms.of(c, validation, "char_length", pattern -> c + " ~ " + PG.quoteString(pattern)));
  }

  /** {@code ALTER TABLE "t" ADD CONSTRAINT "t_c_fkey" FOREIGN KEY ("c") REFERENCES "r" ("id") ON DELETE ...;} */
  public static String addForeignKey(SqlSchema.ForeignKey key) {
    return "ALTER TABLE " + quote(key.table()) + " ADD CONSTRAINT " + quote(key.name())
        + " FOREIGN KEY (" + quote(key.column()) + ") REFERENCES " + quote(key.referencedTable())
        + " (" + quote(key.referencedColumn()) + ") ON DELETE " + onDelete(key.onDelete()) + ";";
  }

  /** {@code CREATE [UNIQUE] INDEX "name" ON "t" ("a", "b");} */
  public static String createIndex(SqlSchema.Index index) {
    return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(index.name())
        + " ON " + quote(index.table()) + " (" + columnList(index.columns()) + ");";
  }

  private static String onDelete(OnDelete onDelete) {
    return switch (onDelete) {
      case CASCADE -> "CASCADE";
      case RESTRICT -> "RESTRICT";
      case SET_NULL -> "SET NULL";
    };
  }

  private static String columnList(List<String> columns) {
    return columns.stream().map(PostgresFragments::quote).collect(Collectors.joining(", "));
  }
}
