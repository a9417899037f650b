package dev.laforge.language;

import static dev.laforge.backend.diagnostics.DiagnosticCode.LF212;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF301;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF302;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF303;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF304;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF305;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF306;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF307;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF308;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF309;
import static dev.laforge.language.Marked.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.laforge.backend.diagnostics.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** LF212 and LF301-LF309: roles and claims, policies, permission conditions and hook methods. */
class PolicyValidationTest {

  static final String KEYS = "id: uuid pk tenantId: uuid tenant ";

  /** A -> B -> C -> D -> E through belongsTo, and A has many B. */
  static final String CHAIN = "enum S { draft live }\n"
      + "model A { " + KEYS + "title: string flag: boolean n: int s: S b: belongsTo(B) docs: hasMany(Doc) }\n"
      + "model B { " + KEYS + "c: belongsTo(C) }\nmodel C { " + KEYS + "d: belongsTo(D) }\n"
      + "model D { " + KEYS + "e: belongsTo(E) }\nmodel E { " + KEYS + "x: int }\n"
      + "model Doc { " + KEYS + "a: belongsTo(A) b: belongsTo(B) title: string }\n";

  static List<Map<String, String>> data(ForgeDomainLoader.Result result) {
    return result.diagnostics().stream().map(d -> d.data()).toList();
  }

  @Test
  void lf212DuplicateRoleOrClaim() {
    Marked src = Marked.of("roles { ⟦admin⟧ editor ⟦admin⟧ }\nclaims { ⟦can.read⟧ can.write }\n");
    Marked other = Marked.of("more.forge", "claims { ⟦can.read⟧ }\n");
    var result = Marked.loadAll(src, other);
    Marked.assertDiagnostics(result, src.expect(0, LF212), src.expect(1, LF212), src.expect(2, LF212), other.expect(LF212));
    assertEquals(Map.of("0", "can.read", "1", "more.forge", "2", "forge:/1/more.forge#1:10-1:18"), data(result).get(2));
    clean("roles { admin editor }\nclaims { can.read can.write admin: can.read | can.write editor: can.read }");
  }

  @Test
  void lf301DuplicatePolicy() {
    Marked src = Marked.of(CHAIN + "policy A.⟦read⟧ { true }\npolicy A.update { true }\npolicy A.⟦read⟧ { record.flag }\n");
    var result = src.assertExactly(src.expect(0, LF301), src.expect(1, LF301));
    assertEquals(Map.of("0", "A", "1", "read", "2", "this file", "3", "forge:/0/domain.forge#10:10-10:14"), data(result).get(0));
    Marked a = Marked.of("a.forge", CHAIN + "policy A.⟦delete⟧ { true }\n");
    Marked b = Marked.of("b.forge", "policy A.⟦delete⟧ { false }\n");
    var across = Marked.loadAll(a, b);
    Marked.assertDiagnostics(across, a.expect(LF301), b.expect(LF301));
    assertEquals(List.of("b.forge", "a.forge"), across.diagnostics().stream().map(d -> d.data().get("2")).toList());
    clean(CHAIN + "policy A.create { true }\npolicy A.read { true }\npolicy A.update { true }\npolicy A.delete { true }\n"
        + "policy B.read { true }\n");
  }

  @Test
  void lf302PolicyChainDeeperThanThreeHops() {
    Marked src = Marked.of(CHAIN + """
        policy A.read { record.b.c.d.e.⟦x⟧ == 1 }
        policy A.update { record.b.c.d.⟦e⟧ != null }
        policy A.delete { record.docs.some(doc => doc.b.c.d.⟦eId⟧ == user.id) }
        policy Doc.read { record.a.b.c.d.⟦id⟧ == user.id }
        """);
    var result = src.assertExactly(src.expect(0, LF302), src.expect(1, LF302), src.expect(2, LF302), src.expect(3, LF302));
    assertEquals(Map.of("0", "4", "1", "3"), data(result).get(0));
    // Three hops are fine; an FK alias (eId) reads a column and is no hop.
    clean(CHAIN + """
        policy A.read { record.b.c.d.id == user.id }
        policy A.update { record.b.c.d.eId == user.id }
        policy A.delete { record.docs.some(doc => doc.b.c.id == user.id) }
        policy Doc.read { (record.a.b).cId == user.id }
        """);
  }

  @Test
  void lf303UnknownUserPropertyWithDidYouMean() {
    Marked src = Marked.of(CHAIN + "policy A.read { record.tenantId == user.⟦tenantid⟧ || user.⟦email⟧ == \"x\" }\n"
        + "permissions { model B { read: if user.⟦rol⟧ == \"admin\" } }\n");
    var result = src.assertExactly(src.expect(0, LF303), src.expect(1, LF303), src.expect(2, LF303));
    assertEquals(List.of(Map.of("0", "tenantid", "1", "tenantId"), Map.of("0", "email", "1", ""), Map.of("0", "rol", "1", "role")),
        data(result));
    clean(CHAIN + "policy A.read { record.tenantId == user.tenantId && user.id != null && user.role == \"a\""
        + " && user.roles.includes(\"a\") && user.claims.includes(\"c\") }\n");
  }

