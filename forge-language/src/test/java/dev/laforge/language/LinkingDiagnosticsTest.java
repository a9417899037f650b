package dev.laforge.language;

import static dev.laforge.backend.diagnostics.DiagnosticCode.LF100;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF101;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF102;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF103;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF104;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF105;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF106;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF107;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF210;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.backend.diagnostics.Diagnostic;
import dev.laforge.backend.diagnostics.Severity;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** LF100-LF107: unreadable input, syntax errors and unresolved names, with exact ranges and data. */
class LinkingDiagnosticsTest {

  static final String A = "model A {\n  id: uuid pk\n  tenantId: uuid tenant\n  name: string\n  owner: belongsTo(U)\n}\n"
      + "model U { id: uuid pk tenantId: uuid tenant }\n";

  /** Raw bytes need the loader itself; ForgeTestSupport takes strings. */
  static final ForgeDomainLoader LOADER = ForgeDomainLoader.create();

  static Diagnostic single(ForgeDomainLoader.Result result) {
    assertEquals(1, result.diagnostics().size(), () -> ForgeTestSupport.render(result.diagnostics()));
    return result.diagnostics().get(0);
  }

  @Test
  void lf100InvalidUtf8() throws Exception {
    String before = "model A {\n  id: uuid pk\n  tenantId: uuid tenant\n  note: string default \"café ";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(before.getBytes(StandardCharsets.UTF_8));
    bytes.write(0xFF);
    bytes.write("\"\n}\n".getBytes(StandardCharsets.UTF_8));
    ForgeDomainLoader.Result result = LOADER.load(List.of(
        new ForgeDomainLoader.Source("bad.forge", bytes.toByteArray()),
        new ForgeDomainLoader.Source("good.forge", "model B { tenantId: uuid tenant }".getBytes(StandardCharsets.UTF_8))));
    List<Diagnostic> diagnostics = result.diagnostics();
    assertEquals(2, diagnostics.size(), () -> ForgeTestSupport.render(diagnostics));
    Diagnostic bad = diagnostics.get(0);
    assertEquals(LF100, bad.code());
    assertEquals(Severity.ERROR, bad.severity());
    assertEquals("bad.forge", bad.file());
    assertEquals(4, bad.line());
    String lastLine = before.substring(before.lastIndexOf('\n') + 1);
    assertEquals(lastLine.length() + 1, bad.column(), "column counts characters, not bytes");
    assertEquals(before.getBytes(StandardCharsets.UTF_8).length, bad.offset(), "offset is the byte offset of the bad byte");
    assertEquals(1, bad.length());
    assertTrue(bad.message().contains("0xFF"), bad.message());
    // The other file is still parsed and validated.
    assertEquals("good.forge", diagnostics.get(1).file());
    assertEquals("LF201", diagnostics.get(1).code().name());
    assertTrue(result.hasErrors());
  }

