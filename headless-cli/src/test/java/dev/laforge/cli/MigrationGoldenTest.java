package dev.laforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.laforge.backend.diagnostics.DiagnosticCode;
import dev.laforge.backend.migrate.Finding;
import dev.laforge.backend.migrate.MigrationOp;
import dev.laforge.backend.migrate.SchemaDiff;
import dev.laforge.backend.migrate.plan.MigrationPlan;
import dev.laforge.backend.migrate.plan.MigrationPlanner;
import dev.laforge.backend.migrate.plan.PlanMode;
import dev.laforge.backend.naming.Dialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One golden file per case and dialect, {@code migrations/<case>/expected.<dialect>.sql}: the
 * three files a SAFE plan writes, and the direct statements when some were deferred. Run with
 * {@code -Dlaforge.golden.update=true} (or {@code UPDATE_GOLDEN=1}) to rewrite them, then review
 * the diff: the goldens are the specification of the planner.
 */
class MigrationGoldenTest {

  static Stream<Arguments> cases() {
    return MigrationCases.names().flatMap(name -> Arrays.stream(Dialect.values()).map(d -> Arguments.of(name, d)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void planMatchesGolden(String name, Dialect dialect) throws IOException {
    SchemaDiff diff = SchemaDiff.between(MigrationCases.v1(name), MigrationCases.v2(name), dialect);
    MigrationPlan safe = MigrationPlanner.plan(diff, dialect, PlanMode.SAFE, MigrationCases.TIMESTAMP);
    String id = MigrationCases.TIMESTAMP + "_" + safe.slug();
    StringBuilder out = new StringBuilder();
    section(out, id + ".sql", safe.script());
    section(out, id + "_fallback.sql", safe.fallbackScript());
    section(out, id + ".down.sql", safe.reverseScript());
    if (!safe.deferred().isEmpty()) {
      MigrationPlan direct = MigrationPlanner.plan(diff, dialect, PlanMode.ALLOW_DESTRUCTIVE, MigrationCases.TIMESTAMP);
      section(out, id + ".sql with --allow-destructive", direct.script());
    }
    assertMatches(MigrationCases.root().resolve(name).resolve("expected." + dialect.id() + ".sql"), out.toString());
  }

  /** Every kind of operation and every migration lint code has a case (on PostgreSQL, which has them all). */
  @Test
  void casesCoverEveryOperationKindAndLintCode() {
    Set<String> kinds = new TreeSet<>();
    Set<DiagnosticCode> codes = EnumSet.noneOf(DiagnosticCode.class);
    MigrationCases.names().forEach(name -> {
      SchemaDiff diff = SchemaDiff.between(MigrationCases.v1(name), MigrationCases.v2(name), Dialect.POSTGRES);
      diff.operations().forEach(op -> kinds.add(op.getClass().getSimpleName()));
      diff.findings().stream().map(Finding::code).forEach(codes::add);
    });
    Set<String> allKinds = new TreeSet<>();
    Arrays.stream(MigrationOp.class.getPermittedSubclasses()).forEach(c -> allKinds.add(c.getSimpleName()));
    assertEquals(allKinds, kinds, "operation kinds with a golden case");
    Set<DiagnosticCode> lints = EnumSet.noneOf(DiagnosticCode.class);
    Arrays.stream(DiagnosticCode.values()).filter(c -> c.name().matches("LF4(0[1-9]|1[0-3])")).forEach(lints::add);
    assertEquals(lints, codes, "lint codes with a golden case");
  }

  private static void section(StringBuilder out, String title, String content) {
    out.append("-- ======== ").append(title).append('\n');
    out.append(content.isEmpty() ? "-- (no file)\n" : content);
  }

  private static void assertMatches(Path file, String actual) throws IOException {
    if (Boolean.getBoolean("laforge.golden.update") || "1".equals(System.getenv("UPDATE_GOLDEN"))) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(file)) {
      fail(file + " does not exist; run with -Dlaforge.golden.update=true and review it");
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
        "plan differs from " + file + "; if intended, rerun with -Dlaforge.golden.update=true and review the diff");
  }

}
