package dev.laforge.backend.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.backend.generate.GeneratedFile;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.testing.Golden;
import dev.laforge.backend.testing.PolicySampleDomains;
import dev.laforge.backend.testing.SampleDomains;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden RLS and app-role scripts, and what the writer promises about every one of them. */
class RlsWriterTest {

  static final Map<String, Supplier<Domain>> CASES = Map.of(
      "blog", SampleDomains::blog,
      "self-references", SampleDomains::selfReferences,
      "every-type", SampleDomains::everyType,
      "hostile-names", SampleDomains::hostileNames,
      "policy-blog", PolicySampleDomains::blog);

  @ParameterizedTest
  @ValueSource(strings = {"blog", "self-references", "every-type", "hostile-names", "policy-blog"})
  void rlsAndAppRoleMatchTheirGoldenFiles(String name) {
    List<GeneratedFile> files = new PostgresRlsGenerator().generate(CASES.get(name).get());
    assertEquals(List.of(PostgresRlsGenerator.RLS_PATH, PostgresRlsGenerator.APP_ROLE_PATH),
        files.stream().map(GeneratedFile::path).toList());
    Golden.assertMatches(name + "/rls.sql", files.get(0).content());
    Golden.assertMatches(name + "/app_role.sql", files.get(1).content());
  }

  @ParameterizedTest
  @ValueSource(strings = {"blog", "self-references", "every-type", "hostile-names", "policy-blog"})
  void generatedRlsPassesTheSafetyCheck(String name) {
    Domain domain = CASES.get(name).get();
    assertEquals(List.of(), RlsSafetyCheck.check(domain, RlsWriter.write(domain)));
  }

  @Test
  void outputIsDeterministic() {
    assertEquals(RlsWriter.write(PolicySampleDomains.blog()), RlsWriter.write(PolicySampleDomains.blog()));
    assertEquals(AppRoleWriter.write(PolicySampleDomains.blog()), AppRoleWriter.write(PolicySampleDomains.blog()));
  }

  @Test
  void namesAndCommentsCannotBreakOutOfTheirLines() {
    assertEquals("-- a b c", RlsWriter.comment("a\nb\rc"));
    assertTrue(RlsWriter.policyName("x".repeat(80), "tenant_guard").length() <= 63);
  }
}
