package dev.laforge.backend.migrate.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.laforge.backend.naming.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlStatementsTest {

  private static List<String> sql(String script, Dialect dialect) {
    return SqlStatements.split(script, dialect).stream().map(SqlStatements.Statement::sql).toList();
  }

  @Test
  void splitsAtSemicolonsAndDropsEmptyStatements() {
    assertEquals(List.of("CREATE TABLE a (x int)", "DROP TABLE b"),
        sql("CREATE TABLE a (x int);\n;\n  DROP TABLE b;\n\n", Dialect.POSTGRES));
  }

  @Test
  void keepsTheLastStatementWithoutSemicolon() {
    assertEquals(List.of("SELECT 1", "SELECT 2"), sql("SELECT 1;\nSELECT 2", Dialect.SQLITE));
  }

  @Test
  void semicolonsInStringsAndQuotedIdentifiersDoNotSplit() {
    assertEquals(List.of("INSERT INTO \"a;b\" VALUES ('x;y', 'it''s; fine')", "SELECT 2"),
        sql("INSERT INTO \"a;b\" VALUES ('x;y', 'it''s; fine');SELECT 2;", Dialect.POSTGRES));
    assertEquals(List.of("INSERT INTO `a;b` VALUES ('x\\';y')", "SELECT 2"),
        sql("INSERT INTO `a;b` VALUES ('x\\';y');SELECT 2;", Dialect.MYSQL));
    assertEquals(List.of("SELECT [a;b] FROM t", "SELECT 2"), sql("SELECT [a;b] FROM t; SELECT 2", Dialect.SQLITE));
  }

  @Test
  void backslashEscapesOnlyInPostgresEStrings() {
    assertEquals(List.of("SELECT E'a\\';b'", "SELECT 'c\\'", "SELECT 3"),
        sql("SELECT E'a\\';b'; SELECT 'c\\'; SELECT 3", Dialect.POSTGRES));
  }

  @Test
  void commentsWithSemicolonsDoNotSplit() {
    List<SqlStatements.Statement> statements = SqlStatements.split(
        "-- header; with a semicolon\n/* block; /* nested; */ still; */\nCREATE TABLE a (x int); -- trailing;\n# not a comment\n",
        Dialect.POSTGRES);
    assertEquals(2, statements.size(), statements::toString);
    assertEquals("CREATE TABLE a (x int)", statements.get(0).code());
    assertEquals(3, statements.get(0).line());
    assertEquals("-- trailing;\n# not a comment", statements.get(1).sql());
    assertEquals("# not a comment", statements.get(1).code());
    assertEquals(List.of("SELECT 1 # x; y\n", "SELECT 2").stream().map(String::strip).toList(),
        sql("SELECT 1 # x; y\n; SELECT 2", Dialect.MYSQL));
  }

  @Test
  void onlyCommentsIsNoStatement() {
    assertEquals(List.of(), sql("-- nothing here;\n/* ; */\n", Dialect.SQLITE));
  }

  @Test
  void dollarQuotedBodiesStayWhole() {
    String function = "CREATE OR REPLACE FUNCTION laforge_user_id() RETURNS text LANGUAGE sql STABLE AS $$\n"
        + "  SELECT NULLIF(current_setting('laforge.user_id', true), '');\n$$";
    String tagged = "DO $body$ BEGIN PERFORM 1; RAISE NOTICE '$$;'; END $body$";
    assertEquals(List.of(function, tagged, "SELECT $1::int"),
        sql(function + ";\n" + tagged + ";\nSELECT $1::int;", Dialect.POSTGRES));
  }

  @Test
  void dollarSignsInsideIdentifiersAreNotQuotes() {
    assertEquals(List.of("SELECT a$b$ FROM t", "SELECT 2"), sql("SELECT a$b$ FROM t; SELECT 2", Dialect.POSTGRES));
  }

  @Test
  void sqliteTriggerBodiesStayWhole() {
    String trigger = "CREATE TRIGGER t_audit AFTER UPDATE ON t BEGIN\n"
        + "  UPDATE t SET n = CASE WHEN n > 1 THEN 1 ELSE 0 END WHERE id = new.id;\n"
        + "  INSERT INTO log VALUES (new.id);\nEND";
    assertEquals(List.of(trigger, "SELECT 1"), sql(trigger + ";\nSELECT 1;", Dialect.SQLITE));
  }

  @Test
  void numbersAndLinesOfStatements() {
    List<SqlStatements.Statement> statements = SqlStatements.split("\n\nSELECT 1;\n\nSELECT\n'a\nb';", Dialect.SQLITE);
    assertEquals(List.of(1, 2), statements.stream().map(SqlStatements.Statement::number).toList());
    assertEquals(List.of(3, 5), statements.stream().map(SqlStatements.Statement::line).toList());
  }

  @Test
  void unclosedQuoteRunsToTheEnd() {
    assertEquals(List.of("SELECT 'abc; def"), sql("SELECT 'abc; def", Dialect.POSTGRES));
  }
}
