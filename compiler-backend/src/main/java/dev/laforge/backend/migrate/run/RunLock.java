package dev.laforge.backend.migrate.run;

import dev.laforge.backend.naming.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The lock one migration run holds on a database, so two runs of {@code forge migrate} (two
 * deploys, two developers) never apply the same migration twice: a PostgreSQL session-level
 * advisory lock keyed by the current schema, a MariaDB/MySQL named lock ({@code GET_LOCK}) keyed by
 * the current database. SQLite serialises writers itself, and each migration runs in one
 * transaction, so no lock is taken there. The lock is released on close, and by the server when
 * the connection ends.
 */
final class RunLock implements AutoCloseable {

  /** PostgreSQL: the advisory lock's two keys. */
  private static final String PG_KEYS = "hashtext('laforge_migrations'), hashtext(current_schema())";
  /** MariaDB/MySQL: lock names are at most 64 characters, so the database name is hashed. */
  private static final String MYSQL_NAME = "CONCAT('laforge_migrations:', MD5(DATABASE()))";
  private static final long POLL_MS = 200;

  private final Connection connection;
  private final Dialect dialect;

  private RunLock(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  /**
   * Takes the lock, waiting at most {@code timeout} for another run to release it.
   *
   * @throws MigrationException of kind {@link MigrationException.Kind#LOCKED} when it stays taken
   */
  static RunLock acquire(Connection connection, Dialect dialect, Duration timeout) throws SQLException, MigrationException {
    RunLock lock = new RunLock(connection, dialect);
    boolean taken = switch (dialect) {
      case POSTGRES -> lock.pollPostgres(timeout);
      case MYSQL -> lock.mysql(timeout);
      case SQLITE -> true;
    };
    if (!taken) {
      throw new MigrationException(MigrationException.Kind.LOCKED, "another migration run holds the migration lock of this"
          + " database; waited " + timeout.toSeconds() + " s for it, nothing was applied (run forge status to see what it"
          + " applied, then run forge migrate again)");
    }
    return lock;
  }

  private boolean pollPostgres(Duration timeout) throws SQLException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      if (booleanQuery("SELECT pg_try_advisory_lock(" + PG_KEYS + ")")) {
        return true;
      }
      if (System.nanoTime() >= deadline) {
        return false;
      }
      try {
        Thread.sleep(POLL_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  private boolean mysql(Duration timeout) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(" + MYSQL_NAME + ", ?)")) {
      statement.setLong(1, Math.max(0, timeout.toSeconds()));
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() && rows.getInt(1) == 1;
      }
    }
  }

  private boolean booleanQuery(String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      return rows.next() && rows.getBoolean(1);
    }
  }

  @Override
  public void close() throws SQLException {
    switch (dialect) {
      case POSTGRES -> booleanQuery("SELECT pg_advisory_unlock(" + PG_KEYS + ")");
      case MYSQL -> booleanQuery("SELECT RELEASE_LOCK(" + MYSQL_NAME + ") = 1");
      case SQLITE -> { }
    }
  }
}
