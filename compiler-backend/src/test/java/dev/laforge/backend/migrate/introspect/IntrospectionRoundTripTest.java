package dev.laforge.backend.migrate.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.migrate.SchemaState;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.policy.RlsWriter;
import dev.laforge.backend.sql.mysql.MySqlDdlWriter;
import dev.laforge.backend.sql.postgres.PostgresDdlWriter;
import dev.laforge.backend.sql.sqlite.SqliteDdlWriter;
import dev.laforge.backend.testing.SampleDomains;
import dev.laforge.backend.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Needs the databases: every sample domain (every type and default, self-references, reserved
 * words and quotes in names, names at the length limit) is created on each engine from the
 * generated DDL (and RLS on PostgreSQL), read back, and compared with its declaration: no item,
 * not even a note, so introspection is the exact inverse of the DDL writers.
 */
class IntrospectionRoundTripTest {

  static List<String> cases() {
    return SampleDomains.caseNames();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void postgres(String name) throws Exception {
    Domain domain = SampleDomains.CASES.get(name).get();
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
  @MethodSource("cases")
  void mariadb(String name) throws Exception {
    Domain domain = SampleDomains.CASES.get(name).get();
    try (TestDatabases.MariaDbDatabase db = TestDatabases.mariadbDatabase()) {
      db.execute(MySqlDdlWriter.write(domain));
      DriftReport report = DriftReport.detect(SchemaState.of(domain, Dialect.MYSQL), Introspector.read(db.connection(), Dialect.MYSQL));
      assertEquals(List.of(), report.items(), report.text());
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void sqlite(String name) throws Exception {
    Domain domain = SampleDomains.CASES.get(name).get();
    try (Connection c = TestDatabases.sqlite(); Statement s = c.createStatement()) {
      s.executeUpdate(SqliteDdlWriter.write(domain));
      DriftReport report = DriftReport.detect(SchemaState.of(domain, Dialect.SQLITE), Introspector.read(c, Dialect.SQLITE));
      assertEquals(List.of(), report.items(), report.text());
    }
  }
}
