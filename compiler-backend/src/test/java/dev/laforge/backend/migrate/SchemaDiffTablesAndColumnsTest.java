package dev.laforge.backend.migrate;

import static dev.laforge.backend.diagnostics.DiagnosticCode.LF401;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF402;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF403;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF404;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF405;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF406;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF407;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF411;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF412;
import static dev.laforge.backend.migrate.Diffs.codes;
import static dev.laforge.backend.migrate.Diffs.column;
import static dev.laforge.backend.migrate.Diffs.diff;
import static dev.laforge.backend.migrate.Diffs.domain;
import static dev.laforge.backend.migrate.Diffs.note;
import static dev.laforge.backend.migrate.Diffs.risks;
import static dev.laforge.backend.migrate.Diffs.table;
import static dev.laforge.backend.testing.FieldBuilder.enumField;
import static dev.laforge.backend.testing.FieldBuilder.field;
import static dev.laforge.backend.testing.ModelBuilder.model;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.laforge.backend.ir.DefaultValue;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.naming.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Enum, table and column operations and their classification. */
class SchemaDiffTablesAndColumnsTest {

  private static final Domain NOTES = domain(note(field("title", ScalarType.STRING)));

  @Test
  void createTableIsSafe() {
    Domain current = domain(note(field("title", ScalarType.STRING)),
        model("Tag").field(Diffs.id()).field(field("label", ScalarType.STRING)).build());
    SchemaDiff diff = diff(NOTES, current);
    assertEquals(List.of(new MigrationOp.CreateTable(table(current, "tags"))), diff.operations());
    assertEquals(List.of(Risk.SAFE), risks(diff));
  }

  @Test
  void dropTableIsDestructive() {
    Domain previous = domain(note(field("title", ScalarType.STRING)),
        model("Tag").field(Diffs.id()).field(field("label", ScalarType.STRING)).build());
    SchemaDiff diff = diff(previous, NOTES);
    assertEquals(List.of(new MigrationOp.DropTable(table(previous, "tags"))), diff.operations());
    assertEquals(List.of(List.of(LF401)), codes(diff));
    assertEquals(List.of(Risk.DESTRUCTIVE), risks(diff));
    assertEquals("dropping table tags deletes all its rows", diff.findings().get(0).message());
  }

  @Test
  void aDroppedAndACreatedTableWithTheSameColumnsGiveARenameHint() {
    Domain previous = domain(model("Memo").field(Diffs.id()).field(field("title", ScalarType.STRING)).build());
    SchemaDiff diff = diff(previous, NOTES);
    assertEquals(List.of(new MigrationOp.DropTable(table(previous, "memos")), new MigrationOp.CreateTable(table(NOTES, "notes"))),
        diff.operations());
    assertEquals(List.of(new RenameHint(RenameHint.Kind.TABLE, null, "memos", "notes")), diff.hints());
  }

  @Test
  void addNullableColumnIsSafe() {
    SchemaDiff diff = diff(NOTES, domain(note(field("title", ScalarType.STRING), field("body", ScalarType.TEXT).optional())));
    assertEquals(List.of(new MigrationOp.AddColumn("notes", column("body", ScalarType.TEXT, true, null))), diff.operations());
    assertEquals(List.of(List.of()), codes(diff));
  }

  @Test
  void addNotNullColumnWithoutDefaultIsDataDependent() {
    SchemaDiff diff = diff(NOTES, domain(note(field("title", ScalarType.STRING), field("body", ScalarType.TEXT))));
    assertEquals(List.of(new MigrationOp.AddColumn("notes", column("body", ScalarType.TEXT, false, null))), diff.operations());
    assertEquals(List.of(List.of(LF405)), codes(diff));
    assertEquals(List.of(Risk.DATA_DEPENDENT), risks(diff));
  }

  @Test
  void addNotNullColumnWithAConstantDefaultIsSafe() {
    DefaultValue zero = new DefaultValue.Number(java.math.BigDecimal.ZERO);
    SchemaDiff diff = diff(NOTES, domain(note(field("title", ScalarType.STRING),
        field("views", ScalarType.INTEGER).defaultValue(zero))));
    assertEquals(List.of(new MigrationOp.AddColumn("notes", column("views", ScalarType.INTEGER, false, zero))), diff.operations());
    assertEquals(List.of(List.of()), codes(diff));
  }

