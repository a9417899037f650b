package dev.laforge.backend.migrate.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.backend.naming.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The runner on real PostgreSQL, MariaDB and SQLite. */
class MigrationRunnerTest {

  private static final MigrationRunner.Listener QUIET = new MigrationRunner.Listener() {};

  @TempDir Path dir;

  private static String users(Dialect d) {
    return "-- users; the first table\nCREATE TABLE " + d.quote("user") + " (id integer PRIMARY KEY, "
        + d.quote("select") + " varchar(100) DEFAULT " + d.quoteString("it's; \"here\"") + ");\n";
  }

  private static String posts(Dialect d) {
    return "CREATE TABLE posts (id integer PRIMARY KEY, title varchar(200));\n"
        + "INSERT INTO posts (id, title) VALUES (1, 'a;b');\n";
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void appliesPendingMigrationsInOrderAndRecordsThem(Dialect dialect) throws Exception {
    List<Migration> files = List.of(
        RunDatabases.write(dir, "20240102000000_posts", posts(dialect)),
        RunDatabases.write(dir, "20240101000000_users", users(dialect)));
    List<Migration> sorted = Migration.scan(dir);
    assertEquals(List.of("20240101000000_users", "20240102000000_posts"), sorted.stream().map(Migration::id).toList());
    try (RunDatabases.Db db = RunDatabases.open(dialect)) {
      MigrationRunner runner = new MigrationRunner(db.connection(), dialect);
      List<String> heard = new ArrayList<>();
      MigrationRunner.Result result = runner.apply(sorted, null, false, new MigrationRunner.Listener() {
        @Override
        public void applied(AppliedMigration migration) {
          heard.add(migration.id());
        }

        @Override
        public void warning(String message) {
          heard.add("warning: " + message);
        }
      });
      List<String> expected = new ArrayList<>(List.of("20240101000000_users", "20240102000000_posts"));
      if (dialect == Dialect.MYSQL) {
        expected.add(0, "warning: " + MigrationRunner.IMPLICIT_COMMIT_WARNING);
      }
      assertEquals(expected, heard);
      assertEquals(2, result.applied().size());
      assertEquals(List.of("20240101000000_users|" + files.get(1).checksum(), "20240102000000_posts|" + files.get(0).checksum()),
          db.history());
      assertEquals(List.of("1|a;b"), db.query("SELECT id, title FROM posts"));
      assertTrue(runner.status(sorted).entries().stream().allMatch(e -> e.state() == MigrationStatus.State.APPLIED));
      assertEquals(List.of(), runner.apply(sorted, null, false, QUIET).applied(), "nothing left to apply");
    }
  }

  @ParameterizedTest
  @EnumSource(value = Dialect.class, names = {"POSTGRES", "MYSQL"})
  void waitsForTheMigrationLockOfAnotherRunAndAppliesNothingWhileItIsHeld(Dialect dialect) throws Exception {
    Migration users = RunDatabases.write(dir, "20240101000000_users", users(dialect));
    try (RunDatabases.Db db = RunDatabases.open(dialect); Connection other = RunDatabases.sameDatabase(db)) {
      List<String> catalog = db.catalog();
      RunLock held = RunLock.acquire(other, dialect, Duration.ZERO);
      long start = System.nanoTime();
      MigrationException e = assertThrows(MigrationException.class, () -> new MigrationRunner(db.connection(), dialect)
          .lockTimeout(Duration.ofSeconds(1)).apply(List.of(users), null, false, QUIET));
      assertEquals(MigrationException.Kind.LOCKED, e.kind());
      assertTrue(System.nanoTime() - start >= Duration.ofMillis(900).toNanos(), "waited for the lock");
      assertTrue(e.getMessage().contains("nothing was applied"), e.getMessage());
      assertEquals(catalog, db.catalog());
      assertEquals(List.of(), db.history());
      assertTrue(new MigrationRunner(db.connection(), dialect).apply(List.of(users), null, true, QUIET).dryRun(),
          "a dry run reads without the lock");
      held.close();
      assertEquals(1, new MigrationRunner(db.connection(), dialect).lockTimeout(Duration.ofSeconds(1))
          .apply(List.of(users), null, false, QUIET).applied().size());
      RunLock.acquire(other, dialect, Duration.ZERO).close();
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void refusesAChangedChecksumAndAppliesNothing(Dialect dialect) throws Exception {
    Migration users = RunDatabases.write(dir, "20240101000000_users", users(dialect));
    try (RunDatabases.Db db = RunDatabases.open(dialect)) {
      MigrationRunner runner = new MigrationRunner(db.connection(), dialect);
      runner.apply(List.of(users), null, false, QUIET);
      Files.writeString(users.path(), users(dialect) + "-- edited afterwards\n");
      RunDatabases.write(dir, "20240102000000_posts", posts(dialect));
      List<String> catalog = db.catalog();
      List<String> history = db.history();
      List<Migration> files = Migration.scan(dir);
      assertEquals(MigrationStatus.State.CHANGED, runner.status(files).entries().get(0).state());
      MigrationException e = assertThrows(MigrationException.class, () -> runner.apply(files, null, false, QUIET));
      assertEquals(MigrationException.Kind.CHECKSUM_CHANGED, e.kind());
      assertTrue(e.getMessage().contains(users.path().toString()), e.getMessage());
      assertTrue(e.getMessage().contains("nothing was applied"), e.getMessage());
      assertEquals(catalog, db.catalog());
      assertEquals(history, db.history());
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void refusesAnAppliedMigrationWhoseFileIsGone(Dialect dialect) throws Exception {
    Migration users = RunDatabases.write(dir, "20240101000000_users", users(dialect));
    try (RunDatabases.Db db = RunDatabases.open(dialect)) {
      MigrationRunner runner = new MigrationRunner(db.connection(), dialect);
      runner.apply(List.of(users), null, false, QUIET);
      Files.delete(users.path());
      List<Migration> files = List.of(RunDatabases.write(dir, "20240102000000_posts", posts(dialect)));
      assertEquals(MigrationStatus.State.MISSING_FILE, runner.status(files).entries().get(0).state());
      MigrationException e = assertThrows(MigrationException.class, () -> runner.apply(files, null, false, QUIET));
      assertEquals(MigrationException.Kind.FILE_MISSING, e.kind());
      assertTrue(e.getMessage().contains("20240101000000_users"), e.getMessage());
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void dryRunChangesNothing(Dialect dialect) throws Exception {
    Migration users = RunDatabases.write(dir, "20240101000000_users", users(dialect));
    Migration posts = RunDatabases.write(dir, "20240102000000_posts", posts(dialect));
    try (RunDatabases.Db db = RunDatabases.open(dialect)) {
      MigrationRunner runner = new MigrationRunner(db.connection(), dialect);
      runner.apply(List.of(users, posts), "20240101000000", false, QUIET);
      List<String> catalog = db.catalog();
      List<String> history = db.history();
      List<String> heard = new ArrayList<>();
      MigrationRunner.Result result = runner.apply(List.of(users, posts), null, true, new MigrationRunner.Listener() {
        @Override
        public void wouldApply(Migration migration, List<SqlStatements.Statement> statements) {
          heard.add(migration.id() + ":" + statements.size());
        }
      });
      assertTrue(result.dryRun());
      assertEquals(List.of("20240102000000_posts:2"), heard);
      assertEquals(catalog, db.catalog());
      assertEquals(history, db.history());
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void dryRunOnAnEmptyDatabaseDoesNotCreateTheHistory(Dialect dialect) throws Exception {
    Migration users = RunDatabases.write(dir, "20240101000000_users", users(dialect));
    try (RunDatabases.Db db = RunDatabases.open(dialect)) {
      new MigrationRunner(db.connection(), dialect).apply(List.of(users), null, true, QUIET);
      assertEquals(List.of(), db.catalog());
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aFailingMigrationLeavesTheDatabaseAndHistoryAsTheyWere(Dialect dialect) throws Exception {
    Migration users = RunDatabases.write(dir, "20240101000000_users", users(dialect));
    Migration broken = RunDatabases.write(dir, "20240102000000_broken",
        "CREATE TABLE tags (id integer PRIMARY KEY);\n\nINSERT INTO missing_table (x) VALUES (1);\nCREATE TABLE never (id integer);\n");
    try (RunDatabases.Db db = RunDatabases.open(dialect)) {
      MigrationRunner runner = new MigrationRunner(db.connection(), dialect);
      runner.apply(List.of(users), null, false, QUIET);
      List<String> catalog = db.catalog();
      List<String> history = db.history();
      MigrationException e = assertThrows(MigrationException.class,
          () -> runner.apply(List.of(users, broken), null, false, QUIET));
      assertEquals(MigrationException.Kind.STATEMENT_FAILED, e.kind());
      assertEquals(2, e.failure().statement().number());
      assertEquals(3, e.failure().statement().line());
      assertTrue(e.getMessage().startsWith("migration 20240102000000_broken failed at statement 2 (line 3 of "), e.getMessage());
      assertTrue(e.getMessage().contains("INSERT INTO missing_table (x) VALUES (1)"), e.getMessage());
      assertTrue(e.getMessage().toLowerCase().contains("missing_table"), e.getMessage());
      assertEquals(history, db.history(), "no history row for the failed migration");
      if (dialect == Dialect.MYSQL) {
        assertTrue(e.getMessage().contains("statements 1-1 of this migration stayed applied"), e.getMessage());
        assertTrue(db.catalog().stream().anyMatch(row -> row.startsWith("tags|")), "MariaDB committed the first statement");
      } else {
        assertTrue(e.getMessage().contains("rolled back"), e.getMessage());
        assertEquals(catalog, db.catalog());
      }
      assertTrue(db.connection().getAutoCommit(), "the connection is back in its own mode");
    }
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void toAppliesUpToAndIncludingTheNamedMigration(Dialect dialect) throws Exception {
    List<Migration> files = List.of(
        RunDatabases.write(dir, "20240101000000_a", "CREATE TABLE a (id integer)"),
        RunDatabases.write(dir, "20240102000000_b", "CREATE TABLE b (id integer)"),
        RunDatabases.write(dir, "20240103000000_c", "CREATE TABLE c (id integer)"));
    try (RunDatabases.Db db = RunDatabases.open(dialect)) {
      MigrationRunner runner = new MigrationRunner(db.connection(), dialect);
      assertEquals(2, runner.apply(files, "20240102000000_b", false, QUIET).applied().size());
      assertEquals(List.of("20240101000000_a", "20240102000000_b"), db.history().stream().map(r -> r.split("\\|")[0]).toList());
      MigrationException unknown = assertThrows(MigrationException.class, () -> runner.apply(files, "2024", false, QUIET));
      assertEquals(MigrationException.Kind.UNKNOWN_TARGET, unknown.kind());
      assertEquals(List.of(), runner.apply(files, "20240101000000", false, QUIET).applied(), "already applied");
      assertEquals(1, runner.apply(files, "20240103000000", false, QUIET).applied().size());
      assertEquals(3, db.history().size());
    }
  }

  @org.junit.jupiter.api.Test
  void sqliteChecksForeignKeysBeforeCommitAndRestoresEnforcement() throws Exception {
    Migration parents = RunDatabases.write(dir, "20240101000000_parents",
        "CREATE TABLE parents (id integer PRIMARY KEY);\nCREATE TABLE children (id integer PRIMARY KEY,"
            + " parent_id integer REFERENCES parents (id));\nINSERT INTO parents VALUES (1);\nINSERT INTO children VALUES (1, 1);");
    Migration orphan = RunDatabases.write(dir, "20240102000000_orphan", "INSERT INTO children VALUES (2, 99);");
    try (RunDatabases.Db db = RunDatabases.open(Dialect.SQLITE)) {
      MigrationRunner runner = new MigrationRunner(db.connection(), Dialect.SQLITE);
      runner.apply(List.of(parents), null, false, QUIET);
      MigrationException e = assertThrows(MigrationException.class,
          () -> runner.apply(List.of(parents, orphan), null, false, QUIET));
      assertEquals(MigrationRunner.SQLITE_CONSTRAINT_FOREIGNKEY, e.failure().errorCode());
      assertTrue(e.getMessage().contains("failed the foreign key check after its last statement"), e.getMessage());
      assertTrue(e.getMessage().contains("row 2 of children references a missing row of parents"), e.getMessage());
      assertEquals(List.of("1|1"), db.query("SELECT id, parent_id FROM children"));
      assertEquals(List.of("1"), db.query("PRAGMA foreign_keys"), "enforcement is on again");
    }
  }
}
