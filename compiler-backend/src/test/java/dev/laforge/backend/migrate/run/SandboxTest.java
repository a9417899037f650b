package dev.laforge.backend.migrate.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.backend.db.DatabaseUrl;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The sandbox on real engines: each failure kind is classified, repaired, and the repair passes. */
class SandboxTest {

  private static final String BASE = "CREATE TABLE users (id integer PRIMARY KEY, name varchar(50), code varchar(10));\n"
      + "CREATE TABLE posts (id integer PRIMARY KEY, user_id integer);\n"
      + "INSERT INTO users (id, name, code) VALUES (1, NULL, '12'), (2, 'b', '34');\n"
      + "INSERT INTO posts (id, user_id) VALUES (1, 1), (2, 99);\n";

  @TempDir Path dir;

  static Stream<Arguments> cases() {
    String indexFirst = "CREATE INDEX tags_name ON tags (name);\nCREATE TABLE tags (id integer PRIMARY KEY, name varchar(20));";
    String addFk = "ALTER TABLE posts ADD CONSTRAINT posts_user_fk FOREIGN KEY (user_id) REFERENCES users (id);";
    return Stream.of(
        Arguments.of(Dialect.POSTGRES, FailureKind.MISSING_TABLE, indexFirst, "moved CREATE TABLE tags"),
        Arguments.of(Dialect.POSTGRES, FailureKind.MISSING_COLUMN, "ALTER TABLE users DROP COLUMN nickname;", "DROP COLUMN IF EXISTS nickname"),
        Arguments.of(Dialect.POSTGRES, FailureKind.FK_VIOLATION, addFk, "DELETE FROM posts WHERE user_id IS NOT NULL AND NOT EXISTS"),
        Arguments.of(Dialect.POSTGRES, FailureKind.INVALID_DEFAULT, "ALTER TABLE users ADD COLUMN age integer DEFAULT 'abc';",
            "ALTER TABLE users ADD COLUMN age integer;"),
        Arguments.of(Dialect.POSTGRES, FailureKind.TYPE_MISMATCH, "ALTER TABLE users ALTER COLUMN code TYPE integer;",
            "USING code::integer"),
        Arguments.of(Dialect.POSTGRES, FailureKind.NOT_NULL_VIOLATION, "ALTER TABLE users ADD COLUMN email varchar(100) NOT NULL;",
            "UPDATE users SET email = /* LAFORGE-REVIEW placeholder */ '' WHERE email IS NULL;\n\n"
                + "ALTER TABLE users ALTER COLUMN email SET NOT NULL;"),
        Arguments.of(Dialect.SQLITE, FailureKind.MISSING_TABLE, indexFirst, "moved CREATE TABLE tags"),
        Arguments.of(Dialect.SQLITE, FailureKind.MISSING_COLUMN, "ALTER TABLE users DROP COLUMN nickname;", "-- LAFORGE-REVIEW: skipped"),
        Arguments.of(Dialect.SQLITE, FailureKind.FK_VIOLATION,
            "CREATE TABLE posts_new (id integer PRIMARY KEY, user_id integer REFERENCES users (id));\n"
                + "INSERT INTO posts_new (id, user_id) SELECT id, user_id FROM posts;\nDROP TABLE posts;\n"
                + "ALTER TABLE posts_new RENAME TO posts;",
            "DELETE FROM \"posts\" WHERE rowid IN (SELECT rowid FROM pragma_foreign_key_check('posts'))"),
        Arguments.of(Dialect.SQLITE, FailureKind.INVALID_DEFAULT, "ALTER TABLE users ADD COLUMN created_at text DEFAULT CURRENT_TIMESTAMP;",
            "UPDATE users SET created_at = CURRENT_TIMESTAMP"),
        Arguments.of(Dialect.SQLITE, FailureKind.TYPE_MISMATCH,
            "CREATE TABLE users_strict (id INTEGER PRIMARY KEY, code INTEGER) STRICT;\n"
                + "INSERT INTO users_strict (id, code) SELECT id, name FROM users;",
            "SELECT id, CAST(name AS INTEGER) FROM users"),
        Arguments.of(Dialect.SQLITE, FailureKind.NOT_NULL_VIOLATION, "ALTER TABLE users ADD COLUMN email varchar(100) NOT NULL;",
            "ADD COLUMN email varchar(100) NOT NULL DEFAULT /* LAFORGE-REVIEW placeholder */ ''"),
        Arguments.of(Dialect.MYSQL, FailureKind.MISSING_TABLE, indexFirst, "moved CREATE TABLE tags"),
        Arguments.of(Dialect.MYSQL, FailureKind.MISSING_COLUMN, "ALTER TABLE users DROP COLUMN nickname;", "DROP COLUMN IF EXISTS nickname"),
        Arguments.of(Dialect.MYSQL, FailureKind.FK_VIOLATION, addFk, "DELETE FROM posts WHERE user_id IS NOT NULL AND NOT EXISTS"),
        Arguments.of(Dialect.MYSQL, FailureKind.INVALID_DEFAULT, "ALTER TABLE users ADD COLUMN age integer DEFAULT 'abc';",
            "ALTER TABLE users ADD COLUMN age integer;"),
        Arguments.of(Dialect.MYSQL, FailureKind.NOT_NULL_VIOLATION, "ALTER TABLE users MODIFY name varchar(50) NOT NULL;",
            "UPDATE users SET name = /* LAFORGE-REVIEW placeholder */ '' WHERE name IS NULL;"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void classifiesRepairsAndProvesTheRepair(Dialect dialect, FailureKind kind, String migration, String expected) throws Exception {
    Path migrations = dir.resolve("migrations");
    Migration base = RunDatabases.write(migrations, "20240101000000_base", BASE);
    Migration next = RunDatabases.write(migrations, "20240102000000_next", migration);
    try (TargetDatabase target = TargetDatabase.create(dialect, dir)) {
      try (Connection connection = target.url.connect()) {
        new MigrationRunner(connection, dialect).apply(List.of(base), null, false, new MigrationRunner.Listener() {});
      }
      List<String> before = target.snapshot();
      Path repaired = dir.resolve(".laforge/repaired");

      Sandbox.Result result = new Sandbox(target.url).run(List.of(base, next), repaired);

      assertTrue(!result.ok(), () -> "the migration should fail in the sandbox: " + result);
      Sandbox.Failed failed = result.failure();
      assertEquals(kind, failed.kind(), failed.failure().databaseMessage());
      assertNotNull(failed.repair(), () -> "no repair for " + failed);
      String script = Files.readString(failed.repairedFile());
      assertEquals(repaired.resolve("20240102000000_next.sql"), failed.repairedFile());
      assertTrue(script.startsWith("-- Repaired by forge migrate --sandbox"), script);
      assertTrue(script.contains("-- Failure: " + kind + " at statement "), script);
      assertTrue(script.contains(expected), script);
      assertTrue(failed.repairPasses(), () -> "the repaired script fails: " + failed.repairFailure() + "\n" + script);
      assertEquals(before, target.snapshot(), "the sandbox never changes the database");
    }
  }

  @org.junit.jupiter.api.Test
  void passingMigrationsApplyOnlyInTheScratchCopy() throws Exception {
    Path migrations = dir.resolve("migrations");
    Migration base = RunDatabases.write(migrations, "20240101000000_base", BASE);
    Migration next = RunDatabases.write(migrations, "20240102000000_next", "ALTER TABLE users ADD COLUMN age integer;");
    try (TargetDatabase target = TargetDatabase.create(Dialect.POSTGRES, dir)) {
      try (Connection connection = target.url.connect()) {
        new MigrationRunner(connection, Dialect.POSTGRES).apply(List.of(base), null, false, new MigrationRunner.Listener() {});
      }
      List<String> before = target.snapshot();
      Sandbox.Result result = new Sandbox(target.url).run(List.of(base, next), dir.resolve("repaired"));
      assertTrue(result.ok());
      assertEquals(List.of(next), result.passed());
      assertTrue(result.scratch().contains("TEMPLATE"), result.scratch());
      assertEquals(before, target.snapshot());
      assertTrue(!Files.exists(dir.resolve("repaired")));
    }
  }

  /** A database of its own on each engine, named by a URL as a user gives it; dropped on close. */
  static final class TargetDatabase implements AutoCloseable {
    final DatabaseUrl url;
    private final Dialect dialect;
    private final String name;

    private TargetDatabase(DatabaseUrl url, Dialect dialect, String name) {
      this.url = url;
      this.dialect = dialect;
      this.name = name;
    }

    static TargetDatabase create(Dialect dialect, Path dir) throws Exception {
      String name = "lf_run_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      switch (dialect) {
        case POSTGRES -> {
          try (Connection c = TestDatabases.postgres(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
          }
          return new TargetDatabase(new DatabaseUrl(dialect, "jdbc:postgresql://127.0.0.1:5432/" + name, "postgres", null), dialect, name);
        }
        case MYSQL -> {
          try (Connection c = TestDatabases.mariadb(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
          }
          return new TargetDatabase(new DatabaseUrl(dialect, "jdbc:mariadb://127.0.0.1:3306/" + name, "root", null), dialect, name);
        }
        default -> {
          return new TargetDatabase(DatabaseUrl.sqlite(dir.resolve(name + ".db")), dialect, name);
        }
      }
    }

    List<String> snapshot() throws Exception {
      try (Connection c = url.connect()) {
        RunDatabases.Db db = new RunDatabases.Db(dialect, c, null);
        List<String> all = new java.util.ArrayList<>(db.catalog());
        all.addAll(db.history());
        all.addAll(db.query("SELECT id, name, code FROM users ORDER BY id"));
        all.addAll(db.query("SELECT id, user_id FROM posts ORDER BY id"));
        return all;
      }
    }

    @Override
    public void close() throws Exception {
      switch (dialect) {
        case POSTGRES -> {
          try (Connection c = TestDatabases.postgres(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
          }
        }
        case MYSQL -> {
          try (Connection c = TestDatabases.mariadb(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
          }
        }
        default -> { }
      }
    }
  }
}