  @Test
  void addColumnWithAVolatileDefaultRewritesTheTableOnPostgresOnly() {
    Domain current = domain(note(field("title", ScalarType.STRING),
        field("token", ScalarType.UUID).defaultValue(new DefaultValue.Uuid())));
    assertEquals(List.of(List.of(LF411)), codes(diff(NOTES, current)));
    assertEquals(List.of(Risk.LOCKING), risks(diff(NOTES, current)));
    assertEquals(List.of(List.of()), codes(SchemaDiff.between(NOTES, current, Dialect.MYSQL)));
  }

  @Test
  void dropColumnIsDestructive() {
    SchemaDiff diff = diff(NOTES, domain(note()));
    assertEquals(List.of(new MigrationOp.DropColumn("notes", column("title", ScalarType.STRING, false, null))),
        diff.operations());
    assertEquals(List.of(List.of(LF402)), codes(diff));
    assertEquals(List.of(), diff.hints());
  }

  @Test
  void declaredRenameIsARenameAndKeepsTheData() {
    SchemaDiff diff = diff(NOTES, domain(note(field("headline", ScalarType.STRING).renamedFrom("title"))));
    assertEquals(List.of(new MigrationOp.RenameColumn("notes", "title", "headline")), diff.operations());
    assertEquals(List.of(List.of(LF412)), codes(diff));
    assertEquals(List.of(Risk.RENAME), risks(diff));
    assertEquals(List.of(), diff.hints());
  }

  @Test
  void renameWithOtherChangesGivesTheRenameThenTheAlterations() {
    SchemaDiff diff = diff(NOTES, domain(note(field("headline", ScalarType.TEXT).renamedFrom("title").optional())));
    assertEquals(List.of(new MigrationOp.RenameColumn("notes", "title", "headline"),
        new MigrationOp.AlterColumnType("notes", "headline", ScalarType.STRING, null, ScalarType.TEXT, null),
        new MigrationOp.AlterColumnNullability("notes", "headline", true)), diff.operations());
    assertEquals(List.of(List.of(LF412), List.of(), List.of()), codes(diff), "string to text is no change on PostgreSQL");
  }

  @Test
  void undeclaredDropAndAddOfTheSameTypeGiveARenameHint() {
    SchemaDiff diff = diff(NOTES, domain(note(field("headline", ScalarType.STRING))));
    assertEquals(List.of(new MigrationOp.DropColumn("notes", column("title", ScalarType.STRING, false, null)),
        new MigrationOp.AddColumn("notes", column("headline", ScalarType.STRING, false, null))), diff.operations());
    assertEquals(List.of(List.of(LF402), List.of(LF405)), codes(diff));
    assertEquals(List.of(new RenameHint(RenameHint.Kind.COLUMN, "notes", "title", "headline")), diff.hints());
    assertEquals("column notes.title is dropped and notes.headline of the same type is added: if it is a rename,"
        + " declare renamedFrom(\"<old field name>\") on the field", diff.hints().get(0).message());
  }

  @Test
  void dropAndAddOfDifferentTypesGiveNoHint() {
    SchemaDiff diff = diff(NOTES, domain(note(field("count", ScalarType.INTEGER).optional())));
    assertEquals(List.of(), diff.hints());
  }

  @Test
  void wideningTypeChangeRewritesTheTable() {
    Domain previous = domain(note(field("views", ScalarType.INTEGER)));
    SchemaDiff diff = diff(previous, domain(note(field("views", ScalarType.BIGINT))));
    assertEquals(List.of(new MigrationOp.AlterColumnType("notes", "views", ScalarType.INTEGER, null, ScalarType.BIGINT, null)),
        diff.operations());
    assertEquals(List.of(List.of(LF411)), codes(diff));
  }

  @Test
  void narrowingTypeChangeIsDestructive() {
    Domain previous = domain(note(field("views", ScalarType.BIGINT)));
    SchemaDiff diff = diff(previous, domain(note(field("views", ScalarType.INTEGER))));
    assertEquals(List.of(List.of(LF403, LF411)), codes(diff));
    assertEquals(List.of(Risk.DESTRUCTIVE), risks(diff));
  }

