package dev.laforge.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.inject.Injector;
import dev.laforge.language.ForgeStandaloneSetup;
import dev.laforge.language.formatting2.SourceFormatter;
import dev.laforge.lsp.harness.LspHarness;
import dev.laforge.lsp.harness.LspHarness.Doc;
import dev.laforge.lsp.harness.Text;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editor formatting writes exactly what {@code forge fmt} (SourceFormatter) writes. */
class FormattingIT {

  private static final Injector FORGE = new ForgeStandaloneSetup().createInjectorAndDoEMFRegistration();
  private static final List<String> EXAMPLES = List.of("blog/domain.forge", "saas-crm/accounts.forge", "saas-crm/billing.forge",
      "saas-crm/rbac.forge", "saas-crm/sales.forge", "saas-crm/support.forge");

  @Test
  void everyExampleFileAfterScramblingItsWhitespaceFormatsLikeForgeFmt(@TempDir Path tmp) throws Exception {
    LspHarness.copyOf("examples/blog", tmp.resolve("blog"));
    LspHarness.copyOf("examples/saas-crm", tmp.resolve("saas-crm"));
    try (LspHarness lsp = LspHarness.start(tmp)) {
      for (String file : EXAMPLES) {
        Doc doc = lsp.open(file);
        String original = doc.text();
        // The examples are in the canonical layout: nothing to do.
        assertEquals(List.of(), format(lsp, doc), file);
        for (int seed = 1; seed <= 3; seed++) {
          String scrambled = scramble(original, new Random(seed * 31L + file.hashCode()));
          String expected = fmt(scrambled);
          assertNotEquals(scrambled, expected, file + " was not scrambled");
          doc.replaceAll(scrambled);
          String formatted = Text.apply(scrambled, format(lsp, doc));
          assertEquals(expected, formatted, file + " seed " + seed);
          // Formatting is minimal and idempotent: the result needs no more edits.
          doc.replaceAll(formatted);
          assertEquals(List.of(), format(lsp, doc), file + " seed " + seed + " again");
        }
        doc.replaceAll(original);
      }
      lsp.assertNoServerErrors();
    }
  }

  @Test
  void hostileInputsFormatLikeForgeFmtOrNotAtAll(@TempDir Path tmp) throws Exception {
    Map<String, String> inputs = new java.util.LinkedHashMap<>();
    inputs.put("crlf", "model A {\r\n\tid: uuid pk\r\n\r\n\r\n\r\n  name:string\r\n}\r\npolicy A.read {\r\n  record.name == \"x\"\r\n    || true\r\n}");
    inputs.put("one line", "enum E{a,b c}model M table( \"ms\" ){id:uuid   pk default uuid( ),tenantId :uuid tenant name : string length( 1 .. 20 ) e: E default a}"
        + "policy M.read{record.name==\"x\"&&user.roles.includes( \"admin\" )}");
    inputs.put("comments", "// head\n\n\n/* block\n      comment */   model   A { // trailing\n/// doc\n  id: uuid pk /* inline */ }\n// tail");
    inputs.put("only comments", "// nothing but a comment\n\n\n   /* and another */   ");
    inputs.put("blank", "  \n\n \t ");
    inputs.put("unicode and escapes", "// Grüße ✓\nmodel Unicode {\n  id: uuid pk\n  note: string default \"é \\\" ✓\\u00e9\"\n  ^model: string pattern('^\\\\d+$')\n}");
    inputs.put("hook", "model H{id:uuid pk\nn:integer\ns:string}\nhook H.beforeCreate{let x=-record.n*2+1;if(x>0){record.s=record.s.trim().replace(/[^a-z]+/g,'-')}else if(x<0){reject(\"no\")}else{return {ok:true,'k':[1,2],}}}");
    inputs.put("syntax error", "model Broken {\n  id: uuid   pk\n  name: \n");
    inputs.put("unterminated string", "model S {\n  id: uuid pk\n  a: string default \"oops\n}\n");
    try (LspHarness lsp = LspHarness.start(tmp)) {
      for (var input : inputs.entrySet()) {
        Doc doc = lsp.open(input.getKey().replace(' ', '-') + ".forge", input.getValue());
        List<TextEdit> edits = format(lsp, doc);
        var expected = FORGE.getInstance(SourceFormatter.class).format(input.getValue());
        assertEquals(!input.getKey().equals("syntax error") && !input.getKey().equals("unterminated string"), expected.isPresent(), input.getKey());
        if (expected.isEmpty()) {
          assertEquals(List.of(), edits, input.getKey() + ": files with syntax errors are never formatted");
        } else {
          assertEquals(expected.get(), Text.apply(input.getValue(), edits), input.getKey());
        }
      }
      lsp.assertNoServerErrors();
    }
    assertEquals("""
        enum E { a, b c }

        model M table("ms") {
          id: uuid pk default uuid(),
          tenantId: uuid tenant
          name: string length(1..20)
          e: E default a
        }

        policy M.read {
          record.name == "x" && user.roles.includes("admin")
        }
        """, fmt(inputs.get("one line")));
  }

