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
 * Connections to the real databases that database tests run on. When a server is unreachable the
 * test is skipped, except under {@code CI=true}, where it fails: CI must never pass by skipping.
 */
public final class TestDatabases {

  public static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  public static final String DEFAULT_PG_USER = "postgres";

  /** Why PostgreSQL was unreachable, once known, so later tests fail or skip without waiting again. */
  private static volatile String postgresUnreachable;

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
}
