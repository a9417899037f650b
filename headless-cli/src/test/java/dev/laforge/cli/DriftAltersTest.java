package dev.laforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.migrate.SchemaState;
import dev.laforge.backend.migrate.introspect.DeclaredPolicies;
import dev.laforge.backend.migrate.introspect.DriftReport;
import dev.laforge.backend.migrate.introspect.Introspector;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.policy.RlsWriter;
import dev.laforge.backend.sql.mysql.MySqlDdlWriter;
import dev.laforge.backend.sql.postgres.PostgresDdlWriter;
import dev.laforge.backend.sql.sqlite.SqliteDdlWriter;
import dev.laforge.backend.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Needs the databases: each kind of manual change to a database that holds an example's generated
 * schema is reported as exactly one drift item, with the precise message, on every engine where
 * the change can be made.
 */
class DriftAltersTest {

  private static final Domain BLOG = DriftOnExamplesTest.load("blog");
  private static final Domain CRM = DriftOnExamplesTest.load("saas-crm");

  static Stream<Arguments> postgresAlters() {
    return Stream.of(
        Arguments.of("ALTER TABLE posts ADD COLUMN extra text", DriftReport.Kind.EXTRA_COLUMN,
            "column posts.extra (text) not declared (extra)"),
        Arguments.of("ALTER TABLE posts DROP COLUMN slug", DriftReport.Kind.MISSING_COLUMN, "column posts.slug (text) missing"),
        Arguments.of("ALTER TABLE posts ALTER COLUMN title TYPE varchar(200)", DriftReport.Kind.COLUMN_TYPE,
            "column posts.title: type character varying(200) in the database, text declared"),
        Arguments.of("ALTER TABLE posts ALTER COLUMN title DROP NOT NULL", DriftReport.Kind.COLUMN_NULLABILITY,
            "column posts.title: nullable in the database, NOT NULL declared"),
        Arguments.of("ALTER TABLE posts ALTER COLUMN published SET DEFAULT true", DriftReport.Kind.COLUMN_DEFAULT,
            "column posts.published: default true in the database, false declared"),
        Arguments.of("ALTER TABLE posts ALTER COLUMN published DROP DEFAULT", DriftReport.Kind.COLUMN_DEFAULT,
            "column posts.published: default none in the database, false declared"),
        Arguments.of("ALTER TABLE posts DROP CONSTRAINT posts_author_id_fkey", DriftReport.Kind.MISSING_FOREIGN_KEY,
            "foreign key posts_author_id_fkey missing"),
        Arguments.of("ALTER TABLE posts DROP CONSTRAINT posts_author_id_fkey, ADD CONSTRAINT posts_author_id_fkey"
            + " FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE RESTRICT", DriftReport.Kind.FOREIGN_KEY,
            "foreign key posts_author_id_fkey: references users(id) ON DELETE RESTRICT in the database,"
                + " references users(id) ON DELETE CASCADE declared"),
        Arguments.of("DROP INDEX posts_tenant_id_idx", DriftReport.Kind.MISSING_INDEX, "index posts_tenant_id_idx missing"),
        Arguments.of("CREATE INDEX posts_title_idx ON posts (title)", DriftReport.Kind.EXTRA_INDEX,
            "index posts_title_idx not declared (extra)"),
        Arguments.of("ALTER TABLE posts DISABLE ROW LEVEL SECURITY", DriftReport.Kind.RLS_DISABLED,
            "row-level security is not enabled on posts"),
        Arguments.of("ALTER TABLE posts NO FORCE ROW LEVEL SECURITY", DriftReport.Kind.RLS_NOT_FORCED, "RLS not forced on posts"),
        Arguments.of("DROP POLICY laforge_posts_read ON posts", DriftReport.Kind.MISSING_POLICY,
            "policy laforge_posts_read missing"),
        Arguments.of("ALTER POLICY laforge_posts_read ON posts USING (true)", DriftReport.Kind.POLICY,
            "policy laforge_posts_read: USING differs"),
        Arguments.of("CREATE POLICY laforge_posts_extra ON posts FOR SELECT USING (true)", DriftReport.Kind.EXTRA_POLICY,
            "policy laforge_posts_extra not declared (extra)"),
        Arguments.of("CREATE TABLE audit_log (id integer PRIMARY KEY)", DriftReport.Kind.EXTRA_TABLE,
            "table audit_log not declared (extra)"),
        Arguments.of("DROP TABLE posts_tags", DriftReport.Kind.MISSING_TABLE, "table posts_tags missing"));
  }

  @ParameterizedTest
  @MethodSource("postgresAlters")
  void postgres(String alter, DriftReport.Kind kind, String message) throws SQLException {
    assertSingleItem(postgres(BLOG, alter), kind, message);
  }

  @org.junit.jupiter.api.Test
  void postgresEnumValueAdded() throws SQLException {
    assertSingleItem(postgres(CRM, "ALTER TYPE plan ADD VALUE 'legacy'"), DriftReport.Kind.EXTRA_ENUM_VALUE,
        "enum plan: value 'legacy' not declared (extra)");
  }

