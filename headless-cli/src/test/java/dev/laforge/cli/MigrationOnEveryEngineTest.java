package dev.laforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.migrate.SchemaDiff;
import dev.laforge.backend.migrate.plan.MigrationPlan;
import dev.laforge.backend.migrate.plan.MigrationPlanner;
import dev.laforge.backend.migrate.plan.PlanMode;
import dev.laforge.backend.migrate.plan.PlannedOp;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Needs the databases. For every golden case on PostgreSQL, MariaDB and SQLite: the v1 schema
 * (with its RLS on PostgreSQL) plus the migration planned with {@code --allow-destructive} gives
 * the same catalog as the fresh v2 schema; the reverse script, when every operation has one, gives
 * back the v1 catalog; and the SAFE migration followed by its fallback file runs without error.
 */
class MigrationOnEveryEngineTest {

  static java.util.stream.Stream<String> cases() {
    return MigrationCases.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void postgres(String name) throws SQLException {
    Domain v1 = MigrationCases.v1(name);
    Domain v2 = MigrationCases.v2(name);
    MigrationPlan direct = plan(v1, v2, Dialect.POSTGRES, PlanMode.ALLOW_DESTRUCTIVE);
    List<String> expected;
    try (TestDatabases.PostgresSchema db = TestDatabases.postgresSchema()) {
      db.execute(PostgresDdlWriter.write(v2));
      db.execute(RlsWriter.write(v2));
      expected = Catalogs.postgres(db.connection(), db.name());
    }
    List<String> original;
    try (TestDatabases.PostgresSchema db = TestDatabases.postgresSchema()) {
      db.execute(PostgresDdlWriter.write(v1));
      db.execute(RlsWriter.write(v1));
      original = Catalogs.postgres(db.connection(), db.name());
      TestSql.run(db.connection(), statements(direct.applied()));
      assertEquals(String.join("\n", expected), String.join("\n", Catalogs.postgres(db.connection(), db.name())),
          name + ": migrated v1 = fresh v2");
      if (reversible(direct)) {
        TestSql.run(db.connection(), reverse(direct.applied()));
        assertEquals(String.join("\n", original), String.join("\n", Catalogs.postgres(db.connection(), db.name())),
            name + ": reversed = v1");
      }
    }
    MigrationPlan safe = plan(v1, v2, Dialect.POSTGRES, PlanMode.SAFE);
    try (TestDatabases.PostgresSchema db = TestDatabases.postgresSchema()) {
      db.execute(PostgresDdlWriter.write(v1));
      db.execute(RlsWriter.write(v1));
      TestSql.run(db.connection(), statements(safe.applied()));
      TestSql.run(db.connection(), statements(safe.deferred()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void mariadb(String name) throws SQLException {
    Domain v1 = MigrationCases.v1(name);
    Domain v2 = MigrationCases.v2(name);
    MigrationPlan direct = plan(v1, v2, Dialect.MYSQL, PlanMode.ALLOW_DESTRUCTIVE);
    List<String> expected;
    try (TestDatabases.MariaDbDatabase db = TestDatabases.mariadbDatabase()) {
      db.execute(MySqlDdlWriter.write(v2));
      expected = Catalogs.mariadb(db.connection(), db.name());
    }
    try (TestDatabases.MariaDbDatabase db = TestDatabases.mariadbDatabase()) {
      db.execute(MySqlDdlWriter.write(v1));
      List<String> original = Catalogs.mariadb(db.connection(), db.name());
      TestSql.run(db.connection(), statements(direct.applied()));
      assertEquals(String.join("\n", expected), String.join("\n", Catalogs.mariadb(db.connection(), db.name())),
          name + ": migrated v1 = fresh v2");
      if (reversible(direct)) {
        TestSql.run(db.connection(), reverse(direct.applied()));
        assertEquals(String.join("\n", original), String.join("\n", Catalogs.mariadb(db.connection(), db.name())),
            name + ": reversed = v1");
      }
    }
    MigrationPlan safe = plan(v1, v2, Dialect.MYSQL, PlanMode.SAFE);
    try (TestDatabases.MariaDbDatabase db = TestDatabases.mariadbDatabase()) {
      db.execute(MySqlDdlWriter.write(v1));
      TestSql.run(db.connection(), statements(safe.applied()));
      TestSql.run(db.connection(), statements(safe.deferred()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sqlite(String name) throws SQLException {
    Domain v1 = MigrationCases.v1(name);
    Domain v2 = MigrationCases.v2(name);
    MigrationPlan direct = plan(v1, v2, Dialect.SQLITE, PlanMode.ALLOW_DESTRUCTIVE);
    List<String> expected;
    try (Connection c = TestDatabases.sqlite(); Statement s = c.createStatement()) {
      s.executeUpdate(SqliteDdlWriter.write(v2));
      expected = Catalogs.sqlite(c);
    }
    try (Connection c = TestDatabases.sqlite(); Statement s = c.createStatement()) {
      s.executeUpdate(SqliteDdlWriter.write(v1));
      List<String> original = Catalogs.sqlite(c);
      s.execute("PRAGMA foreign_keys = OFF");
      TestSql.run(c, statements(direct.applied()));
      assertEquals(String.join("\n", expected), String.join("\n", Catalogs.sqlite(c)), name + ": migrated v1 = fresh v2");
      if (reversible(direct)) {
        TestSql.run(c, reverse(direct.applied()));
        assertEquals(String.join("\n", original), String.join("\n", Catalogs.sqlite(c)), name + ": reversed = v1");
      }
    }
    MigrationPlan safe = plan(v1, v2, Dialect.SQLITE, PlanMode.SAFE);
    try (Connection c = TestDatabases.sqlite(); Statement s = c.createStatement()) {
      s.executeUpdate(SqliteDdlWriter.write(v1));
      s.execute("PRAGMA foreign_keys = OFF");
      TestSql.run(c, statements(safe.applied()));
      TestSql.run(c, statements(safe.deferred()));
    }
  }

  private static MigrationPlan plan(Domain v1, Domain v2, Dialect dialect, PlanMode mode) {
    return MigrationPlanner.plan(SchemaDiff.between(v1, v2, dialect), dialect, mode, MigrationCases.TIMESTAMP);
  }

  private static boolean reversible(MigrationPlan plan) {
    return plan.applied().stream().allMatch(op -> !op.reverse().isEmpty()
        || op.statements().stream().allMatch(s -> s.startsWith("--")));
  }

  private static List<String> statements(List<PlannedOp> ops) {
    List<String> out = new ArrayList<>();
    ops.forEach(op -> out.addAll(op.statements()));
    return out;
  }

  private static List<String> reverse(List<PlannedOp> ops) {
    List<String> out = new ArrayList<>();
    for (int i = ops.size() - 1; i >= 0; i--) {
      out.addAll(ops.get(i).reverse());
    }
    return out;
  }
}