  @Test
  void lf304IncompatibleComparison() {
    Marked src = Marked.of(CHAIN + """
        policy A.read { record.flag ⟦==⟧ "yes" }
        policy A.update { record.n ⟦<⟧ "ten" || record.id ⟦===⟧ 1 || record.flag ⟦>⟧ false }
        policy A.delete { [1, ⟦"two"⟧].includes(record.n) }
        permissions { model B { read: if record.c ⟦!=⟧ true } }
        """);
    var result = src.assertExactly(src.expect(0, LF304), src.expect(1, LF304), src.expect(2, LF304), src.expect(3, LF304),
        src.expect(4, LF304), src.expect(5, LF304));
    assertEquals(Map.of("0", "boolean", "1", "string", "2", "=="), data(result).get(0));
    clean(CHAIN + """
        policy A.read { record.flag == true && record.n >= 1 && record.title < "m" && record.id == "00000000-0000-0000-0000-000000000000" }
        policy A.update { record.title != null && record.b == user.id && record.tenantId === user.tenantId }
        policy A.delete { [1, 2].includes(record.n) }
        """);
  }

  @Test
  void lf305UnknownEnumLiteral() {
    Marked src = Marked.of(CHAIN + """
        policy A.read { record.s == ⟦"drafty"⟧ }
        policy A.update { ⟦'Live'⟧ !== record.s }
        policy A.delete { [⟦"gone"⟧, "draft"].includes(record.s) }
        """);
    var result = src.assertExactly(src.expect(0, LF305), src.expect(1, LF305), src.expect(2, LF305));
    assertEquals(Map.of("0", "drafty", "1", "S", "2", "draft"), data(result).get(0));
    assertEquals("live", data(result).get(1).get("2"));
    clean(CHAIN + "policy A.read { record.s == \"draft\" || record.s != 'live' || [\"draft\"].includes(record.s) }\n");
  }

  @Test
  void lf306ModelThatDeniesEveryAccess() {
    Marked src = Marked.of("model ⟦Setting⟧ { id: uuid pk key: string }\n");
    var result = src.assertExactly(src.expect(LF306));
    assertEquals(Severity.WARNING, result.diagnostics().get(0).severity());
    assertEquals(List.of(), result.domain().model("Setting").orElseThrow().policies(), "a warning still yields the IR");
    clean("model Setting { id: uuid pk key: string }\npolicy Setting.read { true }\n");
    clean("model Setting { id: uuid pk key: string }\nroles { admin }\npermissions { model Setting { update: admin } }\n");
    clean("model Setting { id: uuid pk tenantId: uuid tenant }\n");
    clean("a.forge", "model Setting { id: uuid pk key: string }", "b.forge", "policy Setting.delete { false }");
  }

  @Test
  void lf307NotACollection() {
    Marked src = Marked.of(CHAIN + """
        policy A.read { record.title.⟦some⟧(t => true) }
        policy A.update { record.n.⟦includes⟧(1) || user.role.⟦includes⟧("adm") }
        policy A.delete { user.roles.includes(⟦r => true⟧) }
        policy A.create { record.docs.every(⟦true⟧) }
        """);
    var result = src.assertExactly(src.expect(0, LF307), src.expect(1, LF307), src.expect(2, LF307), src.expect(3, LF307),
        src.expect(4, LF307));
    assertEquals(Map.of("0", "some", "1", "string"), data(result).get(0));
    clean(CHAIN + """
        policy A.read { record.docs.some(d => d.title == "x") && ["a"].some(v => v == "a") }
        policy A.update { user.claims.every(c => c != "x") }
        hook A.beforeCreate { if (record.title.includes("x")) { return; } }
        """);
  }

  @Test
  void lf308NonBooleanCondition() {
    Marked src = Marked.of(CHAIN + """
        policy A.read { ⟦record.title⟧ }
        policy A.update { record.docs.some(d => ⟦d.title⟧) }
        permissions { model B { read: if ⟦record.id⟧ } }
        policy A.delete { ({ record }) => ⟦record.n⟧ }
        """);
    var result = src.assertExactly(src.expect(0, LF308), src.expect(1, LF308), src.expect(2, LF308), src.expect(3, LF308));
    assertEquals(List.of("string", "string", "uuid", "number"), result.diagnostics().stream().map(d -> d.data().get("0")).toList());
    clean(CHAIN + "policy A.read { record.flag }\npolicy A.update { record.docs.some(d => !(d.title == \"\")) }\n"
        + "permissions { model B { read: if !(record.id == user.id) } }\npolicy A.delete { () => (record.n > 0) }\n");
  }

  @Test
  void lf309UnknownMethod() {
    Marked src = Marked.of(CHAIN + """
        hook A.beforeCreate {
          record.title = record.title.⟦toLowercase⟧();
          record.title = record.title.⟦exec⟧("x");
        }
        extend A { go(v) { return v.⟦strip⟧(); } }
        """);
    var result = src.assertExactly(src.expect(0, LF309), src.expect(1, LF309), src.expect(2, LF309));
    assertEquals(List.of(Map.of("0", "toLowercase", "1", "toLowerCase"), Map.of("0", "exec", "1", ""), Map.of("0", "strip", "1", "trim")),
        data(result));
    clean(CHAIN + "hook A.beforeUpdate { record.title = record.title.toLowerCase().toUpperCase().trim().slice(0, 3)"
        + ".replace(/a/g, \"b\"); if (record.title.startsWith(\"a\") && record.title.endsWith(\"b\")) { return; } }\n");
  }
}
