package dev.laforge.cli;

import dev.laforge.language.project.ProjectLocator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** forge.yaml: domain globs, outDir and dialects, and the errors of a bad project file. */
class ProjectConfigTest {

  @TempDir Path project;

  private void yaml(String text) {
    TestFiles.write(project.resolve(ProjectLocator.PROJECT_FILE), text);
  }

  @Test
  void domainGlobsChooseTheFiles() {
    TestFiles.write(project.resolve("models/tags.forge"), Sources.CLEAN);
    TestFiles.write(project.resolve("drafts/broken.forge"), Sources.BROKEN);
    Cli.run("check", project).assertExit(ExitCode.PROBLEMS);

    yaml("domain: [\"models/*.forge\"]\n");
    assertEquals(List.of("checked 1 file: no problems"), Cli.run("check", project).assertExit(ExitCode.OK).outLines());

    yaml("domain: models/*.forge\n");
    assertEquals(List.of("checked 1 file: no problems"), Cli.run("check", project).assertExit(ExitCode.OK).outLines());
  }

  @Test
  void doubleStarPatternsAlsoMatchNoFolderAsDocumented() {
    // docs/cli.md: `**/` also matches no folder at all, as in .gitignore, so src/**/*.forge
    // matches src/tags.forge as well as src/deep/er/books.forge.
    TestFiles.write(project.resolve("src/tags.forge"), Sources.CLEAN);
    TestFiles.write(project.resolve("src/deep/er/books.forge"), Sources.INFO_ONLY);
    TestFiles.write(project.resolve("other/broken.forge"), Sources.BROKEN);
    yaml("domain: [\"src/**/*.forge\"]\n");
    assertEquals("checked 2 files: 0 errors, 0 warnings, 1 info", last(Cli.run("check", project).assertExit(ExitCode.OK)));
    yaml("domain: [\"src/deep/*/*.forge\"]\n");
    assertEquals("checked 1 file: 0 errors, 0 warnings, 1 info", last(Cli.run("check", project).assertExit(ExitCode.OK)));
    yaml("domain: [\"src/*.forge\", \"src/**/*.forge\"]\n");
    assertEquals("checked 2 files: 0 errors, 0 warnings, 1 info", last(Cli.run("check", project).assertExit(ExitCode.OK)));
    yaml("domain: [\"**/*.forge\"]\n");
    assertTrue(last(Cli.run("check", project).assertExit(ExitCode.PROBLEMS)).startsWith("checked 3 files: "));
  }

  private static String last(Cli.Result r) {
    r.assertNoStackTrace();
    return r.outLines().get(r.outLines().size() - 1);
  }

  @Test
  void generatedAndHiddenFoldersAreNotPartOfTheDomain() {
    TestFiles.write(project.resolve("tags.forge"), Sources.CLEAN);
    TestFiles.write(project.resolve("generated/copy.forge"), Sources.BROKEN);
    TestFiles.write(project.resolve(".cache/copy.forge"), Sources.BROKEN);
    assertEquals(List.of("checked 1 file: no problems"), Cli.run("check", project).assertExit(ExitCode.OK).outLines());
  }

  @Test
  void outDirIsHonouredAndOutOverridesIt() {
    TestFiles.write(project.resolve("tags.forge"), Sources.CLEAN);
    yaml("outDir: build/sql-out\n");
    Cli.run("generate", project).assertExit(ExitCode.OK).assertNoStackTrace();
    assertTrue(Files.isRegularFile(TestFiles.postgresSchema(project.resolve("build/sql-out"))));
    assertFalse(Files.exists(project.resolve("generated")));
    Cli.run("generate", "--check", project).assertExit(ExitCode.OK);

    Path out = project.resolve("cli-out");
    Cli.run("generate", "--out", out, project).assertExit(ExitCode.OK);
    assertTrue(Files.isRegularFile(TestFiles.postgresSchema(out)));
  }

  @Test
  void postgresDialectIsGenerated() {
    TestFiles.write(project.resolve("tags.forge"), Sources.CLEAN);
    yaml("dialects: [postgres]\n");
    Cli.Result r = Cli.run("generate", project).assertExit(ExitCode.OK).assertNoStackTrace();
    assertEquals("", r.err());
    assertTrue(Files.isRegularFile(TestFiles.postgresSchema(project.resolve("generated"))));
  }

  @Test
  void anEmptyDialectListIsAUsageError() {
    TestFiles.write(project.resolve("tags.forge"), Sources.CLEAN);
    yaml("dialects: []\n");
    Cli.Result r = Cli.run("generate", project).assertExit(ExitCode.USAGE).assertNoStackTrace();
    assertTrue(r.err().contains("must name at least one"), r.transcript());
  }

