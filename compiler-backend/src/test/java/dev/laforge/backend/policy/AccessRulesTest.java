package dev.laforge.backend.policy;

import static dev.laforge.backend.testing.FieldBuilder.field;
import static dev.laforge.backend.testing.ModelBuilder.model;
import static dev.laforge.backend.testing.PolicyExprs.eq;
import static dev.laforge.backend.testing.PolicyExprs.rec;
import static dev.laforge.backend.testing.PolicyExprs.some;
import static dev.laforge.backend.testing.PolicyExprs.str;
import static dev.laforge.backend.testing.PolicyExprs.user;
import static dev.laforge.backend.testing.PolicyExprs.var;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.Expr;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.Policy;
import dev.laforge.backend.ir.Relation.OnDelete;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.testing.ModelBuilder;
import dev.laforge.backend.testing.PolicySampleDomains;
import dev.laforge.backend.testing.SampleDomains;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The effective rules: clauses, fallbacks, grantees, and the domains every form refuses. */
class AccessRulesTest {

  @Test
  void clausesArePoliciesThenPermissionsWithGranteesBuiltIn() {
    AccessRules rules = AccessRules.of(PolicySampleDomains.blog());
    AccessRule update = rules.rule("Post", Action.UPDATE);
    assertEquals(List.of(AccessRule.Clause.Kind.POLICY, AccessRule.Clause.Kind.PERMISSION),
        update.clauses().stream().map(AccessRule.Clause::kind).toList());
    AccessRule create = rules.rule("Post", Action.CREATE);
    assertEquals("permission create: editor | can.publish.posts if user.tenantId == record.tenantId", create.clauses().get(0).label());
    assertEquals("(user.role == \"editor\" || user.roles.includes(\"editor\") || user.claims.includes(\"can.publish.posts\"))"
        + " && user.tenantId == record.tenantId", ExprPrinter.print(create.clauses().get(0).condition()));
    assertEquals("permission update: if user.id == record.id", rules.rule("User", Action.UPDATE).clauses().get(1).label());
  }

  @Test
  void withoutClausesTenantModelsAllowWithinTheTenantOthersDeny() {
    AccessRules rules = AccessRules.of(SampleDomains.blog());
    assertEquals(AccessRule.Fallback.ALLOW_WITHIN_TENANT, rules.rule("User", Action.DELETE).fallback());
    assertEquals(AccessRule.Fallback.DENY, rules.rule("Tag", Action.READ).fallback());
    assertEquals(AccessRule.Fallback.RULES, rules.rule("Post", Action.READ).fallback());
    assertEquals("record.tenantId == user.tenantId", ExprPrinter.print(rules.rule("Post", Action.READ).tenantGuard().orElseThrow()));
    assertTrue(rules.rule("Tag", Action.READ).tenantGuard().isEmpty());
    assertThrows(PolicyException.class, () -> rules.rule("Nope", Action.READ));
  }

  @Test
  void joinTablesAreGuardedBySidesThatDoNotTraverseThem() {
    AccessRules blog = AccessRules.of(SampleDomains.blog());
    assertEquals(List.of("Post", "Tag"), blog.graph().joinGuard("posts_tags").stream().map(Model::name).toList());
    AccessRules policyBlog = AccessRules.of(PolicySampleDomains.blog());
    assertEquals(List.of("Tag"), policyBlog.graph().joinGuard("posts_tags").stream().map(Model::name).toList(),
        "Post.read traverses posts_tags, so the join guard may not read posts");
  }

  @Test
  void policiesThatReadEachOtherInACycleAreRefused() {
    Domain cycle = new Domain(List.of(), List.of(
        teamWith(some(rec("members"), "m", eq(var("m", "id"), user("id")))),
        userWith(eq(rec("team", "name"), str("core")))), null);
    PolicyException e = assertThrows(PolicyException.class, () -> AccessRules.of(cycle));
    assertTrue(e.getMessage().contains("teams -> users -> teams"), e.getMessage());
    assertThrows(PolicyException.class, () -> new PredicateCompiler(cycle, Dialect.SQLITE));
    assertThrows(PolicyException.class, () -> RlsWriter.write(cycle));
  }

  @Test
  void aSelfHopIsRefusedOnlyWhenTheTableItRereadsHasSubqueries() {
    Expr parentIsRoot = eq(rec("parent", "name"), str("root"));
    Domain plain = new Domain(List.of(), List.of(category(false).policy(new Policy("Category", Action.UPDATE, parentIsRoot)).build()), null);
    AccessRules.of(plain);
    Domain tenant = new Domain(List.of(), List.of(category(true).policy(new Policy("Category", Action.UPDATE, parentIsRoot)).build()), null);
    assertThrows(PolicyException.class, () -> AccessRules.of(tenant), "its tenant guard calls laforge_tenant_id() in a subquery");
  }

  @Test
  void expressionsOutsideThePolicyLanguageAreRefused() {
    for (Expr bad : List.<Expr>of(
        new Expr.Arithmetic(Expr.ArithmeticOp.ADD, rec("score"), rec("score")),
        eq(rec("nope"), str("x")),
        eq(rec("author", "nope"), str("x")),
        eq(rec("tags"), str("x")),
        eq(rec("score"), str("x")),
        eq(user("roles"), str("x")),
        new Expr.Compare(Expr.CompareOp.LT, rec("published"), Expr.Literal.bool(true)))) {
      Domain domain = new Domain(List.of(), List.of(post(bad)), null);
      assertThrows(PolicyException.class, () -> new PolicyEvaluator().evaluate(domain, "Post", Action.READ, java.util.Map.of(),
          UserContext.ANONYMOUS), ExprPrinter.print(bad));
      assertThrows(PolicyException.class, () -> new PredicateCompiler(domain, Dialect.POSTGRES)
          .predicate("Post", Action.READ, "r").bind(UserContext.ANONYMOUS), ExprPrinter.print(bad));
    }
  }

  private static Model teamWith(Expr read) {
    return model("Team").field(field("id", ScalarType.UUID).pk()).field(field("tenantId", ScalarType.UUID).tenant())
        .field(field("name", ScalarType.STRING)).hasMany("members", "User", "teamId")
        .policy(new Policy("Team", Action.READ, read)).build();
  }

  private static Model userWith(Expr read) {
    return model("User").field(field("id", ScalarType.UUID).pk()).field(field("tenantId", ScalarType.UUID).tenant())
        .belongsTo("team", "Team", OnDelete.SET_NULL, true).policy(new Policy("User", Action.READ, read)).build();
  }

  private static ModelBuilder category(boolean tenant) {
    ModelBuilder b = model("Category").field(field("id", ScalarType.UUID).pk()).field(field("name", ScalarType.STRING));
    if (tenant) {
      b.field(field("tenantId", ScalarType.UUID).tenant());
    }
    return b.belongsTo("parent", "Category", OnDelete.SET_NULL, true);
  }

  private static Model post(Expr read) {
    return model("Post").field(field("id", ScalarType.UUID).pk()).field(field("score", ScalarType.INTEGER))
        .field(field("published", ScalarType.BOOLEAN))
        .belongsTo("author", "Post", OnDelete.SET_NULL, true).manyToMany("tags", "Post", "posts_posts")
        .policy(new Policy("Post", Action.READ, read)).build();
  }
}
