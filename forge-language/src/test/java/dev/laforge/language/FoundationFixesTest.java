package dev.laforge.language;

import static dev.laforge.backend.diagnostics.DiagnosticCode.LF101;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF211;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF219;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF310;
import static dev.laforge.language.Marked.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** LF219 relation keys, LF310 empty permission rules, derived-name lengths and value conversion. */
class FoundationFixesTest {

  static final String KEYS = "id: uuid pk tenantId: uuid tenant ";

  @Test
  void lf219CompositeOrNonUuidPrimaryKeyCannotBeReferenced() {
    Marked composite = Marked.of("model Line { a: uuid pk b: uuid pk tenantId: uuid tenant }\n"
        + "model Note { " + KEYS + "line: ⟦belongsTo(Line)⟧ }\n");
    composite.assertExactly(composite.expect(LF219));
    Marked integer = Marked.of("model Country { id: integer pk tenantId: uuid tenant }\n"
        + "model City { " + KEYS + "country: ⟦belongsTo(Country)⟧ }\n");
    var d = integer.assertExactly(integer.expect(LF219)).diagnostics().get(0);
    assertEquals("country", d.data().get("0"));
    assertEquals("Country", d.data().get("1"));
    Marked owner = Marked.of("model Country { id: integer pk tenantId: uuid tenant tags: ⟦manyToMany(Tag)⟧ }\n"
        + "model Tag { " + KEYS + "}\n");
    owner.assertExactly(owner.expect(LF219));
    clean("model Country { " + KEYS + "}\nmodel City { " + KEYS + "country: belongsTo(Country) }\n");
  }

  @Test
  void lf211DerivedJoinTableNameTooLong() {
    String a = "A".repeat(35);
    String b = "B".repeat(35);
    Marked src = Marked.of("model " + a + " { " + KEYS + "⟦bs⟧: manyToMany(" + b + ") }\nmodel " + b + " { " + KEYS + "}\n");
    var d = src.assertExactly(src.expect(LF211)).diagnostics().get(0);
    assertTrue(d.message().contains("_"), d.message());
  }

  @Test
  void lf310EmptyPermissionRule() {
    Marked src = Marked.of("roles { admin }\nmodel Doc { " + KEYS + "}\npermissions { model Doc { ⟦read⟧: } }\n");
    src.assertExactly(src.expect(LF310));
    clean("roles { admin }\nmodel Doc { " + KEYS + "}\npermissions { model Doc { read: admin update: if user.id == record.id } }\n");
  }

  @Test
  void caretEscapesAKeywordName() {
    var domain = clean("model Doc { " + KEYS + "^status: string }\npolicy Doc.read { record.status == \"x\" }\n");
    assertTrue(domain.model("Doc").orElseThrow().field("status").isPresent());
    assertEquals("status", domain.model("Doc").orElseThrow().field("status").orElseThrow().column());
  }

  @Test
  void numbersIgnoreInnerSpacesAndOverflowIsALocatedSyntaxError() {
    var domain = clean("model Doc { " + KEYS + "n: integer min(- 5) }\n");
    assertEquals(new BigDecimal("-5"), domain.model("Doc").orElseThrow().field("n").orElseThrow().validation().min());
    var result = ForgeTestSupport.loadOne("model Doc { " + KEYS + "s: string length(1..99999999999) }\n");
    assertEquals(LF101, result.diagnostics().get(0).code());
    assertTrue(result.diagnostics().get(0).message().contains("too large"), result.diagnostics().get(0).message());
    assertFalse(result.diagnostics().get(0).message().contains("For input string"));
  }

  @Test
  void controlCharactersNeverReachMessages() {
    var result = ForgeTestSupport.loadOne("model Doc { " + KEYS + "\u0000 }\n");
    assertTrue(result.hasErrors());
    result.diagnostics().forEach(d -> assertTrue(d.message().chars().noneMatch(Character::isISOControl), d.message()));
  }

  @Test
  void policyLogicNeedsBooleansButHooksKeepTruthiness() {
    Marked src = Marked.of("model Doc { " + KEYS + "slug: string optional ok: boolean }\n"
        + "policy Doc.read { !⟦record.slug⟧ || ⟦record.slug⟧ && record.ok }\n");
    src.assertExactly(src.expect(0, dev.laforge.backend.diagnostics.DiagnosticCode.LF308),
        src.expect(1, dev.laforge.backend.diagnostics.DiagnosticCode.LF308));
    clean("model Doc { " + KEYS + "slug: string optional title: string }\n"
        + "hook Doc.beforeCreate { if (!record.slug && record.title) { record.slug = record.title; } }\n");
  }

  @Test
  void lf311PoliciesThatReferToEachOtherInACycleAreRefusedBeforeGeneration() {
    String models = "model Team { " + KEYS + "members: hasMany(User) }\n"
        + "model User { " + KEYS + "team: belongsTo(Team) optional onDelete(setNull) }\n";
    var result = ForgeTestSupport.loadWithPolicies(models
        + "policy User.read { record.team.members.some(m => m.id == user.id) }\n"
        + "policy Team.read { record.members.some(m => m.id == user.id) }\n");
    assertEquals(1, result.diagnostics().size(), ForgeTestSupport.render(result.diagnostics()));
    var d = result.diagnostics().get(0);
    assertEquals(dev.laforge.backend.diagnostics.DiagnosticCode.LF311, d.code());
    assertEquals(4, d.line(), "at Team.read, where the cycle teams -> users -> teams starts");
    assertTrue(d.message().contains("cycle"), d.message());
    assertTrue(result.domain() == null, "no domain to generate from");
    var fixed = ForgeTestSupport.loadWithPolicies(models + "policy User.read { record.id == user.id || record.teamId != null }\n"
        + "policy Team.read { record.members.some(m => m.id == user.id) }\n");
    assertEquals("", ForgeTestSupport.render(fixed.diagnostics()));
    assertTrue(fixed.domain() != null);
    // Without the whole-domain analysis the parser alone accepts the cyclic domain.
    assertTrue(ForgeTestSupport.loadOne(models + "policy User.read { record.team.members.some(m => m.id == user.id) }\n"
        + "policy Team.read { record.members.some(m => m.id == user.id) }\n").diagnostics().isEmpty());
  }
}
