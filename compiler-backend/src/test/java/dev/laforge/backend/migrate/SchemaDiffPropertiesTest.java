package dev.laforge.backend.migrate;

import static dev.laforge.backend.migrate.Diffs.domain;
import static dev.laforge.backend.testing.FieldBuilder.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.backend.diagnostics.DiagnosticCode;
import dev.laforge.backend.diagnostics.Severity;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.Field;
import dev.laforge.backend.ir.IrJson;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.testing.PolicySampleDomains;
import dev.laforge.backend.testing.SampleDomains;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Whole-diff properties: empty for equal domains, deterministic, snapshot round trip, the LF4xx catalogue. */
class SchemaDiffPropertiesTest {

  /** The blog with an enum value, a column and a table added, and a tag column dropped. */
  private static Domain changedBlog() {
    Domain blog = SampleDomains.blog();
    List<Model> models = new ArrayList<>();
    for (Model m : blog.models()) {
      List<Field> fields = new ArrayList<>(m.fields());
      if (m.name().equals("User")) {
        fields.add(field("nickname", ScalarType.STRING).optional().build());
      }
      if (m.name().equals("Tag")) {
        fields.removeIf(f -> !f.primaryKey());
      }
      models.add(new Model(m.name(), m.table(), m.doc(), fields, m.relations(), m.indexes(), m.policies(), m.hooks(),
          m.actions()));
    }
    models.add(Diffs.notes(field("title", ScalarType.STRING).unique()).build());
    List<EnumType> enums = blog.enums().stream().map(e -> new EnumType(e.name(), e.sqlName(),
        Stream.concat(e.values().stream(), Stream.of("hidden")).toList(), e.doc())).toList();
    return new Domain(enums, models.stream().sorted(Comparator.comparing(Model::name)).toList(), blog.rbac());
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void identicalDomainsGiveAnEmptyDiff(Dialect dialect) {
    for (Domain domain : List.of(SampleDomains.blog(), PolicySampleDomains.blog(), SampleDomains.everyType(),
        SampleDomains.selfReferences(), SampleDomains.hostileNames(), domain())) {
      SchemaDiff diff = SchemaDiff.between(domain, domain, dialect);
      assertTrue(diff.isEmpty(), diff.toString());
      assertEquals(List.of(), diff.hints());
    }
  }

  @Test
  void diffIsDeterministicAndIndependentOfModelOrder() {
    Domain previous = SampleDomains.blog();
    Domain current = changedBlog();
    SchemaDiff first = Diffs.diff(previous, current);
    assertFalse(first.isEmpty());
    assertEquals(first, Diffs.diff(previous, current));
    List<Model> reversed = new ArrayList<>(current.models());
    Collections.reverse(reversed);
    List<Model> shuffled = new ArrayList<>(previous.models());
    Collections.rotate(shuffled, 1);
    assertEquals(first, Diffs.diff(new Domain(previous.enums(), shuffled, previous.rbac()),
        new Domain(current.enums(), reversed, current.rbac())));
  }

  @Test
  void operationsComeInGroupOrder() {
    SchemaDiff diff = Diffs.diff(SampleDomains.blog(), changedBlog());
    List<Integer> groups = diff.operations().stream().map(SchemaDiffPropertiesTest::group).toList();
    List<Integer> sorted = new ArrayList<>(groups);
    Collections.sort(sorted);
    assertEquals(sorted, groups, diff.operations().toString());
    assertTrue(diff.operations().contains(new MigrationOp.CreateTable(Diffs.table(changedBlog(), "notes"))));
    assertTrue(diff.operations().stream().anyMatch(op -> op instanceof MigrationOp.DropColumn d && d.table().equals("tags")));
    assertTrue(diff.operations().stream().anyMatch(op -> op instanceof MigrationOp.AddEnumValue));
  }

  private static int group(MigrationOp op) {
    String kind = op.getClass().getSimpleName();
    if (kind.endsWith("Enum") || kind.endsWith("EnumValue")) {
      return 0;
    }
    if (kind.endsWith("Table")) {
      return 1;
    }
    if (kind.contains("Column") || kind.equals("AlterPrimaryKey")) {
      return 2;
    }
    if (kind.contains("Unique") || kind.contains("Check") || kind.equals("RenameConstraint")) {
      return 3;
    }
    if (kind.contains("ForeignKey")) {
      return 4;
    }
    if (kind.contains("Index")) {
      return 5;
    }
    return 6;
  }

  @Test
  void snapshotRoundTripGivesTheSameDiff() {
    Domain previous = PolicySampleDomains.blog();
    Domain snapshot = IrJson.read(IrJson.write(previous));
    assertEquals(previous, snapshot);
    assertTrue(Diffs.diff(snapshot, previous).isEmpty());
    assertEquals(Diffs.diff(previous, changedBlog()), Diffs.diff(IrJson.read(IrJson.write(previous)), changedBlog()));
  }

  @Test
  void everyMigrationLintIsAWarningWithARisk() {
    List<DiagnosticCode> lints = Arrays.stream(DiagnosticCode.values()).filter(c -> c.name().startsWith("LF4")).toList();
    assertEquals(13, lints.size());
    for (DiagnosticCode code : lints) {
      assertEquals(Severity.WARNING, code.defaultSeverity(), code.name());
      assertFalse(Finding.riskOf(code) == Risk.SAFE, code.name());
    }
    assertEquals(Risk.POLICY_WEAKENING, Finding.riskOf(DiagnosticCode.LF413));
  }
}
