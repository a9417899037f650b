package dev.laforge.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.laforge.lsp.harness.LspHarness;
import dev.laforge.lsp.harness.LspHarness.Doc;
import dev.laforge.lsp.harness.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Code lenses above models and policies, and the commands they run through workspace/executeCommand. */
class CodeLensIT {

  private static final String ACME = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";

  @Test
  void lensesAboveModelsAndPoliciesRunTheirCommands(@TempDir Path tmp) throws Exception {
    Path project = LspHarness.copyOf("examples/saas-crm", tmp.resolve("crm"));
    try (LspHarness lsp = LspHarness.start(project)) {
      assertEquals(List.of("laforge.previewPolicy", "laforge.showGeneratedSql", "laforge.showMigrationDiff"),
          lsp.initializeResult().getCapabilities().getExecuteCommandProvider().getCommands().stream().sorted().toList());
      Doc accounts = lsp.open("accounts.forge");
      List<? extends CodeLens> lenses = codeLenses(lsp, accounts);
      String uri = accounts.uri;
      assertEquals(List.of(
          " | migration: no changes | laforge.showMigrationDiff [\"" + uri + "\"]",
          "model Organization | 1 policy · SQL | laforge.showGeneratedSql [\"" + uri + "\",\"Organization\"]",
          "model User | 2 policies · SQL | laforge.showGeneratedSql [\"" + uri + "\",\"User\"]",
          "model Team | 1 policy · SQL | laforge.showGeneratedSql [\"" + uri + "\",\"Team\"]",
          "model Membership | 1 policy · SQL | laforge.showGeneratedSql [\"" + uri + "\",\"Membership\"]",
          "model Currency | 1 policy · SQL | laforge.showGeneratedSql [\"" + uri + "\",\"Currency\"]",
          "policy Currency.read | preview | laforge.previewPolicy [\"" + uri + "\",\"Currency.read\"]",
          "policy Organization.update | preview | laforge.previewPolicy [\"" + uri + "\",\"Organization.update\"]",
          "policy User.read | preview | laforge.previewPolicy [\"" + uri + "\",\"User.read\"]",
          "policy User.update | preview | laforge.previewPolicy [\"" + uri + "\",\"User.update\"]",
          "policy Team.read | preview | laforge.previewPolicy [\"" + uri + "\",\"Team.read\"]",
          "policy Membership.read | preview | laforge.previewPolicy [\"" + uri + "\",\"Membership.read\"]"),
          describe(accounts, lenses));

      // The SQL lens answers what laforge/generatedSql answers for the model.
      CodeLens team = lenses.get(3);
      JsonElement shown = execute(lsp, team.getCommand().getCommand(), team.getCommand().getArguments());
      JsonObject request = new JsonObject();
      request.addProperty("uri", uri);
      request.addProperty("model", "Team");
      assertEquals(lsp.request("laforge/generatedSql", request), shown);
      JsonObject file = shown.getAsJsonObject().getAsJsonArray("files").get(0).getAsJsonObject();
      assertEquals("sql/postgres/schema.sql", file.get("path").getAsString());
      assertTrue(file.get("content").getAsString().startsWith("CREATE TABLE \"teams\" (\n  \"id\" uuid NOT NULL DEFAULT gen_random_uuid(),\n"),
          file.toString());
      // A third argument picks the dialect.
      JsonElement sqlite = execute(lsp, "laforge.showGeneratedSql", List.of(uri, "Team", "sqlite"));
      assertTrue(sqlite.getAsJsonObject().getAsJsonArray("files").get(0).getAsJsonObject().get("content").getAsString()
          .startsWith("CREATE TABLE \"teams\" (\n  \"id\" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4)))"), sqlite.toString());

      // The preview lens previews for an anonymous user and an empty record: the tenant guard denies.
      CodeLens teamRead = lenses.get(10);
      JsonObject anonymous = execute(lsp, teamRead.getCommand().getCommand(), teamRead.getCommand().getArguments()).getAsJsonObject();
      assertEquals(lsp.request("laforge/policyPreview", PolicyPreviewIT.params(uri, "Team.read", new JsonObject(), new JsonObject())), anonymous);
      assertEquals("deny", anonymous.get("verdict").getAsString());
      assertEquals("tenant guard: user.tenantId is not set", anonymous.getAsJsonObject("decidingClause").get("text").getAsString());
      // With a user and a record as further arguments.
      JsonObject admin = execute(lsp, "laforge.previewPolicy", List.of(uri, "Team.read",
          JsonParser.parseString("{\"tenantId\": \"" + ACME + "\", \"roles\": [\"admin\"]}"),
          JsonParser.parseString("{\"tenantId\": \"" + ACME + "\", \"members\": []}"))).getAsJsonObject();
      assertEquals("allow", admin.get("verdict").getAsString());

      // Arguments that name nothing: an error object, never a server failure.
      assertEquals(JsonParser.parseString("{\"error\": {\"code\": -32602, \"message\": \"no model `Nobody` in the project\"}}"),
          execute(lsp, "laforge.showGeneratedSql", List.of(uri, "Nobody")));
      assertEquals(JsonParser.parseString("{\"error\": {\"code\": -32602, \"message\": \"laforge.showGeneratedSql needs the arguments [uri, model, dialect?]\"}}"),
          execute(lsp, "laforge.showGeneratedSql", List.of(uri)));
      assertEquals(JsonParser.parseString("{\"error\": {\"code\": -32602, \"message\": \"`uri` must be the file: URI of a .forge file\"}}"),
          execute(lsp, "laforge.previewPolicy", List.of()));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void countsFollowEditsAcrossFilesAndHalfTypedDeclarationsGetNoLens(@TempDir Path tmp) throws Exception {
    Path project = LspHarness.copyOf("examples/saas-crm", tmp.resolve("crm"));
    try (LspHarness lsp = LspHarness.start(project)) {
      Doc accounts = lsp.open("accounts.forge");
      lsp.open("extra.forge", "policy Team.update {\n  user.roles.includes(\"admin\")\n}\n");
      assertEquals("2 policies · SQL", codeLenses(lsp, accounts).get(3).getCommand().getTitle());

      Doc draft = lsp.open("draft.forge", "model  {\n}\n\npolicy Team. {\n  true\n}\n\nmodel Draft {\n  id: uuid pk\n}\n");
      // The half-typed declarations are errors: no migration lens until the domain is valid again.
      assertEquals(List.of("model Draft | 0 policies · SQL | laforge.showGeneratedSql [\"" + draft.uri + "\",\"Draft\"]"),
          describe(draft, codeLenses(lsp, draft)));
      lsp.assertNoServerErrors();
    }
  }

  private static List<? extends CodeLens> codeLenses(LspHarness lsp, Doc doc) throws Exception {
    return LspHarness.get(lsp.server().getTextDocumentService().codeLens(new CodeLensParams(doc.id())));
  }

  /** The command's result as JSON (the client reads results of executeCommand as plain maps and lists). */
  private static JsonElement execute(LspHarness lsp, String command, List<Object> arguments) throws Exception {
    return new Gson().toJsonTree(LspHarness.get(lsp.server().getWorkspaceService().executeCommand(new ExecuteCommandParams(command, arguments))));
  }

  /** Each lens as {@code <text of its range> | title | command [arguments]}. */
  private static List<String> describe(Doc doc, List<? extends CodeLens> lenses) {
    List<String> described = new ArrayList<>();
    for (CodeLens lens : lenses) {
      List<String> args = lens.getCommand().getArguments().stream()
          .map(a -> a instanceof JsonElement e ? e.toString() : new JsonPrimitive(a.toString()).toString())
          .toList();
      described.add(Text.slice(doc.text(), lens.getRange()) + " | " + lens.getCommand().getTitle() + " | "
          + lens.getCommand().getCommand() + " [" + String.join(",", args) + "]");
    }
    return described;
  }
}
