package dev.laforge.backend.migrate;

import static dev.laforge.backend.migrate.Diffs.domain;
import static dev.laforge.backend.migrate.Diffs.note;
import static dev.laforge.backend.testing.FieldBuilder.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.backend.diagnostics.DiagnosticCode;
import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.DefaultValue;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.Expr;
import dev.laforge.backend.ir.Policy;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.ir.Validation;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.policy.RlsWriter;
import dev.laforge.backend.testing.SampleDomains;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The schema-level comparison: states of domains and states as a database reports them. */
class SchemaStateDiffTest {

  static List<String> cases() {
    return SampleDomains.caseNames();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void aDomainsStateEqualsItselfOnEveryDialect(String name) {
    Domain domain = SampleDomains.CASES.get(name).get();
    for (Dialect dialect : Dialect.values()) {
      SchemaState state = SchemaState.of(domain, dialect);
      assertEquals(List.of(), SchemaDiff.between(state, state, dialect).ops(), name + " on " + dialect);
    }
  }

  @Test
  void everyGeneratedPolicyIsParsedIntoItsParts() {
    Domain blog = SampleDomains.blog();
    Map<String, Map<String, PolicyDefinition>> policies = SchemaState.of(blog, Dialect.POSTGRES).policies();
    long statements = RlsWriter.write(blog).lines().filter(l -> l.startsWith("CREATE POLICY ")).count();
    assertEquals(statements, policies.values().stream().mapToLong(Map::size).sum());
    PolicyDefinition read = policies.get("posts").get("laforge_posts_read");
    assertEquals("SELECT", read.command());
    assertTrue(read.permissive());
    assertEquals(List.of("public"), read.roles());
    assertEquals(null, read.withCheck());
    assertTrue(read.using().contains("\"posts\".\"published\""), read.using());
    PolicyDefinition guard = policies.get("posts").get("laforge_posts_tenant_guard");
    assertTrue(guard.restrictive());
    assertEquals("ALL", guard.command());
    assertTrue(policies.containsKey("posts_tags"), "join tables' guards are part of the state");
    assertEquals(Map.of(), SchemaState.of(blog, Dialect.MYSQL).policies(), "policies are compared on PostgreSQL only");
  }

  @Test
  void typesCompareAsTheDialectStoresThem() {
    Domain string = domain(note(field("body", ScalarType.STRING)));
    Domain text = domain(note(field("body", ScalarType.TEXT)));
    assertEquals(List.of(), SchemaDiff.between(SchemaState.of(string, Dialect.POSTGRES), SchemaState.of(text, Dialect.POSTGRES),
        Dialect.POSTGRES).ops(), "both are text in PostgreSQL");
    assertEquals(List.of(new MigrationOp.AlterColumnType("notes", "body", ScalarType.STRING, null, ScalarType.TEXT, null)),
        SchemaDiff.between(SchemaState.of(string, Dialect.MYSQL), SchemaState.of(text, Dialect.MYSQL), Dialect.MYSQL).operations(),
        "varchar(255) and text differ in MySQL");
  }

  @Test
  void withoutADomainChecksCompareByNameAndDefaultsByValue() {
    Domain before = domain(note(field("n", ScalarType.DECIMAL).validation(new Validation(null, null, BigDecimal.ONE, null, null, false))
        .defaultValue(new DefaultValue.Number(new BigDecimal("1.50")))));
    Domain after = domain(note(field("n", ScalarType.DECIMAL).validation(new Validation(null, null, BigDecimal.TEN, null, null, false))
        .defaultValue(new DefaultValue.Number(new BigDecimal("1.5")))));
    SchemaState live = SchemaState.of(before, Dialect.POSTGRES);
    live = new SchemaState(live.schema(), live.columnTypes(), live.policies(), null);
    assertEquals(List.of(), SchemaDiff.between(live, SchemaState.of(after, Dialect.POSTGRES), Dialect.POSTGRES).ops());
    assertEquals(List.of(MigrationOp.AlterColumnDefault.class, MigrationOp.AlterCheck.class),
        SchemaDiff.between(before, after, Dialect.POSTGRES).operations().stream().map(Object::getClass).toList(),
        "the domain comparison is unchanged: validations and exact defaults");
  }

  @Test
  void policyWeakeningIsJudgedOnlyWithBothDomains() {
    Expr owner = new Expr.Compare(Expr.CompareOp.EQ, new Expr.RecordPath(List.of("ownerId")), new Expr.UserAttribute("id"));
    Expr wider = new Expr.Logical(Expr.LogicalOp.OR, owner, Expr.Literal.bool(true));
    Domain before = domain(Diffs.notes(field("ownerId", ScalarType.UUID)).policy(new Policy("Note", Action.READ, owner)).build());
    Domain after = domain(Diffs.notes(field("ownerId", ScalarType.UUID)).policy(new Policy("Note", Action.READ, wider)).build());
    SchemaState was = SchemaState.of(before, Dialect.POSTGRES);
    SchemaState is = SchemaState.of(after, Dialect.POSTGRES);
    SchemaDiff withDomains = SchemaDiff.between(was, is, Dialect.POSTGRES);
    assertEquals(List.of(List.of(DiagnosticCode.LF413)), Diffs.codes(withDomains));
    SchemaDiff live = SchemaDiff.between(new SchemaState(was.schema(), was.columnTypes(), was.policies(), null), is, Dialect.POSTGRES);
    assertEquals(List.of(List.of()), Diffs.codes(live));
    assertTrue(live.operations().get(0) instanceof MigrationOp.AlterPolicy);
  }

  @Test
  void aMissingTenantGuardIsAPolicyWeakeningEvenFromADatabase() {
    Domain blog = SampleDomains.blog();
    SchemaState declared = SchemaState.of(blog, Dialect.POSTGRES);
    Map<String, Map<String, PolicyDefinition>> policies = new java.util.TreeMap<>(declared.policies());
    Map<String, PolicyDefinition> posts = new java.util.TreeMap<>(policies.get("posts"));
    posts.remove("laforge_posts_tenant_guard");
    policies.put("posts", posts);
    SchemaDiff diff = SchemaDiff.between(declared, new SchemaState(declared.schema(), declared.columnTypes(), policies, null),
        Dialect.POSTGRES);
    assertEquals(List.of(List.of(DiagnosticCode.LF413)), Diffs.codes(diff));
  }
}
