package dev.laforge.backend.migrate.run;

import dev.laforge.backend.naming.Dialect;
import java.util.Locale;

/** Why a migration failed in the sandbox, as read from the database's SQLState, error code and message. */
public enum FailureKind {
  /** A table the statement names does not exist (yet). */
  MISSING_TABLE,
  /** A column the statement names does not exist (yet). */
  MISSING_COLUMN,
  /** Existing or inserted rows reference rows that do not exist. */
  FK_VIOLATION,
  /** A column default that the column's type or the engine does not accept. */
  INVALID_DEFAULT,
  /** Values or expressions of a type the column does not take. */
  TYPE_MISMATCH,
  /** A NOT NULL column or constraint over rows that hold NULL. */
  NOT_NULL_VIOLATION,
  /** The table, column or index to create exists already. */
  ALREADY_EXISTS,
  /** Anything else. */
  OTHER;

  /**
   * Classifies a failed statement: PostgreSQL by SQLState, MySQL/MariaDB by error code, SQLite by
   * extended result code and message.
   */
  public static FailureKind classify(Dialect dialect, String sqlState, int errorCode,
      String message, String statement) {
    String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
    boolean hasDefault = statement.toUpperCase(Locale.ROOT).matches("(?s).*\\bDEFAULT\\b.*");
    return switch (dialect) {
      case POSTGRES -> switch (sqlState == null ? "" : sqlState) {
        case "42P01" -> MISSING_TABLE;
        case "42703" -> MISSING_COLUMN;
        case "23503" -> FK_VIOLATION;
        case "23502" -> NOT_NULL_VIOLATION;
        case "42P07", "42701", "42710" -> ALREADY_EXISTS;
        case "42804", "42846", "22P02", "22003", "22007", "22008", "22001" ->
            hasDefault && (m.contains("default") || !statement.toUpperCase(Locale.ROOT).contains(" TYPE ")) ? INVALID_DEFAULT : TYPE_MISMATCH;
        default -> OTHER;
      };
      case MYSQL -> switch (errorCode) {
        case 1146, 1051, 1824 -> MISSING_TABLE;
        case 1054, 1091 -> MISSING_COLUMN;
        case 1452, 1451, 1216, 1217 -> FK_VIOLATION;
        case 1138, 1048, 1364 -> NOT_NULL_VIOLATION;
        case 1067 -> INVALID_DEFAULT;
        // 1265 "Data truncated" is also what strict mode says when MODIFY ... NOT NULL meets NULLs.
        case 1265 -> statement.toUpperCase(Locale.ROOT).matches("(?s).*\\bNOT\\s+NULL\\b.*") ? NOT_NULL_VIOLATION : TYPE_MISMATCH;
        case 1366, 1292, 1264 -> TYPE_MISMATCH;
        case 1050, 1060, 1061 -> ALREADY_EXISTS;
        default -> OTHER;
      };
      case SQLITE -> {
        if (errorCode == MigrationRunner.SQLITE_CONSTRAINT_FOREIGNKEY || m.contains("foreign key constraint failed")) {
          yield FK_VIOLATION;
        }
        if (errorCode == 1299 || m.contains("not null constraint failed") || m.contains("not null column with default value null")) {
          yield NOT_NULL_VIOLATION;
        }
        if (errorCode == 3091 || errorCode == 20 || m.contains("cannot store") || m.contains("datatype mismatch")) {
          yield TYPE_MISMATCH;
        }
        if (m.contains("no such table")) {
          yield MISSING_TABLE;
        }
        if (m.contains("no such column") || m.contains("has no column named")) {
          yield MISSING_COLUMN;
        }
        if (m.contains("non-constant default") || m.contains("default value of column")) {
          yield INVALID_DEFAULT;
        }
        if (m.contains("already exists") || m.contains("duplicate column name")) {
          yield ALREADY_EXISTS;
        }
        yield OTHER;
      }
    };
  }
}
