package dev.laforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code headless-cli/src/test/resources/golden}. With {@code UPDATE_GOLDEN=1}
 * the actual output replaces the file, and the reviewer reads the diff; otherwise it must match
 * exactly. (A copy of compiler-backend's test helper, whose test classes are not on this classpath.)
 */
final class Golden {

  private Golden() {}

  static Path root() {
    return TestFiles.repoRoot().resolve("headless-cli/src/test/resources/golden");
  }

  /** Compares {@code actual} with {@code golden/<relativePath>}, or rewrites it when updating. */
  static void assertMatches(String relativePath, String actual) {
    Path file = root().resolve(relativePath);
    try {
      if ("1".equals(System.getenv("UPDATE_GOLDEN"))) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        fail("golden file " + file + " does not exist; run the tests with UPDATE_GOLDEN=1 and review it");
      }
      assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
          "output differs from " + file + "; if the change is intended, rerun with UPDATE_GOLDEN=1 and review the diff");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
