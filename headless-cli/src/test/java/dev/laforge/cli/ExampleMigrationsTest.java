package dev.laforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.laforge.backend.migrate.run.Migration;
import dev.laforge.backend.migrate.plan.MigrationStore;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.testing.Catalogs;
import dev.laforge.backend.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Needs the databases. The migrations committed with each example, run file by file on an empty
 * database, give the catalog of its generated schema (and, on PostgreSQL, its RLS script).
 */
class ExampleMigrationsTest {

  @TempDir Path dir;

  private Path generate(String example) {
    Path project = TestFiles.copyExample(example, dir);
    Path out = dir.resolve("out-" + example);
    Cli.run("generate", "--out", out, project).assertExit(ExitCode.OK).assertNoStackTrace();
    return out;
  }

  private static List<Migration> migrations(String example, Dialect dialect) throws IOException {
    List<Migration> files = new MigrationStore(TestFiles.example(example)).migrations(dialect);
    assertFalse(files.isEmpty(), "examples/" + example + " has migrations for " + dialect.id());
    return files;
  }

  @ParameterizedTest
  @ValueSource(strings = {"blog", "saas-crm"})
  void postgres(String example) throws Exception {
    Path out = generate(example);
    List<String> expected;
    try (TestDatabases.PostgresSchema db = TestDatabases.postgresSchema()) {
      db.execute(TestFiles.read(out.resolve("sql/postgres/schema.sql")));
      db.execute(TestFiles.read(out.resolve("sql/postgres/rls.sql")));
      expected = Catalogs.postgres(db.connection(), db.name());
    }
    try (TestDatabases.PostgresSchema db = TestDatabases.postgresSchema()) {
      for (Migration file : migrations(example, Dialect.POSTGRES)) {
        db.execute(TestFiles.read(file.path()));
      }
      assertEquals(String.join("\n", expected), String.join("\n", Catalogs.postgres(db.connection(), db.name())));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"blog", "saas-crm"})
  void mariadb(String example) throws Exception {
    Path out = generate(example);
    List<String> expected;
    try (TestDatabases.MariaDbDatabase db = TestDatabases.mariadbDatabase()) {
      db.execute(TestFiles.read(out.resolve("sql/mysql/schema.sql")));
      expected = Catalogs.mariadb(db.connection(), db.name());
    }
    try (TestDatabases.MariaDbDatabase db = TestDatabases.mariadbDatabase()) {
      for (Migration file : migrations(example, Dialect.MYSQL)) {
        db.execute(TestFiles.read(file.path()));
      }
      assertEquals(String.join("\n", expected), String.join("\n", Catalogs.mariadb(db.connection(), db.name())));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"blog", "saas-crm"})
  void sqlite(String example) throws IOException, SQLException {
    Path out = generate(example);
    List<String> expected;
    try (Connection c = TestDatabases.sqlite(); Statement s = c.createStatement()) {
      s.executeUpdate(TestFiles.read(out.resolve("sql/sqlite/schema.sql")));
      expected = Catalogs.sqlite(c);
    }
    try (Connection c = TestDatabases.sqlite(); Statement s = c.createStatement()) {
      for (Migration file : migrations(example, Dialect.SQLITE)) {
        s.executeUpdate(TestFiles.read(file.path()));
      }
      assertEquals(String.join("\n", expected), String.join("\n", Catalogs.sqlite(c)));
    }
  }
}
