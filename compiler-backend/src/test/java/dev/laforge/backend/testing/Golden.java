package dev.laforge.backend.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}. With {@code UPDATE_GOLDEN=1} the actual
 * output replaces the file, and the reviewer reads the diff; otherwise it must match exactly.
 */
public final class Golden {

  private static final Path ROOT = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  /** Compares {@code actual} with {@code golden/<relativePath>}, or rewrites it when updating. */
  public static void assertMatches(String relativePath, String actual) {
    Path file = ROOT.resolve(relativePath);
    try {
      if ("1".equals(System.getenv("UPDATE_GOLDEN"))) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(file)) {
        fail("golden file " + file.toAbsolutePath() + " does not exist; run the tests with UPDATE_GOLDEN=1");
      }
      assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
          "output differs from " + file + "; if the change is intended, rerun with UPDATE_GOLDEN=1 and review the diff");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
