package dev.laforge.backend.migrate;

import static dev.laforge.backend.migrate.Diffs.diff;
import static dev.laforge.backend.migrate.Diffs.domain;
import static dev.laforge.backend.testing.FieldBuilder.field;
import static dev.laforge.backend.testing.ModelBuilder.model;
import static dev.laforge.backend.testing.PolicyExprs.bool;
import static dev.laforge.backend.testing.PolicyExprs.eq;
import static dev.laforge.backend.testing.PolicyExprs.or;
import static dev.laforge.backend.testing.PolicyExprs.rec;
import static dev.laforge.backend.testing.PolicyExprs.user;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.Expr;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.Policy;
import dev.laforge.backend.ir.Rbac;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.testing.ModelBuilder;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Row-level-security policy operations and the policy-weakening lint. */
class SchemaDiffPoliciesTest {

  private static final Expr OWNER = eq(rec("ownerId"), user("id"));
  private static final Expr PUBLIC = eq(rec("public"), bool(true));

  private static ModelBuilder doc(boolean tenant) {
    ModelBuilder doc = model("Doc").field(Diffs.id())
        .field(field("ownerId", ScalarType.UUID))
        .field(field("public", ScalarType.BOOLEAN));
    if (tenant) {
      doc.field(field("tenantId", ScalarType.UUID).tenant());
    }
    return doc;
  }

  private static Model doc(boolean tenant, Expr read) {
    return doc(tenant).policy(new Policy("Doc", Action.READ, read)).build();
  }

  /** Each operation as {@code Kind table.name [codes]}, for the policy operations only. */
  private static List<String> policyOps(SchemaDiff diff) {
    return diff.ops().stream()
        .filter(op -> op.op() instanceof MigrationOp.AddPolicy || op.op() instanceof MigrationOp.DropPolicy
            || op.op() instanceof MigrationOp.AlterPolicy)
        .map(op -> op.op().getClass().getSimpleName() + " " + op.op().target() + "." + name(op.op()) + " "
            + op.findings().stream().map(f -> f.code().name()).collect(Collectors.joining(",", "[", "]")))
        .toList();
  }

  private static String name(MigrationOp op) {
    if (op instanceof MigrationOp.AddPolicy add) {
      return add.name();
    }
    if (op instanceof MigrationOp.DropPolicy drop) {
      return drop.name();
    }
    return ((MigrationOp.AlterPolicy) op).name();
  }

  @Test
  void widenedConditionWeakensThePolicy() {
    SchemaDiff diff = diff(domain(doc(false, OWNER)), domain(doc(false, or(OWNER, PUBLIC))));
    assertEquals(List.of(new MigrationOp.AlterPolicy("docs", "laforge_docs_read",
        "CREATE POLICY \"laforge_docs_read\" ON \"docs\" AS PERMISSIVE FOR SELECT\n"
            + "  USING (\"docs\".\"owner_id\" = (SELECT laforge_user_id()));",
        "CREATE POLICY \"laforge_docs_read\" ON \"docs\" AS PERMISSIVE FOR SELECT\n"
            + "  USING (\"docs\".\"owner_id\" = (SELECT laforge_user_id()) OR \"docs\".\"public\" = TRUE);")),
        diff.operations());
    assertEquals(List.of(Risk.POLICY_WEAKENING), Diffs.risks(diff));
    assertEquals("policy laforge_docs_read is weakened: a rule for Doc.read was widened with an alternative (||)",
        diff.findings().get(0).message());
  }

  @Test
  void narrowedConditionIsNotFlagged() {
    SchemaDiff diff = diff(domain(doc(false, or(OWNER, PUBLIC))), domain(doc(false, OWNER)));
    assertEquals(List.of("AlterPolicy docs.laforge_docs_read []"), policyOps(diff));
  }

  @Test
  void permissionAddedNextToThePolicyWeakensIt() {
    Rbac admins = new Rbac(List.of("admin"), List.of(), Map.of(),
        List.of(new Rbac.Permission("Doc", Action.READ, List.of("admin"), null)));
    Domain previous = domain(doc(false, OWNER));
    Domain current = new Domain(List.of(), List.of(doc(false, OWNER)), admins);
    SchemaDiff diff = diff(previous, current);
    assertEquals(List.of("AlterPolicy docs.laforge_docs_read [LF413]"), policyOps(diff));
    assertEquals("policy laforge_docs_read is weakened: a rule for Doc.read was added next to the previous ones",
        diff.findings().get(0).message());
  }

  @Test
  void firstPolicyOfAnActionIsAnAddAndSafe() {
    SchemaDiff diff = diff(domain(doc(false).build()), domain(doc(false, OWNER)));
    assertEquals(List.of("AddPolicy docs.laforge_docs_read []"), policyOps(diff));
    assertEquals(diff.ops().size(), policyOps(diff).size());
  }

  @Test
  void removedPolicyOfAModelWithoutTenantDeniesAndIsSafe() {
    SchemaDiff diff = diff(domain(doc(false, OWNER)), domain(doc(false).build()));
    assertEquals(List.of("DropPolicy docs.laforge_docs_read []"), policyOps(diff));
  }

  @Test
  void removedPolicyOfATenantModelAllowsTheWholeTenantAndIsWeakening() {
    SchemaDiff diff = diff(domain(doc(true, OWNER)), domain(doc(true).build()));
    assertEquals(List.of("AlterPolicy docs.laforge_docs_read [LF413]"), policyOps(diff));
    assertEquals("policy laforge_docs_read is weakened: every rule for Doc.read was removed,"
        + " so it is allowed to anyone in the tenant", diff.findings().get(0).message());
  }

  @Test
  void removedTenantGuardIsWeakening() {
    SchemaDiff diff = diff(domain(doc(true).build()), domain(doc(false).build()));
    assertEquals(List.of(
        "DropPolicy docs.laforge_docs_create []",
        "DropPolicy docs.laforge_docs_delete []",
        "DropPolicy docs.laforge_docs_read []",
        "DropPolicy docs.laforge_docs_tenant_guard [LF413]",
        "DropPolicy docs.laforge_docs_update []"), policyOps(diff));
    assertEquals("the tenant guard of docs is removed: rows of every tenant become reachable",
        diff.findings().get(diff.findings().size() - 1).message());
  }

  @Test
  void policiesOfANewTableAreSafeAndThoseOfADroppedTableGoWithIt() {
    Domain withDocs = domain(doc(true, OWNER));
    SchemaDiff created = diff(domain(), withDocs);
    assertEquals(List.of(
        "AddPolicy docs.laforge_docs_create []",
        "AddPolicy docs.laforge_docs_delete []",
        "AddPolicy docs.laforge_docs_read []",
        "AddPolicy docs.laforge_docs_tenant_guard []",
        "AddPolicy docs.laforge_docs_update []"), policyOps(created));
    assertEquals(List.of(), created.findings());
    SchemaDiff dropped = diff(withDocs, domain());
    assertEquals(List.of(), policyOps(dropped));
    assertEquals(List.of(Risk.DESTRUCTIVE), Diffs.risks(dropped));
  }
}
