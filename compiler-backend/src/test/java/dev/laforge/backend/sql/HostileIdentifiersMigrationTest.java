package dev.laforge.backend.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.migrate.SchemaDiff;
import dev.laforge.backend.migrate.plan.MigrationPlan;
import dev.laforge.backend.migrate.plan.MigrationPlanner;
import dev.laforge.backend.migrate.plan.PlanMode;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.policy.RlsWriter;
import dev.laforge.backend.sql.mysql.MySqlDdlWriter;
import dev.laforge.backend.sql.postgres.PostgresDdlWriter;
import dev.laforge.backend.sql.sqlite.SqliteDdlWriter;
import dev.laforge.backend.testing.Catalogs;
import dev.laforge.backend.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Needs the databases. The migrations of the {@link HostileDomain} (every keyword of the three
 * engines as a name, quotes and backslashes in defaults and enum labels, names at the length
 * limit): from the empty domain they build the same catalog as the generated schema, and back to
 * the empty domain they drop everything.
 */
class HostileIdentifiersMigrationTest {

  private static final Domain EMPTY = new Domain(List.of(), List.of(), null);
  private static final String TS = "20250102030405";

  private static List<String> statements(Domain from, Domain to, Dialect dialect) {
    MigrationPlan plan = MigrationPlanner.plan(SchemaDiff.between(from, to, dialect), dialect, PlanMode.ALLOW_DESTRUCTIVE, TS);
    assertEquals(List.of(), plan.deferred());
    List<String> statements = new ArrayList<>();
    plan.applied().forEach(op -> op.statements().stream().filter(s -> !s.lines().allMatch(l -> l.startsWith("--")))
        .forEach(statements::add));
    return statements;
  }

  private static void run(Connection connection, List<String> statements) throws SQLException {
    for (String sql : statements) {
      try (Statement s = connection.createStatement()) {
        s.execute(sql);
      } catch (SQLException e) {
        throw new SQLException("statement failed: " + sql + "\n" + e.getMessage(), e);
      }
    }
  }

  @Test
  void postgres() throws SQLException {
    Domain domain = HostileDomain.build(Dialect.POSTGRES);
    List<String> expected;
    try (TestDatabases.PostgresSchema db = TestDatabases.postgresSchema()) {
      db.execute(PostgresDdlWriter.write(domain));
      db.execute(RlsWriter.write(domain));
      expected = Catalogs.postgres(db.connection(), db.name());
      assertTrue(expected.size() > 500, "catalog lines: " + expected.size());
    }
    try (TestDatabases.PostgresSchema db = TestDatabases.postgresSchema()) {
      run(db.connection(), statements(EMPTY, domain, Dialect.POSTGRES));
      assertEquals(String.join("\n", expected), String.join("\n", Catalogs.postgres(db.connection(), db.name())));
      run(db.connection(), statements(domain, EMPTY, Dialect.POSTGRES));
      assertEquals(List.of(), Catalogs.postgres(db.connection(), db.name()));
    }
  }

  @Test
  void mariadb() throws SQLException {
    Domain domain = HostileDomain.build(Dialect.MYSQL);
    List<String> expected;
    try (TestDatabases.MariaDbDatabase db = TestDatabases.mariadbDatabase()) {
      db.execute(MySqlDdlWriter.write(domain));
      expected = Catalogs.mariadb(db.connection(), db.name());
      assertTrue(expected.size() > 500, "catalog lines: " + expected.size());
    }
    try (TestDatabases.MariaDbDatabase db = TestDatabases.mariadbDatabase()) {
      run(db.connection(), statements(EMPTY, domain, Dialect.MYSQL));
      assertEquals(String.join("\n", expected), String.join("\n", Catalogs.mariadb(db.connection(), db.name())));
      run(db.connection(), statements(domain, EMPTY, Dialect.MYSQL));
      assertEquals(List.of(), Catalogs.mariadb(db.connection(), db.name()));
    }
  }

  @Test
  void sqlite() throws SQLException {
    Domain domain = HostileDomain.build(Dialect.SQLITE);
    List<String> expected;
    try (Connection c = TestDatabases.sqlite(); Statement s = c.createStatement()) {
      s.executeUpdate(SqliteDdlWriter.write(domain));
      expected = Catalogs.sqlite(c);
      assertTrue(expected.size() > 500, "catalog lines: " + expected.size());
    }
    try (Connection c = TestDatabases.sqlite()) {
      run(c, statements(EMPTY, domain, Dialect.SQLITE));
      assertEquals(String.join("\n", expected), String.join("\n", Catalogs.sqlite(c)));
      run(c, statements(domain, EMPTY, Dialect.SQLITE));
      assertEquals(List.of(), Catalogs.sqlite(c));
    }
  }
}
