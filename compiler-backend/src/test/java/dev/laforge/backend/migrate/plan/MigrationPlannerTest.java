package dev.laforge.backend.migrate.plan;

import static dev.laforge.backend.testing.FieldBuilder.field;
import static dev.laforge.backend.testing.ModelBuilder.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.backend.ir.DefaultValue;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.migrate.SchemaDiff;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.testing.FieldBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Where operations go in each mode, slugs, and the texts of a plan. */
class MigrationPlannerTest {

  private static final String TS = "20250102030405";

  private static Domain table(String model, String table, FieldBuilder... fields) {
    var m = model(model).table(table).field(field("id", ScalarType.UUID).pk().defaultValue(new DefaultValue.Uuid()));
    for (FieldBuilder f : fields) {
      m.field(f);
    }
    return new Domain(List.of(), List.of(m.build()), null);
  }

  private static MigrationPlan plan(Domain v1, Domain v2, Dialect dialect, PlanMode mode) {
    return MigrationPlanner.plan(SchemaDiff.between(v1, v2, dialect), dialect, mode, TS);
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void safeModeDefersDestructiveOperationsAndAllowDestructiveAppliesThem(Dialect dialect) {
    // An optional column: SQLite renames it in the fallback without rebuilding the table.
    Domain v1 = table("Note", "notes", field("title", ScalarType.STRING), field("legacy", ScalarType.STRING).optional());
    Domain v2 = table("Note", "notes", field("title", ScalarType.STRING), field("body", ScalarType.TEXT).optional());
    MigrationPlan safe = plan(v1, v2, dialect, PlanMode.SAFE);
    assertEquals(List.of("AddColumn"), safe.applied().stream().map(op -> op.op().op().getClass().getSimpleName()).toList());
    assertEquals(List.of("DropColumn"), safe.deferred().stream().map(op -> op.op().op().getClass().getSimpleName()).toList());
    assertTrue(safe.fallbackScript().contains("legacy_deprecated_" + TS), safe.fallbackScript());
    MigrationPlan direct = plan(v1, v2, dialect, PlanMode.ALLOW_DESTRUCTIVE);
    assertEquals(List.of(), direct.deferred());
    assertEquals("", direct.fallbackScript());
    assertEquals(2, direct.applied().size());
  }

  @Test
  void anEmptyDiffIsAnEmptyPlanWithoutTexts() {
    Domain v1 = table("Note", "notes", field("title", ScalarType.STRING));
    MigrationPlan plan = plan(v1, v1, Dialect.POSTGRES, PlanMode.SAFE);
    assertTrue(plan.isEmpty());
    assertEquals("", plan.script());
    assertEquals("", plan.fallbackScript());
    assertEquals("", plan.reverseScript());
  }

  @Test
  void slugsAreInitialOrNameTheFirstChangeCleanedAndShort() {
    Domain empty = new Domain(List.of(), List.of(), null);
    Domain v1 = table("Note", "notes", field("title", ScalarType.STRING));
    assertEquals("initial", plan(empty, v1, Dialect.SQLITE, PlanMode.SAFE).slug());
    String longTable = "Très_long_" + "x".repeat(80);
    Domain hostile = table("Weird", longTable, field("title", ScalarType.STRING));
    Domain hostile2 = table("Weird", longTable, field("title", ScalarType.STRING), field("select", ScalarType.STRING).optional());
    String slug = plan(hostile, hostile2, Dialect.SQLITE, PlanMode.SAFE).slug();
    assertTrue(slug.matches("[a-z0-9_]{1,60}"), slug);
    assertTrue(slug.startsWith("add_tr_s_long_x"), slug);
  }

  @Test
  void aTimestampOtherThanFourteenDigitsIsRefused() {
    Domain v1 = table("Note", "notes");
    SchemaDiff diff = SchemaDiff.between(v1, v1, Dialect.POSTGRES);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MigrationPlanner.plan(diff, Dialect.POSTGRES, PlanMode.SAFE, "2025-01-02"));
    assertEquals("timestamp must be yyyyMMddHHmmss, not 2025-01-02", e.getMessage());
  }

  @Test
  void commentsCannotBeEndedByLineBreaksInNames() {
    assertEquals("-- a?b?c", Describe.comment("a\nb\rc"));
  }
}
