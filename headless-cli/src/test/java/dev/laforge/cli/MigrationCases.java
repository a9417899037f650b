package dev.laforge.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.laforge.backend.ir.Domain;
import dev.laforge.language.ForgeDomainLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The migration golden cases under {@code headless-cli/src/test/resources/migrations/<case>}: a
 * {@code v1.forge} and a {@code v2.forge}, loaded with the CLI's loader, and one expected plan per
 * dialect.
 */
final class MigrationCases {

  /** The timestamp every case is planned at. */
  static final String TIMESTAMP = "20250102030405";

  private MigrationCases() {}

  static Path root() {
    return TestFiles.repoRoot().resolve("headless-cli/src/test/resources/migrations");
  }

  /** The case names, sorted. */
  static Stream<String> names() {
    try (Stream<Path> dirs = Files.list(root())) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Domain v1(String name) {
    return load(root().resolve(name).resolve("v1.forge"));
  }

  static Domain v2(String name) {
    return load(root().resolve(name).resolve("v2.forge"));
  }

  private static Domain load(Path file) {
    ForgeDomainLoader.Result result;
    try {
      ForgeDomainLoader.Source source = new ForgeDomainLoader.Source(file.getFileName().toString(), Files.readAllBytes(file));
      synchronized (Workspace.class) {
        result = Workspace.loader().loadAndCompilePolicies(List.of(source));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertFalse(result.hasErrors(), () -> file + " has errors: " + result.diagnostics());
    return result.domain();
  }
}
