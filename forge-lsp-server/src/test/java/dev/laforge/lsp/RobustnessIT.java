package dev.laforge.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.lsp.harness.LspHarness;
import dev.laforge.lsp.harness.LspHarness.Doc;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile requests never take the server down: it keeps answering and keeps its diagnostics right. */
class RobustnessIT {

  @Test
  void hostileRequestsLeaveAWorkingServer(@TempDir Path tmp) throws Exception {
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("a.forge", "model A {\n  id: uuid pk\n  name: string\n}\n");
      assertEquals(List.of(), DiagnosticsIT.errors(lsp.diagnostics(doc)));
      var text = lsp.server().getTextDocumentService();
      TextDocumentIdentifier ghost = new TextDocumentIdentifier(lsp.uri("never-opened.forge"));
      TextDocumentIdentifier outside = new TextDocumentIdentifier("file:///nonexistent-root/x.forge");
      TextDocumentIdentifier notAFile = new TextDocumentIdentifier("untitled:Untitled-1");
      Position far = new Position(10_000, 10_000);
      Position negative = new Position(-1, -5);
      for (TextDocumentIdentifier id : List.of(doc.id(), ghost, outside, notAFile)) {
        for (Position p : List.of(far, negative, new Position(1, 3))) {
          settle(text.hover(new HoverParams(id, p)));
          settle(text.completion(new CompletionParams(id, p)));
          settle(text.definition(new DefinitionParams(id, p)));
        }
        settle(text.formatting(new DocumentFormattingParams(id, new FormattingOptions(2, true))));
      }
      // Changes for a document that is not open, and a change whose range lies beyond the text.
      text.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(ghost.getUri(), 2),
          List.of(new TextDocumentContentChangeEvent("model Ghost {}"))));
      lsp.sync();

      // The server still works: an error typed now is reported, and fixing it clears it.
      doc.replace("name: string", "name: strin");
      assertTrue(lsp.diagnostics(doc).stream().anyMatch(d -> d.getCode() != null && d.getCode().getLeft().startsWith("LF")),
          lsp.diagnostics(doc).toString());
      doc.replace("name: strin", "name: string");
      assertEquals(List.of(), DiagnosticsIT.errors(lsp.diagnostics(doc)));
    }
  }

  @Test
  void aHugeFileIsCheckedAndEditable(@TempDir Path tmp) throws Exception {
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      big.append("/// Model number ").append(i).append(" with \"quotes\" and 'apostrophes'.\nmodel M").append(i)
          .append(" {\n  id: uuid pk\n  label: string length(1..80)\n  note: string optional\n}\n\n");
    }
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("huge.forge", big.toString());
      assertEquals(List.of(), DiagnosticsIT.errors(lsp.diagnostics(doc)));
      doc.replace("model M2999 {", "model M2999 {\n  broken: belongsTo(Nowhere)");
      assertEquals(1, DiagnosticsIT.errors(lsp.diagnostics(doc)).size(), lsp.diagnostics(doc).toString());
      lsp.assertNoServerErrors();
    }
  }

  /** Waits for a response, whatever it is: an error response is fine, a dead server is not. */
  private static void settle(CompletableFuture<?> future) {
    try {
      LspHarness.get(future);
    } catch (Exception e) {
      if (e instanceof java.util.concurrent.TimeoutException) {
        throw new AssertionError("the server stopped answering", e);
      }
    }
  }
}
