package dev.laforge.backend.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.laforge.backend.testing.PolicySampleDomains;
import dev.laforge.backend.testing.SampleDomains;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The safety check passes our RLS and fails each kind of broken RLS. */
class RlsSafetyCheckTest {

  private static final List<String> POSTS = List.of("posts");
  private static final String SAFE = """
      ALTER TABLE "posts" ENABLE ROW LEVEL SECURITY;
      ALTER TABLE "posts" FORCE ROW LEVEL SECURITY;
      CREATE POLICY "p" ON "posts" USING ("posts"."tenant_id" = (SELECT laforge_tenant_id()));
      """;

  @Test
  void generatedRlsIsSafe() {
    assertEquals(List.of(), RlsSafetyCheck.check(PolicySampleDomains.blog(), RlsWriter.write(PolicySampleDomains.blog())));
    assertEquals(List.of(), RlsSafetyCheck.check(SampleDomains.blog(), RlsWriter.write(SampleDomains.blog())));
    assertEquals(List.of(), RlsSafetyCheck.check(POSTS, SAFE));
  }

  @Test
  void aTableWithoutEnableOrForceFails() {
    assertEquals(List.of("posts: no ALTER TABLE ... FORCE ROW LEVEL SECURITY"),
        messages(SAFE.replace("ALTER TABLE \"posts\" FORCE ROW LEVEL SECURITY;", "")));
    assertEquals(List.of("posts: no ALTER TABLE ... ENABLE ROW LEVEL SECURITY", "posts: no ALTER TABLE ... FORCE ROW LEVEL SECURITY"),
        messages("-- ALTER TABLE \"posts\" ENABLE ROW LEVEL SECURITY;\nSELECT 'ALTER TABLE \"posts\" FORCE ROW LEVEL SECURITY';"));
    String rls = RlsWriter.write(SampleDomains.blog()).replace("ALTER TABLE \"tags\" FORCE ROW LEVEL SECURITY;", "");
    assertEquals("[tags: no ALTER TABLE ... FORCE ROW LEVEL SECURITY]", RlsSafetyCheck.check(SampleDomains.blog(), rls).toString());
  }

  @Test
  void switchingRlsOffFails() {
    assertEquals(List.of("posts: ALTER TABLE ... NO FORCE ROW LEVEL SECURITY switches row-level security off"),
        messages(SAFE + "alter table posts no force row level security;"));
  }

  @Test
  void isNullOrOverAContextFunctionFails() {
    assertEquals(List.of("\"p2\": `(SELECT laforge_tenant_id()) IS NULL` joined with OR lets a missing context through (fails open)"),
        messages(SAFE + "CREATE POLICY \"p2\" ON posts USING ((SELECT laforge_tenant_id()) IS NULL OR tenant_id = (SELECT laforge_tenant_id()));"));
    assertEquals(1, messages(SAFE + "CREATE POLICY p3 ON posts USING (tenant_id = (SELECT laforge_tenant_id()) OR (((SELECT laforge_user_id())) IS NULL));").size());
    assertEquals(List.of(), messages(SAFE + "CREATE POLICY p4 ON posts USING (published_at IS NULL OR tenant_id = (SELECT laforge_tenant_id()));"),
        "IS NULL OR over a column is the policy's business");
    assertEquals(List.of(), messages(SAFE + "CREATE POLICY p5 ON posts USING (CASE WHEN (SELECT laforge_user_roles()) IS NULL THEN NULL ELSE true END);"));
  }

  @Test
  void unwrappedContextCallsAndRawSettingsFail() {
    assertEquals(List.of("p: calls laforge_user_id() without wrapping it as (SELECT laforge_user_id(...))"),
        messages(SAFE + "CREATE POLICY p ON posts USING (author_id = laforge_user_id());"));
    assertEquals(List.of("p: reads current_setting directly instead of through the laforge_ context functions",
        "p: `NULLIF(current_setting('', true), '') IS NULL` joined with OR lets a missing context through (fails open)"),
        messages(SAFE + "CREATE POLICY p ON posts USING (NULLIF(current_setting('laforge.tenant_id', true), '') IS NULL OR true);"));
    assertEquals(List.of(), messages(SAFE + "CREATE POLICY p ON posts USING (title = 'laforge_user_id() IS NULL OR');"),
        "text inside string literals is not SQL");
  }

  private static List<String> messages(String rls) {
    return RlsSafetyCheck.check(POSTS, rls).stream().map(RlsSafetyCheck.Violation::toString).toList();
  }
}
