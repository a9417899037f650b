package dev.laforge.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The repository's folders, copies of the examples, and small file helpers for tests. */
final class TestFiles {

  private static Path repoRoot;

  private TestFiles() {}

  /** The repository root: env LAFORGE_REPO_ROOT (set by surefire), else the nearest folder up with mvnw. */
  static synchronized Path repoRoot() {
    if (repoRoot == null) {
      String env = System.getenv("LAFORGE_REPO_ROOT");
      if (env != null && !env.isBlank() && Files.isRegularFile(Path.of(env, "mvnw"))) {
        repoRoot = Path.of(env).toAbsolutePath().normalize();
      } else {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
          dir = dir.getParent();
        }
        if (dir == null) {
          throw new IllegalStateException("cannot find the repository root (no mvnw above " + Path.of("").toAbsolutePath()
              + "); set LAFORGE_REPO_ROOT");
        }
        repoRoot = dir;
      }
    }
    return repoRoot;
  }

  /** {@code examples/<name>} in the repository (read only: tests copy it first). */
  static Path example(String name) {
    return repoRoot().resolve("examples").resolve(name);
  }

  /**
   * Copies {@code examples/<name>} to {@code target/<name>}, without any {@code generated/} output
   * a developer may have left in the example, and returns the copy.
   */
  static Path copyExample(String name, Path target) {
    Path source = example(name);
    Path dest = target.resolve(name);
    try {
      Files.walkFileTree(source, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
          if (!dir.equals(source) && dir.getFileName().toString().equals("generated")) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          Files.createDirectories(dest.resolve(source.relativize(dir).toString()));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.copy(file, dest.resolve(source.relativize(file).toString()));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dest;
  }

  static Path write(Path file, String content) {
    return write(file, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path file, byte[] content) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      return Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The PostgreSQL script {@code forge generate} writes under an output folder. */
  static Path postgresSchema(Path outDir) {
    return outDir.resolve("sql").resolve("postgres").resolve("schema.sql");
  }

  /** Counts matches of {@code regex} (multiline) in all .forge files of a folder, ignoring // comments. */
  static int countInSources(Path dir, String regex) {
    Pattern pattern = Pattern.compile(regex, Pattern.MULTILINE);
    int[] count = {0};
    try (var files = Files.walk(dir)) {
      files.filter(f -> f.toString().endsWith(".forge")).forEach(f -> {
        String text = read(f).replaceAll("(?m)//.*$", "");
        Matcher m = pattern.matcher(text);
        while (m.find()) {
          count[0]++;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return count[0];
  }
}
