package dev.laforge.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.laforge.lsp.harness.LspHarness;
import dev.laforge.lsp.harness.LspHarness.Doc;
import dev.laforge.lsp.harness.Text;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A storm of seeded random incremental edits over two files of the CRM example (tokens of the
 * language, garbage, quotes, unbalanced braces, non-ASCII and surrogate pairs, multi-change
 * notifications): the server's copy of each document stays equal to the client's, its final
 * diagnostics equal those of a fresh server opening the final text, and it logs no exception.
 * Set LAFORGE_RANDOM_EDIT_SEED to replay a seed.
 */
class RandomEditIT {

  private static final int EDITS = 3000;

  private static final String[] TOKENS = {
      "model ", "policy ", " read", " create", " update", " delete", "record.", "user.", "id", " == ", " != ", " && ", " || ",
      "{", "}", "(", ")", "\n", " ", "  ", "\"", "\"x\"", "'", "string", "uuid", " pk", " optional", "belongsTo(", "hasMany(",
      "Account", "tenantId", ": ", ",", "@", "/", "// note\n", "/*", "*/", "/// doc\n", "role ", "claim ", "permissions ", "x",
      "42", "true", "null", "^model", "é", "😀", "enum ", "hook ", "=>", "default(", "min(0)", "pattern(\"^a$\")", "\t", "$", "\\",
  };

  @Test
  void theServerFollowsThousandsOfRandomEdits(@TempDir Path tmp) throws Exception {
    long seed = Long.parseLong(System.getenv().getOrDefault("LAFORGE_RANDOM_EDIT_SEED", "20261124"));
    Random random = new Random(seed);
    Path project = LspHarness.copyOf("examples/saas-crm", tmp.resolve("crm"));
    List<String> names = List.of("sales.forge", "accounts.forge");
    Map<String, String> finalTexts = new java.util.TreeMap<>();
    Map<String, List<String>> finalDiagnostics = new java.util.TreeMap<>();
    try (LspHarness lsp = LspHarness.start(project)) {
      List<Doc> docs = new ArrayList<>();
      for (String name : names) {
        docs.add(lsp.open(name));
      }
      int sent = 0;
      while (sent < EDITS) {
        int storm = 1 + random.nextInt(60);
        for (int i = 0; i < storm && sent < EDITS; i++, sent++) {
          Doc doc = docs.get(random.nextInt(docs.size()));
          int changes = random.nextInt(10) == 0 ? 2 + random.nextInt(3) : 1;
          List<TextDocumentContentChangeEvent> batch = new ArrayList<>();
          String text = doc.text();
          for (int c = 0; c < changes; c++) {
            TextDocumentContentChangeEvent change = randomChange(random, text);
            batch.add(change);
            int start = Text.offset(text, change.getRange().getStart());
            int end = Text.offset(text, change.getRange().getEnd());
            text = text.substring(0, start) + change.getText() + text.substring(end);
          }
          doc.editAll(batch);
        }
        lsp.sync();
        for (Doc doc : docs) {
          assertInSync(lsp, doc, "seed " + seed + " after " + sent + " edits");
        }
      }
      for (int i = 0; i < docs.size(); i++) {
        finalTexts.put(names.get(i), docs.get(i).text());
        finalDiagnostics.put(names.get(i), summary(lsp.diagnostics(docs.get(i))));
      }
      lsp.assertNoServerErrors();
    }
    // A fresh server on the final texts must report exactly the same diagnostics.
    for (var e : finalTexts.entrySet()) {
      Files.writeString(project.resolve(e.getKey()), e.getValue());
    }
    try (LspHarness fresh = LspHarness.start(project)) {
      for (String name : names) {
        Doc doc = fresh.open(name);
        assertEquals(finalDiagnostics.get(name), summary(fresh.diagnostics(doc)), "seed " + seed + ": diagnostics of " + name);
      }
      fresh.assertNoServerErrors();
    }
  }

  private static TextDocumentContentChangeEvent randomChange(Random random, String text) {
    int start = safeOffset(text, random.nextInt(text.length() + 1));
    int kind = random.nextInt(10);
    int end = start;
    String insert = "";
    if (kind < 5) {
      insert = TOKENS[random.nextInt(TOKENS.length)];
    } else if (kind < 8) {
      end = safeOffset(text, Math.min(text.length(), start + random.nextInt(25)));
    } else if (kind < 9) {
      end = safeOffset(text, Math.min(text.length(), start + random.nextInt(10)));
      insert = TOKENS[random.nextInt(TOKENS.length)] + TOKENS[random.nextInt(TOKENS.length)];
    } else {
      // Paste a chunk of the file elsewhere (duplicate declarations, moved braces).
      int from = safeOffset(text, random.nextInt(text.length() + 1));
      int to = safeOffset(text, Math.min(text.length(), from + random.nextInt(120)));
      insert = text.substring(from, to);
    }
    return new TextDocumentContentChangeEvent(Text.range(text, start, end), insert);
  }

  /** Never between the two halves of a surrogate pair: clients count UTF-16 units but never split characters. */
  private static int safeOffset(String text, int offset) {
    if (offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset)) && Character.isHighSurrogate(text.charAt(offset - 1))) {
      return offset - 1;
    }
    return offset;
  }

  private static void assertInSync(LspHarness lsp, Doc doc, String when) throws Exception {
    Object state = lsp.request("laforge/documentState", new org.eclipse.lsp4j.TextDocumentIdentifier(doc.uri));
    if (!(state instanceof com.google.gson.JsonObject json)) {
      throw new AssertionError(when + ": no document state for " + doc.uri + " (" + state + "); server log:\n" + lsp.stderr());
    }
    assertEquals(doc.version(), json.get("version").getAsInt(), when + ": version of " + doc.uri);
    assertEquals(sha256(doc.text()), json.get("sha256").getAsString(), when + ": text of " + doc.uri);
  }

  private static List<String> summary(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .map(d -> d.getRange().getStart().getLine() + ":" + d.getRange().getStart().getCharacter() + "-" + d.getRange().getEnd().getLine()
            + ":" + d.getRange().getEnd().getCharacter() + " " + (d.getCode() == null ? "" : d.getCode().getLeft()) + " " + Text.message(d))
        .sorted().toList();
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
