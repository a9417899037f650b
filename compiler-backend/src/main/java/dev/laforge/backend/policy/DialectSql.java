package dev.laforge.backend.policy;

import dev.laforge.backend.ir.Expr;
import dev.laforge.backend.naming.Dialect;
import java.time.Instant;

/**
 * How each dialect writes the comparison modes of {@link Semantics}, over the column types of the
 * LaForge DDL: PostgreSQL has native uuid, enum, date and timestamptz columns; MySQL/MariaDB
 * stores uuids as CHAR(36) and dates as DATE/DATETIME(6), SQLite stores uuids, enums and dates as
 * text and booleans as 0/1.
 *
 * <ul>
 *   <li>TEXT compares exactly and orders by code point: PostgreSQL orders with {@code COLLATE "C"}
 *       and casts uuid and enum columns to text; MySQL compares the binary string, so neither a
 *       case-insensitive collation nor PAD SPACE can make {@code 'Admin'} equal {@code 'admin '}.
 *   <li>UUID compares lower-case text in MySQL/SQLite and uuids in PostgreSQL.
 *   <li>DATE/DATETIME compare chronologically; SQLite normalises its text with {@code date()} and
 *       {@code strftime()}, so only millisecond precision counts there.
 * </ul>
 */
final class DialectSql {

  private static final String SQLITE_INSTANT = "strftime('%Y-%m-%dT%H:%M:%fZ', ";

  private final Dialect dialect;

  DialectSql(Dialect dialect) {
    this.dialect = dialect;
  }

  Dialect dialect() {
    return dialect;
  }

  String quote(String identifier) {
    return dialect.quote(identifier);
  }

  /** TRUE, FALSE, or a NULL that PostgreSQL types as boolean. */
  String constant(Truth truth) {
    if (truth == Truth.UNKNOWN) {
      return dialect == Dialect.POSTGRES ? "CAST(NULL AS boolean)" : "NULL";
    }
    return truth.name();
  }

  /** Placeholder for a bound uuid (lower-case text in MySQL/SQLite). */
  String uuidParam() {
    return dialect == Dialect.POSTGRES ? "CAST(? AS uuid)" : "?";
  }

  String textParam() {
    return dialect == Dialect.POSTGRES ? "CAST(? AS text)" : "?";
  }

  String booleanParam() {
    return dialect == Dialect.POSTGRES ? "CAST(? AS boolean)" : "?";
  }

  /** A literal in a comparison mode; the mode guarantees it parses (see {@link Semantics#mode}). */
  String literal(Semantics.Mode mode, Expr.Literal literal) {
    switch (literal.type()) {
      case NULL:
        return "NULL";
      case BOOLEAN:
        return Boolean.parseBoolean(literal.text()) ? "TRUE" : "FALSE";
      case NUMBER:
        return literal.text();
      default:
        break;
    }
    String text = literal.text();
    return switch (mode) {
      case UUID -> dialect == Dialect.POSTGRES
          ? "CAST(" + dialect.quoteString(Uuids.canonical(text)) + " AS uuid)" : dialect.quoteString(Uuids.canonical(text));
      case DATE -> date(dialect.quoteString(Temporal.date(text).toString()));
      case DATETIME -> instant(Temporal.instant(text));
      default -> dialect.quoteString(text);
    };
  }

  /** A non-literal operand of static type {@code type} as the mode compares it. */
  Sql value(Sql natural, Semantics.Type type, Semantics.Mode mode) {
    switch (dialect) {
      case POSTGRES:
        if (mode == Semantics.Mode.TEXT && (type == Semantics.Type.UUID || type == Semantics.Type.ENUM)) {
          return Sql.concat("CAST(", natural, " AS text)");
        }
        if (mode == Semantics.Mode.DATETIME && type == Semantics.Type.DATE) {
          return Sql.concat("(CAST(", natural, " AS timestamp) AT TIME ZONE 'UTC')");
        }
        return natural;
      case MYSQL:
        if (mode == Semantics.Mode.DATETIME && type == Semantics.Type.DATE) {
          return Sql.concat("CAST(", natural, " AS DATETIME(6))");
        }
        return natural;
      default:
        if (mode == Semantics.Mode.DATE) {
          return Sql.concat("date(", natural, ")");
        }
        if (mode == Semantics.Mode.DATETIME) {
          return Sql.concat(SQLITE_INSTANT, natural, ")");
        }
        return natural;
    }
  }

  /** {@code left op right} for two operands already rendered for the mode. */
  Sql compare(Semantics.Mode mode, Expr.CompareOp op, Sql left, Sql right) {
    String symbol = switch (op) {
      case EQ -> " = ";
      case NE -> " <> ";
      case LT -> " < ";
      case LE -> " <= ";
      case GT -> " > ";
      case GE -> " >= ";
    };
    boolean ordering = op != Expr.CompareOp.EQ && op != Expr.CompareOp.NE;
    if (mode == Semantics.Mode.TEXT && dialect == Dialect.MYSQL) {
      return Sql.concat(binary(left), symbol, right);
    }
    if (mode == Semantics.Mode.TEXT && ordering && dialect == Dialect.POSTGRES) {
      return Sql.concat(left, symbol, right, " COLLATE \"C\"");
    }
    return Sql.concat(left, symbol, right);
  }

  /** The left side of a text IN list: MySQL compares it as a binary string, like {@link #compare}. */
  Sql textSubject(Sql text) {
    return dialect == Dialect.MYSQL ? binary(text) : text;
  }

  private static Sql binary(Sql text) {
    return Sql.concat("CAST(", text, " AS BINARY)");
  }

  private String date(String quoted) {
    return switch (dialect) {
      case POSTGRES -> "CAST(" + quoted + " AS date)";
      case MYSQL -> "CAST(" + quoted + " AS DATE)";
      case SQLITE -> quoted;
    };
  }

  private String instant(Instant instant) {
    return switch (dialect) {
      case POSTGRES -> "CAST(" + dialect.quoteString(Temporal.isoText(instant)) + " AS timestamptz)";
      case MYSQL -> "CAST(" + dialect.quoteString(Temporal.mysqlText(instant)) + " AS DATETIME(6))";
      case SQLITE -> dialect.quoteString(Temporal.sqliteText(instant));
    };
  }
}