  @Test
  void textToStringIsNoChangeOnPostgresButNarrowsOnMysql() {
    Domain previous = domain(note(field("title", ScalarType.TEXT)));
    List<MigrationOp> expected =
        List.of(new MigrationOp.AlterColumnType("notes", "title", ScalarType.TEXT, null, ScalarType.STRING, null));
    assertEquals(expected, diff(previous, NOTES).operations());
    assertEquals(List.of(List.of()), codes(diff(previous, NOTES)));
    assertEquals(List.of(List.of(LF403, LF411)), codes(SchemaDiff.between(previous, NOTES, Dialect.MYSQL)));
  }

  @Test
  void enumToAnEnumWithEveryValueIsNotNarrowing() {
    EnumType small = new EnumType("Mood", "mood", List.of("calm"), null);
    EnumType large = new EnumType("Feeling", "feeling", List.of("calm", "busy"), null);
    Domain previous = domain(List.of(small, large), note(enumField("state", "Mood")));
    Domain widened = domain(List.of(small, large), note(enumField("state", "Feeling")));
    assertEquals(List.of(new MigrationOp.AlterColumnType("notes", "state", ScalarType.ENUM, "mood", ScalarType.ENUM, "feeling")),
        diff(previous, widened).operations());
    assertEquals(List.of(List.of(LF411)), codes(diff(previous, widened)));
    assertEquals(List.of(List.of(LF403, LF411)), codes(diff(widened, previous)));
  }

  @Test
  void setNotNullIsDataDependentAndDropNotNullIsSafe() {
    Domain optional = domain(note(field("title", ScalarType.STRING).optional()));
    SchemaDiff tighten = diff(optional, NOTES);
    assertEquals(List.of(new MigrationOp.AlterColumnNullability("notes", "title", false)), tighten.operations());
    assertEquals(List.of(List.of(LF406)), codes(tighten));
    SchemaDiff loosen = diff(NOTES, optional);
    assertEquals(List.of(new MigrationOp.AlterColumnNullability("notes", "title", true)), loosen.operations());
    assertEquals(List.of(List.of()), codes(loosen));
  }

  @Test
  void defaultChangeIsSafe() {
    DefaultValue untitled = new DefaultValue.Text("untitled");
    SchemaDiff diff = diff(NOTES, domain(note(field("title", ScalarType.STRING).defaultValue(untitled))));
    assertEquals(List.of(new MigrationOp.AlterColumnDefault("notes", "title", null, untitled)), diff.operations());
    assertEquals(List.of(List.of()), codes(diff));
  }

  @Test
  void primaryKeyChangeIsDataDependent() {
    Domain previous = domain(model("Note").field(Diffs.id()).field(field("code", ScalarType.STRING)).build());
    Domain current = domain(model("Note").field(field("id", ScalarType.UUID).defaultValue(new DefaultValue.Uuid()))
        .field(field("code", ScalarType.STRING).pk()).build());
    SchemaDiff diff = diff(previous, current);
    assertEquals(List.of(new MigrationOp.AlterPrimaryKey("notes", List.of("id"), List.of("code"))), diff.operations());
    assertEquals(List.of(List.of(LF407)), codes(diff));
  }

  @Test
  void enumTypesAndValues() {
    EnumType v1 = new EnumType("Status", "status", List.of("draft", "live", "gone"), null);
    EnumType v2 = new EnumType("Status", "status", List.of("draft", "live", "archived"), null);
    EnumType extra = new EnumType("Color", "color", List.of("red"), null);
    SchemaDiff diff = diff(domain(List.of(v1), note()), domain(List.of(extra, v2), note()));
    assertEquals(List.of(new MigrationOp.CreateEnum(extra), new MigrationOp.RemoveEnumValue("status", "gone"),
        new MigrationOp.AddEnumValue("status", "archived")), diff.operations());
    assertEquals(List.of(List.of(), List.of(LF404), List.of()), codes(diff));
    assertEquals(List.of(Risk.SAFE, Risk.DESTRUCTIVE, Risk.SAFE), risks(diff));
    SchemaDiff dropped = diff(domain(List.of(extra), note()), domain(note()));
    assertEquals(List.of(new MigrationOp.DropEnum(extra)), dropped.operations());
    assertEquals(List.of(List.of()), codes(dropped));
  }
}
