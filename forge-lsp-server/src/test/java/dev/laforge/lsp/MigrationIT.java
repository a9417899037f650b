package dev.laforge.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.laforge.backend.ir.IrJson;
import dev.laforge.language.ForgeDomainLoader;
import dev.laforge.lsp.harness.LspHarness;
import dev.laforge.lsp.harness.LspHarness.Doc;
import dev.laforge.lsp.harness.Text;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration warnings against the schema snapshot as the user types, their quick fixes, the
 * {@code migration:} code lens and {@code laforge/migrationDiff}.
 */
class MigrationIT {

  static final String V1 = """
      model Post {
        id: uuid pk default uuid()
        title: string optional
        legacy: string
      }

      policy Post.read { true }
      """;

  @TempDir Path tmp;

  private void project(String snapshotSource) throws Exception {
    Files.writeString(tmp.resolve("forge.yaml"), "dialects: [postgres, sqlite]\n");
    Files.writeString(tmp.resolve("blog.forge"), V1);
    if (snapshotSource != null) {
      ForgeDomainLoader.Result v1 = ForgeDomainLoader.create().load(List.of(
          new ForgeDomainLoader.Source("blog.forge", snapshotSource.getBytes(StandardCharsets.UTF_8))));
      Files.createDirectories(tmp.resolve(".laforge"));
      Files.writeString(tmp.resolve(".laforge/schema.json"), IrJson.write(v1.domain()));
    }
  }

