package dev.laforge.backend.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DialectTest {

  @Test
  void idsParseBack() {
    for (Dialect dialect : Dialect.values()) {
      assertEquals(dialect, Dialect.parse(dialect.id()));
    }
    assertEquals(Dialect.MYSQL, Dialect.parse("mariadb"));
    assertEquals(Dialect.POSTGRES, Dialect.parse(" Postgres "));
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Dialect.parse("oracle"));
    assertTrue(error.getMessage().contains("oracle"));
  }

  @Test
  void postgresCountsUtf8BytesAndMysqlCountsCharacters() {
    String ascii63 = "a".repeat(63);
    assertTrue(Dialect.POSTGRES.fits(ascii63));
    assertFalse(Dialect.POSTGRES.fits(ascii63 + "a"));
    String accented = "é".repeat(32); // 32 characters, 64 bytes
    assertFalse(Dialect.POSTGRES.fits(accented));
    assertTrue(Dialect.MYSQL.fits(accented));
    assertTrue(Dialect.MYSQL.fits("é".repeat(64)));
    assertFalse(Dialect.MYSQL.fits("é".repeat(65)));
    assertTrue(Dialect.SQLITE.fits("x".repeat(10_000)));
  }

  @Test
  void identifiersAreQuotedWithEmbeddedQuotesDoubled() {
    assertEquals("\"user\"", Dialect.POSTGRES.quote("user"));
    assertEquals("\"we\"\"ird\"", Dialect.POSTGRES.quote("we\"ird"));
    assertEquals("\"a`b\"", Dialect.SQLITE.quote("a`b"));
    assertEquals("`order`", Dialect.MYSQL.quote("order"));
    assertEquals("`a``b\"c`", Dialect.MYSQL.quote("a`b\"c"));
  }

  @Test
  void stringsWithoutBackslashOnlyDoubleSingleQuotes() {
    for (Dialect dialect : Dialect.values()) {
      assertEquals("'it''s \"x\"'", dialect.quoteString("it's \"x\""));
      assertEquals("''", dialect.quoteString(""));
    }
  }

  @Test
  void postgresWritesBackslashesInAnEscapeString() {
    // E'' strings escape whatever standard_conforming_strings says, so the value is fixed.
    assertEquals("E'a\\\\b''c'", Dialect.POSTGRES.quoteString("a\\b'c"));
  }

  @Test
  void mysqlSpellsBackslashesAsCharCodes() {
    // CONCAT/CHAR reads the same with and without NO_BACKSLASH_ESCAPES.
    assertEquals("(CONCAT('a', CHAR(92 USING utf8mb4), 'b''c'))", Dialect.MYSQL.quoteString("a\\b'c"));
    assertEquals("(CONCAT(CHAR(92 USING utf8mb4)))", Dialect.MYSQL.quoteString("\\"));
    assertEquals("(CONCAT(CHAR(92 USING utf8mb4), CHAR(92 USING utf8mb4), 'x', CHAR(92 USING utf8mb4)))",
        Dialect.MYSQL.quoteString("\\\\x\\"));
  }

  @Test
  void sqliteNeverEscapes() {
    assertEquals("'a\\b'", Dialect.SQLITE.quoteString("a\\b"));
  }

  @Test
  void nulCharactersAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Dialect.POSTGRES.quoteString("a\0b"));
    assertThrows(IllegalArgumentException.class, () -> Dialect.MYSQL.quote("a\0b"));
  }

  @Test
  void shortConstraintNamesAreJoined() {
    assertEquals("users_email_key", Dialect.POSTGRES.constraintName("users", "email", "key"));
  }

  @Test
  void longConstraintNamesAreCutAndHashed() {
    String table = "a_table_with_a_rather_long_name_for_testing";
    String name = Dialect.POSTGRES.constraintName(table, "and_an_even_longer_column_name", "fkey");
    assertEquals(63, name.getBytes(StandardCharsets.UTF_8).length);
    assertTrue(name.matches("a_table_with_a_rather_long_name_for_testing_and_an_eve_[0-9a-f]{8}"), name);
    assertEquals(name, Dialect.POSTGRES.constraintName(table, "and_an_even_longer_column_name", "fkey"));
    String sibling = Dialect.POSTGRES.constraintName(table, "and_an_even_longer_column_name", "idx");
    assertNotEquals(name, sibling);
    assertEquals(name.substring(0, 54), sibling.substring(0, 54));
  }

  @Test
  void truncationNeverSplitsAMultiByteCharacter() {
    String name = Dialect.POSTGRES.constraintName("é".repeat(40), "check");
    assertTrue(Dialect.POSTGRES.fits(name));
    assertTrue(name.matches("(é)+_[0-9a-f]{8}"), name);
    assertEquals(63, name.getBytes(StandardCharsets.UTF_8).length); // 27 x 2 bytes + 9 ASCII
    String mysql = Dialect.MYSQL.constraintName("é".repeat(40), "é".repeat(40));
    assertEquals(64, mysql.codePointCount(0, mysql.length()));
    String sqlite = Dialect.SQLITE.constraintName("x".repeat(100), "y".repeat(100));
    assertEquals(201, sqlite.length());
  }
}
