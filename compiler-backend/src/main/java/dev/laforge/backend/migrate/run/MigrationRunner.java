package dev.laforge.backend.migrate.run;

import dev.laforge.backend.naming.Dialect;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Applies migration files to one database and keeps its history table.
 *
 * <p>Before anything runs, every applied migration's file is checked against the checksum in the
 * history: a changed or missing file stops the run. Pending migrations then apply in id order. On
 * PostgreSQL and SQLite each migration runs in one transaction together with its history row, so a
 * failing migration leaves the database and the history as they were. MySQL/MariaDB commit DDL
 * implicitly: statements run one by one, the history row is written only after the last one
 * succeeded, and a failure leaves the statements before it applied (the caller is warned once).
 */
public final class MigrationRunner {

  /** The warning for MySQL/MariaDB, given once per run that applies something. */
  public static final String IMPLICIT_COMMIT_WARNING = "MySQL/MariaDB commit every DDL statement implicitly:"
      + " a migration that fails part-way stays partly applied and has no history row";

  /** The statement that checks SQLite's foreign keys at the end of a migration. */
  public static final String SQLITE_FOREIGN_KEY_CHECK = "PRAGMA foreign_key_check";

  /** SQLite's result code for a violated foreign key (SQLITE_CONSTRAINT_FOREIGNKEY). */
  public static final int SQLITE_CONSTRAINT_FOREIGNKEY = 787;

  /** Hears what the runner does, as it does it. */
  public interface Listener {
    /** A warning about the run. */
    default void warning(String message) {}

    /** A migration was applied and recorded. */
    default void applied(AppliedMigration migration) {}

    /** In a dry run: a migration that would be applied, with its statements. */
    default void wouldApply(Migration migration, List<SqlStatements.Statement> statements) {}
  }

  /**
   * What a run did.
   *
   * @param selected the migrations the run applies (or, dry, would apply), in order
   * @param applied the history rows written; empty in a dry run
   * @param dryRun true when nothing was changed
   */
  public record Result(List<Migration> selected, List<AppliedMigration> applied, boolean dryRun) {}

  private final Connection connection;
  private final Dialect dialect;
  private final MigrationHistory history;
  private final Clock clock;
  private Duration lockTimeout = Duration.ofMinutes(1);

  /** A runner over {@code connection}, a database speaking {@code dialect}. */
  public MigrationRunner(Connection connection, Dialect dialect) {
    this(connection, dialect, Clock.systemUTC());
  }

  /** A runner whose applied_at values come from {@code clock}. */
  public MigrationRunner(Connection connection, Dialect dialect, Clock clock) {
    this.connection = connection;
    this.dialect = dialect;
    this.history = new MigrationHistory(connection, dialect);
    this.clock = clock;
  }

  /** The files against the history; reads only (a missing history table means nothing applied). */
  public MigrationStatus status(List<Migration> files) throws SQLException {
    return MigrationStatus.of(files, history.applied());
  }

  /**
   * Refuses a history that does not match the files: an applied migration's file changed or gone.
   */
  public static void verify(MigrationStatus status) throws MigrationException {
    List<MigrationStatus.Entry> changed = status.in(MigrationStatus.State.CHANGED);
    if (!changed.isEmpty()) {
      throw new MigrationException(MigrationException.Kind.CHECKSUM_CHANGED, changed.stream()
          .map(e -> "applied migration " + e.file().path() + " was changed after it was applied (checksum "
              + e.applied().checksum().substring(0, 12) + "... in " + MigrationHistory.TABLE + ", now "
              + e.file().checksum().substring(0, 12) + "...)")
          .collect(Collectors.joining("\n"))
          + "\nrestore the file, or put the change in a new migration; nothing was applied");
    }
    List<MigrationStatus.Entry> missing = status.in(MigrationStatus.State.MISSING_FILE);
    if (!missing.isEmpty()) {
      throw new MigrationException(MigrationException.Kind.FILE_MISSING, missing.stream()
          .map(e -> "applied migration " + e.id() + " has no file any more")
          .collect(Collectors.joining("\n"))
          + "\nrestore the file from version control; nothing was applied");
    }
  }

