package dev.laforge.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Runs planned SQL statements on a test database, one by one, naming the one that fails. */
final class TestSql {

  private TestSql() {}

  /** Runs each statement on its own; statements made only of comments are skipped. */
  static void run(Connection c, List<String> statements) throws SQLException {
    for (String sql : statements) {
      if (sql.lines().allMatch(l -> l.startsWith("--"))) {
        continue;
      }
      try (Statement s = c.createStatement()) {
        s.execute(sql);
      } catch (SQLException e) {
        throw new SQLException("statement failed: " + sql + "\n" + e.getMessage(), e);
      }
    }
  }
}
