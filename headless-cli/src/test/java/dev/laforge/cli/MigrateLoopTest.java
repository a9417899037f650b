package dev.laforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development loop of docs/migrations.md on the blog example and the default SQLite database:
 * edit the domain, {@code forge migrate --sandbox} plans the change and tries it on a copy,
 * {@code forge migrate} applies it, and {@code status}, {@code drift} and {@code --check} agree.
 */
class MigrateLoopTest {

  @TempDir Path dir;

  @Test
  void editSandboxMigrateStatusDrift() throws Exception {
    Path blog = TestFiles.copyExample("blog", dir);
    Cli.run("migrate", blog).assertExit(ExitCode.OK).assertNoStackTrace();
    Path domain = blog.resolve("domain.forge");
    TestFiles.write(domain, TestFiles.read(domain).replace("  slug: string optional\n", "  slug: string optional\n  subtitle: string optional\n"));

    Cli.Result check = Cli.run("migrate", blog, "--check").assertExit(ExitCode.PROBLEMS).assertNoStackTrace();
    assertTrue(check.out().contains("unplanned schema change(s)"), check.transcript());

    Cli.Result sandbox = Cli.run("migrate", blog, "--sandbox").assertExit(ExitCode.OK).assertNoStackTrace();
    String id = sandbox.outLines().get(0).replaceFirst("^planned migration (\\S+) for .*$", "$1");
    assertTrue(id.matches("[0-9]{14}_add_posts_subtitle"), sandbox.transcript());
    assertTrue(Files.exists(blog.resolve("migrations/sqlite/" + id + ".sql")), sandbox.transcript());
    assertTrue(sandbox.outLines().contains("passes  " + id), sandbox.transcript());
    Cli.Result pending = Cli.run("status", blog).assertExit(ExitCode.OK);
    assertTrue(pending.out().contains("1 applied, 1 pending"), "the sandbox leaves the database as it was: " + pending.transcript());
    Cli.run("drift", blog, "--db", "sqlite:" + blog.resolve(".laforge/dev.db")).assertExit(ExitCode.PROBLEMS);

    Cli.Result migrate = Cli.run("migrate", blog).assertExit(ExitCode.OK).assertNoStackTrace();
    assertTrue(migrate.outLines().get(0).startsWith("applied " + id + " ("), migrate.transcript());
    Cli.Result status = Cli.run("status", blog).assertExit(ExitCode.OK);
    assertTrue(status.out().contains("2 applied, 0 pending"), status.transcript());
    Cli.Result drift = Cli.run("drift", blog, "--db", "sqlite:" + blog.resolve(".laforge/dev.db")).assertExit(ExitCode.OK);
    assertEquals("no drift (sqlite)\n", drift.out());
    Cli.run("migrate", blog, "--check").assertExit(ExitCode.OK);
  }
}
