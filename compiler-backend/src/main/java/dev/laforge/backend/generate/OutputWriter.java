package dev.laforge.backend.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one place that writes generated files. A file is written only when its bytes change, through
 * a temporary file moved into place, so readers never see half a file and timestamps stay put.
 */
public final class OutputWriter {

  /**
   * Writes {@code files} under {@code outDir} as UTF-8 with {@code \n} line endings; with
   * {@code checkOnly} nothing is written and the report says which files are stale or missing.
   */
  public WriteReport write(Path outDir, List<GeneratedFile> files, boolean checkOnly) {
    List<String> written = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (GeneratedFile file : files) {
      if (!seen.add(file.path())) {
        throw new IllegalArgumentException("two generated files share the path " + file.path());
      }
    }
    for (GeneratedFile file : files) {
      Path target = outDir.resolve(file.path());
      byte[] expected = normalizeLineEndings(file.content()).getBytes(StandardCharsets.UTF_8);
      boolean exists = Files.isRegularFile(target);
      if (exists && Arrays.equals(read(target), expected)) {
        unchanged.add(file.path());
      } else if (checkOnly) {
        (exists ? stale : missing).add(file.path());
      } else {
        writeAtomically(target, expected);
        written.add(file.path());
      }
    }
    return new WriteReport(written, unchanged, stale, missing);
  }

  /** {@code \r\n} and lone {@code \r} become {@code \n}, so output is identical on every OS. */
  static String normalizeLineEndings(String content) {
    return content.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static void writeAtomically(Path target, byte[] content) {
    try {
      Path dir = target.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      try {
        Files.write(temp, content);
        // Temporary files are created owner-only; generated files are ordinary project files.
        try {
          Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
          // Not a POSIX file system: the default permissions apply.
        }
        try {
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }
}
