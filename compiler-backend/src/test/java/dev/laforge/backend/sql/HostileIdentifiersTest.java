package dev.laforge.backend.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.mysql.MySqlDdlWriter;
import dev.laforge.backend.sql.postgres.PostgresDdlWriter;
import dev.laforge.backend.sql.sqlite.SqliteDdlWriter;
import dev.laforge.backend.testing.TestDatabases;
import dev.laforge.backend.testing.TestDatabases.MariaDbDatabase;
import dev.laforge.backend.testing.TestDatabases.PostgresSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Database test on PostgreSQL, MariaDB and SQLite: the DDL of {@link HostileDomain} (every keyword
 * of the three engines as a name, hostile literals, names at the length limit) applies, every
 * table and column exists exactly as named, and a row inserted with only DEFAULT values reads back
 * every string default byte for byte, whatever the session's quoting settings.
 */
class HostileIdentifiersTest {

  @Test
  void theDomainCoversEveryKeywordAndManyStringDefaults() {
    Domain domain = HostileDomain.build(Dialect.POSTGRES);
    TreeSet<String> columns = new TreeSet<>();
    SqlSchema.of(domain, Dialect.POSTGRES).tables().forEach(t -> t.columns().forEach(c -> columns.add(c.name())));
    assertTrue(columns.containsAll(HostileDomain.keywords()));
    assertTrue(HostileDomain.keywords().size() > 800, "keywords: " + HostileDomain.keywords().size());
    long defaults = HostileDomain.stringDefaults(domain).values().stream().mapToLong(Map::size).sum();
    assertTrue(defaults > 500, "string defaults: " + defaults);
    assertEquals(63, HostileDomain.atLimit("x", Dialect.POSTGRES).getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    assertEquals(64, HostileDomain.atLimit("x", Dialect.MYSQL).codePointCount(0, 64));
  }

  @ParameterizedTest
  @ValueSource(strings = {"on", "off"})
  void postgresAppliesAndReadsEveryDefaultBack(String standardConformingStrings) throws SQLException {
    Domain domain = HostileDomain.build(Dialect.POSTGRES);
    try (PostgresSchema db = TestDatabases.postgresSchema()) {
      Connection connection = db.connection();
      execute(connection, "SET standard_conforming_strings = " + standardConformingStrings);
      execute(connection, PostgresDdlWriter.write(domain));
      assertEquals(expectedColumns(domain, Dialect.POSTGRES), new TreeSet<>(column(connection,
          "SELECT table_name || ' . ' || column_name FROM information_schema.columns WHERE table_schema = ?", db.name())));
      assertDefaultsRoundTrip(connection, domain, Dialect.POSTGRES, "DEFAULT VALUES");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ",NO_BACKSLASH_ESCAPES", ",ANSI_QUOTES", ",NO_BACKSLASH_ESCAPES,ANSI_QUOTES"})
  void mariadbAppliesAndReadsEveryDefaultBack(String extraSqlMode) throws SQLException {
    Domain domain = HostileDomain.build(Dialect.MYSQL);
    try (MariaDbDatabase db = TestDatabases.mariadbDatabase()) {
      Connection connection = db.connection();
      execute(connection, "SET SESSION sql_mode = CONCAT(@@sql_mode, '" + extraSqlMode + "')");
      execute(connection, MySqlDdlWriter.write(domain));
      // Reopened tables are parsed again from their stored definitions, under this session's sql_mode.
      execute(connection, "FLUSH TABLES");
      assertEquals(expectedColumns(domain, Dialect.MYSQL), new TreeSet<>(column(connection,
          "SELECT CONCAT(table_name, ' . ', column_name) FROM information_schema.columns WHERE table_schema = ?",
          db.name())));
      assertDefaultsRoundTrip(connection, domain, Dialect.MYSQL, "() VALUES ()");
    }
  }

  @Test
  void sqliteAppliesAndReadsEveryDefaultBack() throws SQLException {
    Domain domain = HostileDomain.build(Dialect.SQLITE);
    try (Connection connection = TestDatabases.sqlite()) {
      execute(connection, SqliteDdlWriter.write(domain));
      assertEquals(expectedColumns(domain, Dialect.SQLITE), new TreeSet<>(column(connection,
          "SELECT m.name || ' . ' || p.name FROM sqlite_schema m, pragma_table_info(m.name) p WHERE m.type = 'table'")));
      assertDefaultsRoundTrip(connection, domain, Dialect.SQLITE, "DEFAULT VALUES");
      assertEquals(List.of(), column(connection, "SELECT \"table\" FROM pragma_foreign_key_check"));
    }
  }

  /** Inserts one row of defaults into every table, then compares each string column with its default. */
  private static void assertDefaultsRoundTrip(Connection connection, Domain domain, Dialect dialect, String defaults)
      throws SQLException {
    int compared = 0;
    for (Map.Entry<String, Map<String, String>> table : HostileDomain.stringDefaults(domain).entrySet()) {
      String name = dialect.quote(table.getKey());
      execute(connection, "INSERT INTO " + name + " " + defaults);
      List<String> columns = List.copyOf(table.getValue().keySet());
      String select = "SELECT " + columns.stream().map(dialect::quote).collect(Collectors.joining(", ")) + " FROM " + name;
      try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(select)) {
        assertTrue(row.next(), select);
        for (int i = 0; i < columns.size(); i++) {
          String column = columns.get(i);
          assertEquals(table.getValue().get(column), row.getString(i + 1), table.getKey() + "." + column);
          compared++;
        }
      }
    }
    assertTrue(compared > 500, "compared " + compared + " defaults");
  }

  private static TreeSet<String> expectedColumns(Domain domain, Dialect dialect) {
    TreeSet<String> expected = new TreeSet<>();
    for (SqlSchema.Table table : SqlSchema.of(domain, dialect).tables()) {
      table.columns().forEach(c -> expected.add(table.name() + " . " + c.name()));
    }
    return expected;
  }

  /** Runs a script; sqlite-jdbc's {@code execute} would run only its first statement. */
  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(sql);
    }
  }

  private static List<String> column(Connection connection, String sql, String... parameters) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(sql)) {
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
}
