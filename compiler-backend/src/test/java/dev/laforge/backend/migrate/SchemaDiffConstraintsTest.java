package dev.laforge.backend.migrate;

import static dev.laforge.backend.diagnostics.DiagnosticCode.LF402;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF407;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF408;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF409;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF410;
import static dev.laforge.backend.diagnostics.DiagnosticCode.LF412;
import static dev.laforge.backend.migrate.Diffs.codes;
import static dev.laforge.backend.migrate.Diffs.column;
import static dev.laforge.backend.migrate.Diffs.diff;
import static dev.laforge.backend.migrate.Diffs.domain;
import static dev.laforge.backend.migrate.Diffs.note;
import static dev.laforge.backend.migrate.Diffs.notes;
import static dev.laforge.backend.testing.FieldBuilder.field;
import static dev.laforge.backend.testing.ModelBuilder.model;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.Relation.OnDelete;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.ir.Validation;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** UNIQUE, CHECK, foreign-key and index operations and their classification. */
class SchemaDiffConstraintsTest {

  private static final Domain NOTES = domain(note(field("title", ScalarType.STRING)));
  private static final Domain UNIQUE_TITLE = domain(note(field("title", ScalarType.STRING).unique()));
  private static final Validation SHORT = new Validation(1, 80, null, null, null, false);
  private static final Validation LONG = new Validation(1, 200, null, null, null, false);

  private static Model user() {
    return model("User").field(Diffs.id()).build();
  }

  private static Model team() {
    return model("Team").field(Diffs.id()).build();
  }

  private static SqlSchema.ForeignKey fk(String table, String column, String target, OnDelete onDelete) {
    return new SqlSchema.ForeignKey(table + "_" + column + "_fkey", table, column, target, "id", onDelete);
  }

  private static SqlSchema.Index index(String name, String table, boolean unique, String... columns) {
    return new SqlSchema.Index(name, table, List.of(columns), unique);
  }

  @Test
  void addUniqueIsDataDependentAndBuildsAnIndexUnderLockOnPostgres() {
    SchemaDiff diff = diff(NOTES, UNIQUE_TITLE);
    assertEquals(List.of(new MigrationOp.AddUnique("notes", new SqlSchema.Unique("notes_title_key", "title"))),
        diff.operations());
    assertEquals(List.of(List.of(LF407, LF410)), codes(diff));
    assertEquals(List.of(List.of(LF407)), codes(SchemaDiff.between(NOTES, UNIQUE_TITLE, Dialect.MYSQL)));
  }

  @Test
  void dropUniqueIsSafe() {
    SchemaDiff diff = diff(UNIQUE_TITLE, NOTES);
    assertEquals(List.of(new MigrationOp.DropUnique("notes", new SqlSchema.Unique("notes_title_key", "title"))),
        diff.operations());
    assertEquals(List.of(List.of()), codes(diff));
  }

  @Test
  void renamedColumnRenamesItsConstraintsAndIndexesInsteadOfRecreatingThem() {
    Domain previous = domain(notes(field("title", ScalarType.STRING).unique().validation(SHORT), field("body", ScalarType.TEXT))
        .index(false, "title", "body").build());
    Domain current = domain(notes(field("headline", ScalarType.STRING).unique().validation(SHORT).renamedFrom("title"),
        field("body", ScalarType.TEXT)).index(false, "headline", "body").build());
    SchemaDiff diff = diff(previous, current);
    assertEquals(List.of(new MigrationOp.RenameColumn("notes", "title", "headline"),
        new MigrationOp.RenameConstraint("notes", "notes_title_key", "notes_headline_key"),
        new MigrationOp.RenameConstraint("notes", "notes_title_check", "notes_headline_check"),
        new MigrationOp.RenameIndex("notes", "notes_title_body_idx", "notes_headline_body_idx")), diff.operations());
    assertEquals(List.of(List.of(LF412), List.of(), List.of(), List.of()), codes(diff));
  }

