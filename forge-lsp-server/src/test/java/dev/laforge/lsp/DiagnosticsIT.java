package dev.laforge.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.lsp.harness.LspHarness;
import dev.laforge.lsp.harness.LspHarness.Doc;
import dev.laforge.lsp.harness.Text;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagnostics as the user types: coded, located, linked to their docs, gone once fixed. */
class DiagnosticsIT {

  @Test
  void theCrmExampleIsCleanAndAnErrorAppearsAndDisappearsAsTheUserTypes(@TempDir Path tmp) throws Exception {
    Path project = LspHarness.copyOf("examples/saas-crm", tmp.resolve("crm"));
    try (LspHarness lsp = LspHarness.start(project)) {
      Doc sales = lsp.open("sales.forge");
      for (String file : List.of("accounts.forge", "billing.forge", "rbac.forge", "sales.forge", "support.forge")) {
        assertEquals(List.of(), errors(lsp.client().diagnostics(lsp.uri(file))), file);
      }
      String before = sales.text();
      // An unknown relation target, typed into the middle of the file.
      int at = before.indexOf("\n}\n") ;
      sales.edit(Text.range(before, at, at), "\n  owner: belongsTo(Nobody)");
      List<Diagnostic> diagnostics = lsp.diagnostics(sales);
      Diagnostic unknown = diagnostics.stream().filter(d -> Text.message(d).contains("Nobody")).findFirst()
          .orElseThrow(() -> new AssertionError("no diagnostic for Nobody in " + diagnostics));
      assertEquals(DiagnosticSeverity.Error, unknown.getSeverity());
      assertTrue(unknown.getCode().getLeft().startsWith("LF"), unknown.toString());
      assertEquals("Nobody", Text.slice(sales.text(), unknown.getRange()));
      assertTrue(unknown.getCodeDescription().getHref().endsWith("docs/diagnostics.md#" + unknown.getCode().getLeft().toLowerCase()),
          unknown.getCodeDescription().getHref());
      sales.replaceAll(before);
      assertEquals(List.of(), errors(lsp.diagnostics(sales)));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void docsLinksFollowTheConfiguredBase(@TempDir Path tmp) throws Exception {
    var options = new com.google.gson.JsonObject();
    options.addProperty("docsBaseUrl", "https://docs.example.test/diagnostics");
    try (LspHarness lsp = LspHarness.start(tmp, options)) {
      Doc doc = lsp.open("a.forge", "model Broken {\n  name: string\n}\n");
      Diagnostic d = lsp.diagnostics(doc).get(0);
      assertEquals("LF201", d.getCode().getLeft());
      assertEquals("https://docs.example.test/diagnostics#lf201", d.getCodeDescription().getHref());
    }
  }

  @Test
  void examplesOpenedTogetherAreSeparateProjects(@TempDir Path tmp) throws Exception {
    // Both examples declare User: in one workspace folder they must not see each other's models.
    LspHarness.copyOf("examples/saas-crm", tmp.resolve("examples/saas-crm"));
    LspHarness.copyOf("examples/blog", tmp.resolve("examples/blog"));
    try (LspHarness lsp = LspHarness.start(tmp)) {
      lsp.open("examples/blog/domain.forge");
      lsp.sync();
      lsp.client().allDiagnostics().forEach((uri, list) -> assertEquals(List.of(), errors(list), uri));
      assertTrue(lsp.client().allDiagnostics().size() >= 6, lsp.client().allDiagnostics().keySet().toString());
    }
  }

  static List<Diagnostic> errors(List<Diagnostic> diagnostics) {
    return diagnostics.stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList();
  }
}
