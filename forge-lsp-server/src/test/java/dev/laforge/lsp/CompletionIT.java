package dev.laforge.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.lsp.harness.LspHarness;
import dev.laforge.lsp.harness.LspHarness.Doc;
import dev.laforge.lsp.harness.Text;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Completion at cursor markers (‸) in the blog project: exact label sets, kinds and details. */
class CompletionIT {

  private int files;

  @Test
  void declarationsTypesModifiersAndDefaults(@TempDir Path tmp) throws Exception {
    try (LspHarness lsp = LspHarness.start(LspHarness.copyOf("examples/blog", tmp.resolve("blog")))) {
      assertEquals(List.of("claims", "enum", "extend", "hook", "model", "permissions", "policy", "roles"), labels(lsp, "‸"));
      assertEquals(List.of("model"), labels(lsp, "mo‸"));

      Map<String, CompletionItem> types = items(lsp, "enum Plan { free pro }\nmodel A {\n  id: uuid pk\n  plan: ‸\n}\n");
      assertEquals(List.of("Plan", "belongsTo", "bigint", "boolean", "date", "datetime", "decimal", "float", "hasMany", "int", "integer",
          "json", "jsonb", "manyToMany", "string", "text", "uuid"), List.copyOf(types.keySet()));
      assertItem(types, "Plan", CompletionItemKind.Enum, "enum");
      assertItem(types, "uuid", CompletionItemKind.Keyword, "type");
      assertItem(types, "belongsTo", CompletionItemKind.Keyword, "relation");

      // Modifiers that fit the type, each once; the next member may start with index, table or unique(...).
      assertEquals(List.of("column", "default", "email", "index", "length", "optional", "pattern", "pii", "pk", "renamedFrom", "residency",
          "secret", "table", "tenant", "unique"), labels(lsp, "model A {\n  id: uuid pk\n  name: string ‸\n}\n"));
      assertEquals(List.of("column", "default", "index", "max", "min", "pii", "pk", "renamedFrom", "residency", "secret", "table", "tenant",
          "unique"), labels(lsp, "model A {\n  id: uuid pk\n  n: integer optional ‸\n}\n"));
      assertEquals(List.of("index", "onDelete", "optional", "pii", "renamedFrom", "table", "unique"),
          labels(lsp, "model A {\n  id: uuid pk\n  owner: belongsTo(User) ‸\n}\n"));
      assertEquals(List.of("index", "pii", "renamedFrom", "table", "unique"),
          labels(lsp, "model A {\n  id: uuid pk\n  posts: hasMany(Post) ‸\n}\n"));

      // Defaults that fit: the enum's values, booleans, now() for dates, uuid() for uuids, null only when optional.
      Map<String, CompletionItem> plan = items(lsp, "enum Plan { free pro }\nmodel A {\n  id: uuid pk\n  plan: Plan default ‸\n}\n");
      assertEquals(List.of("free", "pro"), List.copyOf(plan.keySet()));
      assertItem(plan, "free", CompletionItemKind.EnumMember, "Plan");
      assertEquals(List.of("false", "true"), labels(lsp, "model A {\n  id: uuid pk\n  on: boolean default ‸\n}\n"));
      assertEquals(List.of("now()", "null"), labels(lsp, "model A {\n  id: uuid pk\n  at: datetime optional default ‸\n}\n"));
      assertEquals(List.of("uuid()"), labels(lsp, "model A {\n  id: uuid default ‸\n}\n"));
      assertEquals(List.of(), labels(lsp, "model A {\n  id: uuid pk\n  name: string default ‸\n}\n"));

      // Relation targets are models; the inverse is a field of the target.
      Map<String, CompletionItem> targets = items(lsp, "model A {\n  id: uuid pk\n  owner: belongsTo(‸)\n}\n");
      assertTrue(targets.keySet().containsAll(List.of("A", "Post", "Tag", "User")), targets.keySet().toString());
      assertItem(targets, "Post", CompletionItemKind.Class, "model");
      assertEquals(List.of("author", "authorId", "body", "id", "published", "slug", "tags", "tenantId", "title"),
          labels(lsp, "model A {\n  id: uuid pk\n  posts: hasMany(Post.‸)\n}\n"));
      // Index fields: not the ones already listed, not to-many relations.
      assertEquals(List.of("b", "id"), labels(lsp, "model A {\n  id: uuid pk\n  a: string\n  b: string\n  tags: hasMany(Tag)\n  unique(a, ‸)\n}\n"));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void recordChainsUserContextAndCollections(@TempDir Path tmp) throws Exception {
    try (LspHarness lsp = LspHarness.start(LspHarness.copyOf("examples/blog", tmp.resolve("blog")))) {
      List<String> postFields = List.of("author", "authorId", "body", "id", "published", "slug", "tags", "tenantId", "title");
      Map<String, CompletionItem> record = items(lsp, "policy Post.update {\n  record.‸\n}\n");
      assertEquals(postFields, List.copyOf(record.keySet()));
      assertItem(record, "published", CompletionItemKind.Field, "boolean default false");
      assertItem(record, "author", CompletionItemKind.Field, "belongsTo(User)");
      assertItem(record, "authorId", CompletionItemKind.Field, "uuid, foreign key of author");

      // Through the relation: the related model's fields.
      List<String> userFields = List.of("apiKey", "email", "id", "posts", "role", "ssn", "tenantId");
      assertEquals(userFields, labels(lsp, "policy Post.update {\n  record.author.‸\n}\n"));
      assertEquals(List.of("email"), labels(lsp, "policy Post.update {\n  record.author.em‸\n}\n"));
      assertEquals(userFields, labels(lsp, "permissions {\n  model Post {\n    update: if record.author.‸\n  }\n}\n"));
      assertEquals(postFields, labels(lsp, "hook Post.afterCreate {\n  record.‸\n}\n"));

      // Collections: predicates only on to-many relations and lists, the element's fields in the lambda.
      assertEquals(List.of("every", "includes", "some"), labels(lsp, "policy Post.update {\n  record.tags.‸\n}\n"));
      assertEquals(List.of("id", "name", "tenantId"), labels(lsp, "policy Post.update {\n  record.tags.some(t => t.‸)\n}\n"));
      assertEquals(List.of("every", "includes", "some"), labels(lsp, "policy Post.update {\n  user.roles.‸\n}\n"));

      Map<String, CompletionItem> user = items(lsp, "policy Post.update {\n  user.‸\n}\n");
      assertEquals(List.of("claims", "id", "role", "roles", "tenantId"), List.copyOf(user.keySet()));
      assertItem(user, "roles", CompletionItemKind.Property, "list of strings");
      assertItem(user, "tenantId", CompletionItemKind.Property, "uuid");

      // Hooks: string methods and .length on strings.
      Map<String, CompletionItem> string = items(lsp, "hook Post.beforeCreate {\n  record.slug = record.title.‸\n}\n");
      assertEquals(List.of("endsWith", "includes", "length", "replace", "slice", "startsWith", "toLowerCase", "toUpperCase", "trim"),
          List.copyOf(string.keySet()));
      assertItem(string, "trim", CompletionItemKind.Method, "string method");
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void rolesClaimsEnumValuesAndModels(@TempDir Path tmp) throws Exception {
    try (LspHarness lsp = LspHarness.start(LspHarness.copyOf("examples/blog", tmp.resolve("blog")))) {
      // Grantees: roles and claims, not the ones already listed.
      Map<String, CompletionItem> grantees = items(lsp, "permissions {\n  model Tag {\n    create: editor | ‸\n  }\n}\n");
      assertEquals(List.of("admin", "can.manage.users", "can.publish.posts", "user"), List.copyOf(grantees.keySet()));
      assertItem(grantees, "admin", CompletionItemKind.Constant, "role");
      assertItem(grantees, "can.publish.posts", CompletionItemKind.Constant, "claim");
      assertEquals(List.of("can.publish.posts"), labels(lsp, "claims {\n  editor: can.manage.users | ‸\n}\n"));

      // Strings naming roles, claims and enum values, quoted; no booleans where strings are compared.
      Map<String, CompletionItem> roles = items(lsp, "policy Tag.read {\n  user.roles.includes(‸)\n}\n");
      assertEquals(List.of("\"admin\"", "\"editor\"", "\"user\"", "null", "record", "user"), List.copyOf(roles.keySet()));
      assertItem(roles, "\"editor\"", CompletionItemKind.Constant, "role");
      assertEquals(List.of("\"can.manage.users\"", "\"can.publish.posts\"", "null", "record", "user"),
          labels(lsp, "policy Tag.read {\n  user.claims.includes(‸)\n}\n"));
      assertEquals(List.of("\"admin\"", "\"editor\"", "\"user\""), labels(lsp, "policy Tag.read {\n  user.role == \"‸\"\n}\n"));
      Map<String, CompletionItem> status = items(lsp,
          "enum Status { draft live }\nmodel Page {\n  id: uuid pk\n  tenantId: uuid tenant\n  status: Status\n}\npolicy Page.read {\n  record.status == ‸\n}\n");
      assertEquals(List.of("\"draft\"", "\"live\"", "null", "record", "user"), List.copyOf(status.keySet()));
      assertItem(status, "\"live\"", CompletionItemKind.EnumMember, "Status");

      // A policy names a model; the actions exclude those the model already has a policy for (Post.read).
      assertEquals(List.of("create", "delete", "update"), labels(lsp, "policy Post.‸"));
      assertEquals(List.of("Post", "Tag", "User"), labels(lsp, "hook ‸").stream().filter(l -> List.of("Post", "Tag", "User").contains(l)).toList());
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void completingInsideAStringReplacesTheWholeString(@TempDir Path tmp) throws Exception {
    try (LspHarness lsp = LspHarness.start(LspHarness.copyOf("examples/blog", tmp.resolve("blog")))) {
      Text.Cursor cursor = Text.cursor("policy Tag.read {\n  user.roles.includes(\"ed‸\")\n}\n");
      Doc doc = lsp.open("string.forge", cursor.text());
      List<CompletionItem> items = complete(lsp, doc, cursor);
      assertEquals(List.of("\"editor\""), items.stream().map(CompletionItem::getLabel).toList());
      String applied = Text.apply(cursor.text(), List.of(items.get(0).getTextEdit().getLeft()));
      assertEquals("policy Tag.read {\n  user.roles.includes(\"editor\")\n}\n", applied);
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void noDuplicatesAndNoErrorsAnywhereInTheExamples(@TempDir Path tmp) throws Exception {
    try (LspHarness lsp = LspHarness.start(LspHarness.copyOf("examples/blog", tmp.resolve("blog")))) {
      Doc doc = lsp.open("domain.forge");
      String text = doc.text();
      // Completion at the start of every line and after every dot: never a duplicate label, never a server error.
      for (int offset = 0; offset < text.length(); offset++) {
        if (offset == 0 || text.charAt(offset - 1) == '\n' || text.charAt(offset - 1) == '.') {
          List<CompletionItem> items = complete(lsp, doc, new Text.Cursor(text, Text.position(text, offset), offset));
          List<String> labels = items.stream().map(CompletionItem::getLabel).toList();
          assertEquals(labels.stream().distinct().toList(), labels, "at offset " + offset);
        }
      }
      lsp.assertNoServerErrors();
    }
  }

  // ---------------------------------------------------------------------------------------------

  static void assertItem(Map<String, CompletionItem> items, String label, CompletionItemKind kind, String detail) {
    CompletionItem item = items.get(label);
    assertTrue(item != null, label + " missing from " + items.keySet());
    assertEquals(kind, item.getKind(), label);
    assertEquals(detail, item.getDetail(), label);
  }

  static List<CompletionItem> complete(LspHarness lsp, Doc doc, Text.Cursor cursor) throws Exception {
    var result = LspHarness.get(lsp.server().getTextDocumentService().completion(new CompletionParams(doc.id(), cursor.position())));
    return result.isLeft() ? result.getLeft() : result.getRight().getItems();
  }

  /** The items at the cursor of {@code marked}, opened as a new file of the project, by label. */
  Map<String, CompletionItem> items(LspHarness lsp, String marked) throws Exception {
    Text.Cursor cursor = Text.cursor(marked);
    Doc doc = lsp.open("completion" + (files++) + ".forge", cursor.text());
    Map<String, CompletionItem> byLabel = new TreeMap<>();
    for (CompletionItem item : complete(lsp, doc, cursor)) {
      CompletionItem previous = byLabel.put(item.getLabel(), item);
      assertEquals(null, previous, "duplicate " + item.getLabel());
    }
    return byLabel;
  }

  List<String> labels(LspHarness lsp, String marked) throws Exception {
    return List.copyOf(items(lsp, marked).keySet());
  }
}