  static final String UNFORMATTED = """
      model   A {
      id:uuid   pk
      }
         model B{
        id :uuid pk
          name:string}
      policy A.read{true}
      policy B.read{   record.name=="b"   }
      """;

  @Test
  void rangeFormattingFormatsTheDeclarationsTheRangeTouches(@TempDir Path tmp) throws Exception {
    try (LspHarness lsp = LspHarness.start(tmp)) {
      Doc doc = lsp.open("range.forge", UNFORMATTED);
      // A cursor-sized range inside B formats all of B, nothing else.
      int inB = UNFORMATTED.indexOf(":uuid pk\n    name");
      assertEquals("""
          model   A {
          id:uuid   pk
          }
          model B {
            id: uuid pk
            name: string
          }
          policy A.read{true}
          policy B.read{   record.name=="b"   }
          """, Text.apply(UNFORMATTED, rangeFormat(lsp, doc, Text.range(UNFORMATTED, inB, inB))));
      // A range from inside A to inside the first policy formats A, B, that policy and the space between them.
      int a = UNFORMATTED.indexOf("uuid   pk");
      int p = UNFORMATTED.indexOf("{true}");
      String three = Text.apply(UNFORMATTED, rangeFormat(lsp, doc, Text.range(UNFORMATTED, a, p)));
      assertEquals("""
          model A {
            id: uuid pk
          }

          model B {
            id: uuid pk
            name: string
          }

          policy A.read {
            true
          }
          policy B.read{   record.name=="b"   }
          """, three);
      // Formatting the rest by range and then the document gives forge fmt's layout.
      doc.replaceAll(three);
      String all = Text.apply(three, format(lsp, doc));
      assertEquals(fmt(UNFORMATTED), all);
      // A range in the blank space between declarations touches none.
      Doc spaced = lsp.open("spaced.forge", "model A {\n  id: uuid pk\n}\n\n\n\nmodel   B {\nid: uuid pk\n}\n");
      assertEquals(List.of(), rangeFormat(lsp, spaced, Text.range(spaced.text(), 26, 26)));
      // Syntax errors: no edits for a range either.
      Doc broken = lsp.open("broken.forge", "model   A {\n  id: uuid pk\n\nmodel B {");
      assertEquals(List.of(), rangeFormat(lsp, broken, Text.range(broken.text(), 0, broken.text().length())));
      lsp.assertNoServerErrors();
    }
  }

  // ---------------------------------------------------------------------------------------------

  static List<TextEdit> format(LspHarness lsp, Doc doc) throws Exception {
    return List.copyOf(LspHarness.get(lsp.server().getTextDocumentService()
        .formatting(new DocumentFormattingParams(doc.id(), new FormattingOptions(4, false)))));
  }

  static List<TextEdit> rangeFormat(LspHarness lsp, Doc doc, Range range) throws Exception {
    return List.copyOf(LspHarness.get(lsp.server().getTextDocumentService()
        .rangeFormatting(new DocumentRangeFormattingParams(doc.id(), new FormattingOptions(4, false), range))));
  }

  /** What forge fmt writes; fails for text that does not parse. */
  static String fmt(String text) {
    return FORGE.getInstance(SourceFormatter.class).format(text).orElseThrow(() -> new AssertionError("does not parse:\n" + text));
  }

  private static final List<String> WHITESPACE = List.of(" ", "  ", "\t", "\n", "\n\n\n", " \n\t ", "\r\n", "   \n  ");
  private static final Set<String> OPENERS = Set.of("(", "{", "[", ",");
  private static final Set<String> CLOSERS = Set.of(")", "}", "]", ",", ";");

  /**
   * The same tokens with different whitespace: every run of whitespace becomes a random one, and
   * around brackets and commas whitespace is randomly added or removed. Tokens are found by the
   * Forge parser, so strings, comments and regular expressions stay intact.
   */
  static String scramble(String text, Random random) throws Exception {
    XtextResourceSet set = FORGE.getInstance(XtextResourceSet.class);
    XtextResource resource = (XtextResource) set.createResource(URI.createURI("scramble.forge"));
    resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
    assertEquals(List.of(), resource.getErrors(), "the example must parse");
    StringBuilder out = new StringBuilder();
    String previous = null;
    boolean pendingWhitespace = false;
    for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
      boolean whitespace = leaf.isHidden() && leaf.getGrammarElement() instanceof TerminalRule rule && "WS".equals(rule.getName());
      if (whitespace) {
        pendingWhitespace = true;
        continue;
      }
      boolean flexible = previous != null && (OPENERS.contains(previous) || CLOSERS.contains(leaf.getText()));
      if (pendingWhitespace || flexible && random.nextBoolean()) {
        if (!(flexible && pendingWhitespace && random.nextInt(3) == 0)) {
          out.append(WHITESPACE.get(random.nextInt(WHITESPACE.size())));
        }
      }
      out.append(leaf.getText());
      previous = leaf.isHidden() ? null : leaf.getText();
      pendingWhitespace = false;
    }
    return out.toString();
  }
}
