package dev.laforge.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.laforge.lsp.harness.LspHarness;
import dev.laforge.lsp.harness.LspHarness.Doc;
import dev.laforge.lsp.harness.Text;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edit in one file re-checks the other files that depend on it (they are re-linked, not parsed
 * again), and the initial build, which runs after the initialize answer, precedes every request.
 */
class IncrementalRevalidationIT {

  private static final List<String> FILES = List.of("accounts.forge", "billing.forge", "rbac.forge", "sales.forge", "support.forge");

  @Test
  void aRelationAddedInOneFileReportsTheCycleInTheOtherFilesOnItUntilRemoved(@TempDir Path tmp) throws Exception {
    try (LspHarness lsp = LspHarness.start(LspHarness.copyOf("examples/saas-crm", tmp.resolve("crm")))) {
      Doc accounts = lsp.open("accounts.forge");
      String before = accounts.text();
      accounts.replace("  unique(tenantId, name)\n}", "  unique(tenantId, name)\n  favourite: belongsTo(Invoice) optional onDelete(setNull)\n}");
      lsp.sync();
      assertEquals(List.of("24:12 LF207 belongsTo cycle Invoice -> Account -> Team -> Invoice: make one side hasMany or break the cycle",
              "25:10 LF207 belongsTo cycle Invoice -> Quote -> Opportunity -> Account -> Team -> Invoice: make one side hasMany or break the cycle"),
          describe(lsp, "billing.forge"));
      assertEquals(List.of("55:14 LF207 belongsTo cycle Team -> Invoice -> Account -> Team: make one side hasMany or break the cycle"),
          describe(lsp, "accounts.forge"));
      assertEquals(8, describe(lsp, "sales.forge").size(), describe(lsp, "sales.forge").toString());

      accounts.replaceAll(before);
      lsp.sync();
      assertEquals(noDiagnostics(), allDescribed(lsp));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void renamingAModelUnresolvesItsUsesInOtherFilesUntilRenamedBack(@TempDir Path tmp) throws Exception {
    try (LspHarness lsp = LspHarness.start(LspHarness.copyOf("examples/saas-crm", tmp.resolve("crm")))) {
      Doc accounts = lsp.open("accounts.forge");
      accounts.replace("model Team {", "model Squad {");
      lsp.sync();
      List<String> sales = describe(lsp, "sales.forge");
      assertEquals(List.of("31:19 LF103 unknown relation target model `Team`", "87:19 LF103 unknown relation target model `Team`"),
          sales.stream().filter(d -> d.contains("LF103")).toList());
      assertEquals(List.of("31:9 LF106 unknown model `Team`", "33:34 LF105 unknown field `lead`", "33:39 LF105 unknown field `id`"),
          describe(lsp, "rbac.forge"));

      accounts.replace("model Squad {", "model Team {");
      lsp.sync();
      assertEquals(noDiagnostics(), allDescribed(lsp));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void requestsRightAfterInitializeSeeTheWholeProject(@TempDir Path tmp) throws Exception {
    try (LspHarness lsp = LspHarness.start(LspHarness.copyOf("examples/saas-crm", tmp.resolve("crm")))) {
      // No didOpen and no sync first: the read must wait for the initial build.
      var symbols = LspHarness.get(lsp.server().getWorkspaceService().symbol(new WorkspaceSymbolParams("Invoice")));
      List<String> names = (symbols.isLeft() ? symbols.getLeft().stream().map(s -> s.getName())
          : symbols.getRight().stream().map(s -> s.getName())).filter(n -> n.equals("Invoice")).toList();
      assertEquals(List.of("Invoice"), names);
      assertEquals(noDiagnostics(), allDescribed(lsp));
    }
  }

  /**
   * "line:column CODE message" of a file's diagnostics (1-based), in order; the migration warnings
   * (LF4xx, against the example's snapshot) are left out: MigrationIT covers them.
   */
  private static List<String> describe(LspHarness lsp, String file) {
    return lsp.client().diagnostics(lsp.uri(file)).stream()
        .filter(d -> !d.getCode().getLeft().startsWith("LF4"))
        .sorted(java.util.Comparator.comparing((Diagnostic d) -> d.getRange().getStart().getLine())
            .thenComparing(d -> d.getRange().getStart().getCharacter()))
        .map(d -> (d.getRange().getStart().getLine() + 1) + ":" + (d.getRange().getStart().getCharacter() + 1) + " "
            + d.getCode().getLeft() + " " + Text.message(d))
        .toList();
  }

  private static Map<String, List<String>> allDescribed(LspHarness lsp) {
    Map<String, List<String>> all = new TreeMap<>();
    for (String file : FILES) {
      all.put(file, describe(lsp, file));
    }
    return all;
  }

  private static Map<String, List<String>> noDiagnostics() {
    Map<String, List<String>> none = new TreeMap<>();
    FILES.forEach(f -> none.put(f, List.of()));
    return none;
  }
}