  static Stream<Arguments> mariadbAlters() {
    return Stream.of(
        Arguments.of("ALTER TABLE posts ADD COLUMN extra TEXT", DriftReport.Kind.EXTRA_COLUMN,
            "column posts.extra (text) not declared (extra)"),
        Arguments.of("ALTER TABLE posts DROP COLUMN slug", DriftReport.Kind.MISSING_COLUMN,
            "column posts.slug (varchar(255)) missing"),
        Arguments.of("ALTER TABLE posts MODIFY title TEXT NOT NULL", DriftReport.Kind.COLUMN_TYPE,
            "column posts.title: type text in the database, varchar(255) declared"),
        Arguments.of("ALTER TABLE posts MODIFY title VARCHAR(255) NULL", DriftReport.Kind.COLUMN_NULLABILITY,
            "column posts.title: nullable in the database, NOT NULL declared"),
        Arguments.of("ALTER TABLE posts ALTER COLUMN published SET DEFAULT TRUE", DriftReport.Kind.COLUMN_DEFAULT,
            "column posts.published: default true in the database, false declared"),
        Arguments.of("ALTER TABLE posts DROP FOREIGN KEY posts_author_id_fkey", DriftReport.Kind.MISSING_FOREIGN_KEY,
            "foreign key posts_author_id_fkey missing"),
        Arguments.of("DROP INDEX posts_tenant_id_idx ON posts", DriftReport.Kind.MISSING_INDEX,
            "index posts_tenant_id_idx missing"),
        Arguments.of("CREATE INDEX posts_title_idx ON posts (title)", DriftReport.Kind.EXTRA_INDEX,
            "index posts_title_idx not declared (extra)"),
        Arguments.of("CREATE TABLE audit_log (id INT PRIMARY KEY)", DriftReport.Kind.EXTRA_TABLE,
            "table audit_log not declared (extra)"));
  }

  @ParameterizedTest
  @MethodSource("mariadbAlters")
  void mariadb(String alter, DriftReport.Kind kind, String message) throws SQLException {
    assertSingleItem(mariadb(BLOG, alter), kind, message);
  }

  @org.junit.jupiter.api.Test
  void mariadbEnumValueAdded() throws SQLException {
    assertSingleItem(mariadb(CRM, "ALTER TABLE organizations MODIFY plan ENUM('free','starter','growth','enterprise','legacy')"
        + " NOT NULL DEFAULT 'free'"), DriftReport.Kind.COLUMN_TYPE,
        "column organizations.plan: type enum('free','starter','growth','enterprise','legacy') in the database,"
            + " enum('free','starter','growth','enterprise') declared");
  }

  static Stream<Arguments> sqliteAlters() {
    return Stream.of(
        Arguments.of("ALTER TABLE posts ADD COLUMN extra TEXT", DriftReport.Kind.EXTRA_COLUMN,
            "column posts.extra (text) not declared (extra)"),
        Arguments.of("ALTER TABLE posts DROP COLUMN slug", DriftReport.Kind.MISSING_COLUMN, "column posts.slug (text) missing"),
        Arguments.of("DROP INDEX posts_tenant_id_idx", DriftReport.Kind.MISSING_INDEX, "index posts_tenant_id_idx missing"),
        Arguments.of("CREATE INDEX posts_title_idx ON posts (title)", DriftReport.Kind.EXTRA_INDEX,
            "index posts_title_idx not declared (extra)"),
        Arguments.of("CREATE TABLE audit_log (id INTEGER PRIMARY KEY)", DriftReport.Kind.EXTRA_TABLE,
            "table audit_log not declared (extra)"));
  }

  @ParameterizedTest
  @MethodSource("sqliteAlters")
  void sqlite(String alter, DriftReport.Kind kind, String message) throws SQLException {
    try (Connection c = TestDatabases.sqlite(); Statement s = c.createStatement()) {
      s.executeUpdate(SqliteDdlWriter.write(BLOG));
      s.executeUpdate(alter);
      assertSingleItem(DriftReport.detect(SchemaState.of(BLOG, Dialect.SQLITE), Introspector.read(c, Dialect.SQLITE)), kind, message);
    }
  }

  private static DriftReport postgres(Domain domain, String alter) throws SQLException {
    try (TestDatabases.PostgresSchema db = TestDatabases.postgresSchema()) {
      db.execute(PostgresDdlWriter.write(domain));
      db.execute(RlsWriter.write(domain));
      db.execute(alter);
      return DriftReport.detect(
          SchemaState.of(domain, Dialect.POSTGRES).withPolicies(DeclaredPolicies.normalise(db.connection(), domain)),
          Introspector.read(db.connection(), Dialect.POSTGRES));
    }
  }

  private static DriftReport mariadb(Domain domain, String alter) throws SQLException {
    try (TestDatabases.MariaDbDatabase db = TestDatabases.mariadbDatabase()) {
      db.execute(MySqlDdlWriter.write(domain));
      db.execute(alter);
      return DriftReport.detect(SchemaState.of(domain, Dialect.MYSQL), Introspector.read(db.connection(), Dialect.MYSQL));
    }
  }

  private static void assertSingleItem(DriftReport report, DriftReport.Kind kind, String message) {
    assertEquals(List.of(kind + ": " + message), report.items().stream().map(i -> i.kind() + ": " + i.message()).toList(),
        report.text());
  }
}
