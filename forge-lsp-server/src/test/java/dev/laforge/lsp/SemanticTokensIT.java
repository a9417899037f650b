package dev.laforge.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.laforge.lsp.harness.LspHarness;
import dev.laforge.lsp.harness.LspHarness.Doc;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Semantic tokens, decoded with the legend the server announced. */
class SemanticTokensIT {

  static final String SOURCE = """
      /* Block
         comment */
      enum Status { draft, live }

      /// An item.
      model Item {
        id: uuid pk default uuid()
        user: string pattern("^a")
        score: decimal min(-1.5)
        status: Status default draft
        owner: belongsTo(Owner) onDelete(cascade)
        ghost: belongsTo(Ghost)
      }

      model Owner {
        id: uuid pk
        items: hasMany(Item.owner)
      }

      roles { admin }

      claims { can.edit.items }

      policy Item.read {
        record.user == "x" && record.ownerId != null || record.owner.items.some(m => m.status == "live") || user.claims.includes("can.edit.items")
      }

      permissions {
        model Item {
          update: admin | can.edit.items
        }
      }

      hook Item.beforeUpdate {
        let n = record.user.length;
        record.user = record.user.trim();
      }
      """;

  @Test
  void everyTokenIsClassifiedByWhatItNames(@TempDir Path tmp) throws Exception {
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("tokens.forge", SOURCE);
      // A field called `user` is a property; `user.claims` is the user context; an unknown model is still a class.
      assertEquals(List.of(
          "1:1 /* Block comment",
          "2:1    comment */ comment",
          "3:1 enum keyword",
          "3:6 Status enum+declaration",
          "3:15 draft enumMember+declaration",
          "3:22 live enumMember+declaration",
          "5:1 /// An item. comment+documentation",
          "6:1 model keyword",
          "6:7 Item class+declaration",
          "7:3 id property+declaration",
          "7:7 uuid type+defaultLibrary",
          "7:12 pk modifier",
          "7:15 default modifier",
          "7:23 uuid function+defaultLibrary",
          "8:3 user property+declaration",
          "8:9 string type+defaultLibrary",
          "8:16 pattern modifier",
          "8:24 \"^a\" string",
          "9:3 score property+declaration",
          "9:10 decimal type+defaultLibrary",
          "9:18 min modifier",
          "9:22 -1.5 number",
          "10:3 status property+declaration",
          "10:11 Status enum",
          "10:18 default modifier",
          "10:26 draft enumMember",
          "11:3 owner property+declaration",
          "11:10 belongsTo keyword",
          "11:20 Owner class",
          "11:27 onDelete modifier",
          "11:36 cascade enumMember+defaultLibrary",
          "12:3 ghost property+declaration",
          "12:10 belongsTo keyword",
          "12:20 Ghost class",
          "15:1 model keyword",
          "15:7 Owner class+declaration",
          "16:3 id property+declaration",
          "16:7 uuid type+defaultLibrary",
          "16:12 pk modifier",
          "17:3 items property+declaration",
          "17:10 hasMany keyword",
          "17:18 Item class",
          "17:23 owner property",
          "20:1 roles keyword",
          "20:9 admin variable+declaration+readonly",
          "22:1 claims keyword",
          "22:10 can.edit.items variable+declaration+readonly",
          "24:1 policy keyword",
          "24:8 Item class",
          "24:13 read event",
          "25:3 record variable+defaultLibrary+readonly",
          "25:10 user property",
          "25:15 == operator",
          "25:18 \"x\" string",
          "25:22 && operator",
          "25:25 record variable+defaultLibrary+readonly",
          "25:32 ownerId property",
          "25:40 != operator",
          "25:43 null keyword",
          "25:48 || operator",
          "25:51 record variable+defaultLibrary+readonly",
          "25:58 owner property",
          "25:64 items property",
          "25:70 some method+defaultLibrary",
          "25:75 m parameter+declaration",
          "25:77 => operator",
          "25:80 m parameter",
          "25:82 status property",
          "25:89 == operator",
          "25:92 \"live\" string",
          "25:100 || operator",
          "25:103 user variable+defaultLibrary+readonly",
          "25:108 claims property+defaultLibrary+readonly",
          "25:115 includes method+defaultLibrary",
          "25:124 \"can.edit.items\" string",
          "28:1 permissions keyword",
          "29:3 model keyword",
          "29:9 Item class",
          "30:5 update event",
          "30:13 admin variable+readonly",
          "30:19 | operator",
          "30:21 can.edit.items variable+readonly",
          "34:1 hook keyword",
          "34:6 Item class",
          "34:11 beforeUpdate event",
          "35:3 let keyword",
          "35:7 n variable+declaration",
          "35:9 = operator",
          "35:11 record variable+defaultLibrary+readonly",
          "35:18 user property",
          "35:23 length property+defaultLibrary",
          "36:3 record variable+defaultLibrary+readonly",
          "36:10 user property",
          "36:15 = operator",
          "36:17 record variable+defaultLibrary+readonly",
          "36:24 user property",
          "36:29 trim method+defaultLibrary"), decode(lsp, doc));
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void halfTypedCodeGetsTokensForWhatIsThere(@TempDir Path tmp) throws Exception {
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("broken.forge", "model X {\n  a: belongsTo(\n  b: str\npolicy X.re {\n  record.\n");
      assertEquals(List.of(
          "1:1 model keyword",
          "1:7 X class+declaration",
          "2:3 a property+declaration",
          "2:6 belongsTo keyword"), decode(lsp, doc).subList(0, 4));
      lsp.assertNoServerErrors();
    }
  }

  /** Each token as {@code line:column text type+modifier...} (1-based). */
  static List<String> decode(LspHarness lsp, Doc doc) throws Exception {
    SemanticTokensLegend legend = lsp.initializeResult().getCapabilities().getSemanticTokensProvider().getLegend();
    List<Integer> data = LspHarness.get(lsp.server().getTextDocumentService().semanticTokensFull(new SemanticTokensParams(doc.id()))).getData();
    List<String> lines = doc.text().lines().toList();
    List<String> result = new ArrayList<>();
    int line = 0;
    int column = 0;
    for (int i = 0; i < data.size(); i += 5) {
      line += data.get(i);
      column = data.get(i) == 0 ? column + data.get(i + 1) : data.get(i + 1);
      String text = lines.get(line).substring(column, column + data.get(i + 2));
      StringBuilder token = new StringBuilder((line + 1) + ":" + (column + 1) + " " + text + " " + legend.getTokenTypes().get(data.get(i + 3)));
      int modifiers = data.get(i + 4);
      for (int m = 0; m < legend.getTokenModifiers().size(); m++) {
        if ((modifiers & (1 << m)) != 0) {
          token.append('+').append(legend.getTokenModifiers().get(m));
        }
      }
      result.add(token.toString());
    }
    return result;
  }
}