  /**
   * The pending migrations up to and including {@code to} (all when null), after verifying the
   * history.
   */
  public static List<Migration> select(MigrationStatus status, List<Migration> files, String to) throws MigrationException {
    verify(status);
    List<Migration> pending = status.pending();
    if (to == null) {
      return pending;
    }
    Migration target = files.stream().filter(f -> f.isNamed(to)).findFirst().orElseThrow(() -> new MigrationException(
        MigrationException.Kind.UNKNOWN_TARGET, "--to " + to + " names no migration file"
            + (files.isEmpty() ? " (there are none)" : " (the last one is " + files.get(files.size() - 1).id() + ")")));
    return pending.stream().filter(m -> m.id().compareTo(target.id()) <= 0).toList();
  }

  /**
   * Applies the pending migrations among {@code files} up to and including {@code to} (all when
   * null); with {@code dryRun} only reports them through {@link Listener#wouldApply}.
   */
  public Result apply(List<Migration> files, String to, boolean dryRun, Listener listener)
      throws MigrationException, SQLException {
    if (dryRun) {
      return applyLocked(files, to, true, listener);
    }
    // The history is read under the lock, so a concurrent run's migrations count as applied.
    try (RunLock lock = RunLock.acquire(connection, dialect, lockTimeout)) {
      return applyLocked(files, to, false, listener);
    }
  }

  /**
   * How long {@link #apply} waits for another run's migration lock on the same database (one
   * minute unless set); returns this runner.
   */
  public MigrationRunner lockTimeout(Duration timeout) {
    this.lockTimeout = timeout;
    return this;
  }

  private Result applyLocked(List<Migration> files, String to, boolean dryRun, Listener listener)
      throws MigrationException, SQLException {
    List<Migration> selected = select(status(files), files, to);
    List<List<SqlStatements.Statement>> scripts = new ArrayList<>();
    for (Migration migration : selected) {
      try {
        scripts.add(SqlStatements.split(migration.read(), dialect));
      } catch (IOException e) {
        throw new MigrationException(MigrationException.Kind.UNREADABLE_FILE,
            "cannot read " + migration.path() + ": " + e.getMessage() + "; nothing was applied");
      }
    }
    if (dryRun) {
      for (int i = 0; i < selected.size(); i++) {
        listener.wouldApply(selected.get(i), scripts.get(i));
      }
      return new Result(selected, List.of(), true);
    }
    if (selected.isEmpty()) {
      return new Result(selected, List.of(), false);
    }
    if (dialect == Dialect.MYSQL) {
      listener.warning(IMPLICIT_COMMIT_WARNING);
      history.create();
    }
    List<AppliedMigration> applied = new ArrayList<>();
    for (int i = 0; i < selected.size(); i++) {
      AppliedMigration row = dialect == Dialect.MYSQL
          ? applyStatementByStatement(selected.get(i), scripts.get(i), applied)
          : applyInTransaction(selected.get(i), scripts.get(i), applied);
      applied.add(row);
      listener.applied(row);
    }
    return new Result(selected, applied, false);
  }

  private AppliedMigration applyInTransaction(Migration migration, List<SqlStatements.Statement> statements,
      List<AppliedMigration> appliedBefore) throws MigrationException, SQLException {
    boolean autoCommit = connection.getAutoCommit();
    // SQLite: foreign keys are checked once, before commit, as its documented table rebuild asks;
    // with enforcement on, dropping a rebuilt parent table would cascade to its children.
    boolean foreignKeys = dialect == Dialect.SQLITE && autoCommit && sqliteForeignKeys(false);
    connection.setAutoCommit(false);
    try {
      Instant at = clock.instant();
      long start = System.nanoTime();
      history.create();
      execute(migration, statements, appliedBefore, 0);
      if (dialect == Dialect.SQLITE) {
        checkSqliteForeignKeys(migration, statements.size() + 1, appliedBefore);
      }
      AppliedMigration row = new AppliedMigration(migration.id(), migration.checksum(), at, elapsedMs(start));
      history.record(row);
      connection.commit();
      return row;
    } catch (MigrationException | SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
      if (foreignKeys) {
        sqliteForeignKeys(true);
      }
    }
  }

