package dev.laforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.IrJson;
import dev.laforge.backend.policy.RlsWriter;
import dev.laforge.backend.sql.mysql.MySqlDdlWriter;
import dev.laforge.backend.sql.postgres.PostgresDdlWriter;
import dev.laforge.backend.sql.sqlite.SqliteDdlWriter;
import dev.laforge.backend.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Needs the databases: {@code forge drift} and {@code forge diff} as a user runs them, against
 * scratch PostgreSQL schemas, MariaDB databases and SQLite files holding the blog example's schema.
 */
class DriftAndDiffCommandTest {

  private static final Domain BLOG = DriftOnExamplesTest.load("blog");

  @TempDir Path dir;

  private static String postgresUrl(TestDatabases.PostgresSchema db) {
    return TestDatabases.DEFAULT_PG_URL + "?user=" + TestDatabases.DEFAULT_PG_USER + "&currentSchema=" + db.name();
  }

  private static TestDatabases.PostgresSchema postgresBlog(String alter) throws Exception {
    TestDatabases.PostgresSchema db = TestDatabases.postgresSchema();
    db.execute(PostgresDdlWriter.write(BLOG));
    db.execute(RlsWriter.write(BLOG));
    if (alter != null) {
      db.execute(alter);
    }
    return db;
  }

