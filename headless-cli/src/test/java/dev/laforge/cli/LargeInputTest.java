package dev.laforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Big inputs must finish: a 5 MB domain and a file with 10,000 syntax errors. The timeouts are
 * hang guards with head room for loaded CI machines; the measured times are printed.
 */
class LargeInputTest {

  private static final int FIVE_MB = 5 * 1024 * 1024;

  @TempDir Path dir;

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFiveMegabyteFileOfValidModels() {
    StringBuilder text = new StringBuilder(FIVE_MB + 4096);
    int models = 0;
    while (text.length() < FIVE_MB) {
      text.append("/// Model number ").append(models).append(" of a large generated domain.\n");
      text.append("model Entity").append(models).append(" {\n  id: uuid pk\n  tenantId: uuid tenant\n");
      for (int f = 0; f < 20; f++) {
        text.append("  field").append(f).append(f % 2 == 0 ? ": string optional\n" : ": integer min(0) default 0\n");
      }
      text.append("}\n\n");
      models++;
    }
    Path file = TestFiles.write(dir.resolve("big.forge"), text.toString());

    long start = System.nanoTime();
    Cli.Result r = Cli.run("check", file).assertExit(ExitCode.OK).assertNoStackTrace();
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("LargeInputTest: forge check of %,d bytes (%,d models) took %,d ms%n", text.length(), models, millis);
    assertEquals(List.of("checked 1 file: no problems"), r.outLines());
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void tenThousandSyntaxErrorsAreCapped() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      text.append("model M").append(i).append(" {\n  id: uuid pk\n  tenantId: uuid tenant\n  f string\n}\n");
    }
    Path file = TestFiles.write(dir.resolve("errors.forge"), text.toString());

    long start = System.nanoTime();
    Cli.Result r = Cli.run("check", file).assertExit(ExitCode.PROBLEMS).assertNoStackTrace();
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("LargeInputTest: forge check with 10,000 syntax errors took %,d ms%n", millis);

    List<String> lines = r.outLines();
    int limit = DiagnosticReport.TEXT_LIMIT;
    assertEquals(limit + 2, lines.size(), "capped diagnostics, the 'more' line and the summary");
    String shown = Workspace.display(file);
    assertEquals(shown + ":4:5: error LF101: missing ':' at 'string'", lines.get(0));
    assertEquals(shown + ":" + (5 * (limit - 1) + 4) + ":5: error LF101: missing ':' at 'string'", lines.get(limit - 1));
    assertEquals("... and " + (10_000 - limit) + " more diagnostics", lines.get(limit));
    assertEquals("checked 1 file: 10000 errors, 0 warnings, 0 info", lines.get(limit + 1));
    assertTrue(r.out().length() < 200_000, "the text output stays small");
  }
}
