package dev.laforge.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forge fmt} and {@code forge fmt --check}. */
class FmtCommandTest {

  private static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

  @TempDir Path dir;

  @Test
  void rewritesAnUnformattedFileIntoCanonicalForm() {
    Path file = TestFiles.write(dir.resolve("tags.forge"), Sources.UNFORMATTED);
    Cli.Result r = Cli.run("fmt", file).assertExit(ExitCode.OK).assertNoStackTrace();
    assertEquals(List.of("formatted " + Workspace.display(file)), r.outLines());
    assertEquals(Sources.CLEAN, TestFiles.read(file));
    assertNoTemporaryFiles();

    Cli.Result again = Cli.run("fmt", file).assertExit(ExitCode.OK);
    assertEquals("", again.out(), "formatting is idempotent");
  }

  @Test
  void checkListsTheFileAndChangesNothing() throws IOException {
    Path file = TestFiles.write(dir.resolve("tags.forge"), Sources.UNFORMATTED);
    Files.setLastModifiedTime(file, OLD);
    Cli.Result r = Cli.run("fmt", "--check", file).assertExit(ExitCode.PROBLEMS).assertNoStackTrace();
    assertEquals(List.of("not formatted: " + Workspace.display(file), "1 file(s) need formatting: run forge fmt"), r.outLines());
    assertEquals(Sources.UNFORMATTED, TestFiles.read(file));
    assertEquals(OLD, Files.getLastModifiedTime(file));
  }

  @Test
  void aFormattedFileIsNotTouched() throws IOException {
    Path file = TestFiles.write(dir.resolve("tags.forge"), Sources.CLEAN);
    Files.setLastModifiedTime(file, OLD);
    assertEquals("", Cli.run("fmt", file).assertExit(ExitCode.OK).assertNoStackTrace().out());
    assertEquals("", Cli.run("fmt", "--check", file).assertExit(ExitCode.OK).assertNoStackTrace().out());
    assertEquals(Sources.CLEAN, TestFiles.read(file));
    assertEquals(OLD, Files.getLastModifiedTime(file));
  }

  @Test
  void aFileWithSyntaxErrorsIsReportedAndLeftAlone() throws IOException {
    String text = "model   Post{\n  id: uuid pk\n  title string\n}\n";
    Path file = TestFiles.write(dir.resolve("post.forge"), text);
    Files.setLastModifiedTime(file, OLD);
    for (Cli.Result r : List.of(Cli.run("fmt", file), Cli.run("fmt", "--check", file))) {
      r.assertExit(ExitCode.PROBLEMS).assertNoStackTrace();
      assertEquals("forge: " + Workspace.display(file) + ": has syntax errors (run forge check); not formatted\n", r.err());
      assertEquals("", r.out());
    }
    assertEquals(text, TestFiles.read(file));
    assertEquals(OLD, Files.getLastModifiedTime(file));
  }

  @Test
  void invalidUtf8IsReportedAndLeftAlone() {
    byte[] bytes = "model Tag {\n  name: string // caf\u00e9\n}\n".getBytes(StandardCharsets.ISO_8859_1);
    Path file = TestFiles.write(dir.resolve("latin1.forge"), bytes);
    Cli.Result r = Cli.run("fmt", file).assertExit(ExitCode.PROBLEMS).assertNoStackTrace();
    assertEquals("forge: " + Workspace.display(file) + ": not valid UTF-8; not formatted\n", r.err());
    assertArrayEquals(bytes, TestFiles.bytes(file));
  }

  @Test
  void aFolderFormatsWhatItCanAndFailsForTheRest() {
    Path ugly = TestFiles.write(dir.resolve("a/ugly.forge"), Sources.UNFORMATTED);
    Path broken = TestFiles.write(dir.resolve("b/broken.forge"), Sources.SYNTAX_ERROR);
    Cli.Result r = Cli.run("fmt", dir).assertExit(ExitCode.PROBLEMS).assertNoStackTrace();
    assertEquals(List.of("formatted " + Workspace.display(ugly)), r.outLines());
    assertTrue(r.err().contains(Workspace.display(broken) + ": has syntax errors"), r.transcript());
    assertEquals(Sources.CLEAN, TestFiles.read(ugly));
    assertEquals(Sources.SYNTAX_ERROR, TestFiles.read(broken));
  }

  @Test
  void formattingTheExamplesChangesOnlyWhitespaceAndKeepsTheirMeaning() {
    for (String example : List.of("blog", "saas-crm")) {
      Path original = TestFiles.copyExample(example, dir.resolve("original"));
      Path formatted = TestFiles.copyExample(example, dir.resolve("formatted"));
      Cli.run("fmt", formatted).assertNoStackTrace().assertExit(ExitCode.OK);
      Cli.run("fmt", "--check", formatted).assertExit(ExitCode.OK);
      try (Stream<Path> files = Files.walk(original)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".forge")).toList()) {
          String before = TestFiles.read(f);
          String after = TestFiles.read(formatted.resolve(original.relativize(f).toString()));
          assertEquals(before.replaceAll("\\s+", ""), after.replaceAll("\\s+", ""), "fmt changed more than whitespace in " + f);
        }
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      Cli.run("check", formatted).assertExit(ExitCode.OK);
      Path outA = dir.resolve("out-a-" + example);
      Path outB = dir.resolve("out-b-" + example);
      Cli.run("generate", "--out", outA, original).assertExit(ExitCode.OK);
      Cli.run("generate", "--out", outB, formatted).assertExit(ExitCode.OK);
      assertEquals(TestFiles.read(TestFiles.postgresSchema(outA)), TestFiles.read(TestFiles.postgresSchema(outB)),
          "formatting changed the generated DDL of " + example);
    }
  }

  private void assertNoTemporaryFiles() {
    try (Stream<Path> files = Files.walk(dir)) {
      assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
