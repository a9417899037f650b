package dev.laforge.backend.migrate.introspect;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.migrate.PolicyDefinition;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.policy.RlsWriter;
import dev.laforge.backend.sql.postgres.PostgresDdlWriter;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;

/**
 * The declared row-level-security policies as a PostgreSQL server prints them. PostgreSQL stores
 * a policy's expressions parsed and prints them back in its own form (casts, parentheses), so the
 * generated text cannot be compared with {@code pg_policies} directly. Inside one transaction that
 * is always rolled back, the declared schema and its RLS script are created in a scratch schema
 * ({@code laforge_drift_<random>}) and its policies are read there: nothing remains afterwards,
 * and the live tables are not touched, but the user needs the CREATE privilege on the database.
 */
public final class DeclaredPolicies {

  private DeclaredPolicies() {}

  /** Table, then policy name, to the declared policy as {@code pg_policies} would show it. */
  public static Map<String, Map<String, PolicyDefinition>> normalise(Connection connection, Domain domain) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    String schema = "laforge_drift_" + HexFormat.of().formatHex(randomBytes());
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + Dialect.POSTGRES.quote(schema));
      statement.execute("SET LOCAL search_path TO " + Dialect.POSTGRES.quote(schema));
      statement.execute(PostgresDdlWriter.write(domain));
      statement.execute(RlsWriter.write(domain));
      return Introspector.read(connection, Dialect.POSTGRES).policies();
    } finally {
      connection.rollback();
      connection.setAutoCommit(autoCommit);
    }
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[6];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }
}
