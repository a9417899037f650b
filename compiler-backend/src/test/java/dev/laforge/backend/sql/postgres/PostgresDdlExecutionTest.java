package dev.laforge.backend.sql.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import dev.laforge.backend.testing.SampleDomains;
import dev.laforge.backend.testing.TestDatabases;
import dev.laforge.backend.testing.TestDatabases.PostgresSchema;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the generated DDL on a real PostgreSQL, each test in a fresh schema that is dropped after. */
class PostgresDdlExecutionTest {

  private PostgresSchema db;

  @BeforeEach
  void openSchema() {
    db = TestDatabases.postgresSchema();
  }

  @AfterEach
  void dropSchema() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"blog", "self-references", "every-type", "hostile-names", "long-names"})
  void createsEveryNamedObjectExactlyAsWritten(String name) throws SQLException {
    Domain domain = PostgresDdlWriterTest.CASES.get(name).get();
    db.execute(PostgresDdlWriter.write(domain));
    SqlSchema schema = SqlSchema.of(domain, Dialect.POSTGRES);

    TreeSet<String> expectedTables = new TreeSet<>();
    TreeSet<String> expectedConstraints = new TreeSet<>();
    TreeSet<String> expectedIndexes = new TreeSet<>();
    for (SqlSchema.Table table : schema.tables()) {
      expectedTables.add(table.name());
      if (table.primaryKeyName() != null) {
        expectedConstraints.add(table.primaryKeyName());
        expectedIndexes.add(table.primaryKeyName());
      }
      table.uniques().forEach(u -> {
        expectedConstraints.add(u.name());
        expectedIndexes.add(u.name());
      });
      table.checks().forEach(c -> expectedConstraints.add(c.name()));
    }
    schema.foreignKeys().forEach(k -> expectedConstraints.add(k.name()));
    schema.indexes().forEach(i -> expectedIndexes.add(i.name()));

    // PostgreSQL silently truncates names over 63 bytes; equal sets prove none were cut or merged.
    assertEquals(expectedTables, names("SELECT tablename FROM pg_tables WHERE schemaname = ?"));
    assertEquals(expectedConstraints, names("SELECT c.conname FROM pg_constraint c JOIN pg_namespace n"
        + " ON n.oid = c.connamespace WHERE n.nspname = ? AND c.contype IN ('p', 'u', 'c', 'f')"));
    assertEquals(expectedIndexes, names("SELECT indexname FROM pg_indexes WHERE schemaname = ?"));
  }

  @Test
  void everyFieldTypeMapsToItsPostgresType() throws SQLException {
    db.execute(PostgresDdlWriter.write(SampleDomains.everyType()));
    Map<String, String> types = new LinkedHashMap<>();
    try (PreparedStatement query = db.connection().prepareStatement("SELECT column_name, udt_name FROM"
        + " information_schema.columns WHERE table_schema = ? AND table_name = 'samples' ORDER BY ordinal_position")) {
      query.setString(1, db.name());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          types.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    assertEquals(List.of("id=uuid", "name=text", "code=text", "nickname=text", "bio=text", "contact=text",
        "age=int4", "views=int8", "price=numeric", "ratio=float8", "active=bool", "birthday=date",
        "created_at=timestamptz", "settings=json", "payload=jsonb", "level=level", "external_id=uuid"),
        types.entrySet().stream().map(Map.Entry::toString).toList());
  }

  @Test
  void defaultsChecksAndUniquesBehave() throws SQLException {
    db.execute(PostgresDdlWriter.write(SampleDomains.everyType()));
    assertEquals(Arrays.asList("0", "-1", "9.99", null, "true", "{\"a\": \"\\n\"}", "low"), row(
        "INSERT INTO samples (name) VALUES ('Ada') RETURNING age::text, views::text, price::text,"
            + " ratio::text, active::text, settings::text, level::text"));
    db.execute("INSERT INTO samples (name, code, contact) VALUES ('Bob', '123-abc', 'bob@example.org')");
    assertViolates("23514", "INSERT INTO samples (name) VALUES ('A')");
    assertViolates("23514", "INSERT INTO samples (name) VALUES ('Ada 2')");
    assertViolates("23514", "INSERT INTO samples (name, code) VALUES ('Cy', 'abc')");
    assertViolates("23514", "INSERT INTO samples (name, contact) VALUES ('Cy', 'not an email')");
    assertViolates("23514", "INSERT INTO samples (name, contact) VALUES ('Cy', 'a@b')");
    assertViolates("23514", "INSERT INTO samples (name, nickname) VALUES ('Cy', 'ab')");
    assertViolates("23514", "INSERT INTO samples (name, bio) VALUES ('Cy', repeat('x', 501))");
    assertViolates("23514", "INSERT INTO samples (name, age) VALUES ('Cy', 151)");
    assertViolates("23514", "INSERT INTO samples (name, views) VALUES ('Cy', -2)");
    assertViolates("23514", "INSERT INTO samples (name, price) VALUES ('Cy', 1000000.01)");
    assertViolates("22P02", "INSERT INTO samples (name, level) VALUES ('Cy', 'medium')");
    // unique(name, birthday): NULL birthdays never collide, equal ones do.
    db.execute("INSERT INTO samples (name) VALUES ('Ada')");
    db.execute("INSERT INTO samples (name, birthday) VALUES ('Ada', '1815-12-10')");
    assertViolates("23505", "INSERT INTO samples (name, birthday) VALUES ('Ada', '1815-12-10')");
  }

  @Test
  void blogRelationsCascadeAndEnumsDefault() throws SQLException {
    db.execute(PostgresDdlWriter.write(SampleDomains.blog()));
    String tenant = "'00000000-0000-0000-0000-000000000001'";
    String user = row("INSERT INTO users (tenant_id, email) VALUES (" + tenant + ", 'ann@example.org') RETURNING id").get(0);
    String tag = row("INSERT INTO tags (name) VALUES ('java') RETURNING id").get(0);
    List<String> post = row("INSERT INTO posts (tenant_id, title, body, author_id) VALUES (" + tenant
        + ", 'Hello', 'Body', '" + user + "') RETURNING id, status::text, published::text");
    assertEquals(List.of("draft", "false"), post.subList(1, 3));
    db.execute("INSERT INTO posts_tags (post_id, tag_id) VALUES ('" + post.get(0) + "', '" + tag + "')");
    assertViolates("23505", "INSERT INTO users (tenant_id, email) VALUES (" + tenant + ", 'ann@example.org')");
    assertViolates("23503", "INSERT INTO posts (tenant_id, title, body, author_id) VALUES (" + tenant
        + ", 'x', 'y', gen_random_uuid())");
    assertViolates("23514", "INSERT INTO posts (tenant_id, title, body, author_id) VALUES (" + tenant
        + ", '', 'y', '" + user + "')");
    db.execute("DELETE FROM users");
    assertEquals(List.of("0", "0", "1"), row("SELECT (SELECT count(*) FROM posts)::text,"
        + " (SELECT count(*) FROM posts_tags)::text, (SELECT count(*) FROM tags)::text"));
  }

  @Test
  void selfReferencesSetNullAndJoinToThemselves() throws SQLException {
    db.execute(PostgresDdlWriter.write(SampleDomains.selfReferences()));
    String root = row("INSERT INTO categories (name) VALUES ('root') RETURNING id").get(0);
    String child = row("INSERT INTO categories (name, parent_id) VALUES ('child', '" + root + "') RETURNING id").get(0);
    db.execute("DELETE FROM categories WHERE id = '" + root + "'");
    assertEquals(Collections.singletonList(null),
        row("SELECT parent_id::text FROM categories WHERE id = '" + child + "'"));
    db.execute("INSERT INTO people (id, name) VALUES (1, 'a'), (2, 'b');"
        + " INSERT INTO people_people (person_id, friends_id) VALUES (1, 2), (2, 1)");
    db.execute("DELETE FROM people WHERE id = 1");
    assertEquals(List.of("0"), row("SELECT count(*)::text FROM people_people"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"on", "off"})
  void hostileNamesAndLiteralsRoundTripByteForByte(String standardConformingStrings) throws SQLException {
    db.execute("SET standard_conforming_strings = " + standardConformingStrings);
    db.execute(PostgresDdlWriter.write(SampleDomains.hostileNames()));
    db.execute("SET standard_conforming_strings = on");
    List<String> inserted = row("INSERT INTO \"order\" DEFAULT VALUES RETURNING \"user\", kind::text, id::text");
    assertEquals(SampleDomains.HOSTILE_DEFAULT, inserted.get(0));
    assertEquals("it's", inserted.get(1));
    assertEquals(List.of("it's", "a\\b", "\"q\""), column("SELECT enumlabel FROM pg_enum e JOIN pg_type t"
        + " ON t.oid = e.enumtypid JOIN pg_namespace n ON n.oid = t.typnamespace"
        + " WHERE n.nspname = ? AND t.typname = 'ki\"nd' ORDER BY e.enumsortorder"));
    db.execute("INSERT INTO \"select\" (\"from\", order_id) VALUES (gen_random_uuid(), '" + inserted.get(2) + "')");
    db.execute("UPDATE \"order\" SET \"we\"\"ird `col`\" = 'ok'");
    assertViolates("23514", "INSERT INTO \"order\" (\"user\") VALUES ('no quote or backslash')");
    assertViolates("23503", "DELETE FROM \"order\"");
  }

  private TreeSet<String> names(String sql) throws SQLException {
    return new TreeSet<>(column(sql));
  }

  private List<String> column(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement query = db.connection().prepareStatement(sql)) {
      query.setString(1, db.name());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
    }
    return values;
  }

  private List<String> row(String sql) throws SQLException {
    try (PreparedStatement query = db.connection().prepareStatement(sql); ResultSet rows = query.executeQuery()) {
      if (!rows.next()) {
        throw new AssertionError("no row from " + sql);
      }
      List<String> values = new ArrayList<>();
      for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
        values.add(rows.getString(i));
      }
      return values;
    }
  }

  private void assertViolates(String sqlState, String sql) {
    SQLException error = assertThrows(SQLException.class, () -> db.execute(sql), sql);
    assertEquals(sqlState, error.getSQLState(), error.getMessage());
  }
}
