package dev.laforge.backend.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

class OutputWriterTest {

  private final OutputWriter writer = new OutputWriter();

  @TempDir
  Path out;

  @Test
  void writesNewFilesInNestedDirectories() throws IOException {
    WriteReport report = writer.write(out, List.of(
        new GeneratedFile("sql/postgres/schema.sql", "a\n"), new GeneratedFile("b.txt", "b\n")), false);
    assertEquals(List.of("b.txt", "sql/postgres/schema.sql"), report.written());
    assertEquals("a\n", Files.readString(out.resolve("sql/postgres/schema.sql")));
    assertFalse(report.upToDate());
  }

  @Test
  void leavesUnchangedFilesUntouched() throws IOException {
    Path file = out.resolve("x.sql");
    Files.writeString(file, "same\n");
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(file, old);
    WriteReport report = writer.write(out, List.of(new GeneratedFile("x.sql", "same\n")), false);
    assertEquals(List.of("x.sql"), report.unchanged());
    assertTrue(report.upToDate());
    assertEquals(old, Files.getLastModifiedTime(file));
  }

  @Test
  void replacesChangedFilesAndLeavesNoTemporaryFiles() throws IOException {
    Files.writeString(out.resolve("x.sql"), "old\n");
    WriteReport report = writer.write(out, List.of(new GeneratedFile("x.sql", "new\n")), false);
    assertEquals(List.of("x.sql"), report.written());
    assertEquals("new\n", Files.readString(out.resolve("x.sql")));
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(List.of(out.resolve("x.sql")), files.toList());
    }
  }

  @Test
  void checkOnlyReportsStaleAndMissingAndWritesNothing() throws IOException {
    Files.writeString(out.resolve("stale.sql"), "old\n");
    Files.writeString(out.resolve("ok.sql"), "ok\n");
    WriteReport report = writer.write(out, List.of(
        new GeneratedFile("stale.sql", "new\n"),
        new GeneratedFile("ok.sql", "ok\n"),
        new GeneratedFile("sub/missing.sql", "m\n")), true);
    assertEquals(new WriteReport(List.of(), List.of("ok.sql"), List.of("stale.sql"), List.of("sub/missing.sql")), report);
    assertFalse(report.upToDate());
    assertEquals("old\n", Files.readString(out.resolve("stale.sql")));
    assertFalse(Files.exists(out.resolve("sub")));
  }

  @Test
  void writesUtf8WithUnixLineEndings() throws IOException {
    writer.write(out, List.of(new GeneratedFile("a.txt", "é\r\nb\rc\n")), false);
    assertArrayEquals("é\nb\nc\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(out.resolve("a.txt")));
    WriteReport again = writer.write(out, List.of(new GeneratedFile("a.txt", "é\r\nb\rc\n")), true);
    assertTrue(again.upToDate(), "normalised content compares equal to what was written");
  }

  @Test
  void duplicatePathsAreRejectedBeforeAnythingIsWritten() {
    assertThrows(IllegalArgumentException.class, () -> writer.write(out, List.of(
        new GeneratedFile("a.txt", "1"), new GeneratedFile("a.txt", "2")), false));
    assertFalse(Files.exists(out.resolve("a.txt")));
  }

  @Test
  void pathsMustStayInsideTheOutputDirectory() {
    for (String bad : List.of("", "/etc/passwd", "../x", "a/../../x", "a//b", "a\\b", "./a", "C:/x", "a/")) {
      assertThrows(IllegalArgumentException.class, () -> new GeneratedFile(bad, "x"), bad);
    }
    assertEquals("a/b.sql", new GeneratedFile("a/b.sql", "").path());
  }
}
