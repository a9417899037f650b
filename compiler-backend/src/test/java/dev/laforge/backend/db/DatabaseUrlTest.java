package dev.laforge.backend.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseUrlTest {

  @Test
  void postgresShortFormBecomesJdbcWithUserAndPassword() {
    DatabaseUrl url = DatabaseUrl.parse("postgres://app:s%40cret@db.internal:6543/shop?sslmode=disable");
    assertEquals(Dialect.POSTGRES, url.dialect());
    assertEquals("jdbc:postgresql://db.internal:6543/shop?sslmode=disable", url.jdbcUrl());
    assertEquals("app", url.user());
    assertEquals("s@cret", url.password());
    assertFalse(url.display().contains("cret"), url.display());
    assertFalse(url.toString().contains("cret"));
  }

  @Test
  void shortFormsTakeDefaultPortsAndHost() {
    assertEquals("jdbc:postgresql://localhost:5432/app", DatabaseUrl.parse("postgresql:///app").jdbcUrl());
    DatabaseUrl mysql = DatabaseUrl.parse("mysql://root@127.0.0.1/test");
    assertEquals(Dialect.MYSQL, mysql.dialect());
    assertEquals("jdbc:mariadb://127.0.0.1:3306/test", mysql.jdbcUrl());
    assertEquals("root", mysql.user());
    assertNull(mysql.password());
    assertEquals("jdbc:mariadb://h:3307/d", DatabaseUrl.parse("mariadb://h:3307/d").jdbcUrl());
  }

  @Test
  void jdbcUrlsKeepTheirTextAndMysqlUsesTheMariadbDriver() {
    assertEquals(Dialect.POSTGRES, DatabaseUrl.parse("jdbc:postgresql://h/d").dialect());
    assertEquals("jdbc:mariadb://h/d?user=root", DatabaseUrl.parse("jdbc:mysql://h/d?user=root").jdbcUrl());
    assertEquals(Dialect.SQLITE, DatabaseUrl.parse("jdbc:sqlite:app.db").dialect());
  }

  @Test
  void passwordsInJdbcParametersAndUserInfoAreMasked() {
    String shown = DatabaseUrl.parse("jdbc:postgresql://h/d?user=a&password=hunter2&ssl=true").display();
    assertEquals("jdbc:postgresql://h/d?user=a&password=****&ssl=true", shown);
    assertEquals("jdbc:mariadb://u:****@h/d", DatabaseUrl.masked("jdbc:mariadb://u:pw@h/d"));
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse("postgres://u:topsecret@h:1/"));
    assertFalse(error.getMessage().contains("topsecret"), error.getMessage());
    IllegalArgumentException unsupported =
        assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse("oracle://u:topsecret@h/x"));
    assertFalse(unsupported.getMessage().contains("topsecret"), unsupported.getMessage());
  }

  @Test
  void sqliteForms(@TempDir Path dir) throws Exception {
    assertEquals("jdbc:sqlite:dev.db", DatabaseUrl.parse("sqlite:dev.db").jdbcUrl());
    assertEquals("jdbc:sqlite:/tmp/x.db", DatabaseUrl.parse("sqlite:///tmp/x.db").jdbcUrl());
    assertEquals(Path.of("/tmp/x.db"), DatabaseUrl.parse("sqlite:///tmp/x.db").sqliteFile());
    assertNull(DatabaseUrl.parse("sqlite::memory:").sqliteFile());
    assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse("sqlite:"));
    Path file = dir.resolve("a.db");
    try (Connection connection = DatabaseUrl.sqlite(file).connect(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE t (x INTEGER)");
    }
    assertTrue(Files.exists(file));
  }

  @Test
  void rejectsWhatIsNotADatabaseUrl() {
    assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse(""));
    assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse("postgres://h/a/b"));
    assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse("http://h/d"));
  }

  @Test
  void connectsToTheRealPostgresAndMariadbThroughShortForms() throws Exception {
    TestDatabases.postgres().close();
    try (Connection connection = DatabaseUrl.parse("postgres://postgres@127.0.0.1:5432/test").connect();
        ResultSet rs = connection.createStatement().executeQuery("SELECT current_user")) {
      assertTrue(rs.next());
      assertEquals("postgres", rs.getString(1));
    }
    TestDatabases.mariadb().close();
    try (Connection connection = DatabaseUrl.parse("mysql://root@127.0.0.1:3306/test").connect();
        ResultSet rs = connection.createStatement().executeQuery("SELECT DATABASE()")) {
      assertTrue(rs.next());
      assertEquals("test", rs.getString(1));
    }
  }
}
