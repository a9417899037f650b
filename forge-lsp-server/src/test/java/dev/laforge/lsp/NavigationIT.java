package dev.laforge.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.lsp.harness.LspHarness;
import dev.laforge.lsp.harness.LspHarness.Doc;
import dev.laforge.lsp.harness.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Go to definition, find references and rename across two files, policies and permissions included. */
class NavigationIT {

  static final String MODELS = """
      roles { admin editor }

      claims {
        can.publish
        editor: can.publish
      }

      enum Status { draft published }

      model Author {
        id: uuid pk
        tenantId: uuid tenant
        name: string
        posts: hasMany(Post.author)
      }

      model Post {
        id: uuid pk
        tenantId: uuid tenant
        status: Status default draft
        author: belongsTo(Author)
        index(authorId)
      }
      """;

  static final String ACCESS = """
      policy Post.read {
        record.status == "published" || record.author.id == user.id || user.roles.includes("admin")
      }

      policy Post.update {
        record.authorId == user.id && user.claims.includes("can.publish")
      }

      permissions {
        model Post {
          create: editor | admin
          delete: can.publish if record.status != "draft"
        }
      }

      hook Post.beforeCreate {
        record.authorId = user.id;
      }
      """;

  private static LspHarness start(Path tmp) throws Exception {
    Files.writeString(tmp.resolve("models.forge"), MODELS);
    Files.writeString(tmp.resolve("access.forge"), ACCESS);
    return LspHarness.start(tmp);
  }

