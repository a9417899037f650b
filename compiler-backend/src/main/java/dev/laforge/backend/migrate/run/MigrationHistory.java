package dev.laforge.backend.migrate.run;

import dev.laforge.backend.naming.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The history table {@code laforge_migrations}: one row per applied migration with its id, the
 * SHA-256 checksum of its file, when it was applied (UTC) and how long it took. The table lives in
 * the database's current schema (PostgreSQL), database (MySQL/MariaDB) or main database (SQLite).
 */
public final class MigrationHistory {

  /** The name of the history table. */
  public static final String TABLE = "laforge_migrations";

  private static final DateTimeFormatter SQLITE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

  private final Connection connection;
  private final Dialect dialect;

  /** The history in the database of {@code connection}, which speaks {@code dialect}. */
  public MigrationHistory(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  /** The statement that creates the table when it is missing. */
  public static String createStatement(Dialect dialect) {
    return switch (dialect) {
      case POSTGRES -> "CREATE TABLE IF NOT EXISTS " + TABLE + " (id varchar(255) PRIMARY KEY, checksum char(64) NOT NULL,"
          + " applied_at timestamp(3) NOT NULL, duration_ms bigint NOT NULL)";
      // datetime, not timestamp: MySQL converts timestamp values through the session time zone.
      case MYSQL -> "CREATE TABLE IF NOT EXISTS " + TABLE + " (id varchar(255) PRIMARY KEY, checksum char(64) NOT NULL,"
          + " applied_at datetime(3) NOT NULL, duration_ms bigint NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";
      case SQLITE -> "CREATE TABLE IF NOT EXISTS " + TABLE + " (id varchar(255) PRIMARY KEY, checksum char(64) NOT NULL,"
          + " applied_at timestamp NOT NULL, duration_ms bigint NOT NULL)";
    };
  }

  /** True when the table exists. */
  public boolean exists() throws SQLException {
    String query = switch (dialect) {
      case POSTGRES -> "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = '" + TABLE + "'";
      case MYSQL -> "SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = '" + TABLE + "'";
      case SQLITE -> "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + TABLE + "'";
    };
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
      return rows.next() && rows.getLong(1) > 0;
    }
  }

  /** Creates the table when it is missing. */
  public void create() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(createStatement(dialect));
    }
  }

  /** The applied migrations by id, in id order; empty when the table does not exist. */
  public Map<String, AppliedMigration> applied() throws SQLException {
    Map<String, AppliedMigration> applied = new LinkedHashMap<>();
    if (!exists()) {
      return applied;
    }
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT id, checksum, applied_at, duration_ms FROM " + TABLE + " ORDER BY id")) {
      while (rows.next()) {
        String id = rows.getString(1);
        Instant at = dialect == Dialect.SQLITE
            ? LocalDateTime.parse(rows.getString(3), SQLITE_TIME).toInstant(ZoneOffset.UTC)
            : rows.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC);
        applied.put(id, new AppliedMigration(id, rows.getString(2).trim(), at, rows.getLong(4)));
      }
    }
    return applied;
  }

  /** Records one applied migration (in the caller's transaction, if any). */
  public void record(AppliedMigration migration) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO " + TABLE + " (id, checksum, applied_at, duration_ms) VALUES (?, ?, ?, ?)")) {
      LocalDateTime at = LocalDateTime.ofInstant(migration.appliedAt().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
      insert.setString(1, migration.id());
      insert.setString(2, migration.checksum());
      if (dialect == Dialect.SQLITE) {
        insert.setString(3, SQLITE_TIME.format(at));
      } else {
        insert.setObject(3, at);
      }
      insert.setLong(4, migration.durationMs());
      insert.executeUpdate();
    }
  }
}
