package dev.laforge.backend.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Connections to the real databases that database tests run on: PostgreSQL, MariaDB (or MySQL)
 * and SQLite. When a server is unreachable the test is skipped, except under {@code CI=true},
 * where it fails: CI must never pass by skipping. SQLite is embedded in its driver.
 */
public final class TestDatabases {

  public static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  public static final String DEFAULT_PG_USER = "postgres";
  public static final String DEFAULT_MARIADB_URL = "jdbc:mariadb://127.0.0.1:3306/test";
  public static final String DEFAULT_MARIADB_USER = "root";

  /** Why PostgreSQL was unreachable, once known, so later tests fail or skip without waiting again. */
  private static volatile String postgresUnreachable;

  /** Why MariaDB was unreachable, once known. */
  private static volatile String mariadbUnreachable;

  private TestDatabases() {}

  /** A fresh PostgreSQL schema on the search path, dropped with everything in it on close. */
  public static PostgresSchema postgresSchema() {
    Connection connection = postgres();
    String name = "lf_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + name);
      statement.execute("SET search_path TO " + name);
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new IllegalStateException("cannot create test schema " + name, e);
    }
    return new PostgresSchema(connection, name);
  }

  /**
   * A connection to the test PostgreSQL ({@code LAFORGE_TEST_PG_URL}, {@code LAFORGE_TEST_PG_USER},
   * optional {@code LAFORGE_TEST_PG_PASSWORD}); skips or fails the test when it is unreachable.
   */
  public static Connection postgres() {
    String url = env("LAFORGE_TEST_PG_URL", DEFAULT_PG_URL);
    String user = env("LAFORGE_TEST_PG_USER", DEFAULT_PG_USER);
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", env("LAFORGE_TEST_PG_PASSWORD", ""));
    properties.setProperty("connectTimeout", "5");
    if (postgresUnreachable == null) {
      try {
        return DriverManager.getConnection(url, properties);
      } catch (SQLException e) {
        postgresUnreachable = "PostgreSQL is not reachable at " + url + " as " + user + ": " + e.getMessage()
            + " (set LAFORGE_TEST_PG_URL / LAFORGE_TEST_PG_USER)";
      }
    }
    return unavailable(postgresUnreachable);
  }

  /**
   * A fresh MariaDB database ({@code lf_<random>}, utf8mb4) selected on its own connection, dropped
   * with everything in it on close.
   */
  public static MariaDbDatabase mariadbDatabase() {
    Connection connection = mariadb();
    String name = "lf_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
      connection.setCatalog(name);
    } catch (SQLException e) {
      closeQuietly(connection);
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return new MariaDbDatabase(connection, name);
  }

  /**
   * A connection to the test MariaDB or MySQL ({@code LAFORGE_TEST_MARIADB_URL},
   * {@code LAFORGE_TEST_MARIADB_USER}, optional {@code LAFORGE_TEST_MARIADB_PASSWORD}) that accepts
   * several statements per call; skips or fails the test when the server is unreachable.
   */
  public static Connection mariadb() {
    String url = env("LAFORGE_TEST_MARIADB_URL", DEFAULT_MARIADB_URL);
    String user = env("LAFORGE_TEST_MARIADB_USER", DEFAULT_MARIADB_USER);
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", env("LAFORGE_TEST_MARIADB_PASSWORD", ""));
    properties.setProperty("connectTimeout", "5000");
    properties.setProperty("allowMultiQueries", "true");
    if (mariadbUnreachable == null) {
      try {
        return DriverManager.getConnection(url, properties);
      } catch (SQLException e) {
        mariadbUnreachable = "MariaDB is not reachable at " + url + " as " + user + ": " + e.getMessage()
            + " (set LAFORGE_TEST_MARIADB_URL / LAFORGE_TEST_MARIADB_USER)";
      }
    }
    return unavailable(mariadbUnreachable);
  }

  /**
   * A private in-memory SQLite database with foreign keys enforced; SQLite is embedded in the
   * driver, so it is always available. Closing the connection discards the database.
   */
  public static Connection sqlite() {
    try {
      Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA foreign_keys = ON");
      }
      return connection;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open an in-memory SQLite database", e);
    }
  }

  /** True when the environment variable CI is {@code true}. */
  public static boolean runningInCi() {
    return "true".equals(String.valueOf(System.getenv("CI")).toLowerCase(Locale.ROOT));
  }

  /** Fails the test under CI=true, otherwise skips it: a missing service never passes silently. */
  public static <T> T unavailable(String message) {
    if (runningInCi()) {
      return Assertions.fail(message + "; CI=true, so database tests must not be skipped");
    }
    Assumptions.abort(message);
    throw new AssertionError("Assumptions.abort always throws");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // The connection is being abandoned after an earlier failure, which is what gets reported.
    }
  }

  /** A schema created for one test; {@link #close()} drops it and closes the connection. */
  public record PostgresSchema(Connection connection, String name) implements AutoCloseable {

    /** Runs one or more statements separated by semicolons. */
    public void execute(String sql) throws SQLException {
      try (Statement statement = connection.createStatement()) {
        statement.execute(sql);
      }
    }

    @Override
    public void close() throws SQLException {
      try (Connection c = connection; Statement statement = c.createStatement()) {
        if (!c.getAutoCommit()) {
          c.rollback();
        }
        statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
      }
    }
  }

  /** A MariaDB database created for one test; {@link #close()} drops it and closes the connection. */
  public record MariaDbDatabase(Connection connection, String name) implements AutoCloseable {

    /** Runs one or more statements separated by semicolons. */
    public void execute(String sql) throws SQLException {
      try (Statement statement = connection.createStatement()) {
        statement.execute(sql);
      }
    }

    @Override
    public void close() throws SQLException {
      try (Connection c = connection; Statement statement = c.createStatement()) {
        if (!c.getAutoCommit()) {
          c.rollback();
        }
        statement.execute("DROP DATABASE IF EXISTS " + name);
      }
    }
  }
}
