package dev.laforge.backend.sql.sqlite;

import static dev.laforge.backend.testing.FieldBuilder.field;
import static dev.laforge.backend.testing.ModelBuilder.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.backend.generate.GeneratedFile;
import dev.laforge.backend.generate.SqliteSchemaGenerator;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.ir.Validation;
import dev.laforge.backend.sql.SqlScript;
import dev.laforge.backend.testing.Golden;
import dev.laforge.backend.testing.SampleDomains;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SqliteDdlWriterTest {

  @ParameterizedTest
  @MethodSource("dev.laforge.backend.testing.SampleDomains#caseNames")
  void matchesGoldenFiles(String name) {
    Golden.assertMatches(name + "/sqlite.sql", SqliteDdlWriter.write(SampleDomains.CASES.get(name).get()));
  }

  @ParameterizedTest
  @MethodSource("dev.laforge.backend.testing.SampleDomains#caseNames")
  void isDeterministicWhateverTheInputOrder(String name) {
    Domain domain = SampleDomains.CASES.get(name).get();
    String sql = SqliteDdlWriter.write(domain);
    assertEquals(sql, SqliteDdlWriter.write(domain));
    List<Model> models = new ArrayList<>(domain.models());
    List<EnumType> enums = new ArrayList<>(domain.enums());
    Collections.reverse(models);
    Collections.reverse(enums);
    assertEquals(sql, SqliteDdlWriter.write(new Domain(enums, models, domain.rbac())));
  }

  @ParameterizedTest
  @MethodSource("dev.laforge.backend.testing.SampleDomains#caseNames")
  void hasTheHeaderTheForeignKeyNoteAndOneFinalNewline(String name) {
    String sql = SqliteDdlWriter.write(SampleDomains.CASES.get(name).get());
    assertTrue(sql.startsWith(SqlScript.HEADER + "\n\n" + SqliteDdlWriter.FOREIGN_KEYS_NOTE + "\n\n"));
    assertFalse(sql.contains("\r"));
    assertTrue(sql.endsWith(";\n") && !sql.endsWith("\n\n"));
  }

  @Test
  void anEmptyDomainIsJustTheHeader() {
    assertEquals(SqlScript.HEADER + "\n", SqliteDdlWriter.write(new Domain(List.of(), List.of(), null)));
  }

  @Test
  void theGeneratorWritesOneSchemaFile() {
    Domain blog = SampleDomains.blog();
    assertEquals(List.of(new GeneratedFile("sql/sqlite/schema.sql", SqliteDdlWriter.write(blog))),
        new SqliteSchemaGenerator().generate(blog));
  }

  @Test
  void foreignKeysAreInsideCreateTable() {
    String sql = SqliteDdlWriter.write(SampleDomains.blog());
    assertFalse(sql.contains("ALTER TABLE"));
    assertTrue(sql.contains("  CONSTRAINT \"posts_author_id_fkey\" FOREIGN KEY (\"author_id\") REFERENCES \"users\" (\"id\")"
        + " ON DELETE CASCADE\n);"), sql);
    assertTrue(sql.lastIndexOf("CREATE TABLE") < sql.indexOf("CREATE INDEX"));
  }

  @Test
  void patternsAndEmailsAreLeftOutWithAComment() {
    String sql = SqliteDdlWriter.write(SampleDomains.everyType());
    assertTrue(sql.contains("-- SQLite has no REGEXP, so only the runtime checks \"samples\": \"name\" (pattern),"
        + " \"code\" (pattern), \"contact\" (email).\nCREATE TABLE \"samples\""), sql);
    assertTrue(sql.contains("CONSTRAINT \"samples_name_check\" CHECK (length(\"name\") BETWEEN 2 AND 40),"));
    assertFalse(sql.contains("samples_code_check"), "a check with nothing SQLite can express is left out");
    assertFalse(sql.contains("REGEXP ") || sql.contains(" ~ "));
  }

  @Test
  void aLineBreakInANameCannotEndTheComment() {
    Domain domain = new Domain(List.of(), List.of(model("Evil")
        .field(field("id", ScalarType.UUID).pk())
        .field(field("x", ScalarType.STRING).column("a\nDROP TABLE \"evils\"; --\r\u2028")
            .validation(new Validation(null, null, null, null, "^a$", false)))
        .build()), null);
    String sql = SqliteDdlWriter.write(domain);
    assertTrue(sql.contains("-- SQLite has no REGEXP, so only the runtime checks \"evils\": "
        + "\"a?DROP TABLE \"\"evils\"\"; --??\" (pattern).\n"), sql);
  }

  @Test
  void booleansEnumsAndJsonCarryTheirOwnCheck() {
    String sql = SqliteDdlWriter.write(SampleDomains.everyType());
    assertTrue(sql.contains("\"active\" INTEGER NOT NULL DEFAULT 1 CHECK (\"active\" IN (0, 1)),"), sql);
    assertTrue(sql.contains("\"level\" TEXT NOT NULL DEFAULT 'low' CHECK (\"level\" IN ('low', 'high')),"));
    assertTrue(sql.contains("\"payload\" TEXT CHECK (json_valid(\"payload\")),"));
    assertTrue(sql.contains("\"created_at\" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),"));
    assertTrue(sql.contains("\"id\" TEXT NOT NULL DEFAULT " + SqliteFragments.UUID_V4 + ","));
  }
}
