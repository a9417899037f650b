package dev.laforge.backend.diagnostics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every diagnostic code has its entry in docs/diagnostics.md, where editors and SARIF link to. */
class DiagnosticDocsTest {

  @Test
  void everyCodeHasAnAnchorAndAHeading() throws IOException {
    String docs = Files.readString(repoRoot().resolve("docs/diagnostics.md"));
    for (DiagnosticCode code : DiagnosticCode.values()) {
      String anchor = "<a id=\"" + code.name().toLowerCase(Locale.ROOT) + "\"></a>";
      assertTrue(docs.contains(anchor), "docs/diagnostics.md lacks " + anchor);
      assertTrue(docs.contains("## " + code.name() + " " + code.slug()), "docs/diagnostics.md lacks the heading of " + code);
    }
  }

  static Path repoRoot() {
    String env = System.getenv("LAFORGE_REPO_ROOT");
    if (env != null && Files.isRegularFile(Path.of(env, "mvnw"))) {
      return Path.of(env);
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("repository root (folder with mvnw) not found");
    }
    return dir;
  }
}