  @Test
  void addCheckIsDataDependent() {
    SchemaDiff diff = diff(NOTES, domain(note(field("title", ScalarType.STRING).validation(SHORT))));
    assertEquals(List.of(new MigrationOp.AddCheck("notes", new SqlSchema.Check("notes_title_check", "title", SHORT))),
        diff.operations());
    assertEquals(List.of(List.of(LF408)), codes(diff));
    assertEquals(List.of(Risk.DATA_DEPENDENT), Diffs.risks(diff));
  }

  @Test
  void alterCheckIsDataDependentAndDropCheckIsSafe() {
    Domain shortTitle = domain(note(field("title", ScalarType.STRING).validation(SHORT)));
    Domain longTitle = domain(note(field("title", ScalarType.STRING).validation(LONG)));
    SchemaDiff altered = diff(longTitle, shortTitle);
    assertEquals(List.of(new MigrationOp.AlterCheck("notes", new SqlSchema.Check("notes_title_check", "title", LONG),
        new SqlSchema.Check("notes_title_check", "title", SHORT))), altered.operations());
    assertEquals(List.of(List.of(LF408)), codes(altered));
    SchemaDiff dropped = diff(shortTitle, NOTES);
    assertEquals(List.of(new MigrationOp.DropCheck("notes", new SqlSchema.Check("notes_title_check", "title", SHORT))),
        dropped.operations());
    assertEquals(List.of(List.of()), codes(dropped));
  }

  @Test
  void foreignKeyOverAnExistingColumnIsDataDependent() {
    Domain previous = domain(user(), note(field("authorId", ScalarType.UUID)));
    Domain current = domain(user(), notes().belongsTo("author", "User", OnDelete.CASCADE, false).build());
    SchemaDiff diff = diff(previous, current);
    assertEquals(List.of(new MigrationOp.AddForeignKey(fk("notes", "author_id", "users", OnDelete.CASCADE)),
        new MigrationOp.AddIndex(index("notes_author_id_idx", "notes", false, "author_id"))), diff.operations());
    assertEquals(List.of(List.of(LF409), List.of(LF410)), codes(diff));
    assertEquals(List.of(Risk.DATA_DEPENDENT, Risk.LOCKING), Diffs.risks(diff));
  }

  @Test
  void foreignKeyOnANewOptionalColumnIsSafeButItsIndexLocks() {
    Domain previous = domain(user(), note());
    Domain current = domain(user(), notes().belongsTo("author", "User", OnDelete.SET_NULL, true).build());
    SchemaDiff diff = diff(previous, current);
    assertEquals(List.of(new MigrationOp.AddColumn("notes", column("author_id", ScalarType.UUID, true, null)),
        new MigrationOp.AddForeignKey(fk("notes", "author_id", "users", OnDelete.SET_NULL)),
        new MigrationOp.AddIndex(index("notes_author_id_idx", "notes", false, "author_id"))), diff.operations());
    assertEquals(List.of(List.of(), List.of(), List.of(LF410)), codes(diff));
  }

  @Test
  void foreignKeysAndIndexesOfANewTableAreSafe() {
    Domain current = domain(user(), notes().belongsTo("author", "User", OnDelete.CASCADE, false).build());
    SchemaDiff diff = diff(domain(user()), current);
    assertEquals(List.of(new MigrationOp.CreateTable(Diffs.table(current, "notes")),
        new MigrationOp.AddForeignKey(fk("notes", "author_id", "users", OnDelete.CASCADE)),
        new MigrationOp.AddIndex(index("notes_author_id_idx", "notes", false, "author_id"))), diff.operations());
    assertEquals(List.of(List.of(), List.of(), List.of()), codes(diff));
  }