  @Test
  void warningsFollowTheEditsAndGoAwayWhenTheDomainMatchesTheSnapshot() throws Exception {
    project(V1);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("blog.forge");
      assertEquals(List.of(), lsp.diagnostics(doc));
      assertEquals("migration: no changes", lens(lsp, doc));

      doc.replace("  legacy: string\n", "  legacyText: string\n  body: text\n");
      doc.replace("title: string optional", "title: string");
      List<Diagnostic> warnings = lsp.diagnostics(doc);
      assertEquals(List.of(
          "Post | LF402 | dropping column posts.legacy deletes its values; posts.legacy_text of the same type is added:"
              + " if `legacyText` is `legacy` renamed, declare renamedFrom(\"legacy\") on it",
          "title | LF406 | SET NOT NULL on posts.title fails when existing rows hold NULL",
          "legacyText | LF405 | adding NOT NULL column posts.legacy_text without a default fails when the table has rows",
          "body | LF405 | adding NOT NULL column posts.body without a default fails when the table has rows"),
          warnings.stream().map(d -> Text.slice(doc.text(), d.getRange()) + " | " + d.getCode().getLeft() + " | " + Text.message(d)).toList());
      for (Diagnostic d : warnings) {
        assertEquals(DiagnosticSeverity.Warning, d.getSeverity());
        assertEquals("laforge", d.getSource());
        assertTrue(d.getCodeDescription().getHref().endsWith("#" + d.getCode().getLeft().toLowerCase()), d.getCodeDescription().getHref());
      }
      assertEquals("migration: 4 changes, 1 destructive, 3 data-dependent", lens(lsp, doc));

      // Edited back to the snapshot: every warning goes.
      doc.replaceAll(V1);
      assertEquals(List.of(), lsp.diagnostics(doc));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void quickFixesDeclareTheRenameAddADefaultOrMarkOptional() throws Exception {
    project(V1);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("blog.forge");
      doc.replace("  legacy: string\n", "  legacyText: string\n  body: text\n");
      doc.replace("title: string optional", "title: string");

      apply(lsp, doc, "LF402", "Rename: add renamedFrom(\"legacy\") to `legacyText`");
      assertTrue(doc.text().contains("  legacyText: string renamedFrom(\"legacy\")\n"), doc.text());
      assertEquals(List.of("LF405 body", "LF406 title", "LF412 legacyText"), summary(lsp, doc));

      apply(lsp, doc, "LF405", "Add a default: `default \"\"`");
      apply(lsp, doc, "LF406", "Mark `title` optional");
      assertEquals("""
          model Post {
            id: uuid pk default uuid()
            title: string optional
            legacyText: string renamedFrom("legacy")
            body: text default ""
          }

          policy Post.read { true }
          """, doc.text());
      assertEquals(List.of("LF412 legacyText"), summary(lsp, doc));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void migrationDiffAnswersTheAgreedShape() throws Exception {
    project(V1);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("blog.forge");
      doc.replace("  legacy: string\n", "");
      lsp.sync();
      JsonObject params = new JsonObject();
      params.addProperty("uri", doc.uri);
      JsonObject diff = ((JsonElement) lsp.request("laforge/migrationDiff", params)).getAsJsonObject();
      assertEquals("snapshot", diff.get("baseline").getAsString());
      assertEquals(tmp.resolve(".laforge/schema.json").toAbsolutePath().normalize().toString(), diff.get("snapshot").getAsString());
      assertEquals(new Gson().fromJson("""
          {"changes": 1, "destructive": 1, "dataDependent": 0, "text": "migration: 1 change, 1 destructive"}""", JsonObject.class),
          diff.get("summary"));
      assertEquals(new Gson().fromJson("""
          [{"kind": "DropColumn", "target": "posts", "description": "drop column posts.legacy", "risk": "destructive",
            "findings": [{"code": "LF402", "risk": "destructive", "message": "dropping column posts.legacy deletes its values"}],
            "sql": {"postgres": ["ALTER TABLE \\"posts\\" DROP COLUMN \\"legacy\\";"],
                    "sqlite": ["ALTER TABLE \\"posts\\" DROP COLUMN \\"legacy\\";"]}}]""", com.google.gson.JsonArray.class),
          diff.get("operations"));
      assertEquals(0, diff.getAsJsonArray("hints").size());
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void withoutASnapshotThereAreNoWarningsAndTheLensShowsTheInitialMigration() throws Exception {
    project(null);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("blog.forge");
      doc.replace("  legacy: string\n", "");
      assertEquals(List.of(), lsp.diagnostics(doc));
      assertEquals("migration: initial (1 table)", lens(lsp, doc));
      JsonObject params = new JsonObject();
      params.addProperty("uri", doc.uri);
      JsonObject diff = ((JsonElement) lsp.request("laforge/migrationDiff", params)).getAsJsonObject();
      assertEquals("none", diff.get("baseline").getAsString());
      assertTrue(diff.get("snapshot") == null || diff.get("snapshot").isJsonNull(), diff.toString());
      assertEquals("CreateTable", diff.getAsJsonArray("operations").get(0).getAsJsonObject().get("kind").getAsString());
      lsp.assertNoServerErrors();
    }
  }

  private static String lens(LspHarness lsp, Doc doc) throws Exception {
    List<? extends CodeLens> lenses = LspHarness.get(lsp.server().getTextDocumentService().codeLens(new CodeLensParams(doc.id())));
    CodeLens first = lenses.get(0);
    assertEquals("laforge.showMigrationDiff", first.getCommand().getCommand());
    return first.getCommand().getTitle();
  }

  private static List<String> summary(LspHarness lsp, Doc doc) throws Exception {
    return lsp.diagnostics(doc).stream().map(d -> d.getCode().getLeft() + " " + Text.slice(doc.text(), d.getRange())).sorted().toList();
  }

  private static void apply(LspHarness lsp, Doc doc, String code, String title) throws Exception {
    Diagnostic diagnostic = lsp.diagnostics(doc).stream().filter(d -> code.equals(d.getCode().getLeft())).findFirst().orElseThrow(
        () -> new AssertionError("no " + code + " in " + doc.text()));
    List<CodeAction> actions = lsp.codeActions(doc, diagnostic);
    CodeAction action = actions.stream().filter(a -> a.getTitle().equals(title)).findFirst().orElseThrow(
        () -> new AssertionError("no fix `" + title + "` among " + actions.stream().map(CodeAction::getTitle).toList()));
    lsp.applyWorkspaceEdit(action.getEdit());
  }
}
