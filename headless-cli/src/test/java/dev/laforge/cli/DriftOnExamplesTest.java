package dev.laforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.migrate.SchemaState;
import dev.laforge.backend.migrate.introspect.DeclaredPolicies;
import dev.laforge.backend.migrate.introspect.DriftReport;
import dev.laforge.backend.migrate.introspect.Introspector;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.policy.RlsWriter;
import dev.laforge.backend.sql.mysql.MySqlDdlWriter;
import dev.laforge.backend.sql.postgres.PostgresDdlWriter;
import dev.laforge.backend.sql.sqlite.SqliteDdlWriter;
import dev.laforge.backend.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Needs the databases: the schema generated for each example (with its row-level security on
 * PostgreSQL), applied to a fresh database and read back by the introspector, shows no drift at
 * all — not even a note — on PostgreSQL, MariaDB and SQLite.
 */
class DriftOnExamplesTest {

  static Domain load(String example) {
    DomainCommand.Loaded loaded = DomainCommand.locateAndLoad(List.of(TestFiles.example(example)),
        new PrintWriter(new StringWriter()));
    assertEquals(false, loaded.result().hasErrors(), example + " loads without errors");
    return loaded.domain();
  }

  @ParameterizedTest
  @ValueSource(strings = {"blog", "saas-crm"})
  void postgres(String example) throws Exception {
    Domain domain = load(example);
    try (TestDatabases.PostgresSchema db = TestDatabases.postgresSchema()) {
      db.execute(PostgresDdlWriter.write(domain));
      db.execute(RlsWriter.write(domain));
      DriftReport report = DriftReport.detect(
          SchemaState.of(domain, Dialect.POSTGRES).withPolicies(DeclaredPolicies.normalise(db.connection(), domain)),
          Introspector.read(db.connection(), Dialect.POSTGRES));
      assertEquals(List.of(), report.items(), report.text());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"blog", "saas-crm"})
  void mariadb(String example) throws Exception {
    Domain domain = load(example);
    try (TestDatabases.MariaDbDatabase db = TestDatabases.mariadbDatabase()) {
      db.execute(MySqlDdlWriter.write(domain));
      DriftReport report = DriftReport.detect(SchemaState.of(domain, Dialect.MYSQL), Introspector.read(db.connection(), Dialect.MYSQL));
      assertEquals(List.of(), report.items(), report.text());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"blog", "saas-crm"})
  void sqlite(String example) throws Exception {
    Domain domain = load(example);
    try (Connection c = TestDatabases.sqlite(); Statement s = c.createStatement()) {
      s.executeUpdate(SqliteDdlWriter.write(domain));
      DriftReport report = DriftReport.detect(SchemaState.of(domain, Dialect.SQLITE), Introspector.read(c, Dialect.SQLITE));
      assertEquals(List.of(), report.items(), report.text());
    }
  }
}
