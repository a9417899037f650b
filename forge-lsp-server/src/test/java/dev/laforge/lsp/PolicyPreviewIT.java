package dev.laforge.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.laforge.lsp.harness.LspHarness;
import dev.laforge.lsp.harness.LspHarness.Doc;
import dev.laforge.lsp.harness.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** laforge/policyPreview and laforge/generatedSql on the live CRM example. */
class PolicyPreviewIT {

  private static final Path GOLDEN = LspHarness.repoRoot().resolve("headless-cli/src/test/resources/golden/saas-crm");
  private static final String ALICE = "11111111-1111-4111-8111-111111111111";
  private static final String BOB = "22222222-2222-4222-8222-222222222222";
  private static final String ACME = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
  private static final String GLOBEX = "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb";
  private static final String TEAM = "cccccccc-cccc-4ccc-8ccc-cccccccccccc";

  @Test
  void verdictsWithTheDecidingClauseAndTheSqlOfEveryDialect(@TempDir Path tmp) throws Exception {
    Path project = LspHarness.copyOf("examples/saas-crm", tmp.resolve("crm"));
    try (LspHarness lsp = LspHarness.start(project)) {
      Doc accounts = lsp.open("accounts.forge");
      Doc rbac = lsp.open("rbac.forge");

      // 1. An admin of the tenant reads a team: the policy decides.
      JsonObject admin = preview(lsp, accounts, "Team.read", user(ALICE, ACME, "roles", "admin"), team(ACME, null));
      assertEquals("Team", admin.get("model").getAsString());
      assertEquals("read", admin.get("action").getAsString());
      assertEquals("Team.read", admin.get("policy").getAsString());
      assertEquals("allow", admin.get("verdict").getAsString());
      String teamRead = "policy Team.read: record.members.some(m => m.id == user.id) || record.lead.id == user.id || user.roles.includes(\"admin\")";
      assertDeciding(admin, teamRead, accounts.uri, accounts.text(), "", "policy Team.read {\n  record.members.some(m => m.id == user.id) || record.lead.id == user.id || user.roles.includes(\"admin\")\n}");
      assertEquals(List.of("tenant guard: record.tenantId == user.tenantId -> true", teamRead + " -> true"), clauses(admin));
      String rls = admin.get("rls").getAsString();
      assertTrue(rls.startsWith("CREATE POLICY \"laforge_teams_tenant_guard\" ON \"teams\" AS RESTRICTIVE FOR ALL\n"), rls);
      assertTrue(rls.contains("\n-- " + teamRead + "\nCREATE POLICY \"laforge_teams_read\" ON \"teams\" AS PERMISSIVE FOR SELECT\n"), rls);
      String goldenRls = Files.readString(GOLDEN.resolve("sql/postgres/rls.sql"));
      rls.lines().forEach(line -> assertTrue(goldenRls.lines().anyMatch(line::equals), line));

      // 2. The same admin from another tenant: the tenant guard denies, located at the tenant field.
      JsonObject foreign = preview(lsp, accounts, "Team.read", user(ALICE, GLOBEX, "roles", "admin"), team(ACME, null));
      assertEquals("deny", foreign.get("verdict").getAsString());
      assertDeciding(foreign, "tenant guard: record.tenantId != user.tenantId", accounts.uri, accounts.text(), "model Team {", "tenantId");
      assertEquals(List.of("tenant guard: record.tenantId == user.tenantId -> false"), clauses(foreign));

      // 3. The team's lead updates it: a permission rule in another file decides.
      JsonObject lead = preview(lsp, accounts, "Team.update", user(BOB, ACME, null), team(ACME, BOB));
      assertEquals("allow", lead.get("verdict").getAsString());
      String teamUpdate = "permission update: if user.id == record.lead.id || user.roles.includes(\"admin\")";
      assertDeciding(lead, teamUpdate, rbac.uri, rbac.text(), "model Team {", "update: if user.id == record.lead.id || user.roles.includes(\"admin\")");

      // 4. Someone else of the tenant may not: no rule holds, nothing to point at.
      JsonObject other = preview(lsp, accounts, "Team.update", user(ALICE, ACME, "roles", "viewer"), team(ACME, BOB));
      assertEquals("deny", other.get("verdict").getAsString());
      assertEquals("no rule for Team.update holds: " + teamUpdate + " is false", other.getAsJsonObject("decidingClause").get("text").getAsString());
      assertFalse(other.getAsJsonObject("decidingClause").has("range"));
      assertEquals(List.of("tenant guard: record.tenantId == user.tenantId -> true", teamUpdate + " -> false"), clauses(other));

      // 5. Reference data nobody may write: denied without any rule.
      JsonObject currency = preview(lsp, accounts, "Currency.create", user(ALICE, ACME, "roles", "admin"), new JsonObject());
      assertEquals("deny", currency.get("verdict").getAsString());
      assertEquals("no policy or permission for Currency.create: denied", currency.getAsJsonObject("decidingClause").get("text").getAsString());
      assertEquals("-- no policy or permission for Currency.create: denied (no permissive policy)", currency.get("rls").getAsString());
      assertEquals(List.of(), clauses(currency));

      // The predicate of every dialect, bound for the user.
      JsonObject delete = preview(lsp, accounts, "Team.delete", user(ALICE, ACME, "roles", "admin"), team(ACME, null));
      JsonObject sql = delete.getAsJsonObject("sql");
      assertEquals(List.of("postgres", "mysql", "sqlite"), new ArrayList<>(sql.keySet()));
      // user.role is unset (NULL); the roles list is known when binding, so its test travels as a parameter.
      assertEquals(predicate("\"r\".\"tenant_id\" = CAST(? AS uuid) AND (CAST(? AS text) = 'admin' OR CAST(? AS boolean))",
          ACME, null, true), sql.get("postgres"));
      assertEquals(predicate("`r`.`tenant_id` = ? AND (CAST(? AS BINARY) = 'admin' OR ?)", ACME, null, true), sql.get("mysql"));
      assertEquals(predicate("\"r\".\"tenant_id\" = ? AND (? = 'admin' OR ?)", ACME, null, true), sql.get("sqlite"));

      // A position inside a policy names its rule.
      JsonObject at = preview(lsp, accounts, position(accounts, "policy Team.read {\n  record.‸members"), user(ALICE, ACME, "roles", "admin"), team(ACME, null));
      assertEquals(admin, at);
      // ... and so does one inside a permission rule.
      JsonObject atRule = preview(lsp, rbac, position(rbac, "  model Team {\n    create: admin | salesManager | supportLead\n    up‸date:"),
          user(BOB, ACME, null), team(ACME, BOB));
      assertEquals(lead, atRule);

      // Unsaved edits count: without the admin clause, the admin may not read the team.
      accounts.replace("|| user.roles.includes(\"admin\")\n}", "|| user.roles.includes(\"salesManager\")\n}");
      JsonObject edited = preview(lsp, accounts, "Team.read", user(ALICE, ACME, "roles", "admin"), team(ACME, null));
      assertEquals("deny", edited.get("verdict").getAsString());
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void invalidParamsAreJsonRpcErrorsWithAClearMessage(@TempDir Path tmp) throws Exception {
    Path project = LspHarness.copyOf("examples/saas-crm", tmp.resolve("crm"));
    try (LspHarness lsp = LspHarness.start(project)) {
      Doc accounts = lsp.open("accounts.forge");
      JsonObject valid = params(accounts.uri, "Team.read", new JsonObject(), new JsonObject());

      assertInvalid(lsp, new com.google.gson.JsonPrimitive("Team.read"), "the parameters must be a JSON object");
      assertInvalid(lsp, without(valid, "uri"), "`uri` must be the file: URI of a .forge file");
      assertInvalid(lsp, with(valid, "uri", lsp.uri("missing.forge")), "no .forge file at " + lsp.uri("missing.forge"));
      assertInvalid(lsp, with(valid, "uri", "untitled:Untitled-1.forge"), "`uri` must be the file: URI of a .forge file, not untitled:Untitled-1.forge");
      assertInvalid(lsp, without(valid, "policy"), "`policy` must be \"Model.action\" or a {line, character} position");
      assertInvalid(lsp, with(valid, "policy", "Nobody.read"), "no model `Nobody` in the project");
      assertInvalid(lsp, with(valid, "policy", "Team.fly"), "unknown action `fly` (create, read, update or delete)");
      assertInvalid(lsp, with(with(valid, "action", "update"), "policy", "Team.read"), "`action` update contradicts `policy` Team.read");
      JsonObject outside = new JsonObject();
      outside.addProperty("line", 9999);
      outside.addProperty("character", 0);
      assertInvalid(lsp, with(valid, "policy", outside), "`policy`: line 9999, character 0 is outside the document");
      assertInvalid(lsp, with(valid, "policy", position(accounts, "model ‸Team {")), "no policy or permission rule at line 46, character 6");
      JsonObject negative = new JsonObject();
      negative.addProperty("line", -1);
      assertInvalid(lsp, with(valid, "policy", negative), "`policy` needs `line`, a number from 0");
      assertInvalid(lsp, with(valid, "user", "admin"), "`user` must be a JSON object");
      assertInvalid(lsp, with(valid, "user", JsonParser.parseString("{\"name\": \"Alice\"}")),
          "`user` has an unknown property `name` (known: id, tenantId, role, roles, claims)");
      assertInvalid(lsp, with(valid, "user", JsonParser.parseString("{\"roles\": \"admin\"}")), "`user.roles` must be a list of strings");
      assertInvalid(lsp, with(valid, "record", JsonParser.parseString("[1]")), "`record` must be a JSON object");

      JsonObject sql = new JsonObject();
      sql.addProperty("uri", accounts.uri);
      sql.addProperty("dialect", "oracle");
      assertError(lsp, "laforge/generatedSql", sql, ResponseErrorCode.InvalidParams, "unknown dialect `oracle` (postgres, mysql or sqlite)");
      sql.addProperty("dialect", "sqlite");
      sql.addProperty("model", "Nobody");
      assertError(lsp, "laforge/generatedSql", sql, ResponseErrorCode.InvalidParams, "no model `Nobody` in the project");

      // A domain with errors cannot be previewed: the request fails and says why.
      accounts.replace("  members: manyToMany(User)\n", "  members: manyToMany(User)\n  mentor: belongsTo(Nobody)\n");
      lsp.sync();
      String why = "1 error(s) in the domain, first: accounts.forge:54: ";
      assertTrue(assertError(lsp, "laforge/policyPreview", valid, ResponseErrorCode.RequestFailed, null).startsWith("cannot preview policies: " + why));
      sql.remove("model");
      assertTrue(assertError(lsp, "laforge/generatedSql", sql, ResponseErrorCode.RequestFailed, null).startsWith("cannot generate SQL: " + why));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void generatedSqlIsWhatTheGeneratorWrites(@TempDir Path tmp) throws Exception {
    Path project = LspHarness.copyOf("examples/saas-crm", tmp.resolve("crm"));
    try (LspHarness lsp = LspHarness.start(project)) {
      Doc sales = lsp.open("sales.forge");
      for (String dialect : List.of("postgres", "mysql", "sqlite")) {
        JsonObject params = new JsonObject();
        params.addProperty("uri", sales.uri);
        params.addProperty("dialect", dialect);
        JsonObject result = (JsonObject) lsp.request("laforge/generatedSql", params);
        assertEquals(dialect, result.get("dialect").getAsString());
        assertFalse(result.has("model"));
        List<String> expected = goldenFiles("sql/" + dialect);
        List<String> paths = new ArrayList<>();
        for (JsonElement file : result.getAsJsonArray("files")) {
          String path = file.getAsJsonObject().get("path").getAsString();
          paths.add(path);
          assertEquals(Files.readString(GOLDEN.resolve(path)), file.getAsJsonObject().get("content").getAsString(), path);
        }
        assertEquals(expected, paths.stream().sorted().toList());
      }

      // One model: the statements of its table, which are part of the generated file.
      JsonObject params = new JsonObject();
      params.addProperty("uri", sales.uri);
      params.addProperty("model", "Tag");
      JsonObject tag = (JsonObject) lsp.request("laforge/generatedSql", params);
      assertEquals("postgres", tag.get("dialect").getAsString(), "the project's first dialect");
      assertEquals("Tag", tag.get("model").getAsString());
      JsonArray files = tag.getAsJsonArray("files");
      assertEquals(1, files.size());
      assertEquals("sql/postgres/schema.sql", files.get(0).getAsJsonObject().get("path").getAsString());
      String content = files.get(0).getAsJsonObject().get("content").getAsString();
      assertEquals("""
          CREATE TABLE "tags" (
            "id" uuid NOT NULL DEFAULT gen_random_uuid(),
            "tenant_id" uuid NOT NULL,
            "name" text NOT NULL,
            "color" text NOT NULL DEFAULT '#6B7280',
            CONSTRAINT "tags_pkey" PRIMARY KEY ("id"),
            CONSTRAINT "tags_name_check" CHECK (char_length("name") BETWEEN 1 AND 40),
            CONSTRAINT "tags_color_check" CHECK ("color" ~ '^#[0-9A-Fa-f]{6}$')
          );
          CREATE UNIQUE INDEX "tags_tenant_id_name_key" ON "tags" ("tenant_id", "name");
          """, content);
      String golden = Files.readString(GOLDEN.resolve("sql/postgres/schema.sql"));
      assertTrue(golden.contains(content.substring(0, content.indexOf(");\n") + 3)));
      assertTrue(golden.lines().anyMatch("CREATE UNIQUE INDEX \"tags_tenant_id_name_key\" ON \"tags\" (\"tenant_id\", \"name\");"::equals));
      lsp.assertNoServerErrors();
    }
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static JsonObject preview(LspHarness lsp, Doc doc, Object policy, JsonObject user, JsonObject record) throws Exception {
    return (JsonObject) lsp.request("laforge/policyPreview", params(doc.uri, policy, user, record));
  }

  static JsonObject params(String uri, Object policy, JsonObject user, JsonObject record) {
    JsonObject params = new JsonObject();
    params.addProperty("uri", uri);
    params.add("policy", policy instanceof JsonElement e ? e : new com.google.gson.JsonPrimitive(policy.toString()));
    params.add("user", user);
    params.add("record", record);
    return params;
  }

  /** {@code {id, tenantId, <listName>: [values]}}. */
  static JsonObject user(String id, String tenantId, String listName, String... values) {
    JsonObject user = new JsonObject();
    user.addProperty("id", id);
    user.addProperty("tenantId", tenantId);
    if (listName != null) {
      JsonArray list = new JsonArray();
      Stream.of(values).forEach(list::add);
      user.add(listName, list);
    }
    return user;
  }

  /** A team of the tenant with no members, led by {@code leadId} (an active user of the tenant) or nobody. */
  static JsonObject team(String tenantId, String leadId) {
    JsonObject team = new JsonObject();
    team.addProperty("id", TEAM);
    team.addProperty("tenantId", tenantId);
    team.addProperty("name", "Sales");
    team.add("members", new JsonArray());
    if (leadId != null) {
      team.addProperty("leadId", leadId);
      JsonObject lead = new JsonObject();
      lead.addProperty("id", leadId);
      lead.addProperty("tenantId", tenantId);
      lead.addProperty("active", true);
      team.add("lead", lead);
    }
    return team;
  }

  /** The {line, character} of the cursor in {@code marked}, a fragment of the document. */
  static JsonObject position(Doc doc, String marked) {
    Text.Cursor cursor = Text.cursor(marked);
    int at = doc.text().indexOf(cursor.text());
    assertTrue(at >= 0, cursor.text());
    var p = Text.position(doc.text(), at + cursor.offset());
    JsonObject position = new JsonObject();
    position.addProperty("line", p.getLine());
    position.addProperty("character", p.getCharacter());
    return position;
  }

  private static JsonObject predicate(String sql, Object... binds) {
    JsonObject predicate = new JsonObject();
    predicate.addProperty("alias", "r");
    predicate.addProperty("predicate", sql);
    JsonArray array = new JsonArray();
    for (Object bind : binds) {
      if (bind instanceof Boolean b) {
        array.add(b);
      } else {
        array.add((String) bind);
      }
    }
    predicate.add("binds", array);
    return predicate;
  }

  private static List<String> clauses(JsonObject preview) {
    List<String> clauses = new ArrayList<>();
    for (JsonElement c : preview.getAsJsonArray("clauses")) {
      clauses.add(c.getAsJsonObject().get("text").getAsString() + " -> " + c.getAsJsonObject().get("outcome").getAsString());
    }
    return clauses;
  }

  /** The deciding clause's text, and its range covering the first {@code source} after {@code after} in the document. */
  private static void assertDeciding(JsonObject preview, String text, String uri, String documentText, String after, String source) {
    JsonObject deciding = preview.getAsJsonObject("decidingClause");
    assertEquals(text, deciding.get("text").getAsString());
    assertEquals(uri, deciding.get("uri").getAsString());
    JsonObject range = deciding.getAsJsonObject("range");
    int start = documentText.indexOf(source, documentText.indexOf(after));
    assertTrue(start >= 0, source);
    var expected = Text.range(documentText, start, start + source.length());
    assertEquals(expected.getStart().getLine(), range.getAsJsonObject("start").get("line").getAsInt(), range.toString());
    assertEquals(expected.getStart().getCharacter(), range.getAsJsonObject("start").get("character").getAsInt(), range.toString());
    assertEquals(expected.getEnd().getLine(), range.getAsJsonObject("end").get("line").getAsInt(), range.toString());
    assertEquals(expected.getEnd().getCharacter(), range.getAsJsonObject("end").get("character").getAsInt(), range.toString());
  }

  private static void assertInvalid(LspHarness lsp, JsonElement params, String message) {
    assertError(lsp, "laforge/policyPreview", params, ResponseErrorCode.InvalidParams, message);
  }

  /** The request fails with {@code code}; returns the message (asserted when {@code message} is given). */
  static String assertError(LspHarness lsp, String method, JsonElement params, ResponseErrorCode code, String message) {
    ExecutionException e = assertThrows(ExecutionException.class, () -> lsp.request(method, params), params.toString());
    ResponseErrorException error = assertInstanceOf(ResponseErrorException.class, e.getCause());
    assertEquals(code.getValue(), error.getResponseError().getCode(), error.getResponseError().getMessage());
    if (message != null) {
      assertEquals(message, error.getResponseError().getMessage());
    }
    return error.getResponseError().getMessage();
  }

  private static JsonObject with(JsonObject object, String key, Object value) {
    JsonObject copy = object.deepCopy();
    copy.add(key, value instanceof JsonElement e ? e : new com.google.gson.JsonPrimitive(value.toString()));
    return copy;
  }

  private static JsonObject without(JsonObject object, String key) {
    JsonObject copy = object.deepCopy();
    copy.remove(key);
    return copy;
  }

  private static List<String> goldenFiles(String folder) throws Exception {
    try (Stream<Path> files = Files.walk(GOLDEN.resolve(folder))) {
      return files.filter(Files::isRegularFile).map(p -> GOLDEN.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }
}
