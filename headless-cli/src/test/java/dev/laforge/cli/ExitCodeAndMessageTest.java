package dev.laforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exit codes and messages of the top-level command, usage errors and {@code forge check}. */
class ExitCodeAndMessageTest {

  /** {@code path:line:col: severity LFnnn: message} */
  private static final Pattern DIAGNOSTIC_LINE =
      Pattern.compile("^(?<file>.+):(?<line>\\d+):(?<col>\\d+): (?<severity>error|warning|info) (?<code>LF\\d{3}): (?<message>.+)$");

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V"})
  void versionPrintsTheFilteredProjectVersion(String flag) {
    Cli.Result r = Cli.run(flag).assertExit(ExitCode.OK).assertNoStackTrace();
    assertTrue(r.out().matches("forge \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(LaForge for Java, Forge language v1\\)\\R"), r.transcript());
    assertEquals("", r.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h"})
  void helpListsEveryCommand(String flag) {
    Cli.Result r = Cli.run(flag).assertExit(ExitCode.OK).assertNoStackTrace();
    assertTrue(r.out().startsWith("Usage: forge"), r.transcript());
    for (String command : List.of("check", "generate", "fmt", "help")) {
      assertTrue(r.out().contains("\n  " + command + " "), command + " missing\n" + r.transcript());
    }
    assertEquals("", r.err());
  }

  @Test
  void subcommandHelpShowsItsOptions() {
    assertTrue(Cli.run("check", "--help").assertExit(ExitCode.OK).out().contains("--format"));
    assertTrue(Cli.run("help", "generate").assertExit(ExitCode.OK).out().contains("--check"));
    assertTrue(Cli.run("fmt", "-h").assertExit(ExitCode.OK).out().contains("--check"));
  }

  @Test
  void noArgumentsPrintsUsage() {
    Cli.Result r = Cli.run().assertExit(ExitCode.OK).assertNoStackTrace();
    assertTrue(r.out().startsWith("Usage: forge"), r.transcript());
  }

  @Test
  void unknownSubcommandIsAUsageError() {
    Cli.Result r = Cli.run("bogus").assertExit(ExitCode.USAGE).assertNoStackTrace();
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("forge: "), r.transcript());
    assertTrue(r.err().contains("'bogus'"), r.transcript());
    assertTrue(r.err().contains("Run 'forge --help' for usage."), r.transcript());
  }

  @Test
  void unknownOptionIsAUsageError() {
    Cli.Result root = Cli.run("--bogus").assertExit(ExitCode.USAGE).assertNoStackTrace();
    assertTrue(root.err().contains("Unknown option: '--bogus'"), root.transcript());

    Path file = TestFiles.write(dir.resolve("clean.forge"), Sources.CLEAN);
    Cli.Result sub = Cli.run("check", "--bogus", file).assertExit(ExitCode.USAGE).assertNoStackTrace();
    assertEquals("", sub.out());
    assertTrue(sub.err().contains("Unknown option: '--bogus'"), sub.transcript());
    assertTrue(sub.err().contains("Run 'forge check --help' for usage."), sub.transcript());
  }

  @Test
  void badOptionValuesAreUsageErrors() {
    Path file = TestFiles.write(dir.resolve("clean.forge"), Sources.CLEAN);
    Cli.Result format = Cli.run("check", "--format", "xml", file).assertExit(ExitCode.USAGE).assertNoStackTrace();
    assertTrue(format.err().contains("xml"), format.transcript());
    assertTrue(format.err().contains("text, json, sarif"), format.transcript());
    assertEquals("", format.out());

    Cli.Result out = Cli.run("generate", file, "--out").assertExit(ExitCode.USAGE).assertNoStackTrace();
    assertTrue(out.err().contains("--out"), out.transcript());
  }

  @Test
  void checkOfACleanFile() {
    Path file = TestFiles.write(dir.resolve("clean.forge"), Sources.CLEAN);
    Cli.Result r = Cli.run("check", file).assertExit(ExitCode.OK).assertNoStackTrace();
    assertEquals(List.of("checked 1 file: no problems"), r.outLines());
    assertEquals("", r.err());
  }

  @Test
  void checkOfABrokenFileListsLocatedErrorsAndASummary() {
    Path file = TestFiles.write(dir.resolve("broken.forge"), Sources.BROKEN);
    Cli.Result r = Cli.run("check", file).assertExit(ExitCode.PROBLEMS).assertNoStackTrace();
    List<String> lines = r.outLines();
    assertEquals(3, lines.size(), r.transcript());
    String shown = Workspace.display(file);
    assertTrue(lines.get(0).startsWith(shown + ":1:7: error LF201: model `Post` has no primary key"), r.transcript());
    assertTrue(lines.get(1).startsWith(shown + ":9:10: error LF107: unknown type `strin`"), r.transcript());
    for (String line : lines.subList(0, 2)) {
      var m = DIAGNOSTIC_LINE.matcher(line);
      assertTrue(m.matches(), line);
      assertEquals(shown, m.group("file"));
    }
    assertEquals("checked 1 file: 2 errors, 0 warnings, 0 info", lines.get(2));
    assertEquals("", r.err(), "diagnostics go to stdout");
  }

  @Test
  void checkOfASyntaxError() {
    Path file = TestFiles.write(dir.resolve("syntax.forge"), Sources.SYNTAX_ERROR);
    Cli.Result r = Cli.run("check", file).assertExit(ExitCode.PROBLEMS).assertNoStackTrace();
    assertEquals(List.of(Workspace.display(file) + ":3:9: error LF101: missing ':' at 'string'",
        "checked 1 file: 1 error, 0 warnings, 0 info"), r.outLines());
  }

  @Test
  void warningsAloneDoNotFailTheCheck() {
    Path file = TestFiles.write(dir.resolve("warn.forge"), Sources.WARNING_ONLY);
    Cli.Result r = Cli.run("check", file).assertExit(ExitCode.OK).assertNoStackTrace();
    List<String> lines = r.outLines();
    assertEquals(2, lines.size(), r.transcript());
    assertTrue(lines.get(0).startsWith(Workspace.display(file) + ":1:7: warning LF306: model `Country`"), r.transcript());
    assertEquals("checked 1 file: 0 errors, 1 warning, 0 info", lines.get(1));
  }

  @Test
  void infosAloneDoNotFailTheCheck() {
    Path file = TestFiles.write(dir.resolve("info.forge"), Sources.INFO_ONLY);
    Cli.Result r = Cli.run("check", file).assertExit(ExitCode.OK).assertNoStackTrace();
    assertTrue(r.outLines().get(0).startsWith(Workspace.display(file) + ":5:18: info LF214: "), r.transcript());
    assertEquals("checked 1 file: 0 errors, 0 warnings, 1 info", r.outLines().get(1));
  }

  @Test
  void checkOfSeveralFilesSortsDiagnosticsByFile() {
    Path b = TestFiles.write(dir.resolve("b.forge"), Sources.WARNING_ONLY);
    Path a = TestFiles.write(dir.resolve("a.forge"), Sources.SYNTAX_ERROR);
    Cli.Result r = Cli.run("check", b, a).assertExit(ExitCode.PROBLEMS).assertNoStackTrace();
    List<String> lines = r.outLines();
    assertEquals(3, lines.size(), r.transcript());
    assertTrue(lines.get(0).startsWith(Workspace.display(a) + ":"), r.transcript());
    assertTrue(lines.get(1).startsWith(Workspace.display(b) + ":"), r.transcript());
    assertEquals("checked 2 files: 1 error, 1 warning, 0 info", lines.get(2));
  }

  @Test
  void aFolderIsCheckedAsOneDomain() {
    // Names are global across the files of a domain: Book in one file refers to Author in another.
    TestFiles.write(dir.resolve("authors.forge"), """
        model Author {
          id: uuid pk
          tenantId: uuid tenant
          books: hasMany(Book.author)
        }
        """);
    TestFiles.write(dir.resolve("nested/books.forge"), """
        model Book {
          id: uuid pk
          tenantId: uuid tenant
          author: belongsTo(Author)
        }
        """);
    Cli.Result r = Cli.run("check", dir).assertExit(ExitCode.OK).assertNoStackTrace();
    assertEquals(List.of("checked 2 files: no problems"), r.outLines());
    assertFalse(r.out().contains("LF10"), r.transcript());
  }
}
