package dev.laforge.backend.policy;

import static dev.laforge.backend.testing.PolicyExprs.eq;
import static dev.laforge.backend.testing.PolicyExprs.rec;
import static dev.laforge.backend.testing.PolicyExprs.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.testing.Golden;
import dev.laforge.backend.testing.PolicySampleDomains;
import dev.laforge.backend.testing.SampleDomains;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Golden predicate text per dialect, and the rules for aliases and bind parameters. */
class PredicateCompilerTest {

  static final UserContext EDITOR = new UserContext("a0000000-0000-4000-8000-000000000002",
      "aaaaaaaa-0000-4000-8000-000000000000", "member", List.of("editor", "member"), List.of("can.read.drafts"));

  @ParameterizedTest
  @CsvSource({"policy-blog, POSTGRES", "policy-blog, MYSQL", "policy-blog, SQLITE", "blog, POSTGRES", "blog, MYSQL", "blog, SQLITE"})
  void predicatesMatchTheirGoldenFiles(String name, Dialect dialect) {
    Domain domain = name.equals("blog") ? SampleDomains.blog() : PolicySampleDomains.blog();
    Golden.assertMatches(name + "/predicates." + dialect.id() + ".sql", render(domain, dialect, EDITOR));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void contextValuesOnlyEverTravelAsParameters(Dialect dialect) {
    UserContext hostile = new UserContext("a0000000-0000-4000-8000-000000000002", "aaaaaaaa-0000-4000-8000-000000000000",
        "x' OR '1'='1", List.of("r'); DROP TABLE posts; --", "member"), List.of("c\\'"));
    PredicateCompiler compiler = new PredicateCompiler(PolicySampleDomains.blog(), dialect);
    for (Model model : PolicySampleDomains.blog().models()) {
      for (Action action : Action.values()) {
        BoundPredicate bound = compiler.predicate(model.name(), action, "r").bind(hostile);
        assertTrue(!bound.sql().contains("DROP") && !bound.sql().contains("1'='1") && !bound.sql().contains("c\\'"), bound.sql());
        assertEquals(bound.sql().chars().filter(c -> c == '?').count(), bound.params().size(), bound.sql());
      }
    }
  }

  @Test
  void listsExpandToOneParameterPerElement() {
    PredicateCompiler compiler = new PredicateCompiler(PolicySampleDomains.blog(), Dialect.SQLITE);
    SqlPredicate update = compiler.predicate("Comment", Action.UPDATE, "c");
    assertEquals(2, update.bind(EDITOR).params().stream().filter(p -> p.equals("editor") || p.equals("member")).count());
    UserContext none = new UserContext(EDITOR.id(), EDITOR.tenantId(), null, null, null);
    assertTrue(update.bind(none).sql().contains("NULL"), "an unset list is UNKNOWN");
  }

  @Test
  void aliasesThatLookLikeSubqueryAliasesAreRefused() {
    PredicateCompiler compiler = new PredicateCompiler(SampleDomains.blog(), Dialect.POSTGRES);
    assertThrows(IllegalArgumentException.class, () -> compiler.predicate("Post", Action.READ, "t1"));
    assertThrows(IllegalArgumentException.class, () -> compiler.predicate("Post", Action.READ, ""));
    assertEquals("\"p\".\"tenant_id\" = CAST(? AS uuid)", compiler.predicate("Post", Action.UPDATE, "p").bind(EDITOR).sql());
  }

  @Test
  void quotingFollowsTheDialect() {
    Domain domain = PolicyEvaluatorTest.domain(eq(rec("title"), str("it's \\ \"q\"")));
    assertEquals("\"r\".\"title\" = E'it''s \\\\ \"q\"'", new PredicateCompiler(domain, Dialect.POSTGRES)
        .predicate("Thing", Action.READ, "r").bind(EDITOR).sql());
    assertEquals("CAST(`r`.`title` AS BINARY) = (CONCAT('it''s ', CHAR(92 USING utf8mb4), ' \"q\"'))",
        new PredicateCompiler(domain, Dialect.MYSQL).predicate("Thing", Action.READ, "r").bind(EDITOR).sql());
    assertEquals("\"r\".\"title\" = 'it''s \\ \"q\"'", new PredicateCompiler(domain, Dialect.SQLITE)
        .predicate("Thing", Action.READ, "r").bind(EDITOR).sql());
  }

  /** Every (model, action) predicate of a domain for one user, with its parameters. */
  static String render(Domain domain, Dialect dialect, UserContext user) {
    PredicateCompiler compiler = new PredicateCompiler(domain, dialect);
    List<String> out = new ArrayList<>();
    out.add("-- Predicates for " + user + ", rows aliased r.");
    for (Model model : domain.models().stream().sorted(Comparator.comparing(Model::table)).toList()) {
      for (Action action : Action.values()) {
        BoundPredicate bound = compiler.predicate(model.name(), action, "r").bind(user);
        out.add("");
        out.add("-- " + model.name() + "." + action.keyword() + " " + bound.params());
        out.add(bound.sql());
      }
    }
    return String.join("\n", out) + "\n";
  }
}
