package dev.laforge.backend.sql.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import dev.laforge.backend.testing.SampleDomains;
import dev.laforge.backend.testing.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the generated DDL on SQLite (the driver's embedded engine), each test in a fresh in-memory database. */
class SqliteDdlExecutionTest {

  private static final String CHECK = "CHECK constraint failed";
  private static final String UNIQUE = "UNIQUE constraint failed";
  private static final String FOREIGN_KEY = "FOREIGN KEY constraint failed";

  private Connection db;

  @BeforeEach
  void openDatabase() {
    db = TestDatabases.sqlite();
  }

  @AfterEach
  void closeDatabase() throws SQLException {
    db.close();
  }

  @ParameterizedTest
  @MethodSource("dev.laforge.backend.testing.SampleDomains#caseNames")
  void createsEveryTableIndexAndForeignKey(String name) throws SQLException {
    Domain domain = SampleDomains.CASES.get(name).get();
    execute(SqliteDdlWriter.write(domain));
    SqlSchema schema = SqlSchema.of(domain, Dialect.SQLITE);

    TreeSet<String> tables = new TreeSet<>();
    schema.tables().forEach(t -> tables.add(t.name()));
    TreeSet<String> indexes = new TreeSet<>();
    schema.indexes().forEach(i -> indexes.add(i.table() + " " + i.name()));
    TreeSet<String> keys = new TreeSet<>();
    schema.foreignKeys().forEach(k -> keys.add(k.table() + " " + k.column() + " -> " + k.referencedTable() + " "
        + k.referencedColumn() + " " + k.onDelete().name().replace('_', ' ')));

    assertEquals(tables, set("SELECT name FROM sqlite_schema WHERE type = 'table'"));
    // UNIQUE and PRIMARY KEY constraints get automatic indexes, named sqlite_autoindex_*.
    assertEquals(indexes, set("SELECT tbl_name || ' ' || name FROM sqlite_schema WHERE type = 'index'"
        + " AND name NOT LIKE 'sqlite_autoindex_%'"));
    assertEquals(keys, set("SELECT t.name || ' ' || f.\"from\" || ' -> ' || f.\"table\" || ' ' || f.\"to\" || ' '"
        + " || f.on_delete FROM sqlite_schema t, pragma_foreign_key_list(t.name) f WHERE t.type = 'table'"));
    assertEquals(List.of(), column("SELECT \"table\" FROM pragma_foreign_key_check"));
  }

  @Test
  void everyFieldTypeMapsToItsSqliteType() throws SQLException {
    execute(SqliteDdlWriter.write(SampleDomains.everyType()));
    assertEquals(List.of("id=TEXT", "name=TEXT", "code=TEXT", "nickname=TEXT", "bio=TEXT", "contact=TEXT",
        "age=INTEGER", "views=INTEGER", "price=NUMERIC", "ratio=REAL", "active=INTEGER", "birthday=TEXT",
        "created_at=TEXT", "settings=TEXT", "payload=TEXT", "level=TEXT", "external_id=TEXT"),
        column("SELECT name || '=' || type FROM pragma_table_info('samples') ORDER BY cid"));
  }

  @Test
  void defaultsChecksAndUniquesBehave() throws SQLException {
    execute(SqliteDdlWriter.write(SampleDomains.everyType()));
    execute("INSERT INTO samples (name) VALUES ('Ada')");
    assertEquals(Arrays.asList("0", "-1", "9.99", null, "1", "{\"a\": \"\\n\"}", "low"),
        row("SELECT age, views, price, ratio, active, settings, level FROM samples"));
    List<String> generated = row("SELECT id, created_at FROM samples");
    assertTrue(generated.get(0).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"),
        generated.get(0));
    assertTrue(generated.get(1).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), generated.get(1));
    execute("INSERT INTO samples (name, code, contact) VALUES ('Bob', '123-abc', 'bob@example.org')");
    assertViolates(CHECK, "INSERT INTO samples (name) VALUES ('A')");
    assertViolates(CHECK, "INSERT INTO samples (name, nickname) VALUES ('Cy', 'ab')");
    assertViolates(CHECK, "INSERT INTO samples (name, bio) VALUES ('Cy', replace(hex(zeroblob(501)), '00', 'x'))");
    assertViolates(CHECK, "INSERT INTO samples (name, age) VALUES ('Cy', 151)");
    assertViolates(CHECK, "INSERT INTO samples (name, views) VALUES ('Cy', -2)");
    assertViolates(CHECK, "INSERT INTO samples (name, price) VALUES ('Cy', 1000000.01)");
    assertViolates(CHECK, "INSERT INTO samples (name, level) VALUES ('Cy', 'medium')");
    assertViolates(CHECK, "INSERT INTO samples (name, active) VALUES ('Cy', 2)");
    assertViolates(CHECK, "INSERT INTO samples (name, payload) VALUES ('Cy', '{not json')");
    // SQLite has no REGEXP: patterns and emails are the runtime's job, so these rows are accepted.
    execute("INSERT INTO samples (name, code, contact) VALUES ('Cy', 'abc', 'not an email')");
    // unique(name, birthday): NULL birthdays never collide, equal ones do.
    execute("INSERT INTO samples (name) VALUES ('Ada')");
    execute("INSERT INTO samples (name, birthday) VALUES ('Ada', '1815-12-10')");
    assertViolates(UNIQUE, "INSERT INTO samples (name, birthday) VALUES ('Ada', '1815-12-10')");
  }

  @Test
  void randomUuidsDiffer() throws SQLException {
    execute(SqliteDdlWriter.write(SampleDomains.selfReferences()));
    execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)"
        + " INSERT INTO categories (name) SELECT 'c' || i FROM n");
    assertEquals(List.of("500"), row("SELECT COUNT(DISTINCT id) FROM categories"));
    Set<String> variants = new HashSet<>(column("SELECT substr(id, 20, 1) FROM categories"));
    assertEquals(Set.of("8", "9", "a", "b"), variants);
  }

  @Test
  void blogRelationsCascadeAndEnumsDefault() throws SQLException {
    execute(SqliteDdlWriter.write(SampleDomains.blog()));
    String tenant = "'00000000-0000-0000-0000-000000000001'";
    String user = row("INSERT INTO users (tenant_id, email) VALUES (" + tenant + ", 'ann@example.org') RETURNING id").get(0);
    String tag = row("INSERT INTO tags (name) VALUES ('java') RETURNING id").get(0);
    List<String> post = row("INSERT INTO posts (tenant_id, title, body, author_id) VALUES (" + tenant
        + ", 'Hello', 'Body', '" + user + "') RETURNING id, status, published");
    assertEquals(List.of("draft", "0"), post.subList(1, 3));
    execute("INSERT INTO posts_tags (post_id, tag_id) VALUES ('" + post.get(0) + "', '" + tag + "')");
    assertViolates(UNIQUE, "INSERT INTO users (tenant_id, email) VALUES (" + tenant + ", 'ann@example.org')");
    assertViolates(FOREIGN_KEY, "INSERT INTO posts (tenant_id, title, body, author_id) VALUES (" + tenant
        + ", 'x', 'y', 'nobody')");
    assertViolates(CHECK, "INSERT INTO posts (tenant_id, title, body, author_id) VALUES (" + tenant
        + ", '', 'y', '" + user + "')");
    execute("DELETE FROM users");
    assertEquals(List.of("0", "0", "1"), row("SELECT (SELECT count(*) FROM posts),"
        + " (SELECT count(*) FROM posts_tags), (SELECT count(*) FROM tags)"));
  }

  @Test
  void selfReferencesSetNullAndJoinToThemselves() throws SQLException {
    execute(SqliteDdlWriter.write(SampleDomains.selfReferences()));
    String root = row("INSERT INTO categories (name) VALUES ('root') RETURNING id").get(0);
    String child = row("INSERT INTO categories (name, parent_id) VALUES ('child', '" + root + "') RETURNING id").get(0);
    execute("DELETE FROM categories WHERE id = '" + root + "'");
    assertEquals(Collections.singletonList(null), row("SELECT parent_id FROM categories WHERE id = '" + child + "'"));
    execute("INSERT INTO people (id, name) VALUES (1, 'a'), (2, 'b');"
        + " INSERT INTO people_people (person_id, friends_id) VALUES (1, 2), (2, 1)");
    execute("DELETE FROM people WHERE id = 1");
    assertEquals(List.of("0"), row("SELECT count(*) FROM people_people"));
  }

  @Test
  void hostileNamesAndLiteralsRoundTripByteForByte() throws SQLException {
    execute(SqliteDdlWriter.write(SampleDomains.hostileNames()));
    List<String> inserted = row("INSERT INTO \"order\" DEFAULT VALUES RETURNING \"user\", kind, id");
    assertEquals(SampleDomains.HOSTILE_DEFAULT, inserted.get(0));
    assertEquals("it's", inserted.get(1));
    try (PreparedStatement insert = db.prepareStatement("INSERT INTO \"order\" (kind) VALUES (?)")) {
      for (String label : List.of("a\\b", "\"q\"")) {
        insert.setString(1, label);
        insert.executeUpdate();
      }
    }
    execute("INSERT INTO \"select\" (\"from\", order_id) VALUES ('f', '" + inserted.get(2) + "')");
    execute("UPDATE \"order\" SET \"we\"\"ird `col`\" = 'ok'");
    assertViolates(CHECK, "INSERT INTO \"order\" (kind) VALUES ('a\\\\b')");
    assertViolates(FOREIGN_KEY, "DELETE FROM \"order\"");
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = db.createStatement()) {
      statement.executeUpdate(sql);
    }
  }

  private TreeSet<String> set(String sql) throws SQLException {
    return new TreeSet<>(column(sql));
  }

  private List<String> column(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private List<String> row(String sql) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
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

  private void assertViolates(String kind, String sql) {
    SQLException error = assertThrows(SQLException.class, () -> execute(sql), sql);
    assertTrue(error.getMessage().contains(kind), error.getMessage());
  }
}
