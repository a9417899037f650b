package dev.laforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.backend.ir.IrJson;
import dev.laforge.language.ForgeDomainLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forge check} reports the LF4xx warnings against the schema snapshot {@code .laforge/schema.json}. */
class MigrationWarningsCheckTest {

  static final String V1 = """
      model Post {
        id: uuid pk default uuid()
        title: string optional
        legacy: string
      }

      model Memo {
        id: uuid pk default uuid()
      }

      policy Post.read { true }
      policy Memo.read { true }
      """;

  static final String V2 = """
      model Post {
        id: uuid pk default uuid()
        title: string
        legacyText: string
        body: text
      }

      policy Post.read { true }
      """;

  @TempDir Path project;

  @Test
  void warningsAgainstTheSnapshotDoNotChangeTheExitCode() {
    TestFiles.write(project.resolve("forge.yaml"), "dialects: [postgres, sqlite]\n");
    TestFiles.write(project.resolve("blog.forge"), V1);
    assertEquals(List.of("checked 1 file: no problems"), Cli.run("check", project).assertExit(ExitCode.OK).outLines());
    snapshot(V1);
    // The snapshot equals the sources: nothing to warn about.
    assertEquals(List.of("checked 1 file: no problems"), Cli.run("check", project).assertExit(ExitCode.OK).outLines());

    TestFiles.write(project.resolve("blog.forge"), V2);
    Cli.Result result = Cli.run("check", project).assertExit(ExitCode.OK).assertNoStackTrace();
    String file = Workspace.display(project.resolve("blog.forge"));
    assertEquals(List.of(
        file + ":1:1: warning LF401: dropping table memos deletes all its rows",
        file + ":1:7: warning LF402: dropping column posts.legacy deletes its values; posts.legacy_text of the same type is added:"
            + " if `legacyText` is `legacy` renamed, declare renamedFrom(\"legacy\") on it",
        file + ":3:3: warning LF406: SET NOT NULL on posts.title fails when existing rows hold NULL",
        file + ":4:3: warning LF405: adding NOT NULL column posts.legacy_text without a default fails when the table has rows",
        file + ":5:3: warning LF405: adding NOT NULL column posts.body without a default fails when the table has rows",
        "checked 1 file: 0 errors, 5 warnings, 0 info"), result.outLines());
    assertEquals("", result.err());

    String json = Cli.run("check", "--format", "json", project).assertExit(ExitCode.OK).out();
    assertTrue(json.contains("\"code\" : \"LF402\"") || json.contains("\"code\": \"LF402\""), json);
  }

  @Test
  void errorsHideTheWarningsAndAnUnreadableSnapshotIsReported() {
    TestFiles.write(project.resolve("blog.forge"), V2);
    TestFiles.write(project.resolve(".laforge/schema.json"), "{ not json");
    Cli.Result result = Cli.run("check", project).assertExit(ExitCode.OK).assertNoStackTrace();
    assertEquals(List.of("checked 1 file: no problems"), result.outLines());
    assertTrue(result.err().startsWith("forge: no migration warnings: cannot read .laforge/schema.json: "), result.err());

    snapshot(V1);
    TestFiles.write(project.resolve("blog.forge"), V2 + "model Broken {\n");
    Cli.Result broken = Cli.run("check", project).assertExit(ExitCode.PROBLEMS);
    assertTrue(broken.outLines().stream().noneMatch(l -> l.contains("LF4")), broken.out());
  }

  private void snapshot(String source) {
    ForgeDomainLoader.Result v1 = Workspace.loader().load(List.of(
        new ForgeDomainLoader.Source("blog.forge", source.getBytes(StandardCharsets.UTF_8))));
    TestFiles.write(project.resolve(".laforge/schema.json"), IrJson.write(v1.domain()));
  }
}
