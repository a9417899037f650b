package dev.laforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forge generate} plans the next migration of a project with forge.yaml. */
class GenerateMigrationsTest {

  private static final String V1 = """
      model Note {
        id: uuid pk
        title: string
        legacy: string optional
      }
      """;

  private static final String V2 = """
      model Note {
        id: uuid pk
        title: string
        body: text optional
      }
      """;

  @TempDir Path dir;
  private Path project;

  @BeforeEach
  void project() {
    project = dir.resolve("notes");
    TestFiles.write(project.resolve("forge.yaml"), "dialects: [postgres, sqlite]\n");
    TestFiles.write(project.resolve("domain.forge"), V1);
  }

  private String shown(String relative) {
    return Workspace.display(project.resolve(relative));
  }

  @Test
  void firstGenerationPlansTheInitialMigrationAndTheNextPlansNothing() {
    Cli.Result r = Cli.run("generate", "--now", "20250102030405", project).assertExit(ExitCode.OK).assertNoStackTrace();
    List<String> lines = r.outLines();
    int planned = lines.indexOf("planned migration 20250102030405_initial for postgres, sqlite");
    assertTrue(planned > 0, r.transcript());
    assertEquals(List.of(
        "wrote     " + shown("migrations/postgres/20250102030405_initial.sql"),
        "wrote     " + shown("migrations/postgres/20250102030405_initial.down.sql"),
        "wrote     " + shown("migrations/sqlite/20250102030405_initial.sql"),
        "wrote     " + shown("migrations/sqlite/20250102030405_initial.down.sql"),
        "wrote     " + shown(".laforge/schema.json")), lines.subList(planned + 1, lines.size()));
    assertEquals("", r.err());
    assertTrue(TestFiles.read(project.resolve("migrations/postgres/20250102030405_initial.sql"))
        .contains("CREATE TABLE \"notes\" ("));

    Cli.Result again = Cli.run("generate", "--now", "20250203040506", project).assertExit(ExitCode.OK);
    assertEquals("no schema change since the last migration: none planned", again.outLines().get(again.outLines().size() - 1));
    Cli.run("generate", "--check", project).assertExit(ExitCode.OK);
  }

  @Test
  void checkReportsUnplannedChangesWithoutWritingAndGenerateDefersTheDrop() throws IOException {
    Cli.run("generate", "--now", "20250102030405", project).assertExit(ExitCode.OK);
    TestFiles.write(project.resolve("domain.forge"), V2);
    Cli.Result check = Cli.run("generate", "--check", "--now", "20250203040506", project);
    check.assertExit(ExitCode.PROBLEMS).assertNoStackTrace();
    assertTrue(check.out().contains("unplanned schema change(s) for postgres, sqlite since .laforge/schema.json:"
        + " run forge generate to plan the migration"), check.transcript());
    assertEquals(2, count(project.resolve("migrations/postgres")));

    Cli.Result r = Cli.run("generate", "--now", "20250203040506", project).assertExit(ExitCode.OK);
    assertTrue(r.outLines().contains("planned migration 20250203040506_add_notes_body for postgres, sqlite"),
        r.transcript());
    assertTrue(r.outLines().contains("wrote     " + shown("migrations/postgres/20250203040506_add_notes_body_fallback.sql")),
        r.transcript());
    assertEquals(List.of(
        "warning LF402: dropping column notes.legacy deletes its values [postgres, sqlite]",
        "warning: destructive or data-dependent operations were not applied: review the _fallback.sql file(s),"
            + " or plan with --allow-destructive"), r.errLines());
    String sql = TestFiles.read(project.resolve("migrations/postgres/20250203040506_add_notes_body.sql"));
    assertTrue(sql.contains("ALTER TABLE \"notes\" ADD COLUMN \"body\" text;"), sql);
    assertFalse(sql.contains("DROP COLUMN \"legacy\""), sql);
    Cli.run("generate", "--check", project).assertExit(ExitCode.OK);
  }

  @Test
  void allowDestructiveDropsDirectly() {
    Cli.run("generate", "--now", "20250102030405", project).assertExit(ExitCode.OK);
    TestFiles.write(project.resolve("domain.forge"), V2);
    Cli.Result r = Cli.run("generate", "--allow-destructive", "--now", "2025-02-03T04:05:06Z", project).assertExit(ExitCode.OK);
    assertTrue(r.outLines().contains(
        "planned migration 20250203040506_add_notes_body for postgres, sqlite (--allow-destructive)"), r.transcript());
    assertEquals(List.of("warning LF402: dropping column notes.legacy deletes its values [postgres, sqlite]"), r.errLines());
    String sql = TestFiles.read(project.resolve("migrations/sqlite/20250203040506_add_notes_body.sql"));
    assertTrue(sql.contains("ALTER TABLE \"notes\" DROP COLUMN \"legacy\";"), sql);
  }

  @Test
  void anInvalidTimeIsAUsageError() {
    Cli.Result r = Cli.run("generate", "--now", "yesterday", project).assertExit(ExitCode.USAGE).assertNoStackTrace();
    assertEquals(List.of("forge: invalid time `yesterday` (--now or LAFORGE_NOW): expected yyyyMMddHHmmss or an ISO-8601"
        + " instant such as 2025-01-02T03:04:05Z"), r.errLines());
    assertFalse(Files.exists(project.resolve(".laforge")));
  }

  @Test
  void aCorruptSnapshotIsAUsageErrorAndNothingIsPlanned() {
    TestFiles.write(project.resolve(".laforge/schema.json"), "{\"models\": 3}\n");
    Cli.Result r = Cli.run("generate", project).assertExit(ExitCode.USAGE).assertNoStackTrace();
    assertTrue(r.err().startsWith("forge: cannot plan the migration: "), r.transcript());
    assertTrue(r.err().contains(".laforge/schema.json is not a LaForge snapshot"), r.transcript());
    assertFalse(Files.exists(project.resolve("migrations")));
    Cli.run("generate", "--check", project).assertExit(ExitCode.USAGE).assertNoStackTrace();
  }

  @Test
  void aProjectWithoutForgeYamlPlansNoMigration() throws IOException {
    Files.delete(project.resolve("forge.yaml"));
    Cli.run("generate", project).assertExit(ExitCode.OK);
    assertFalse(Files.exists(project.resolve("migrations")));
    assertFalse(Files.exists(project.resolve(".laforge")));
  }

  private static long count(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }
}
