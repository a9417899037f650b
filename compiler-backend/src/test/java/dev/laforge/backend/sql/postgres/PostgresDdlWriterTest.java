package dev.laforge.backend.sql.postgres;

import static dev.laforge.backend.testing.FieldBuilder.enumField;
import static dev.laforge.backend.testing.FieldBuilder.field;
import static dev.laforge.backend.testing.ModelBuilder.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.backend.generate.GeneratedFile;
import dev.laforge.backend.generate.PostgresSchemaGenerator;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.IrJson;
import dev.laforge.backend.ir.Relation.OnDelete;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlScript;
import dev.laforge.backend.testing.Golden;
import dev.laforge.backend.testing.SampleDomains;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostgresDdlWriterTest {

  static final Map<String, Supplier<Domain>> CASES = Map.of(
      "blog", SampleDomains::blog,
      "self-references", SampleDomains::selfReferences,
      "every-type", SampleDomains::everyType,
      "hostile-names", SampleDomains::hostileNames,
      "long-names", PostgresDdlWriterTest::longNames);

  @ParameterizedTest
  @ValueSource(strings = {"blog", "self-references", "every-type", "hostile-names", "long-names"})
  void matchesGoldenFiles(String name) {
    Domain domain = CASES.get(name).get();
    Golden.assertMatches(name + "/postgres.sql", PostgresDdlWriter.write(domain));
    Golden.assertMatches(name + "/ir.json", IrJson.write(domain));
  }

  @ParameterizedTest
  @ValueSource(strings = {"blog", "self-references", "every-type", "hostile-names", "long-names"})
  void isDeterministicWhateverTheInputOrder(String name) {
    Domain domain = CASES.get(name).get();
    String sql = PostgresDdlWriter.write(domain);
    assertEquals(sql, PostgresDdlWriter.write(domain));
    List<dev.laforge.backend.ir.Model> models = new ArrayList<>(domain.models());
    List<dev.laforge.backend.ir.EnumType> enums = new ArrayList<>(domain.enums());
    Collections.reverse(models);
    Collections.reverse(enums);
    assertEquals(sql, PostgresDdlWriter.write(new Domain(enums, models, domain.rbac())));
  }

  @ParameterizedTest
  @ValueSource(strings = {"blog", "self-references", "every-type", "hostile-names", "long-names"})
  void hasTheHeaderUnixLineEndingsAndOneFinalNewline(String name) {
    String sql = PostgresDdlWriter.write(CASES.get(name).get());
    assertTrue(sql.startsWith(SqlScript.HEADER + "\n\n"));
    assertFalse(sql.contains("\r"));
    assertTrue(sql.endsWith(";\n") && !sql.endsWith("\n\n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"blog", "self-references", "every-type", "hostile-names", "long-names"})
  void everyNameFitsPostgres(String name) {
    Matcher quoted = Pattern.compile("\"((?:[^\"]|\"\")*)\"").matcher(PostgresDdlWriter.write(CASES.get(name).get()));
    int count = 0;
    while (quoted.find()) {
      assertTrue(Dialect.POSTGRES.fits(quoted.group(1).replace("\"\"", "\"")), quoted.group());
      count++;
    }
    assertTrue(count > 0);
  }

  @Test
  void anEmptyDomainIsJustTheHeader() {
    assertEquals(SqlScript.HEADER + "\n", PostgresDdlWriter.write(new Domain(List.of(), List.of(), null)));
  }

  @Test
  void theGeneratorWritesOneSchemaFile() {
    Domain blog = SampleDomains.blog();
    assertEquals(List.of(new GeneratedFile("sql/postgres/schema.sql", PostgresDdlWriter.write(blog))),
        new PostgresSchemaGenerator().generate(blog));
  }

  @Test
  void joinTablesDeclaredFromBothSidesAppearOnce() {
    String sql = PostgresDdlWriter.write(SampleDomains.blog());
    assertEquals(1, count(sql, "CREATE TABLE \"posts_tags\""));
    assertTrue(sql.contains("\"post_id\" uuid NOT NULL,\n  \"tag_id\" uuid NOT NULL,"));
  }

  @Test
  void aMissingJoinTableNameIsDerivedFromBothTables() {
    Domain domain = new Domain(List.of(), List.of(
        model("Tag").field(field("id", ScalarType.UUID).pk()).build(),
        model("Post").field(field("id", ScalarType.INTEGER).pk()).manyToMany("tags", "Tag", null).build()), null);
    String sql = PostgresDdlWriter.write(domain);
    assertTrue(sql.contains("CREATE TABLE \"posts_tags\" (\n  \"post_id\" integer NOT NULL,\n  \"tag_id\" uuid NOT NULL,"), sql);
  }

  @Test
  void foreignKeysComeAfterAllTablesAndIndexesLast() {
    String sql = PostgresDdlWriter.write(SampleDomains.blog());
    assertTrue(sql.lastIndexOf("CREATE TABLE") < sql.indexOf("ALTER TABLE"));
    assertTrue(sql.lastIndexOf("ALTER TABLE") < sql.indexOf("CREATE INDEX"));
    assertTrue(sql.lastIndexOf("CREATE TYPE") < sql.indexOf("CREATE TABLE"));
  }

  @Test
  void columnsAlreadyLeadingAnIndexGetNoExtraIndex() {
    Domain domain = new Domain(List.of(), List.of(
        model("Team").field(field("id", ScalarType.UUID).pk()).build(),
        model("Member")
            .field(field("tenantId", ScalarType.UUID).tenant().pk())
            .field(field("id", ScalarType.UUID).pk())
            .belongsTo("team", "Team", OnDelete.CASCADE, false)
            .belongsTo("mentor", "Team", OnDelete.RESTRICT, true)
            .field(field("badge", ScalarType.UUID).unique())
            .index(false, "teamId", "id")
            .build()), null);
    String sql = PostgresDdlWriter.write(domain);
    assertTrue(sql.contains("CONSTRAINT \"members_pkey\" PRIMARY KEY (\"tenant_id\", \"id\")"));
    assertTrue(sql.contains("CREATE INDEX \"members_team_id_id_idx\" ON \"members\" (\"team_id\", \"id\");"));
    assertTrue(sql.contains("CREATE INDEX \"members_mentor_id_idx\" ON \"members\" (\"mentor_id\");"));
    assertFalse(sql.contains("members_team_id_idx"));
    assertFalse(sql.contains("members_tenant_id_idx"));
    assertTrue(sql.contains("ON DELETE RESTRICT"));
  }

  @Test
  void aHasManyWithoutBelongsToStillGetsItsForeignKey() {
    Domain domain = new Domain(List.of(), List.of(
        model("Team").field(field("id", ScalarType.UUID).pk()).hasMany("members", "Member", "teamId").build(),
        model("Member").field(field("id", ScalarType.UUID).pk()).field(field("teamId", ScalarType.UUID).optional())
            .build()), null);
    assertTrue(PostgresDdlWriter.write(domain).contains("ALTER TABLE \"members\" ADD CONSTRAINT \"members_team_id_fkey\""
        + " FOREIGN KEY (\"team_id\") REFERENCES \"teams\" (\"id\") ON DELETE SET NULL;"));
  }

  @Test
  void aDeclaredUniqueOnAUniqueFieldIsNotDuplicated() {
    Domain domain = new Domain(List.of(), List.of(model("User")
        .field(field("id", ScalarType.UUID).pk())
        .field(field("email", ScalarType.STRING).unique())
        .index(true, "email")
        .index(true, "id")
        .index(false, "email")
        .build()), null);
    String sql = PostgresDdlWriter.write(domain);
    assertEquals(1, count(sql, "users_email_key"));
    assertFalse(sql.contains("CREATE UNIQUE INDEX"));
    assertTrue(sql.contains("CREATE INDEX \"users_email_idx\" ON \"users\" (\"email\");"));
  }

  @Test
  void invalidIrIsAClearError() {
    Domain unknownEnum = new Domain(List.of(), List.of(model("A")
        .field(field("id", ScalarType.UUID).pk()).field(enumField("s", "Missing")).build()), null);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> PostgresDdlWriter.write(unknownEnum))
        .getMessage().contains("unknown enum 'Missing' used by A.s"));

    Domain noPrimaryKey = new Domain(List.of(), List.of(
        model("A").field(field("name", ScalarType.STRING)).build(),
        model("B").field(field("id", ScalarType.UUID).pk()).belongsTo("a", "A", OnDelete.CASCADE, false).build()), null);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> PostgresDdlWriter.write(noPrimaryKey))
        .getMessage().contains("model A is the target of a relation"));

    Domain sharedJoinTable = new Domain(List.of(), List.of(
        model("A").field(field("id", ScalarType.UUID).pk()).manyToMany("bs", "B", "links").build(),
        model("B").field(field("id", ScalarType.UUID).pk()).manyToMany("cs", "C", "links").build(),
        model("C").field(field("id", ScalarType.UUID).pk()).build()), null);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> PostgresDdlWriter.write(sharedJoinTable))
        .getMessage().contains("join table 'links' is claimed by"));
  }

  /** Table, column and enum names near the 63-byte limit; shared with the other dialects' tests. */
  static Domain longNames() {
    return SampleDomains.longNames();
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
