package dev.laforge.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.laforge.lsp.harness.LspHarness;
import dev.laforge.lsp.harness.LspHarness.Doc;
import dev.laforge.lsp.harness.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outline, workspace symbols, folding ranges and document highlights. */
class SymbolsIT {

  @Test
  void outlineListsEveryDeclarationWithItsMembers(@TempDir Path tmp) throws Exception {
    Path project = LspHarness.copyOf("examples/blog", tmp.resolve("blog"));
    try (LspHarness lsp = LspHarness.start(project)) {
      Doc doc = lsp.open("domain.forge");
      // kind name : detail @lines [selection]
      assertEquals(List.of(
          "Namespace roles @5-5 [roles]",
          "  Constant admin : role @5-5 [admin]",
          "  Constant user : role @5-5 [user]",
          "  Constant editor : role @5-5 [editor]",
          "Namespace claims @7-10 [claims]",
          "  Constant can.manage.users : claim @8-8 [can.manage.users]",
          "  Constant can.publish.posts : claim @9-9 [can.publish.posts]",
          "Class User : model @14-22 [User]",
          "  Field id : uuid pk @15-15 [id]",
          "  Field tenantId : uuid tenant @16-16 [tenantId]",
          "  Field email : string unique @17-17 [email]",
          "  Field ssn : string pii residency(us-east) @18-18 [ssn]",
          "  Field apiKey : string secret optional @19-19 [apiKey]",
          "  Field role : string @20-20 [role]",
          "  Property posts : hasMany(Post) @21-21 [posts]",
          "Class Post : model @26-35 [Post]",
          "  Field id : uuid pk @27-27 [id]",
          "  Field tenantId : uuid tenant @28-28 [tenantId]",
          "  Field title : string @29-29 [title]",
          "  Field slug : string optional @30-30 [slug]",
          "  Field body : text @31-31 [body]",
          "  Field published : boolean default false @32-32 [published]",
          "  Property author : belongsTo(User) @33-33 [author]",
          "  Property tags : manyToMany(Tag) @34-34 [tags]",
          "Class Tag : model @38-42 [Tag]",
          "  Field id : uuid pk @39-39 [id]",
          "  Field tenantId : uuid tenant @40-40 [tenantId]",
          "  Field name : string @41-41 [name]",
          "Function Post.read : policy @44-46 [Post.read]",
          "Function User.read : policy @48-50 [User.read]",
          "Namespace permissions @52-58 [permissions]",
          "  Object Post : permissions @53-57 [Post]",
          "    Function create : editor | admin if user.tenantId === record.tenantId @54-54 [create]",
          "    Function update : editor if user.id === record.author.id @55-55 [update]",
          "    Function delete : admin @56-56 [delete]",
          "Event Post.beforeCreate : hook @60-64 [Post.beforeCreate]",
          "Module Post.service : extend @66-71 [Post]",
          "  Method publish : (postId) @67-70 [publish]"), outline(lsp, doc));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void outlineOfEnumsAndClaimsGrantedToRoles(@TempDir Path tmp) throws Exception {
    Path project = LspHarness.copyOf("examples/saas-crm", tmp.resolve("crm"));
    try (LspHarness lsp = LspHarness.start(project)) {
      List<String> accounts = outline(lsp, lsp.open("accounts.forge"));
      assertEquals(List.of(
          "Enum Plan : enum @5-5 [Plan]",
          "  EnumMember free : Plan @5-5 [free]",
          "  EnumMember starter : Plan @5-5 [starter]",
          "  EnumMember growth : Plan @5-5 [growth]",
          "  EnumMember enterprise : Plan @5-5 [enterprise]",
          "Enum MembershipStatus : enum @7-7 [MembershipStatus]"), accounts.subList(0, 6));
      List<String> rbac = outline(lsp, lsp.open("rbac.forge"));
      assertEquals(List.of(
          "Namespace claims @6-17 [claims]",
          "  Constant can.manage.users : claim @7-7 [can.manage.users]",
          "  Constant can.manage.catalog : claim @8-8 [can.manage.catalog]",
          "  Constant can.view.billing : claim @9-9 [can.view.billing]",
          "  Constant can.manage.billing : claim @10-10 [can.manage.billing]",
          "  Constant can.export.data : claim @11-11 [can.export.data]",
          "  Key admin : can.manage.users | can.manage.catalog | can.view.billing | can.manage.billing | can.export.data @13-13 [admin]",
          "  Key salesManager : can.manage.catalog | can.view.billing | can.export.data @14-14 [salesManager]",
          "  Key billing : can.view.billing | can.manage.billing @15-15 [billing]",
          "  Key supportLead : can.export.data @16-16 [supportLead]"), rbac.subList(8, 18));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void halfTypedDeclarationsAreLeftOutOfTheOutline(@TempDir Path tmp) throws Exception {
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("broken.forge", "model {\n  : string\n}\n\nmodel Ok {\n  id: uuid pk\n  name:\n}\n\npolicy .read {\n");
      assertEquals(List.of(
          "Class Ok : model @5-8 [Ok]",
          "  Field id : uuid pk @6-6 [id]",
          "  Field name @7-7 [name]"), outline(lsp, doc));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void workspaceSymbolsFilterByName(@TempDir Path tmp) throws Exception {
    Path project = LspHarness.copyOf("examples/saas-crm", tmp.resolve("crm"));
    try (LspHarness lsp = LspHarness.start(project)) {
      lsp.open("rbac.forge");
      assertEquals(List.of(
          "Property ownedAccounts in User accounts.forge:40",
          "Property account in Invoice billing.forge:24",
          "Enum AccountTier sales.forge:4",
          "Class Account sales.forge:18",
          "Property account in Contact sales.forge:54",
          "Property convertedAccount in Lead sales.forge:77",
          "Property account in Opportunity sales.forge:117",
          "Property account in Activity sales.forge:185",
          "Property account in Ticket support.forge:35"), workspaceSymbols(lsp, "account"));
      assertEquals(List.of(
          "Constant can.manage.users rbac.forge:7",
          "Constant can.manage.catalog rbac.forge:8",
          "Constant can.manage.billing rbac.forge:10"), workspaceSymbols(lsp, "can.manage"));
      // A dotted query matches Model.field; enum values are listed with their enum.
      assertEquals(List.of("Field status in Quote sales.forge:147"), workspaceSymbols(lsp, "Quote.st"));
      assertEquals(List.of("EnumMember draft in InvoiceStatus billing.forge:4", "EnumMember draft in QuoteStatus sales.forge:12"),
          workspaceSymbols(lsp, "DRAFT"));
      List<String> tenants = workspaceSymbols(lsp, "tenant");
      assertEquals(22, tenants.size(), tenants.toString());
      assertEquals(List.of(), tenants.stream().filter(s -> !s.startsWith("Field tenantId in ")).toList());
      assertEquals(List.of(), workspaceSymbols(lsp, "nothing-is-called-this"));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void foldingRangesCoverDeclarationsBlocksAndCommentRuns(@TempDir Path tmp) throws Exception {
    Path project = LspHarness.copyOf("examples/blog", tmp.resolve("blog"));
    try (LspHarness lsp = LspHarness.start(project)) {
      Doc doc = lsp.open("domain.forge");
      // Closing braces stay visible: a block folds up to the line before its `}`.
      assertEquals(List.of(
          "1-3 comment", "7-9", "12-13 comment", "14-21", "24-25 comment", "26-34", "38-41", "44-45", "48-49",
          "52-57", "53-56", "60-63", "61-62", "66-70", "67-69"), folding(lsp, doc));
      Doc other = lsp.open("other.forge", "/* A block comment\n   over two lines. */\nenum E {\n  a\n  b }\n");
      assertEquals(List.of("1-2 comment", "3-5"), folding(lsp, other));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void highlightsMarkTheDeclarationAndAssignmentsAsWrites(@TempDir Path tmp) throws Exception {
    Path project = LspHarness.copyOf("examples/blog", tmp.resolve("blog"));
    try (LspHarness lsp = LspHarness.start(project)) {
      Doc doc = lsp.open("domain.forge");
      assertEquals(List.of("32:3 published Write", "45:32 published Read", "68:12 published Write"),
          highlights(lsp, doc, doc.text().indexOf("record.published ||") + 9));
      // The role `user`, not the keyword `user` of user.id.
      assertEquals(List.of("5:15 user Write"), highlights(lsp, doc, doc.text().indexOf("admin user") + 7));
      assertEquals(List.of("5:20 editor Write", "54:13 editor Read", "55:13 editor Read"), highlights(lsp, doc, doc.text().indexOf("editor") + 1));
      assertEquals(List.of(), highlights(lsp, doc, doc.text().indexOf("user.tenantId") + 1));
    }
    Path crm = LspHarness.copyOf("examples/saas-crm", tmp.resolve("crm"));
    try (LspHarness lsp = LspHarness.start(crm)) {
      Doc rbac = lsp.open("rbac.forge");
      // Quote's "draft" (QuoteStatus) is not Invoice's "draft" (InvoiceStatus).
      int quoteDraft = rbac.text().indexOf("\"draft\"") + 2;
      int invoiceDraft = rbac.text().indexOf("\"draft\"", quoteDraft) + 2;
      assertEquals(List.of("77:47 draft Read"), highlights(lsp, rbac, quoteDraft));
      assertEquals(List.of("82:40 draft Read"), highlights(lsp, rbac, invoiceDraft));
      lsp.assertNoServerErrors();
    }
  }

  // ---------------------------------------------------------------------------------------------

  static List<String> outline(LspHarness lsp, Doc doc) throws Exception {
    List<String> lines = new ArrayList<>();
    for (var either : LspHarness.get(lsp.server().getTextDocumentService().documentSymbol(new DocumentSymbolParams(doc.id())))) {
      render(doc, either.getRight(), "", lines);
    }
    return lines;
  }

  static void render(Doc doc, DocumentSymbol s, String indent, List<String> out) {
    out.add(indent + s.getKind() + " " + s.getName() + (s.getDetail() == null || s.getDetail().isEmpty() ? "" : " : " + s.getDetail())
        + " @" + (s.getRange().getStart().getLine() + 1) + "-" + (s.getRange().getEnd().getLine() + 1)
        + " [" + Text.slice(doc.text(), s.getSelectionRange()) + "]");
    for (DocumentSymbol c : s.getChildren()) {
      render(doc, c, indent + "  ", out);
    }
  }

  static List<String> workspaceSymbols(LspHarness lsp, String query) throws Exception {
    List<String> result = new ArrayList<>();
    for (WorkspaceSymbol w : LspHarness.get(lsp.server().getWorkspaceService().symbol(new WorkspaceSymbolParams(query))).getRight()) {
      var location = w.getLocation().getLeft();
      result.add(w.getKind() + " " + w.getName() + (w.getContainerName() == null ? "" : " in " + w.getContainerName()) + " "
          + Path.of(java.net.URI.create(location.getUri())).getFileName() + ":" + (location.getRange().getStart().getLine() + 1));
    }
    return result;
  }

  static List<String> folding(LspHarness lsp, Doc doc) throws Exception {
    List<String> result = new ArrayList<>();
    for (FoldingRange f : LspHarness.get(lsp.server().getTextDocumentService().foldingRange(new FoldingRangeRequestParams(doc.id())))) {
      result.add((f.getStartLine() + 1) + "-" + (f.getEndLine() + 1) + (f.getKind() == null ? "" : " " + f.getKind()));
    }
    return result;
  }

  static List<String> highlights(LspHarness lsp, Doc doc, int offset) throws Exception {
    List<String> result = new ArrayList<>();
    for (DocumentHighlight h : LspHarness.get(lsp.server().getTextDocumentService()
        .documentHighlight(new DocumentHighlightParams(doc.id(), Text.position(doc.text(), offset))))) {
      result.add((h.getRange().getStart().getLine() + 1) + ":" + (h.getRange().getStart().getCharacter() + 1) + " "
          + Text.slice(doc.text(), h.getRange()) + " " + h.getKind());
    }
    return result;
  }
}
