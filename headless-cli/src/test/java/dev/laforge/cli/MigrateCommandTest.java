package dev.laforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.backend.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code forge migrate} and {@code forge status} with migration files written by the test (the
 * planning step is not part of these tests).
 */
class MigrateCommandTest {

  @TempDir Path dir;
  private Path project;
  private Path devDb;

  @BeforeEach
  void project() {
    project = dir.resolve("shop");
    TestFiles.write(project.resolve("domain.forge"), Sources.CLEAN);
    TestFiles.write(project.resolve("migrations/sqlite/20240101000000_users.sql"),
        "CREATE TABLE users (id integer PRIMARY KEY, note text DEFAULT 'a;b');\n");
    TestFiles.write(project.resolve("migrations/sqlite/20240102000000_posts.sql"),
        "CREATE TABLE posts (id integer PRIMARY KEY);\n");
    TestFiles.write(project.resolve("migrations/postgres/20240101000000_users.sql"),
        "CREATE TABLE users (id integer PRIMARY KEY);\nCREATE FUNCTION one() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\n");
    devDb = project.resolve(".laforge/dev.db");
  }

  @Test
  void checkExitsOneWithPendingMigrationsAndCreatesNothing() {
    Cli.Result r = Cli.run("migrate", project, "--check").assertExit(ExitCode.PROBLEMS).assertNoStackTrace();
    assertTrue(r.outLines().contains("pending: 20240101000000_users"), r.transcript());
    assertTrue(r.outLines().contains("pending: 20240102000000_posts"), r.transcript());
    assertFalse(Files.exists(devDb), "--check creates no database file");
  }

  @Test
  void migrateAppliesIntoTheDefaultSqliteFileThenCheckPasses() {
    Cli.Result r = Cli.run("migrate", project).assertExit(ExitCode.OK).assertNoStackTrace();
    assertTrue(r.outLines().get(0).matches("applied 20240101000000_users \\(\\d+ ms\\)"), r.transcript());
    assertTrue(r.outLines().get(1).matches("applied 20240102000000_posts \\(\\d+ ms\\)"), r.transcript());
    assertTrue(Files.exists(devDb));
    Cli.run("migrate", project, "--check").assertExit(ExitCode.OK);
    Cli.Result again = Cli.run("migrate", project).assertExit(ExitCode.OK);
    assertTrue(again.out().contains("nothing to apply"), again.transcript());
    Cli.Result status = Cli.run("status", project).assertExit(ExitCode.OK);
    assertTrue(status.outLines().get(0).startsWith("applied  20240101000000_users  "), status.transcript());
    assertTrue(status.out().contains("2 applied, 0 pending"), status.transcript());
  }

  @Test
  void dryRunChangesNothing() throws Exception {
    Cli.run("migrate", project, "--to", "20240101000000").assertExit(ExitCode.OK);
    byte[] before = Files.readAllBytes(devDb);
    Cli.Result r = Cli.run("migrate", project, "--dry-run").assertExit(ExitCode.OK);
    assertTrue(r.out().contains("would apply 20240102000000_posts (1 statement(s))"), r.transcript());
    assertTrue(r.out().contains("nothing was changed"), r.transcript());
    assertEquals(new String(before, java.nio.charset.StandardCharsets.ISO_8859_1),
        new String(Files.readAllBytes(devDb), java.nio.charset.StandardCharsets.ISO_8859_1));
    Cli.run("migrate", project, "--check").assertExit(ExitCode.PROBLEMS);
  }

  @Test
  void aTamperedChecksumIsRefused() throws Exception {
    Cli.run("migrate", project, "--to", "20240101000000_users").assertExit(ExitCode.OK);
    Files.writeString(project.resolve("migrations/sqlite/20240101000000_users.sql"), "CREATE TABLE users (id integer);\n");
    Cli.Result r = Cli.run("migrate", project).assertExit(ExitCode.PROBLEMS).assertNoStackTrace();
    assertTrue(r.err().contains("20240101000000_users.sql was changed after it was applied"), r.transcript());
    assertTrue(r.err().contains("nothing was applied"), r.transcript());
    Cli.Result status = Cli.run("status", project, "--format", "json").assertExit(ExitCode.PROBLEMS);
    assertTrue(status.out().contains("\"state\" : \"changed\""), status.transcript());
    assertTrue(status.out().contains("\"state\" : \"pending\""), status.transcript());
  }

  @Test
  void aFailingStatementIsReportedWithItsNumber() {
    TestFiles.write(project.resolve("migrations/sqlite/20240103000000_broken.sql"),
        "CREATE TABLE tags (id integer);\nINSERT INTO nowhere VALUES (1);\n");
    Cli.Result r = Cli.run("migrate", project).assertExit(ExitCode.PROBLEMS).assertNoStackTrace();
    assertTrue(r.err().contains("migration 20240103000000_broken failed at statement 2 (line 2 of "), r.transcript());
    assertTrue(r.err().contains("no such table: nowhere"), r.transcript());
    assertTrue(r.out().contains("2 migration(s) applied before the failure"), r.transcript());
  }

  @Test
  void badUrlsAndUnknownTargetsAreUsageErrors() {
    Cli.Result r = Cli.run("migrate", project, "--db", "postgres://app:s3cret@127.0.0.1:1/nodb").assertExit(ExitCode.USAGE);
    assertFalse(r.out().contains("s3cret") || r.err().contains("s3cret"), r.transcript());
    assertTrue(r.err().contains("forge: cannot connect to jdbc:postgresql://127.0.0.1:1/nodb (user app, password ****)"), r.transcript());
    Cli.run("migrate", project, "--db", "oracle://x").assertExit(ExitCode.USAGE);
    Cli.run("migrate", project, "--db", "mysql://root@127.0.0.1/test").assertExit(ExitCode.USAGE)
        .assertNoStackTrace();
    Cli.Result to = Cli.run("migrate", project, "--to", "nope").assertExit(ExitCode.USAGE);
    assertTrue(to.err().contains("--to nope names no migration file"), to.transcript());
  }

  @Test
  void migratesAPostgresDatabaseAndItsSandboxPasses() throws Exception {
    String name = "lf_run_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = TestDatabases.postgres(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    try {
      String url = "postgres://postgres@127.0.0.1:5432/" + name;
      Cli.Result sandbox = Cli.run("migrate", project, "--db", url, "--sandbox").assertExit(ExitCode.OK).assertNoStackTrace();
      assertTrue(sandbox.out().contains("passes  20240101000000_users"), sandbox.transcript());
      Cli.run("migrate", project, "--db", url, "--check").assertExit(ExitCode.PROBLEMS);
      Cli.run("migrate", project, "--db", url).assertExit(ExitCode.OK);
      Cli.run("migrate", project, "--db", url, "--check").assertExit(ExitCode.OK);
    } finally {
      try (Connection c = TestDatabases.postgres(); Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    }
  }
}
