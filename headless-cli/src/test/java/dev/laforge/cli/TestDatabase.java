package dev.laforge.cli;

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
 * The local PostgreSQL for database tests (a copy of compiler-backend's TestDatabases, whose test
 * classes are not on this module's classpath). Unreachable: the test is skipped, except under
 * {@code CI=true}, where it fails: CI must never pass by skipping.
 */
final class TestDatabase {

  static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String DEFAULT_PG_USER = "postgres";

  private static volatile String unreachable;

  private TestDatabase() {}

  /** A fresh schema on the search path; {@link PostgresSchema#close()} drops it. */
  static PostgresSchema freshSchema() {
    Connection connection = connect();
    String name = "lf_cli_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + name);
      statement.execute("SET search_path TO " + name);
    } catch (SQLException e) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // Reporting the first failure.
      }
      throw new IllegalStateException("cannot create test schema " + name, e);
    }
    return new PostgresSchema(connection, name);
  }

  /** LAFORGE_TEST_PG_URL / LAFORGE_TEST_PG_USER / LAFORGE_TEST_PG_PASSWORD, else the local defaults. */
  static Connection connect() {
    String url = env("LAFORGE_TEST_PG_URL", DEFAULT_PG_URL);
    String user = env("LAFORGE_TEST_PG_USER", DEFAULT_PG_USER);
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", env("LAFORGE_TEST_PG_PASSWORD", ""));
    properties.setProperty("connectTimeout", "5");
    if (unreachable == null) {
      try {
        return DriverManager.getConnection(url, properties);
      } catch (SQLException e) {
        unreachable = "PostgreSQL is not reachable at " + url + " as " + user + ": " + e.getMessage()
            + " (set LAFORGE_TEST_PG_URL / LAFORGE_TEST_PG_USER)";
      }
    }
    return unavailable(unreachable);
  }

  static boolean runningInCi() {
    return "true".equals(String.valueOf(System.getenv("CI")).toLowerCase(Locale.ROOT));
  }

  /** Fails under CI=true, otherwise skips the test. */
  static <T> T unavailable(String message) {
    if (runningInCi()) {
      return Assertions.fail(message + "; CI=true, so this test must not be skipped");
    }
    Assumptions.abort(message);
    throw new AssertionError("Assumptions.abort always throws");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** A schema created for one test. */
  record PostgresSchema(Connection connection, String name) implements AutoCloseable {

    /** Runs a script of one or more statements separated by semicolons. */
    void execute(String sql) throws SQLException {
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
}