  /** Sets SQLite's foreign_keys pragma (outside a transaction); returns whether it was on. */
  private boolean sqliteForeignKeys(boolean on) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      boolean was;
      try (var rows = statement.executeQuery("PRAGMA foreign_keys")) {
        was = rows.next() && rows.getInt(1) == 1;
      }
      statement.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
      return was;
    }
  }

  private void checkSqliteForeignKeys(Migration migration, int number, List<AppliedMigration> appliedBefore)
      throws SQLException, MigrationException {
    List<String> violations = new ArrayList<>();
    try (Statement statement = connection.createStatement();
         var rows = statement.executeQuery(SQLITE_FOREIGN_KEY_CHECK)) {
      while (rows.next() && violations.size() < 5) {
        violations.add("row " + rows.getLong(2) + " of " + rows.getString(1) + " references a missing row of " + rows.getString(3));
      }
    }
    if (!violations.isEmpty()) {
      SqlStatements.Statement check = new SqlStatements.Statement(number, 0, SQLITE_FOREIGN_KEY_CHECK, SQLITE_FOREIGN_KEY_CHECK);
      MigrationException.Failure failure = new MigrationException.Failure(migration, check, "23000",
          SQLITE_CONSTRAINT_FOREIGNKEY, "FOREIGN KEY constraint failed: " + String.join("; ", violations), 0, true);
      throw new MigrationException(failure, null, appliedBefore, describe(failure));
    }
  }

  private AppliedMigration applyStatementByStatement(Migration migration, List<SqlStatements.Statement> statements,
      List<AppliedMigration> appliedBefore) throws MigrationException, SQLException {
    if (!connection.getAutoCommit()) {
      connection.setAutoCommit(true);
    }
    Instant at = clock.instant();
    long start = System.nanoTime();
    execute(migration, statements, appliedBefore, 1);
    AppliedMigration row = new AppliedMigration(migration.id(), migration.checksum(), at, elapsedMs(start));
    history.record(row);
    return row;
  }

  /** Runs the statements; {@code committing} is 1 when each statement commits on its own. */
  private void execute(Migration migration, List<SqlStatements.Statement> statements, List<AppliedMigration> appliedBefore,
      int committing) throws MigrationException {
    for (SqlStatements.Statement statement : statements) {
      try (Statement jdbc = connection.createStatement()) {
        jdbc.execute(statement.sql());
      } catch (SQLException e) {
        MigrationException.Failure failure = new MigrationException.Failure(migration, statement, e.getSQLState(),
            e.getErrorCode(), databaseMessage(e), committing * (statement.number() - 1), committing == 0);
        throw new MigrationException(failure, e, appliedBefore, describe(failure));
      }
    }
  }

  /** The message for a failed statement: migration, statement number and line, the text, the database's words. */
  static String describe(MigrationException.Failure failure) {
    SqlStatements.Statement statement = failure.statement();
    String text = statement.sql().length() > 2000 ? statement.sql().substring(0, 2000) + " ..." : statement.sql();
    String where = statement.line() > 0
        ? " failed at statement " + statement.number() + " (line " + statement.line() + " of " + failure.migration().path() + "): "
        : " failed the foreign key check after its last statement (" + failure.migration().path() + "): ";
    return "migration " + failure.migration().id() + where + failure.databaseMessage()
        + (failure.sqlState() == null ? "" : " [SQLState " + failure.sqlState() + "]")
        + "\n  " + text.replace("\n", "\n  ")
        + (failure.rolledBack()
            ? "\nthis migration was rolled back; the database and its history are as they were before it"
            : failure.committedStatements() == 0
                ? "\nnothing of this migration was applied and it has no history row"
                : "\nstatements 1-" + failure.committedStatements() + " of this migration stayed applied (MySQL/MariaDB commit"
                    + " DDL implicitly) and it has no history row: undo them or finish it by hand before migrating again");
  }

  private static String databaseMessage(SQLException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
    return message.replace("\n", " ");
  }

  private static long elapsedMs(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
