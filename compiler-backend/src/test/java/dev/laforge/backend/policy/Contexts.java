package dev.laforge.backend.policy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/** Sets a user context on a PostgreSQL connection for the current transaction, as the runtime will. */
final class Contexts {

  private Contexts() {}

  static void set(Connection connection, UserContext user) throws SQLException {
    try (PreparedStatement set = connection.prepareStatement("SELECT set_config(?, ?, true)")) {
      for (Map.Entry<String, String> setting : user.settings().entrySet()) {
        set.setString(1, setting.getKey());
        set.setString(2, setting.getValue());
        set.executeQuery().close();
      }
    }
  }
}
