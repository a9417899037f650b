package dev.laforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.backend.policy.RlsSafetyCheck;
import dev.laforge.backend.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Needs the databases: every file {@code forge generate} writes for the examples, with all three
 * dialects configured, runs on its real engine — PostgreSQL schema + RLS + app role (twice, the RLS
 * script is idempotent), MariaDB schema, SQLite schema — and the generated RLS passes the static
 * fail-open check.
 */
class ExampleSqlOnEveryEngineTest {

  @TempDir Path dir;

  private Path generate(String example) {
    Path project = TestFiles.copyExample(example, dir);
    String yaml = TestFiles.read(project.resolve("forge.yaml")).replaceAll("(?m)^dialects:.*$", "dialects: [postgres, mysql, sqlite]");
    TestFiles.write(project.resolve("forge.yaml"), yaml);
    Path out = dir.resolve("out-" + example);
    Cli.run("generate", "--out", out, project).assertExit(ExitCode.OK).assertNoStackTrace();
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"blog", "saas-crm"})
  void postgresSchemaRlsAndAppRoleApplyAndAreFailClosed(String example) throws SQLException {
    Path out = generate(example);
    String rls = TestFiles.read(out.resolve("sql/postgres/rls.sql"));
    try (TestDatabases.PostgresSchema db = TestDatabases.postgresSchema()) {
      db.execute(TestFiles.read(out.resolve("sql/postgres/schema.sql")));
      db.execute(rls);
      db.execute(rls);
      db.execute(TestFiles.read(out.resolve("sql/postgres/app_role.sql")));
      try (Statement s = db.connection().createStatement();
          ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
              + " WHERE n.nspname = current_schema() AND c.relkind = 'r' AND NOT (c.relrowsecurity AND c.relforcerowsecurity)")) {
        rs.next();
        assertEquals(0, rs.getInt(1), "every table of " + example + " has ENABLE and FORCE ROW LEVEL SECURITY");
      }
    }
    List<String> tables = TestFiles.read(out.resolve("sql/postgres/schema.sql")).lines()
        .filter(l -> l.startsWith("CREATE TABLE \""))
        .map(l -> l.substring("CREATE TABLE \"".length(), l.indexOf('"', "CREATE TABLE \"".length())))
        .toList();
    assertEquals(List.of(), RlsSafetyCheck.check(tables, rls), "static fail-open check of " + example);
  }

  @ParameterizedTest
  @ValueSource(strings = {"blog", "saas-crm"})
  void mariadbSchemaApplies(String example) throws SQLException {
    Path out = generate(example);
    try (TestDatabases.MariaDbDatabase db = TestDatabases.mariadbDatabase()) {
      db.execute(TestFiles.read(out.resolve("sql/mysql/schema.sql")));
      assertEquals(tableCount(out, "mysql"), count(db.connection(),
          "SELECT count(*) FROM information_schema.tables WHERE table_schema = DATABASE()"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"blog", "saas-crm"})
  void sqliteSchemaApplies(String example) throws SQLException {
    Path out = generate(example);
    try (Connection c = TestDatabases.sqlite(); Statement s = c.createStatement()) {
      // sqlite-jdbc's execute() stops after the first statement of a script; executeUpdate runs all.
      s.executeUpdate(TestFiles.read(out.resolve("sql/sqlite/schema.sql")));
      assertEquals(tableCount(out, "sqlite"), count(c, "SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
    }
  }

  private static long tableCount(Path out, String dialect) {
    long n = TestFiles.read(out.resolve("sql/" + dialect + "/schema.sql")).lines().filter(l -> l.startsWith("CREATE TABLE ")).count();
    assertTrue(n >= 3, "tables in " + dialect + " schema");
    return n;
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