  @Test
  void definitionLeadsFromPoliciesPermissionsAndStringsToTheDeclaration(@TempDir Path tmp) throws Exception {
    try (LspHarness lsp = start(tmp)) {
      Doc access = lsp.open("access.forge");
      Doc models = lsp.open("models.forge");
      assertEquals("models.forge:17 Post", definition(lsp, access, "Post.read", 0));
      assertEquals("models.forge:21 author", definition(lsp, access, "author.id", 0));
      // The foreign-key alias leads to its relation.
      assertEquals("models.forge:21 author", definition(lsp, access, "authorId ==", 2));
      assertEquals("models.forge:21 author", definition(lsp, models, "authorId)", 2));
      // Strings that name a role, a claim or an enum value.
      assertEquals("models.forge:1 admin", definition(lsp, access, "admin\")", 1));
      assertEquals("models.forge:4 can.publish", definition(lsp, access, "can.publish\")", 5));
      assertEquals("models.forge:8 published", definition(lsp, access, "published\"", 1));
      assertEquals("models.forge:8 draft", definition(lsp, access, "draft\"", 1));
      // Grantees in permissions, the enum default, the relation inverse.
      assertEquals("models.forge:1 editor", definition(lsp, access, "editor |", 0));
      assertEquals("models.forge:4 can.publish", definition(lsp, access, "can.publish if", 4));
      assertEquals("models.forge:8 draft", definition(lsp, models, "draft\n", 0));
      assertEquals("models.forge:21 author", definition(lsp, models, "author)", 0));
      // A declaration is its own definition; a keyword or a user property has none.
      assertEquals("models.forge:17 Post", definition(lsp, models, "Post {", 1));
      assertEquals("", definition(lsp, access, "policy", 1));
      assertEquals("", definition(lsp, access, "id ||", 0));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void referencesSpanBothFilesWithAliasesAndStrings(@TempDir Path tmp) throws Exception {
    try (LspHarness lsp = start(tmp)) {
      Doc models = lsp.open("models.forge");
      lsp.open("access.forge");
      assertEquals(List.of(
          "access.forge:17 authorId",
          "access.forge:2 author",
          "access.forge:6 authorId",
          "models.forge:14 author",
          "models.forge:22 authorId"), references(lsp, models, "author:", 1, false));
      assertEquals(List.of(
          "access.forge:1 Post",
          "access.forge:10 Post",
          "access.forge:16 Post",
          "access.forge:5 Post",
          "models.forge:14 Post",
          "models.forge:17 Post"), references(lsp, models, "Post {", 1, true));
      assertEquals(List.of("access.forge:11 admin", "access.forge:2 admin"), references(lsp, models, "admin", 1, false));
      assertEquals(List.of("access.forge:12 can.publish", "access.forge:6 can.publish", "models.forge:5 can.publish"),
          references(lsp, models, "can.publish\n", 1, false));
      assertEquals(List.of("access.forge:12 draft", "models.forge:20 draft", "models.forge:8 draft"),
          references(lsp, models, "draft", 1, true));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void renameRewritesEveryReferenceInBothFiles(@TempDir Path tmp) throws Exception {
    try (LspHarness lsp = start(tmp)) {
      Doc models = lsp.open("models.forge");
      Doc access = lsp.open("access.forge");

      // A relation: its references, the inverse, and every foreign-key alias.
      rename(lsp, models, "author:", 1, "writer");
      assertEquals(MODELS.replace("author: belongsTo", "writer: belongsTo").replace("Post.author", "Post.writer")
          .replace("index(authorId)", "index(writerId)"), models.text());
      assertEquals(ACCESS.replace("record.author.id", "record.writer.id").replace("record.authorId", "record.writerId"), access.text());

      // A model, from a reference in a policy.
      rename(lsp, access, "Post.update", 1, "Article");
      assertEquals(ACCESS.replace("record.author.id", "record.writer.id").replace("record.authorId", "record.writerId")
          .replace("Post", "Article"), access.text());
      assertTrue(models.text().contains("model Article {") && models.text().contains("hasMany(Article.writer)"), models.text());

      // A role, a claim and an enum value: declarations, grantees and strings.
      rename(lsp, access, "admin\")", 1, "owner");
      rename(lsp, models, "can.publish\n", 1, "can.publish.posts");
      rename(lsp, access, "draft\"", 1, "pending");
      assertTrue(models.text().startsWith("roles { owner editor }\n\nclaims {\n  can.publish.posts\n  editor: can.publish.posts\n}\n\n"
          + "enum Status { pending published }"), models.text());
      assertTrue(models.text().contains("status: Status default pending"), models.text());
      assertEquals(List.of(
          "policy Article.read {",
          "  record.status == \"published\" || record.writer.id == user.id || user.roles.includes(\"owner\")",
          "}",
          "",
          "policy Article.update {",
          "  record.writerId == user.id && user.claims.includes(\"can.publish.posts\")",
          "}",
          "",
          "permissions {",
          "  model Article {",
          "    create: editor | owner",
          "    delete: can.publish.posts if record.status != \"pending\"",
          "  }",
          "}"), access.text().lines().limit(14).toList());
      assertEquals(List.of(), errors(lsp, models));
      assertEquals(List.of(), errors(lsp, access));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void renamingAtAForeignKeyAliasRenamesTheRelation(@TempDir Path tmp) throws Exception {
    try (LspHarness lsp = start(tmp)) {
      Doc models = lsp.open("models.forge");
      Doc access = lsp.open("access.forge");
      PrepareRenameResult prepared = LspHarness.get(lsp.server().getTextDocumentService()
          .prepareRename(new PrepareRenameParams(access.id(), at(access, "authorId =", 2)))).getSecond();
      assertEquals("authorId", prepared.getPlaceholder());
      assertEquals("authorId", Text.slice(access.text(), prepared.getRange()));
      String refused = refusal(lsp, access, "authorId =", 2, "writer");
      assertEquals("`writer` is not a foreign-key name: renaming `authorId` renames the relation `author`, so the new name must end in `Id`", refused);
      rename(lsp, access, "authorId =", 2, "writerId");
      assertTrue(models.text().contains("writer: belongsTo(Author)\n  index(writerId)"), models.text());
      assertTrue(access.text().contains("record.writer.id == user.id") && access.text().contains("record.writerId = user.id;"), access.text());
      assertEquals(List.of(), errors(lsp, access));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void aRelationAndItsExplicitForeignKeyFieldAreRenamedTogether(@TempDir Path tmp) throws Exception {
    Path project = LspHarness.copyOf("examples/saas-crm", tmp.resolve("crm"));
    try (LspHarness lsp = LspHarness.start(project)) {
      Doc accounts = lsp.open("accounts.forge");
      String before = accounts.text();
      rename(lsp, accounts, "user: belongsTo(User) onDelete(cascade)", 0, "member");
      assertEquals(before
          .replace("  userId: uuid\n  user: belongsTo(User) onDelete(cascade)", "  memberId: uuid\n  member: belongsTo(User) onDelete(cascade)")
          .replace("unique(tenantId, userId)", "unique(tenantId, memberId)")
          .replace("hasMany(Membership.user)", "hasMany(Membership.member)")
          .replace("record.user.id == user.id || user.claims", "record.member.id == user.id || user.claims"), accounts.text());
      for (String file : List.of("accounts.forge", "billing.forge", "rbac.forge", "sales.forge", "support.forge")) {
        assertEquals(List.of(), errors(lsp, lsp.document(lsp.uri(file))), file);
      }
      // Renaming the foreign-key field renames the pair back; it must stay a foreign-key name.
      assertEquals("`person` is not a foreign-key name: renaming `memberId` renames the relation `member`, so the new name must end in `Id`",
          refusal(lsp, accounts, "memberId: uuid", 0, "person"));
      rename(lsp, accounts, "memberId: uuid", 0, "userId");
      assertEquals(before, accounts.text());
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void prepareRenameGivesTheNameAndRefusesWhatCannotBeRenamed(@TempDir Path tmp) throws Exception {
    try (LspHarness lsp = start(tmp)) {
      Doc models = lsp.open("models.forge");
      Doc access = lsp.open("access.forge");
      var prepared = LspHarness.get(lsp.server().getTextDocumentService()
          .prepareRename(new PrepareRenameParams(access.id(), at(access, "author.id", 3)))).getSecond();
      assertEquals("author", prepared.getPlaceholder());
      assertEquals(Text.rangeOf(access.text(), "author"), prepared.getRange());
      // A cursor right after the name still renames it.
      prepared = LspHarness.get(lsp.server().getTextDocumentService()
          .prepareRename(new PrepareRenameParams(models.id(), at(models, "Status {", 6)))).getSecond();
      assertEquals("Status", prepared.getPlaceholder());
      // Inside a string naming a role: the text between the quotes.
      prepared = LspHarness.get(lsp.server().getTextDocumentService()
          .prepareRename(new PrepareRenameParams(access.id(), at(access, "admin\")", 0)))).getSecond();
      assertEquals("admin", Text.slice(access.text(), prepared.getRange()));

      String nothing = "Nothing to rename here: place the cursor on the name of a model, field, enum, enum value, role, claim, action or variable";
      for (String keyword : List.of("policy", "permissions", "user.id", "== user", "includes")) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> LspHarness.get(lsp.server().getTextDocumentService()
            .prepareRename(new PrepareRenameParams(access.id(), at(access, keyword, 1)))), keyword);
        ResponseErrorException error = assertInstanceOf(ResponseErrorException.class, e.getCause());
        assertEquals(ResponseErrorCode.RequestFailed.getValue(), error.getResponseError().getCode());
        assertEquals(nothing, error.getResponseError().getMessage(), keyword);
      }
      assertEquals(nothing, refusal(lsp, access, "policy", 1, "x"));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void invalidAndTakenNamesAreRefusedWithAReason(@TempDir Path tmp) throws Exception {
    try (LspHarness lsp = start(tmp)) {
      Doc models = lsp.open("models.forge");
      lsp.open("access.forge");
      assertEquals("`1st` is not a valid name: a name starts with a letter or `_` and continues with letters, digits and `_`",
          refusal(lsp, models, "Post {", 1, "1st"));
      assertEquals("`my post` is not a valid name: a name starts with a letter or `_` and continues with letters, digits and `_`",
          refusal(lsp, models, "Post {", 1, "my post"));
      assertEquals("The new name is empty", refusal(lsp, models, "Post {", 1, ""));
      assertEquals("`true` is a keyword and can never be a name", refusal(lsp, models, "name:", 1, "true"));
      assertEquals("`string` is a keyword: an enum named after a keyword cannot be used as a field type",
          refusal(lsp, models, "Status {", 1, "string"));
      assertEquals("`Author` is already the name of a model (in this file)", refusal(lsp, models, "Post {", 1, "Author"));
      assertEquals("`Status` is already the name of an enum (in this file)", refusal(lsp, models, "Post {", 1, "Status"));
      assertEquals("`tenantId` is already a field of `Post`", refusal(lsp, models, "status:", 1, "tenantId"));
      assertEquals("`authorId` is already the foreign key of relation `author` of `Post`", refusal(lsp, models, "status:", 1, "authorId"));
      assertEquals("`published` is already the name of a value of `Status` (in this file)", refusal(lsp, models, "draft published", 1, "published"));
      assertEquals("`editor` is already the name of a role (in this file)", refusal(lsp, models, "admin", 1, "editor"));
      assertEquals("`can.x..y` is not a valid claim name: a claim is a dotted name such as `can.manage.users`",
          refusal(lsp, models, "can.publish\n", 1, "can.x..y"));
      // Keywords usable as names are fine for a field (a field called `email` is legal).
      Doc access = lsp.document(lsp.uri("access.forge"));
      rename(lsp, models, "name:", 1, "email");
      assertTrue(models.text().contains("  email: string\n"), models.text());
      assertEquals(List.of(), errors(lsp, models));
      assertEquals(List.of(), errors(lsp, access));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void everyPositionOfCompleteAndHalfTypedFilesIsAnsweredWithoutServerErrors(@TempDir Path tmp) throws Exception {
    Path project = LspHarness.copyOf("examples/saas-crm", tmp.resolve("crm"));
    try (LspHarness lsp = LspHarness.start(project)) {
      Doc rbac = lsp.open("rbac.forge");
      String complete = rbac.text();
      // The file as it is, then cut off in the middle of a permission condition.
      for (String text : List.of(complete, complete.substring(0, complete.indexOf("record.owner.id ||") + 13))) {
        rbac.replaceAll(text);
        int answered = 0;
        for (int offset = 0; offset <= text.length(); offset += 3) {
          Position p = Text.position(text, offset);
          LspHarness.get(lsp.server().getTextDocumentService().definition(new DefinitionParams(rbac.id(), p)));
          LspHarness.get(lsp.server().getTextDocumentService().documentHighlight(new org.eclipse.lsp4j.DocumentHighlightParams(rbac.id(), p)));
          try {
            LspHarness.get(lsp.server().getTextDocumentService().prepareRename(new PrepareRenameParams(rbac.id(), p)));
            answered++;
          } catch (ExecutionException e) {
            assertInstanceOf(ResponseErrorException.class, e.getCause());
          }
        }
        assertTrue(answered > 100, "renamable positions: " + answered);
      }
      lsp.assertNoServerErrors();
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** The position {@code delta} characters into the first occurrence of {@code needle}. */
  static Position at(Doc doc, String needle, int delta) {
    int offset = doc.text().indexOf(needle);
    if (offset < 0) {
      throw new AssertionError("`" + needle + "` not in " + doc.uri);
    }
    return Text.position(doc.text(), offset + delta);
  }

  /** {@code file:line text} of a location (1-based line). */
  static String describe(LspHarness lsp, Location location) throws Exception {
    Doc doc = lsp.document(location.getUri());
    return Path.of(java.net.URI.create(location.getUri())).getFileName() + ":" + (location.getRange().getStart().getLine() + 1) + " "
        + Text.slice(doc.text(), location.getRange());
  }

  static String definition(LspHarness lsp, Doc doc, String needle, int delta) throws Exception {
    var result = LspHarness.get(lsp.server().getTextDocumentService().definition(new DefinitionParams(doc.id(), at(doc, needle, delta))));
    List<String> described = new ArrayList<>();
    for (Location l : result.getLeft()) {
      described.add(describe(lsp, l));
    }
    return String.join(", ", described);
  }

  static List<String> references(LspHarness lsp, Doc doc, String needle, int delta, boolean includeDeclaration) throws Exception {
    var result = LspHarness.get(lsp.server().getTextDocumentService()
        .references(new ReferenceParams(doc.id(), at(doc, needle, delta), new ReferenceContext(includeDeclaration))));
    List<String> described = new ArrayList<>();
    for (Location l : result) {
      described.add(describe(lsp, l));
    }
    return described.stream().sorted().toList();
  }

  static void rename(LspHarness lsp, Doc doc, String needle, int delta, String newName) throws Exception {
    WorkspaceEdit edit = LspHarness.get(lsp.server().getTextDocumentService().rename(new RenameParams(doc.id(), at(doc, needle, delta), newName)));
    lsp.applyWorkspaceEdit(edit);
  }

  /** The message of the error a rename is refused with. */
  static String refusal(LspHarness lsp, Doc doc, String needle, int delta, String newName) {
    ExecutionException e = assertThrows(ExecutionException.class, () -> LspHarness.get(lsp.server().getTextDocumentService()
        .rename(new RenameParams(doc.id(), at(doc, needle, delta), newName))));
    ResponseErrorException error = assertInstanceOf(ResponseErrorException.class, e.getCause());
    assertEquals(ResponseErrorCode.RequestFailed.getValue(), error.getResponseError().getCode());
    return error.getResponseError().getMessage();
  }

  static List<Diagnostic> errors(LspHarness lsp, Doc doc) throws Exception {
    return lsp.diagnostics(doc).stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList();
  }
}
