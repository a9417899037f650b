package dev.laforge.language;

import static dev.laforge.backend.diagnostics.DiagnosticCode.LF101;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF201;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF303;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF304;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF306;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A syntax error in one declaration must not hide the semantic diagnostics of the rest of the file. */
class ErrorRecoveryTest {

  @Test
  void brokenModelInTheMiddle() {
    Marked src = Marked.of("""
        model Good {
          id: uuid pk
          tenantId: uuid tenant
        }
        model Broken { id: uuid pk tenantId: uuid tenant name: ⟦}⟧
        model ⟦Later⟧ {
          tenantId: uuid tenant
          name: string
        }
        """);
    var result = src.assertExactly(src.expect(0, LF101), src.expect(1, LF201));
    assertNull(result.domain());
    assertTrue(result.diagnostics().get(0).message().contains("}"), result.diagnostics().get(0).message());
  }

  @Test
  void brokenModelStillReportsEveryLaterProblem() {
    Marked src = Marked.of("""
        model A { id: uuid pk tenantId: uuid tenant }
        model Broken {
          id: uuid pk
          tenantId: uuid tenant
          name: ⟦}⟧

        model ⟦NoKey⟧ { name: string }
        policy A.read { user.⟦tenantid⟧ == record.tenantId }
        """);
    src.assertExactly(src.expect(0, LF101), src.expect(1, LF201), src.expect(1, LF306), src.expect(2, LF303));
  }

  @Test
  void policyWithGarbage() {
    Marked src = Marked.of("""
        model A { id: uuid pk tenantId: uuid tenant flag: boolean }
        policy A.read { record.flag == ⟦;⟧ garbage ) ( }
        policy A.update { record.flag ⟦==⟧ "yes" }
        model ⟦C⟧ {
          x: string
          tenantId: uuid tenant
        }
        """);
    src.assertExactly(src.expect(0, LF101), src.expect(1, LF304), src.expect(2, LF201));
  }

  @Test
  void unsafePolicyExpressionsAreSyntaxErrors() {
    // The grammar is the whitelist: calls and template literals cannot reach SQL.
    Marked call = Marked.of("model A { id: uuid pk tenantId: uuid tenant }\npolicy A.read { record.tenantId == user.tenantId⟦(⟧) }\n");
    call.assertExactly(call.expect(LF101));
    Marked template = Marked.of("model A { id: uuid pk tenantId: uuid tenant }\npolicy A.read { ⟦`⟧x` }\n"
        + "model ⟦B⟧ { tenantId: uuid tenant }\n");
    var result = template.load();
    assertTrue(result.diagnostics().stream().anyMatch(d -> d.code() == LF101 && d.line() == 2), ForgeTestSupport.render(result.diagnostics()));
    assertTrue(result.diagnostics().stream().anyMatch(d -> d.code() == LF201 && d.line() == 3 && d.column() == 7),
        ForgeTestSupport.render(result.diagnostics()));
  }

  @Test
  void truncatedOrDamagedSourcesNeverCrashTheLoader() {
    String src = DesignExampleTest.DESIGN_EXAMPLE;
    for (int i = 0; i <= src.length(); i += 5) {
      String prefix = src.substring(0, i);
      for (String variant : new String[] {prefix, prefix + src.substring(Math.min(src.length(), i + 1)), prefix + "}" + src.substring(i)}) {
        ForgeDomainLoader.Result result;
        try {
          result = ForgeTestSupport.loadOne(variant);
        } catch (RuntimeException e) {
          throw new AssertionError("loader crashed at offset " + i + " on:\n" + variant, e);
        }
        assertTrue(result.hasErrors() || result.domain() != null, "no error and no IR at offset " + i);
      }
    }
  }

  @Test
  void brokenFileDoesNotHideOtherFiles() {
    Marked broken = Marked.of("a.forge", "model A { id: uuid pk tenantId: uuid tenant name: ⟦}⟧\n");
    Marked other = Marked.of("b.forge", "model ⟦B⟧ { tenantId: uuid tenant }\n");
    var result = Marked.loadAll(broken, other);
    Marked.assertDiagnostics(result, broken.expect(LF101), other.expect(LF201));
    assertFalse(result.diagnostics().get(0).message().isBlank());
  }
}
