package dev.laforge.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.laforge.lsp.harness.LspHarness;
import dev.laforge.lsp.harness.LspHarness.Doc;
import dev.laforge.lsp.harness.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quick fixes end to end over stdio: for each fixable code a file that triggers it, the titles the
 * server offers, the chosen fix applied as the client would, then the exact resulting text, the
 * diagnostic gone, no error anywhere and the result as {@code forge fmt} lays it out. Also the
 * related information that points a duplicate at the other declaration.
 */
class CodeActionIT {

  @TempDir Path tmp;

  // ---------------------------------------------------------------------------------------------
  // Models, fields and enums

  @Test
  void lf201AddsAPrimaryKey() throws Exception {
    write("domain.forge", """
        model Tag {
          tenantId: uuid tenant
          name: string
        }
        """);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      applyFix(lsp, doc, "LF201", List.of("Add primary key `id: uuid pk default uuid()`"), 0);
      assertEquals("""
          model Tag {
            id: uuid pk default uuid()
            tenantId: uuid tenant
            name: string
          }
          """, doc.text());
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf201AnEmptyModelGetsItsKeyOnItsOwnLine() throws Exception {
    write("domain.forge", "model Tag {}\n\npolicy Tag.read {\n  true\n}\n");
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      applyFix(lsp, doc, "LF201", List.of("Add primary key `id: uuid pk default uuid()`"), 0);
      assertEquals("model Tag {\n  id: uuid pk default uuid()\n}\n\npolicy Tag.read {\n  true\n}\n", doc.text());
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf202RemovesOptionalFromThePrimaryKey() throws Exception {
    write("domain.forge", """
        model Post {
          id: uuid pk optional
          tenantId: uuid tenant
        }
        """);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      applyFix(lsp, doc, "LF202", List.of("Remove `optional` from primary key `id`"), 0);
      assertEquals("""
          model Post {
            id: uuid pk
            tenantId: uuid tenant
          }
          """, doc.text());
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf204RemovesTheRepeatedField() throws Exception {
    write("domain.forge", """
        model Post {
          id: uuid pk
          tenantId: uuid tenant
          title: string
          title: text
          body: text
        }
        """);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      Diagnostic duplicate = single(lsp, doc, "LF204");
      assertEquals(List.of(new DiagnosticRelatedInformation(new Location(doc.uri, Text.rangeOf(doc.text(), "title")),
          "the other declaration of `title`")), duplicate.getRelatedInformation());
      applyFix(lsp, doc, "LF204", List.of("Remove this declaration of field `title`"), 0);
      assertEquals("""
          model Post {
            id: uuid pk
            tenantId: uuid tenant
            title: string
            body: text
          }
          """, doc.text());
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf206RemovesTheRepeatedEnumValue() throws Exception {
    write("domain.forge", "enum Status { draft published draft }\n");
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      applyFix(lsp, doc, "LF206", List.of("Remove the repeated value `draft`"), 0);
      assertEquals("enum Status { draft published }\n", doc.text());
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf208MakesTheTenantFieldAUuid() throws Exception {
    write("domain.forge", """
        model Post {
          id: uuid pk
          tenantId: string tenant
        }
        """);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      applyFix(lsp, doc, "LF208", List.of("Change the type of `tenantId` to uuid"), 0);
      assertEquals("""
          model Post {
            id: uuid pk
            tenantId: uuid tenant
          }
          """, doc.text());
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf209KeepsTheFirstTenantField() throws Exception {
    write("domain.forge", """
        model Post {
          id: uuid pk
          tenantId: uuid tenant
          orgId: uuid tenant
        }
        """);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      applyFix(lsp, doc, "LF209", List.of("Remove `tenant` from `orgId` (`tenantId` is the tenant field)"), 0);
      assertEquals("""
          model Post {
            id: uuid pk
            tenantId: uuid tenant
            orgId: uuid
          }
          """, doc.text());
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf210ReplacesADefaultOfTheWrongType() throws Exception {
    write("domain.forge", """
        model Post {
          id: uuid pk
          tenantId: uuid tenant
          views: integer default "many"
        }
        """);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      applyFix(lsp, doc, "LF210", List.of("Change the default to `0`", "Remove the default"), 0);
      assertEquals("""
          model Post {
            id: uuid pk
            tenantId: uuid tenant
            views: integer default 0
          }
          """, doc.text());
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf210RemovesADefaultOfTheWrongType() throws Exception {
    write("domain.forge", """
        model Post {
          id: uuid pk
          tenantId: uuid tenant
          publishedAt: datetime default 7 optional
        }
        """);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      applyFix(lsp, doc, "LF210", List.of("Change the default to `now()`", "Remove the default"), 1);
      assertEquals("""
          model Post {
            id: uuid pk
            tenantId: uuid tenant
            publishedAt: datetime optional
          }
          """, doc.text());
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf210CorrectsAMisspeltEnumDefault() throws Exception {
    write("domain.forge", """
        enum Status { draft published }

        model Post {
          id: uuid pk
          tenantId: uuid tenant
          status: Status default publishd
        }
        """);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      applyFix(lsp, doc, "LF210", List.of("Change to `published`"), 0);
      assertEquals("  status: Status default published\n", line(doc, 5));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf218RemovesAModifierThatDoesNotApply() throws Exception {
    write("domain.forge", """
        model User {
          id: uuid pk
          tenantId: uuid tenant
        }

        model Post {
          id: uuid pk
          tenantId: uuid tenant
          author: belongsTo(User) unique
        }
        """);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      applyFix(lsp, doc, "LF218", List.of("Remove `unique`"), 0);
      assertEquals("  author: belongsTo(User)\n", line(doc, 8));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf218RemovesTheInverseOfABelongsTo() throws Exception {
    write("domain.forge", """
        model User {
          id: uuid pk
          tenantId: uuid tenant
          posts: hasMany(Post)
        }

        model Post {
          id: uuid pk
          tenantId: uuid tenant
          author: belongsTo(User.posts)
        }
        """);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      applyFix(lsp, doc, "LF218", List.of("Remove the inverse `.posts`"), 0);
      assertEquals("  author: belongsTo(User)\n", line(doc, 9));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf218RemovesARepeatedTableName() throws Exception {
    write("domain.forge", """
        model Post table("posts") {
          id: uuid pk
          tenantId: uuid tenant
          table("articles")
        }
        """);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      applyFix(lsp, doc, "LF218", List.of("Remove the repeated `table(\"articles\")`"), 0);
      assertEquals("""
          model Post table("posts") {
            id: uuid pk
            tenantId: uuid tenant
          }
          """, doc.text());
      lsp.assertNoServerErrors();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Names that do not resolve

  @Test
  void lf103CreatesTheMissingModelWithKeyAndTenant() throws Exception {
    String before = """
        model User {
          id: uuid pk
          tenantId: uuid tenant
        }

        model Post {
          id: uuid pk
          tenantId: uuid tenant
          author: belongsTo(Usr)
        }
        """;
    write("domain.forge", before);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      applyFix(lsp, doc, "LF103", List.of("Change to `User`", "Create model `Usr`"), 1);
      assertEquals(before + """

          model Usr {
            id: uuid pk default uuid()
            tenantId: uuid tenant
          }
          """, doc.text());
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf103CorrectsAMisspeltRelationTarget() throws Exception {
    write("domain.forge", """
        model User {
          id: uuid pk
          tenantId: uuid tenant
        }

        model Post {
          id: uuid pk
          tenantId: uuid tenant
          author: belongsTo(Usr)
        }
        """);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      applyFix(lsp, doc, "LF103", List.of("Change to `User`", "Create model `Usr`"), 0);
      assertEquals("  author: belongsTo(User)\n", line(doc, 8));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf105CorrectsAMisspeltFieldInARecordChain() throws Exception {
    write("domain.forge", """
        model Post {
          id: uuid pk
          tenantId: uuid tenant
          title: string
        }

        policy Post.read {
          record.titel == "x"
        }
        """);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      applyFix(lsp, doc, "LF105", List.of("Change to `title`"), 0);
      assertEquals("  record.title == \"x\"\n", line(doc, 7));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf106CorrectsAMisspeltModelName() throws Exception {
    write("domain.forge", """
        model Post {
          id: uuid pk
          tenantId: uuid tenant
        }

        policy Pots.read {
          true
        }
        """);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      applyFix(lsp, doc, "LF106", List.of("Change to `Post`"), 0);
      assertEquals("policy Post.read {\n", line(doc, 5));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf107CorrectsAMisspeltEnumType() throws Exception {
    write("domain.forge", """
        enum Status { draft published }

        model Post {
          id: uuid pk
          tenantId: uuid tenant
          status: Stauts
        }
        """);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      applyFix(lsp, doc, "LF107", List.of("Change to `Status`", "Create enum `Stauts`"), 0);
      assertEquals("  status: Status\n", line(doc, 5));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf107CreatesTheMissingEnum() throws Exception {
    String before = """
        model Post {
          id: uuid pk
          tenantId: uuid tenant
          priority: Priority
        }
        """;
    write("domain.forge", before);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      applyFix(lsp, doc, "LF107", List.of("Create enum `Priority`"), 0);
      assertEquals(before + "\nenum Priority {}\n", doc.text());
      lsp.assertNoServerErrors();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Roles, claims and access

  static final String RBAC = """
      roles { admin editor }

      claims {
        can.publish

        admin: can.publish
      }
      """;

  static final String POST = """
      model Post {
        id: uuid pk
        tenantId: uuid tenant
      }
      """;

  @Test
  void lf104DeclaresAnUnknownRoleInTheRolesBlockOfAnotherFile() throws Exception {
    write("rbac.forge", RBAC);
    write("domain.forge", POST + "\npermissions {\n  model Post {\n    delete: auditor\n  }\n}\n");
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      CodeAction fix = applyFix(lsp, doc, "LF104",
          List.of("Change to `editor`", "Declare role `auditor`", "Declare claim `auditor`"), 1);
      assertEquals(List.of(lsp.uri("rbac.forge")), List.copyOf(fix.getEdit().getChanges().keySet()));
      assertEquals(RBAC.replace("roles { admin editor }", "roles { admin editor auditor }"), lsp.document(lsp.uri("rbac.forge")).text());
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf104DeclaresAnUnknownClaimAfterTheDeclaredOnes() throws Exception {
    write("rbac.forge", RBAC);
    write("domain.forge", POST + "\npermissions {\n  model Post {\n    create: can.review\n  }\n}\n");
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      applyFix(lsp, doc, "LF104", List.of("Declare claim `can.review`"), 0);
      assertEquals(RBAC.replace("  can.publish\n", "  can.publish\n  can.review\n"), lsp.document(lsp.uri("rbac.forge")).text());
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf104CreatesTheRolesBlockWhenThereIsNone() throws Exception {
    String before = POST + "\npermissions {\n  model Post {\n    delete: auditor\n  }\n}\n";
    write("domain.forge", before);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      applyFix(lsp, doc, "LF104", List.of("Declare role `auditor`", "Declare claim `auditor`"), 0);
      assertEquals(before + "\nroles { auditor }\n", doc.text());
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf104CorrectsAMisspeltRole() throws Exception {
    write("rbac.forge", RBAC);
    write("domain.forge", POST + "\npermissions {\n  model Post {\n    delete: admn\n  }\n}\n");
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      applyFix(lsp, doc, "LF104", List.of("Change to `admin`", "Declare role `admn`", "Declare claim `admn`"), 0);
      assertEquals("    delete: admin\n", line(doc, 7));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf212RemovesTheRepeatedRole() throws Exception {
    write("domain.forge", "roles { admin editor admin }\n");
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      List<Diagnostic> both = lsp.diagnostics(doc).stream().filter(d -> code(d).equals("LF212")).toList();
      assertEquals(List.of(Text.rangeOf(doc.text(), "admin", 0), Text.rangeOf(doc.text(), "admin", 1)),
          both.stream().map(Diagnostic::getRange).toList());
      applyFix(lsp, doc, both.get(1), List.of("Remove this declaration of role `admin`"), 0);
      assertEquals("roles { admin editor }\n", doc.text());
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf306AddsAReadPolicy() throws Exception {
    String before = """
        model Currency {
          id: uuid pk
          code: string
        }
        """;
    write("domain.forge", before);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      applyFix(lsp, doc, "LF306",
          List.of("Add tenant field `tenantId: uuid tenant`", "Add `policy Currency.read { true }` (anyone may read)"), 1);
      assertEquals(before + "\npolicy Currency.read {\n  true\n}\n", doc.text());
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf306AddsATenantFieldAfterThePrimaryKey() throws Exception {
    write("domain.forge", """
        model Note {
          id: uuid pk
          text: string
        }
        """);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      applyFix(lsp, doc, "LF306",
          List.of("Add tenant field `tenantId: uuid tenant`", "Add `policy Note.read { true }` (anyone may read)"), 0);
      assertEquals("""
          model Note {
            id: uuid pk
            tenantId: uuid tenant
            text: string
          }
          """, doc.text());
      lsp.assertNoServerErrors();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Policies and hooks

  @Test
  void lf301MergesADuplicatePolicyIntoTheOneInAnotherFile() throws Exception {
    write("posts.forge", """
        model Post {
          id: uuid pk
          tenantId: uuid tenant
          published: boolean
          authorId: uuid
        }

        policy Post.read {
          record.published
        }
        """);
    write("comments.forge", """
        model Comment {
          id: uuid pk
          tenantId: uuid tenant
        }

        policy Post.read {
          user.id == record.authorId
        }
        """);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc comments = lsp.open("comments.forge");
      Doc posts = lsp.open("posts.forge");
      Diagnostic duplicate = single(lsp, comments, "LF301");
      assertEquals(List.of(new DiagnosticRelatedInformation(new Location(posts.uri, Text.rangeOf(posts.text(), "read")),
          "the other `Post.read` policy")), duplicate.getRelatedInformation());
      applyFix(lsp, comments, "LF301", List.of("Merge into the other `Post.read` policy in posts.forge with ||"), 0);
      assertEquals("""
          model Comment {
            id: uuid pk
            tenantId: uuid tenant
          }
          """, comments.text());
      assertEquals("policy Post.read {\n  record.published || user.id == record.authorId\n}\n",
          posts.text().substring(posts.text().indexOf("policy")));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf301MergesDuplicatePoliciesOfOneFile() throws Exception {
    write("domain.forge", """
        model Post {
          id: uuid pk
          tenantId: uuid tenant
          published: boolean
        }

        policy Post.update {
          record.published
        }

        policy Post.update {
          user.role == "admin"
        }

        policy Post.read {
          true
        }
        """);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      Diagnostic second = lsp.diagnostics(doc).stream().filter(d -> code(d).equals("LF301")).toList().get(1);
      applyFix(lsp, doc, second, List.of("Merge into the other `Post.update` policy with ||"), 0);
      assertEquals("""
          model Post {
            id: uuid pk
            tenantId: uuid tenant
            published: boolean
          }

          policy Post.update {
            record.published || user.role == "admin"
          }

          policy Post.read {
            true
          }
          """, doc.text());
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf303CorrectsAMisspeltUserProperty() throws Exception {
    write("domain.forge", POST + "\npolicy Post.read {\n  record.tenantId == user.tenant\n}\n");
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      applyFix(lsp, doc, "LF303", List.of("Change to `user.tenantId`"), 0);
      assertEquals("  record.tenantId == user.tenantId\n", line(doc, 6));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf305CorrectsAMisspeltEnumLiteral() throws Exception {
    write("domain.forge", """
        enum Status { draft published }

        model Post {
          id: uuid pk
          tenantId: uuid tenant
          status: Status
        }

        policy Post.read {
          record.status == "publishd"
        }
        """);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      applyFix(lsp, doc, "LF305", List.of("Change to \"published\""), 0);
      assertEquals("  record.status == \"published\"\n", line(doc, 9));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void lf309CorrectsAMisspeltHookMethod() throws Exception {
    write("domain.forge", """
        model Post {
          id: uuid pk
          tenantId: uuid tenant
          title: string
        }

        hook Post.beforeCreate {
          record.title = record.title.trimm()
        }
        """);
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      applyFix(lsp, doc, "LF309", List.of("Change to `trim`"), 0);
      assertEquals("  record.title = record.title.trim()\n", line(doc, 7));
      lsp.assertNoServerErrors();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Related information and requests without fixes

  @Test
  void aDuplicateModelPointsAtTheOtherDeclarationInTheOtherFile() throws Exception {
    write("a.forge", "model Post {\n  id: uuid pk\n  tenantId: uuid tenant\n}\n");
    write("sub/b.forge", "// Posts again.\n\nmodel Post {\n  id: uuid pk\n  tenantId: uuid tenant\n}\n");
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc a = lsp.open("a.forge");
      Doc b = lsp.open("sub/b.forge");
      Diagnostic inA = single(lsp, a, "LF203");
      Diagnostic inB = single(lsp, b, "LF203");
      assertEquals(List.of(new DiagnosticRelatedInformation(new Location(b.uri, Text.rangeOf(b.text(), "Post", 1)),
          "the other declaration of `Post`")), inA.getRelatedInformation());
      assertEquals(List.of(new DiagnosticRelatedInformation(new Location(a.uri, Text.rangeOf(a.text(), "Post")),
          "the other declaration of `Post`")), inB.getRelatedInformation());
      assertEquals(List.of(), lsp.codeActions(a, inA), "a duplicate model has no quick fix");
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void onlyQuickFixesAreOfferedAndOnlyWhenAsked() throws Exception {
    write("domain.forge", "model Tag {\n  tenantId: uuid tenant\n}\n");
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      Diagnostic missingKey = single(lsp, doc, "LF201");
      CodeActionContext refactorings = new CodeActionContext(List.of(missingKey), List.of(CodeActionKind.Refactor));
      assertEquals(List.of(), LspHarness.get(lsp.server().getTextDocumentService()
          .codeAction(new CodeActionParams(doc.id(), missingKey.getRange(), refactorings))));
      CodeActionContext quickFixes = new CodeActionContext(List.of(missingKey), List.of(CodeActionKind.QuickFix));
      assertEquals(1, LspHarness.get(lsp.server().getTextDocumentService()
          .codeAction(new CodeActionParams(doc.id(), missingKey.getRange(), quickFixes))).size());
      // A diagnostic whose range no longer matches the text (the user typed on) gets no fix.
      doc.replace("Tag", "Label");
      assertEquals(List.of(), lsp.codeActions(doc, missingKey));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void diagnosticsTheServerNeverSentGetNoFixesAndNoErrors() throws Exception {
    write("domain.forge", "model Tag {\n  tenantId: uuid tenant\n  name: \n}\n");
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      List<Diagnostic> junk = List.of(
          new Diagnostic(new Range(new Position(40, 0), new Position(41, 3)), "beyond the end", DiagnosticSeverity.Error, "laforge", "LF201"),
          new Diagnostic(new Range(new Position(1, 0), new Position(1, 2)), "blank", DiagnosticSeverity.Error, "laforge", "LF103"),
          new Diagnostic(new Range(new Position(2, 2), new Position(2, 6)), "wrong data", DiagnosticSeverity.Error, "laforge", "LF301"),
          new Diagnostic(new Range(new Position(0, 6), new Position(0, 9)), "unknown code", DiagnosticSeverity.Error, "laforge", "LF999"));
      junk.get(2).setData(List.of(7, "x"));
      for (Diagnostic d : junk) {
        assertEquals(List.of(), lsp.codeActions(doc, d), Text.message(d));
      }
      // The syntax error of the half-typed field has no fix either; the missing key still has its own.
      assertEquals(List.of("LF101", "LF201"), lsp.diagnostics(doc).stream().map(CodeActionIT::code).sorted().toList());
      for (Diagnostic d : lsp.diagnostics(doc)) {
        assertEquals(code(d).equals("LF201") ? 1 : 0, lsp.codeActions(doc, d).size(), d.toString());
      }
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void theLayoutCheckOfEveryFixIsTheFormatters() throws Exception {
    write("domain.forge", "model Tag {tenantId: uuid tenant}\n");
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("domain.forge");
      assertEquals("model Tag {\n  tenantId: uuid tenant\n}\n", lsp.formatted(doc));
    }
  }

  // ---------------------------------------------------------------------------------------------

  private void write(String relativePath, String text) throws Exception {
    Path file = tmp.resolve(relativePath);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static String code(Diagnostic d) {
    return d.getCode() == null ? "" : d.getCode().getLeft();
  }

  /** The one diagnostic with {@code code} in {@code doc}. */
  private static Diagnostic single(LspHarness lsp, Doc doc, String code) throws Exception {
    List<Diagnostic> all = lsp.diagnostics(doc);
    List<Diagnostic> matching = all.stream().filter(d -> code(d).equals(code)).toList();
    assertEquals(1, matching.size(), () -> "expected one " + code + " in " + all);
    return matching.get(0);
  }

  /** Line {@code n} (0-based) of the document, with its line break. */
  private static String line(Doc doc, int n) {
    String[] lines = doc.text().split("\n", -1);
    return lines[n] + "\n";
  }

  private static CodeAction applyFix(LspHarness lsp, Doc doc, String code, List<String> titles, int chosen) throws Exception {
    return applyFix(lsp, doc, single(lsp, doc, code), titles, chosen);
  }

  /**
   * Requests the fixes of {@code diagnostic}, checks their titles and shape, applies fix number
   * {@code chosen}, then checks that the diagnostic is gone, no file has an error and every edited
   * file is laid out as the formatter lays it out.
   */
  private static CodeAction applyFix(LspHarness lsp, Doc doc, Diagnostic diagnostic, List<String> titles, int chosen) throws Exception {
    List<CodeAction> actions = lsp.codeActions(doc, diagnostic);
    assertEquals(titles, actions.stream().map(CodeAction::getTitle).toList());
    for (CodeAction action : actions) {
      assertEquals(CodeActionKind.QuickFix, action.getKind());
      assertEquals(List.of(diagnostic), action.getDiagnostics());
      assertNotNull(action.getEdit().getChanges(), action.getTitle());
    }
    CodeAction fix = actions.get(chosen);
    lsp.applyWorkspaceEdit(fix.getEdit());
    String code = code(diagnostic);
    assertEquals(List.of(), lsp.diagnostics(doc).stream().filter(d -> code(d).equals(code)).toList(), code + " still reported");
    for (Map.Entry<String, List<Diagnostic>> published : lsp.client().allDiagnostics().entrySet()) {
      assertEquals(List.of(), published.getValue().stream().filter(d -> d.getSeverity() == DiagnosticSeverity.Error).toList(),
          published.getKey());
    }
    for (String uri : fix.getEdit().getChanges().keySet()) {
      Doc edited = lsp.document(uri);
      assertEquals(lsp.formatted(edited), edited.text(), "not laid out as forge fmt lays it out: " + uri);
    }
    return fix;
  }
}
