package dev.laforge.backend.migrate.run;

import java.sql.SQLException;
import java.util.List;

/**
 * Why migrating stopped. The message is complete and safe to print: it names the migration file,
 * and for a failed statement its number, line, text and the database's message.
 */
public final class MigrationException extends Exception {

  /** What went wrong. */
  public enum Kind {
    /** An applied migration's file no longer has the checksum recorded in the history. */
    CHECKSUM_CHANGED,
    /** An applied migration's file is gone. */
    FILE_MISSING,
    /** {@code --to} names no migration file. */
    UNKNOWN_TARGET,
    /** A migration file could not be read. */
    UNREADABLE_FILE,
    /** A statement of a migration failed in the database. */
    STATEMENT_FAILED,
    /** Another run held the database's migration lock for longer than the runner waits. */
    LOCKED
  }

  private final Kind kind;
  private final transient Failure failure;
  private final transient List<AppliedMigration> appliedBefore;

  /**
   * A failed statement.
   *
   * @param migration the migration whose statement failed
   * @param statement the statement that failed
   * @param sqlState the SQLState the driver reported (may be null)
   * @param errorCode the vendor error code
   * @param databaseMessage the database's message
   * @param committedStatements how many earlier statements of this migration stay applied (MySQL/MariaDB commit each DDL statement)
   * @param rolledBack true when the whole migration was rolled back (PostgreSQL, SQLite)
   */
  public record Failure(Migration migration, SqlStatements.Statement statement, String sqlState, int errorCode,
      String databaseMessage, int committedStatements, boolean rolledBack) {}

  MigrationException(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
    this.failure = null;
    this.appliedBefore = List.of();
  }

  MigrationException(Failure failure, SQLException cause, List<AppliedMigration> appliedBefore, String message) {
    super(message, cause, false, false);
    this.kind = Kind.STATEMENT_FAILED;
    this.failure = failure;
    this.appliedBefore = List.copyOf(appliedBefore);
  }

  public Kind kind() {
    return kind;
  }

  /** The failed statement for {@link Kind#STATEMENT_FAILED}, else null. */
  public Failure failure() {
    return failure;
  }

  /** The migrations applied in this run before the failure. */
  public List<AppliedMigration> appliedBefore() {
    return appliedBefore;
  }
}