  @Test
  void byteOrderMarkIsNotAnError() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "model A { id: uuid pk tenantId: uuid tenant }".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(text, 0, all, 3, text.length);
    ForgeDomainLoader.Result result = LOADER.load(List.of(new ForgeDomainLoader.Source("bom.forge", all)));
    assertEquals("", ForgeTestSupport.render(result.diagnostics()));
    assertNotNull(result.domain());
  }

  @Test
  void lf101SyntaxError() {
    Marked src = Marked.of("model A {\n  id: uuid pk\n  tenantId: uuid tenant\n  name: ⟦}⟧\n");
    Diagnostic d = single(src.assertExactly(src.expect(LF101)));
    assertFalse(d.message().contains("RULE_"), d.message());
    Marked unknownChar = Marked.of("model A { id: uuid pk tenantId: uuid tenant }\n⟦#⟧\n");
    Diagnostic u = single(unknownChar.assertExactly(unknownChar.expect(LF101)));
    assertFalse(u.message().contains("RULE_") || u.message().contains("<EOF>"), u.message());
  }

  @Test
  void lf102UnknownVariable() {
    Marked src = Marked.of(A + "policy A.read { ⟦foo⟧ == 1 }\n"
        + "hook A.beforeCreate { record.name = ⟦later⟧; let later = \"x\"; record.name = later; }\n"
        + "policy A.update { user.roles.some(r => ⟦s⟧ == \"a\") }\n");
    var result = src.assertExactly(src.expect(0, LF102), src.expect(1, LF102), src.expect(2, LF102));
    assertEquals("foo", result.diagnostics().get(0).data().get("0"));
    assertNotNull(Marked.of(A + "policy A.read { user.roles.some(r => r == \"a\") }").assertExactly());
  }

  @Test
  void lf103UnknownRelationTarget() {
    Marked src = Marked.of("model A {\n  id: uuid pk\n  tenantId: uuid tenant\n  b: belongsTo(⟦Nope⟧)\n"
        + "  c: hasMany(⟦Gone⟧)\n  d: manyToMany(⟦Missing⟧)\n}\n");
    var result = src.assertExactly(src.expect(0, LF103), src.expect(1, LF103), src.expect(2, LF103));
    assertEquals("Nope", result.diagnostics().get(0).data().get("0"));
  }

  @Test
  void lf104UnknownRoleOrClaim() {
    Marked src = Marked.of(A + "roles { admin }\nclaims { can.read  ⟦owner⟧: can.read | ⟦can.write⟧ }\n"
        + "permissions { model A { read: admin | ⟦editor⟧ | can.read\n delete: ⟦can.delete⟧ } }\n");
    var result = src.assertExactly(src.expect(0, LF104), src.expect(1, LF104), src.expect(2, LF104), src.expect(3, LF104));
    assertEquals(List.of("owner", "can.write", "editor", "can.delete"),
        result.diagnostics().stream().map(d -> d.data().get("0")).toList());
  }

  @Test
  void lf105UnknownField() {
    Marked src = Marked.of(A + """
        policy A.read { record.⟦nmae⟧ == "x" }
        policy A.update { record.owner.⟦nope⟧ == user.id }
        hook A.beforeCreate { record.⟦titel⟧ = "x"; }
        model B { id: uuid pk tenantId: uuid tenant index(tenantId, ⟦missing⟧) }
        model C { id: uuid pk tenantId: uuid tenant as: hasMany(A.⟦author⟧) }
        """);
    var result = src.assertExactly(src.expect(0, LF105), src.expect(1, LF105), src.expect(2, LF105), src.expect(3, LF105),
        src.expect(4, LF105));
    // The model whose fields were searched, for a "create field" quick fix.
    assertEquals(List.of("A", "U", "A", "B", "A"), result.diagnostics().stream().map(d -> d.data().get("2")).toList());
  }

  @Test
  void lf106UnknownModel() {
    Marked src = Marked.of(A + """
        policy ⟦Nope⟧.read { true }
        hook ⟦Gone⟧.beforeCreate { }
        extend ⟦Missing⟧ { go() { return; } }
        permissions { model ⟦Absent⟧ { read: if true } }
        """);
    src.assertExactly(src.expect(0, LF106), src.expect(1, LF106), src.expect(2, LF106), src.expect(3, LF106));
  }

  @Test
  void lf107UnknownEnum() {
    Marked src = Marked.of("enum Status { on off }\nmodel A { id: uuid pk tenantId: uuid tenant s: ⟦Stauts⟧ t: Status }\n");
    var result = src.assertExactly(src.expect(LF107));
    assertEquals("Stauts", result.diagnostics().get(0).data().get("0"));
  }

  @Test
  void unknownEnumDefaultIsLf210() {
    Marked src = Marked.of("enum Status { on off }\nmodel A { id: uuid pk tenantId: uuid tenant s: Status default ⟦of⟧ }\n");
    src.assertExactly(src.expect(LF210));
    Marked.clean("enum Status { on off }\nmodel A { id: uuid pk tenantId: uuid tenant s: Status default off }\n");
  }
}
