package dev.laforge.backend.sql.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import dev.laforge.backend.testing.SampleDomains;
import dev.laforge.backend.testing.TestDatabases;
import dev.laforge.backend.testing.TestDatabases.MariaDbDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the generated DDL on a real MariaDB, each test in a fresh database that is dropped after. */
class MySqlDdlExecutionTest {

  // MariaDB error codes; MySQL uses 3819 for a failed CHECK, the others are shared.
  private static final int CHECK_FAILED = 4025;
  private static final int DUPLICATE_KEY = 1062;
  private static final int NO_REFERENCED_ROW = 1452;
  private static final int ROW_IS_REFERENCED = 1451;
  private static final int DATA_TRUNCATED = 1265;

  private MariaDbDatabase db;

  @BeforeEach
  void createDatabase() {
    db = TestDatabases.mariadbDatabase();
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  @ParameterizedTest
  @MethodSource("dev.laforge.backend.testing.SampleDomains#caseNames")
  void createsEveryNamedObjectExactlyAsWritten(String name) throws SQLException {
    Domain domain = SampleDomains.CASES.get(name).get();
    db.execute(MySqlDdlWriter.write(domain));
    SqlSchema schema = SqlSchema.of(domain, Dialect.MYSQL);

    TreeSet<String> tables = new TreeSet<>();
    TreeSet<String> constraints = new TreeSet<>();
    TreeSet<String> indexes = new TreeSet<>();
    for (SqlSchema.Table table : schema.tables()) {
      tables.add(table.name());
      if (!table.primaryKey().isEmpty()) {
        constraints.add(table.name() + " PRIMARY KEY PRIMARY");
        indexes.add(table.name() + " PRIMARY");
      }
      table.uniques().forEach(u -> {
        constraints.add(table.name() + " UNIQUE " + u.name());
        indexes.add(table.name() + " " + u.name());
      });
      table.checks().forEach(c -> constraints.add(table.name() + " CHECK " + c.name()));
    }
    schema.foreignKeys().forEach(k -> constraints.add(k.table() + " FOREIGN KEY " + k.name()));
    schema.indexes().forEach(i -> {
      indexes.add(i.table() + " " + i.name());
      if (i.unique()) {
        constraints.add(i.table() + " UNIQUE " + i.name());
      }
    });

    assertEquals(tables, names("SELECT table_name FROM information_schema.tables WHERE table_schema = ?"));
    // MariaDB adds a column-level json_valid CHECK to every JSON column; only table-level ones are ours.
    assertEquals(constraints, names("SELECT CONCAT(t.table_name, ' ', t.constraint_type, ' ', t.constraint_name)"
        + " FROM information_schema.table_constraints t WHERE t.constraint_schema = ? AND NOT EXISTS (SELECT 1"
        + " FROM information_schema.check_constraints c WHERE c.constraint_schema = t.constraint_schema"
        + " AND c.table_name = t.table_name AND c.constraint_name = t.constraint_name AND c.level = 'Column')"));
    // Equal index sets also prove InnoDB added no index of its own for a foreign key.
    assertEquals(indexes, names("SELECT DISTINCT CONCAT(table_name, ' ', index_name)"
        + " FROM information_schema.statistics WHERE table_schema = ?"));
  }

  @Test
  void everyFieldTypeMapsToItsMysqlType() throws SQLException {
    db.execute(MySqlDdlWriter.write(SampleDomains.everyType()));
    // MariaDB spells JSON as longtext with a json_valid check, and BOOLEAN as tinyint(1).
    assertEquals(List.of("id=char(36)", "name=varchar(40)", "code=varchar(255)", "nickname=varchar(255)",
        "bio=text", "contact=varchar(255)", "age=int(11)", "views=bigint(20)", "price=decimal(38,10)",
        "ratio=double", "active=tinyint(1)", "birthday=date", "created_at=datetime(6)", "settings=longtext",
        "payload=longtext", "level=enum('low','high')", "external_id=char(36)"),
        column("SELECT CONCAT(column_name, '=', column_type) FROM information_schema.columns"
            + " WHERE table_schema = ? AND table_name = 'samples' ORDER BY ordinal_position", db.name()));
  }

  @Test
  void defaultsChecksAndUniquesBehave() throws SQLException {
    db.execute(MySqlDdlWriter.write(SampleDomains.everyType()));
    db.execute("INSERT INTO samples (name) VALUES ('Ada')");
    assertEquals(Arrays.asList("0", "-1", "9.9900000000", null, "1", "{\"a\": \"\\n\"}", "low", "36", "1"),
        row("SELECT age, views, price, ratio, active, settings, level, CHAR_LENGTH(id),"
            + " created_at > NOW(6) - INTERVAL 1 HOUR FROM samples"));
    db.execute("INSERT INTO samples (name, code, contact) VALUES ('Bob', '123-abc', 'bob@example.org')");
    assertViolates(CHECK_FAILED, "INSERT INTO samples (name) VALUES ('A')");
    assertViolates(CHECK_FAILED, "INSERT INTO samples (name) VALUES ('Ada 2')");
    assertViolates(CHECK_FAILED, "INSERT INTO samples (name, code) VALUES ('Cy', 'abc')");
    assertViolates(CHECK_FAILED, "INSERT INTO samples (name, contact) VALUES ('Cy', 'not an email')");
    assertViolates(CHECK_FAILED, "INSERT INTO samples (name, contact) VALUES ('Cy', 'a@b')");
    assertViolates(CHECK_FAILED, "INSERT INTO samples (name, nickname) VALUES ('Cy', 'ab')");
    assertViolates(CHECK_FAILED, "INSERT INTO samples (name, bio) VALUES ('Cy', REPEAT('x', 501))");
    assertViolates(CHECK_FAILED, "INSERT INTO samples (name, age) VALUES ('Cy', 151)");
    assertViolates(CHECK_FAILED, "INSERT INTO samples (name, views) VALUES ('Cy', -2)");
    assertViolates(CHECK_FAILED, "INSERT INTO samples (name, price) VALUES ('Cy', 1000000.01)");
    assertViolates(DATA_TRUNCATED, "INSERT INTO samples (name, level) VALUES ('Cy', 'medium')");
    // The binary collation keeps labels case-sensitive, as PostgreSQL enums are.
    assertViolates(DATA_TRUNCATED, "INSERT INTO samples (name, level) VALUES ('Cy', 'LOW')");
    // unique(name, birthday): NULL birthdays never collide, equal ones do.
    db.execute("INSERT INTO samples (name) VALUES ('Ada')");
    db.execute("INSERT INTO samples (name, birthday) VALUES ('Ada', '1815-12-10')");
    assertViolates(DUPLICATE_KEY, "INSERT INTO samples (name, birthday) VALUES ('Ada', '1815-12-10')");
  }

  @Test
  void blogRelationsCascadeAndEnumsDefault() throws SQLException {
    db.execute(MySqlDdlWriter.write(SampleDomains.blog()));
    String tenant = "'00000000-0000-0000-0000-000000000001'";
    db.execute("INSERT INTO users (tenant_id, email) VALUES (" + tenant + ", 'ann@example.org')");
    String user = row("SELECT id FROM users").get(0);
    db.execute("INSERT INTO tags (name) VALUES ('java')");
    String tag = row("SELECT id FROM tags").get(0);
    db.execute("INSERT INTO posts (tenant_id, title, body, author_id) VALUES (" + tenant + ", 'Hello', 'Body', '" + user + "')");
    List<String> post = row("SELECT id, status, published FROM posts");
    assertEquals(List.of("draft", "0"), post.subList(1, 3));
    db.execute("INSERT INTO posts_tags (post_id, tag_id) VALUES ('" + post.get(0) + "', '" + tag + "')");
    assertViolates(DUPLICATE_KEY, "INSERT INTO users (tenant_id, email) VALUES (" + tenant + ", 'ann@example.org')");
    // Binary collation: a different case is a different email, as in PostgreSQL.
    db.execute("INSERT INTO users (tenant_id, email) VALUES (" + tenant + ", 'ANN@example.org')");
    assertViolates(NO_REFERENCED_ROW, "INSERT INTO posts (tenant_id, title, body, author_id) VALUES (" + tenant
        + ", 'x', 'y', UUID())");
    assertViolates(CHECK_FAILED, "INSERT INTO posts (tenant_id, title, body, author_id) VALUES (" + tenant
        + ", '', 'y', '" + user + "')");
    db.execute("DELETE FROM users");
    assertEquals(List.of("0", "0", "1"), row("SELECT (SELECT COUNT(*) FROM posts),"
        + " (SELECT COUNT(*) FROM posts_tags), (SELECT COUNT(*) FROM tags)"));
  }

  @Test
  void selfReferencesSetNullAndJoinToThemselves() throws SQLException {
    db.execute(MySqlDdlWriter.write(SampleDomains.selfReferences()));
    db.execute("INSERT INTO categories (id, name) VALUES ('r', 'root')");
    db.execute("INSERT INTO categories (id, name, parent_id) VALUES ('c', 'child', 'r')");
    db.execute("DELETE FROM categories WHERE id = 'r'");
    assertEquals(Collections.singletonList(null), row("SELECT parent_id FROM categories WHERE id = 'c'"));
    db.execute("INSERT INTO people (id, name) VALUES (1, 'a'), (2, 'b');"
        + " INSERT INTO people_people (person_id, friends_id) VALUES (1, 2), (2, 1)");
    db.execute("DELETE FROM people WHERE id = 1");
    assertEquals(List.of("0"), row("SELECT COUNT(*) FROM people_people"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ",NO_BACKSLASH_ESCAPES", ",ANSI_QUOTES", ",NO_BACKSLASH_ESCAPES,ANSI_QUOTES"})
  void hostileNamesAndLiteralsRoundTripByteForByte(String extraSqlMode) throws SQLException {
    db.execute("SET SESSION sql_mode = CONCAT(@@sql_mode, '" + extraSqlMode + "')");
    db.execute(MySqlDdlWriter.write(SampleDomains.hostileNames()));
    // Reopening the table makes MariaDB parse its stored default and check expressions again.
    db.execute("FLUSH TABLES");
    db.execute("INSERT INTO `order` () VALUES ()");
    List<String> inserted = row("SELECT `user`, kind, id FROM `order`");
    assertEquals(SampleDomains.HOSTILE_DEFAULT, inserted.get(0));
    assertEquals("it's", inserted.get(1));
    try (PreparedStatement insert = db.connection().prepareStatement("INSERT INTO `order` (kind) VALUES (?)")) {
      for (String label : List.of("a\\b", "\"q\"")) {
        insert.setString(1, label);
        insert.executeUpdate();
      }
    }
    assertEquals(List.of("\"q\"", "a\\b", "it's"), column("SELECT kind FROM `order` ORDER BY CAST(kind AS CHAR)"));
    db.execute("INSERT INTO `select` (`from`, order_id) VALUES (UUID(), '" + inserted.get(2) + "')");
    db.execute("UPDATE `order` SET `we\"ird ``col``` = 'ok'");
    assertViolates(CHECK_FAILED, "INSERT INTO `order` (`user`) VALUES ('no quote or backslash')");
    assertViolates(ROW_IS_REFERENCED, "DELETE FROM `order`");
  }

  /** The first column of {@code sql}, whose one parameter is the test database's name. */
  private TreeSet<String> names(String sql) throws SQLException {
    return new TreeSet<>(column(sql, db.name()));
  }

  private List<String> column(String sql, String... parameters) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement query = db.connection().prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setString(i + 1, parameters[i]);
      }
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

  private void assertViolates(int errorCode, String sql) {
    SQLException error = assertThrows(SQLException.class, () -> db.execute(sql), sql);
    assertEquals(errorCode, error.getErrorCode(), error.getMessage());
  }
}