  @Test
  void everyConfiguredDialectGetsItsSchema() {
    TestFiles.write(project.resolve("tags.forge"), Sources.CLEAN);
    yaml("dialects: [postgres, sqlite, MariaDB]\n");
    Cli.run("generate", project).assertExit(ExitCode.OK).assertNoStackTrace();
    Path generated = project.resolve("generated");
    for (String path : List.of("sql/postgres/schema.sql", "sql/postgres/rls.sql", "sql/postgres/app_role.sql",
        "sql/mysql/schema.sql", "sql/sqlite/schema.sql")) {
      assertTrue(Files.isRegularFile(generated.resolve(path)), path);
    }
    yaml("dialects: [sqlite]\n");
    Cli.run("generate", "--out", project.resolve("only-sqlite"), project).assertExit(ExitCode.OK);
    assertTrue(Files.isRegularFile(project.resolve("only-sqlite/sql/sqlite/schema.sql")));
    assertTrue(Files.notExists(project.resolve("only-sqlite/sql/postgres")));
  }

  @Test
  void anEmptyProjectFileMeansTheDefaults() {
    TestFiles.write(project.resolve("tags.forge"), Sources.CLEAN);
    yaml("# nothing configured\n");
    Cli.run("generate", project).assertExit(ExitCode.OK).assertNoStackTrace();
    assertTrue(Files.isRegularFile(TestFiles.postgresSchema(project.resolve("generated"))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "generate", "fmt"})
  void invalidYamlIsAUsageError(String command) {
    TestFiles.write(project.resolve("tags.forge"), Sources.CLEAN);
    yaml("domain: [\"**/*.forge\"\noutDir: : x\n");
    Cli.Result r = Cli.run(command, project).assertExit(ExitCode.USAGE).assertNoStackTrace();
    assertTrue(r.err().startsWith("forge: " + project.resolve("forge.yaml") + ": not valid YAML: "), r.transcript());
    assertEquals(1, r.err().lines().count(), "one clear line, not a parser dump: " + r.transcript());
    assertEquals("", r.out());
  }

  @Test
  void unknownKeyIsAUsageError() {
    TestFiles.write(project.resolve("tags.forge"), Sources.CLEAN);
    yaml("outdir: build\n");
    Cli.Result r = Cli.run("check", project).assertExit(ExitCode.USAGE).assertNoStackTrace();
    assertTrue(r.err().contains("forge.yaml: unknown setting `outdir` (known: domain, outDir, dialects, multiTenant)"), r.transcript());
  }

  @Test
  void unknownDialectIsAUsageError() {
    TestFiles.write(project.resolve("tags.forge"), Sources.CLEAN);
    yaml("dialects: [postgres, oracle]\n");
    Cli.Result r = Cli.run("generate", project).assertExit(ExitCode.USAGE).assertNoStackTrace();
    assertTrue(r.err().contains("forge.yaml: unknown dialect `oracle`"), r.transcript());
    assertFalse(Files.exists(project.resolve("generated")));
  }

  @Test
  void wrongShapesAreUsageErrors() {
    TestFiles.write(project.resolve("tags.forge"), Sources.CLEAN);
    yaml("- domain\n- outDir\n");
    assertTrue(Cli.run("check", project).assertExit(ExitCode.USAGE).assertNoStackTrace().err().contains("expected a mapping"));
    yaml("domain: {src: yes}\n");
    assertTrue(Cli.run("check", project).assertExit(ExitCode.USAGE).assertNoStackTrace().err()
        .contains("`domain` must be a string or a list of strings"));
    yaml("outDir: \"  \"\n");
    assertTrue(Cli.run("generate", project).assertExit(ExitCode.USAGE).assertNoStackTrace().err().contains("outDir must not be empty"));
  }

  @Test
  void globsThatMatchNothingAreAUsageError() {
    TestFiles.write(project.resolve("tags.forge"), Sources.CLEAN);
    yaml("domain: [\"src/**/*.forge\"]\n");
    Cli.Result r = Cli.run("check", project).assertExit(ExitCode.USAGE).assertNoStackTrace();
    assertTrue(r.err().contains("no .forge files found under " + project + " matching [src/**/*.forge] from forge.yaml"), r.transcript());
  }

  @Test
  void theExamplesProjectFilesAreValid() {
    for (String example : List.of("blog", "saas-crm")) {
      Path copy = TestFiles.copyExample(example, project);
      Cli.run("check", copy).assertExit(ExitCode.OK).assertNoStackTrace();
    }
  }
}