  private Path sqliteBlog(String name, String alter) throws Exception {
    Path file = dir.resolve(name);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
      s.executeUpdate(SqliteDdlWriter.write(BLOG));
      if (alter != null) {
        s.executeUpdate(alter);
      }
    }
    return file;
  }

  @Test
  void driftOnAnUnchangedPostgresDatabaseIsNone() throws Exception {
    try (TestDatabases.PostgresSchema db = postgresBlog(null)) {
      Cli.Result result = Cli.run("drift", TestFiles.example("blog"), "--db", postgresUrl(db)).assertExit(ExitCode.OK);
      assertEquals("no drift (postgres)\n", result.out());
    }
  }

  @Test
  void driftOnPostgresIsReportedAsTextAndJson() throws Exception {
    try (TestDatabases.PostgresSchema db = postgresBlog("DROP INDEX posts_tenant_id_idx; ALTER TABLE posts NO FORCE ROW LEVEL SECURITY")) {
      Cli.Result text = Cli.run("drift", TestFiles.example("blog"), "--db", postgresUrl(db)).assertExit(ExitCode.PROBLEMS);
      assertEquals("drift: index posts_tenant_id_idx missing\ndrift: RLS not forced on posts\n2 differences (postgres)\n", text.out());
      Cli.Result json = Cli.run("drift", TestFiles.example("blog"), "--db", postgresUrl(db), "--format", "json")
          .assertExit(ExitCode.PROBLEMS).assertNoStackTrace();
      JsonNode root = new ObjectMapper().readTree(json.out());
      assertEquals("postgres", root.get("dialect").asText());
      assertTrue(root.get("drift").asBoolean());
      JsonNode first = root.get("items").get(0);
      assertEquals("missing-index", first.get("kind").asText());
      assertEquals("posts", first.get("table").asText());
      assertEquals("posts_tenant_id_idx", first.get("object").asText());
      assertEquals("posts_tenant_id_idx", first.get("expected").asText());
      assertTrue(first.get("actual").isNull());
    }
  }

  @Test
  void driftOnMariadb() throws Exception {
    try (TestDatabases.MariaDbDatabase db = TestDatabases.mariadbDatabase()) {
      db.execute(MySqlDdlWriter.write(BLOG));
      String url = TestDatabases.DEFAULT_MARIADB_URL.replace("/test", "/" + db.name()) + "?user=" + TestDatabases.DEFAULT_MARIADB_USER;
      Cli.run("drift", TestFiles.example("blog"), "--db", url).assertExit(ExitCode.OK);
      db.execute("ALTER TABLE posts ADD COLUMN extra TEXT");
      Cli.Result result = Cli.run("drift", TestFiles.example("blog"), "--db", url).assertExit(ExitCode.PROBLEMS);
      assertEquals("drift: column posts.extra (text) not declared (extra)\n1 difference (mysql)\n", result.out());
    }
  }

  @Test
  void driftOnSqliteAndItsErrors() throws Exception {
    Path file = sqliteBlog("blog.db", null);
    Cli.run("drift", TestFiles.example("blog"), "--db", "sqlite:" + file).assertExit(ExitCode.OK);
    Cli.Result missing = Cli.run("drift", TestFiles.example("blog"), "--db", "sqlite:" + dir.resolve("none.db"))
        .assertExit(ExitCode.USAGE).assertNoStackTrace();
    assertTrue(missing.err().contains("no SQLite database at"), missing.err());
    assertFalse(dir.resolve("none.db").toFile().exists(), "drift never creates a database");
    Cli.run("drift", TestFiles.example("blog"), "--db", "ftp:x").assertExit(ExitCode.USAGE).assertNoStackTrace();
    Cli.run("drift", TestFiles.example("blog")).assertExit(ExitCode.USAGE);
  }

  @Test
  void connectionErrorsNeverShowThePassword() {
    Cli.Result result = Cli.run("drift", TestFiles.example("blog"), "--db", "postgres://someone:s3cret@127.0.0.1:1/nothing")
        .assertExit(ExitCode.USAGE).assertNoStackTrace();
    assertTrue(result.err().startsWith("forge: cannot connect to "), result.err());
    assertFalse(result.err().contains("s3cret"), result.err());
    assertFalse(result.out().contains("s3cret"), result.out());
  }

  @Test
  void diffOfTheSameDomainIsEmpty() {
    Cli.Result result = Cli.run("diff", TestFiles.example("blog"), TestFiles.example("blog")).assertExit(ExitCode.OK);
    assertEquals("no differences (postgres)\n", result.out());
  }

  @Test
  void diffFromASnapshotToChangedSources() throws Exception {
    Path snapshot = TestFiles.write(dir.resolve("schema.json"), IrJson.write(BLOG));
    Path project = TestFiles.copyExample("blog", dir);
    Path domain = project.resolve("domain.forge");
    TestFiles.write(domain, TestFiles.read(domain).replace("  apiKey: string secret optional\n", ""));
    Cli.Result result = Cli.run("diff", snapshot, project, "--dialect", "sqlite").assertExit(ExitCode.PROBLEMS);
    assertEquals("destructive      drop-column column users.api_key\n"
        + "    LF402 dropping column users.api_key deletes its values\n"
        + "1 operation (sqlite)\n", result.out());
    JsonNode json = new ObjectMapper().readTree(Cli.run("diff", snapshot, project, "--dialect", "sqlite", "--json").out());
    JsonNode op = json.get("operations").get(0);
    assertEquals("drop-column", op.get("op").asText());
    assertEquals("destructive", op.get("risk").asText());
    assertEquals("LF402", op.get("findings").get(0).get("code").asText());
  }

  @Test
  void diffOfADatabaseAgainstSources() throws Exception {
    Path file = sqliteBlog("drifted.db", "CREATE INDEX posts_title_idx ON posts (title)");
    Cli.Result result = Cli.run("diff", "sqlite:" + file, TestFiles.example("blog")).assertExit(ExitCode.PROBLEMS);
    assertEquals("safe             drop-index index posts_title_idx on posts\n1 operation (sqlite)\n", result.out());
    Cli.run("diff", "sqlite:" + sqliteBlog("clean.db", null), TestFiles.example("blog")).assertExit(ExitCode.OK);
    Cli.Result mismatch = Cli.run("diff", "sqlite:" + file, TestFiles.example("blog"), "--dialect", "postgres")
        .assertExit(ExitCode.USAGE);
    assertTrue(mismatch.err().contains("does not match the sqlite database"), mismatch.err());
  }

  @Test
  void diffOfPostgresDatabases() throws Exception {
    try (TestDatabases.PostgresSchema clean = postgresBlog(null);
        TestDatabases.PostgresSchema changed = postgresBlog("ALTER POLICY laforge_posts_read ON posts USING (true)")) {
      Cli.run("diff", postgresUrl(clean), TestFiles.example("blog")).assertExit(ExitCode.OK);
      Cli.Result result = Cli.run("diff", postgresUrl(clean), postgresUrl(changed), "--json").assertExit(ExitCode.PROBLEMS);
      JsonNode op = new ObjectMapper().readTree(result.out()).get("operations").get(0);
      assertEquals("alter-policy", op.get("op").asText());
      assertEquals("policy laforge_posts_read on posts", op.get("description").asText());
    }
  }
}