  @Test
  void dropForeignKeyAndItsIndexIsSafe() {
    Domain previous = domain(user(), notes().belongsTo("author", "User", OnDelete.CASCADE, false).build());
    Domain current = domain(user(), note(field("authorId", ScalarType.UUID)));
    SchemaDiff diff = diff(previous, current);
    assertEquals(List.of(new MigrationOp.DropForeignKey(fk("notes", "author_id", "users", OnDelete.CASCADE)),
        new MigrationOp.DropIndex(index("notes_author_id_idx", "notes", false, "author_id"))), diff.operations());
    assertEquals(List.of(List.of(), List.of()), codes(diff));
  }

  @Test
  void droppingAColumnTakesItsForeignKeyAndIndexAlong() {
    Domain previous = domain(user(), notes().belongsTo("author", "User", OnDelete.CASCADE, false).build());
    SchemaDiff diff = diff(previous, domain(user(), note()));
    assertEquals(List.of(new MigrationOp.DropColumn("notes", column("author_id", ScalarType.UUID, false, null))),
        diff.operations());
    assertEquals(List.of(List.of(LF402)), codes(diff));
  }

  @Test
  void onDeleteChangeIsSafeButANewTargetIsDataDependent() {
    Domain cascade = domain(user(), team(), notes().belongsTo("author", "User", OnDelete.CASCADE, false).build());
    Domain restrict = domain(user(), team(), notes().belongsTo("author", "User", OnDelete.RESTRICT, false).build());
    SchemaDiff onDelete = diff(cascade, restrict);
    assertEquals(List.of(new MigrationOp.AlterForeignKey(fk("notes", "author_id", "users", OnDelete.CASCADE),
        fk("notes", "author_id", "users", OnDelete.RESTRICT))), onDelete.operations());
    assertEquals(List.of(List.of()), codes(onDelete));
    Domain team = domain(user(), team(), notes().belongsTo("author", "Team", OnDelete.CASCADE, false).build());
    SchemaDiff target = diff(cascade, team);
    assertEquals(List.of(new MigrationOp.AlterForeignKey(fk("notes", "author_id", "users", OnDelete.CASCADE),
        fk("notes", "author_id", "teams", OnDelete.CASCADE))), target.operations());
    assertEquals(List.of(List.of(LF409)), codes(target));
  }

  @Test
  void addIndexLocksOnPostgresOnly() {
    Domain current = domain(notes(field("title", ScalarType.STRING)).index(false, "title").build());
    SchemaDiff diff = diff(NOTES, current);
    assertEquals(List.of(new MigrationOp.AddIndex(index("notes_title_idx", "notes", false, "title"))), diff.operations());
    assertEquals(List.of(List.of(LF410)), codes(diff));
    assertEquals(List.of(Risk.LOCKING), Diffs.risks(diff));
    assertEquals(List.of(List.of()), codes(SchemaDiff.between(NOTES, current, Dialect.SQLITE)));
    assertEquals("building notes_title_idx on notes without CONCURRENTLY blocks writes to the table until it is done",
        diff.findings().get(0).message());
  }

  @Test
  void addUniqueIndexIsAlsoDataDependent() {
    Domain previous = domain(note(field("title", ScalarType.STRING), field("body", ScalarType.TEXT)));
    Domain current = domain(notes(field("title", ScalarType.STRING), field("body", ScalarType.TEXT))
        .index(true, "title", "body").build());
    SchemaDiff diff = diff(previous, current);
    assertEquals(List.of(new MigrationOp.AddIndex(index("notes_title_body_key", "notes", true, "title", "body"))),
        diff.operations());
    assertEquals(List.of(List.of(LF407, LF410)), codes(diff));
  }

  @Test
  void dropIndexIsSafe() {
    Domain previous = domain(notes(field("title", ScalarType.STRING)).index(false, "title").build());
    SchemaDiff diff = diff(previous, NOTES);
    assertEquals(List.of(new MigrationOp.DropIndex(index("notes_title_idx", "notes", false, "title"))), diff.operations());
    assertEquals(List.of(List.of()), codes(diff));
  }
}
