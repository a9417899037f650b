package dev.laforge.backend.migrate.introspect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Runs a catalogue query and hands each row to a callback. */
final class Rows {

  private Rows() {}

  /** One row of a query. */
  interface Row {
    void accept(ResultSet rs) throws SQLException;
  }

  static void query(Connection connection, String sql, Row row) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        row.accept(rs);
      }
    }
  }
}
