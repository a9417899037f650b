package dev.laforge.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.laforge.language.ide.server.GenerationReport;
import dev.laforge.lsp.harness.LspHarness;
import dev.laforge.lsp.harness.LspHarness.Doc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a .forge file runs the project's generators into its outDir, like forge generate. */
class GenerateOnSaveIT {

  @Test
  void saveWritesWhatForgeGenerateWritesAndRewritesOnlyChangedFiles(@TempDir Path tmp) throws Exception {
    Path project = LspHarness.copyOf("examples/saas-crm", tmp.resolve("crm"));
    try (LspHarness lsp = LspHarness.start(project)) {
      Doc sales = lsp.open("sales.forge");
      sales.save();
      GenerationReport first = lsp.client().awaitGenerated(LspHarness.TIMEOUT_MS);
      assertTrue(first.ok(), first.message());
      assertEquals(List.of(), first.unchanged());
      Path golden = LspHarness.repoRoot().resolve("headless-cli/src/test/resources/golden/saas-crm");
      List<String> expected = relativeFiles(golden);
      assertEquals(expected, first.written().stream().sorted().toList());
      for (String file : expected) {
        assertEquals(Files.readString(golden.resolve(file)), Files.readString(project.resolve("generated").resolve(file)), file);
      }

      // Saving again without a change rewrites nothing.
      sales.save();
      GenerationReport second = lsp.client().awaitGenerated(LspHarness.TIMEOUT_MS);
      assertEquals(List.of(), second.written());
      assertEquals(expected, second.unchanged().stream().sorted().toList());

      // A new optional column changes the schema files, not the RLS.
      int end = sales.text().indexOf("\n}\n");
      sales.edit(lsp.range(sales, end), "\n  nickname: string optional");
      sales.save();
      GenerationReport third = lsp.client().awaitGenerated(LspHarness.TIMEOUT_MS);
      assertTrue(third.ok(), third.message());
      assertTrue(third.written().contains("sql/postgres/schema.sql"), third.written().toString());
      assertTrue(third.unchanged().contains("sql/postgres/rls.sql"), third.unchanged().toString());
      assertTrue(Files.readString(project.resolve("generated/sql/postgres/schema.sql")).contains("\"nickname\""));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void aDomainWithErrorsWritesNothingAndSaysWhy(@TempDir Path tmp) throws Exception {
    Path project = LspHarness.copyOf("examples/blog", tmp.resolve("blog"));
    try (LspHarness lsp = LspHarness.start(project)) {
      Doc doc = lsp.open("domain.forge");
      doc.replace("model Post {", "model Post {\n  broken: belongsTo(Missing)");
      doc.save();
      GenerationReport report = lsp.client().awaitGenerated(LspHarness.TIMEOUT_MS);
      assertFalse(report.ok());
      assertTrue(report.message().contains("error"), report.message());
      assertTrue(report.message().contains("domain.forge:"), report.message());
      assertFalse(Files.exists(project.resolve("generated")), "nothing may be written");
      assertTrue(lsp.client().messages().stream().anyMatch(m -> m.getMessage().contains("nothing generated")));
    }
  }

  @Test
  void generateOnSaveCanBeTurnedOffAndOnAgain(@TempDir Path tmp) throws Exception {
    Path project = LspHarness.copyOf("examples/blog", tmp.resolve("blog"));
    JsonObject off = new JsonObject();
    off.addProperty("generateOnSave", false);
    try (LspHarness lsp = LspHarness.start(project, off)) {
      Doc doc = lsp.open("domain.forge");
      doc.save();
      lsp.sync();
      Thread.sleep(500);
      assertFalse(Files.exists(project.resolve("generated")), "generate on save is off");

      JsonObject on = new JsonObject();
      JsonObject section = new JsonObject();
      section.addProperty("generateOnSave", true);
      section.addProperty("outDir", "build/sql-out");
      on.add("laforge", section);
      lsp.server().getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(on));
      doc.save();
      GenerationReport report = lsp.client().awaitGenerated(LspHarness.TIMEOUT_MS);
      assertTrue(report.ok(), report.message());
      assertTrue(Files.isRegularFile(project.resolve("build/sql-out/sql/postgres/schema.sql")));
    }
  }

  private static List<String> relativeFiles(Path dir) throws Exception {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }
}
