package dev.laforge.backend.sql.mysql;

import static dev.laforge.backend.testing.FieldBuilder.field;
import static dev.laforge.backend.testing.ModelBuilder.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.backend.generate.GeneratedFile;
import dev.laforge.backend.generate.MySqlSchemaGenerator;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.ir.Validation;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlScript;
import dev.laforge.backend.testing.Golden;
import dev.laforge.backend.testing.SampleDomains;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MySqlDdlWriterTest {

  @ParameterizedTest
  @MethodSource("dev.laforge.backend.testing.SampleDomains#caseNames")
  void matchesGoldenFiles(String name) {
    Golden.assertMatches(name + "/mysql.sql", MySqlDdlWriter.write(SampleDomains.CASES.get(name).get()));
  }

  @ParameterizedTest
  @MethodSource("dev.laforge.backend.testing.SampleDomains#caseNames")
  void isDeterministicWhateverTheInputOrder(String name) {
    Domain domain = SampleDomains.CASES.get(name).get();
    String sql = MySqlDdlWriter.write(domain);
    assertEquals(sql, MySqlDdlWriter.write(domain));
    List<Model> models = new ArrayList<>(domain.models());
    List<EnumType> enums = new ArrayList<>(domain.enums());
    Collections.reverse(models);
    Collections.reverse(enums);
    assertEquals(sql, MySqlDdlWriter.write(new Domain(enums, models, domain.rbac())));
  }

  @ParameterizedTest
  @MethodSource("dev.laforge.backend.testing.SampleDomains#caseNames")
  void hasTheHeaderUnixLineEndingsAndOneFinalNewline(String name) {
    String sql = MySqlDdlWriter.write(SampleDomains.CASES.get(name).get());
    assertTrue(sql.startsWith(SqlScript.HEADER + "\n\n"));
    assertFalse(sql.contains("\r"));
    assertTrue(sql.endsWith(";\n") && !sql.endsWith("\n\n"));
  }

  @ParameterizedTest
  @MethodSource("dev.laforge.backend.testing.SampleDomains#caseNames")
  void everyNameIsBacktickQuotedAndFitsMysql(String name) {
    String sql = MySqlDdlWriter.write(SampleDomains.CASES.get(name).get());
    Matcher quoted = Pattern.compile("`((?:[^`]|``)*)`").matcher(sql);
    int count = 0;
    while (quoted.find()) {
      assertTrue(Dialect.MYSQL.fits(quoted.group(1).replace("``", "`")), quoted.group());
      count++;
    }
    assertTrue(count > 0);
    assertFalse(sql.contains("\"order\""), "double quotes would need ANSI_QUOTES");
  }

  @Test
  void anEmptyDomainIsJustTheHeader() {
    assertEquals(SqlScript.HEADER + "\n", MySqlDdlWriter.write(new Domain(List.of(), List.of(), null)));
  }

  @Test
  void theGeneratorWritesOneSchemaFile() {
    Domain blog = SampleDomains.blog();
    assertEquals(List.of(new GeneratedFile("sql/mysql/schema.sql", MySqlDdlWriter.write(blog))),
        new MySqlSchemaGenerator().generate(blog));
  }

  @Test
  void tablesThenIndexesThenForeignKeys() {
    String sql = MySqlDdlWriter.write(SampleDomains.blog());
    assertTrue(sql.lastIndexOf("CREATE TABLE") < sql.indexOf("CREATE INDEX"));
    assertTrue(sql.lastIndexOf("CREATE INDEX") < sql.indexOf("ALTER TABLE"));
    assertEquals(4, count(sql, ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;"));
  }

  @Test
  void hostileLiteralsNeverContainABackslash() {
    // Identifiers of hostileNames() hold no backslash, so none may appear anywhere: a backslash
    // in a literal would mean different things with and without NO_BACKSLASH_ESCAPES.
    String sql = MySqlDdlWriter.write(SampleDomains.hostileNames());
    assertFalse(sql.contains("\\"), sql);
    assertTrue(sql.contains("ENUM('it''s',X'615C62','\"q\"')"), sql);
    assertTrue(sql.contains("CHAR(92 USING utf8mb4)"));
  }

  @Test
  void textualTypesFollowLengthsAndKeys() {
    Domain domain = new Domain(List.of(), List.of(
        model("Doc")
            .field(field("code", ScalarType.TEXT).pk())
            .field(field("short", ScalarType.STRING).validation(new Validation(null, 40, null, null, null, false)))
            .field(field("plain", ScalarType.STRING))
            .field(field("longer", ScalarType.STRING).validation(new Validation(null, 769, null, null, null, false)))
            .field(field("huge", ScalarType.STRING).validation(new Validation(null, 20_000, null, null, null, false)))
            .field(field("body", ScalarType.TEXT))
            .field(field("title", ScalarType.TEXT).unique().validation(new Validation(1, 100, null, null, null, false)))
            .field(field("summary", ScalarType.TEXT))
            .field(field("keyword", ScalarType.TEXT))
            .index(false, "summary", "short")
            .index(true, "keyword", "short")
            .manyToMany("tags", "Tag", null)
            .build(),
        model("Tag").field(field("id", ScalarType.UUID).pk()).build()), null);
    String sql = MySqlDdlWriter.write(domain);
    assertTrue(sql.contains("`code` VARCHAR(255) NOT NULL,"), sql);
    assertTrue(sql.contains("`short` VARCHAR(40) NOT NULL,"));
    assertTrue(sql.contains("`plain` VARCHAR(255) NOT NULL,"));
    assertTrue(sql.contains("`longer` TEXT NOT NULL,"));
    assertTrue(sql.contains("`huge` LONGTEXT NOT NULL,"));
    assertTrue(sql.contains("`body` TEXT NOT NULL,"));
    assertTrue(sql.contains("`title` VARCHAR(100) NOT NULL,"));
    assertTrue(sql.contains("`summary` TEXT NOT NULL,"));
    assertTrue(sql.contains("`keyword` VARCHAR(255) NOT NULL,"));
    assertTrue(sql.contains("CREATE INDEX `docs_summary_short_idx` ON `docs` (`summary`(191), `short`);"));
    assertTrue(sql.contains("CREATE UNIQUE INDEX `docs_keyword_short_key` ON `docs` (`keyword`, `short`);"));
    assertTrue(sql.contains("`doc_id` VARCHAR(255) NOT NULL,"), "a join column takes the type it references");
  }

  @Test
  void defaultsOfLargeObjectsAreExpressions() {
    String sql = MySqlDdlWriter.write(SampleDomains.everyType());
    assertTrue(sql.contains("`settings` JSON NOT NULL DEFAULT (CONCAT('{\"a\": \"', CHAR(92 USING utf8mb4), 'n\"}')),"), sql);
    assertTrue(sql.contains("`created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),"));
    assertTrue(sql.contains("`id` CHAR(36) NOT NULL DEFAULT (UUID()),"));
    Domain texts = new Domain(List.of(), List.of(model("Note")
        .field(field("id", ScalarType.UUID).pk())
        .field(field("body", ScalarType.TEXT).defaultValue(new dev.laforge.backend.ir.DefaultValue.Text("it's")))
        .field(field("day", ScalarType.DATE).defaultValue(new dev.laforge.backend.ir.DefaultValue.Now()))
        .build()), null);
    String notes = MySqlDdlWriter.write(texts);
    assertTrue(notes.contains("`body` TEXT NOT NULL DEFAULT ('it''s'),"), notes);
    assertTrue(notes.contains("`day` DATE NOT NULL DEFAULT (CURRENT_DATE),"), notes);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
