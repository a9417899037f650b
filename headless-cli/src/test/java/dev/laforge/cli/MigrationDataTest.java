package dev.laforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.migrate.SchemaDiff;
import dev.laforge.backend.migrate.plan.MigrationPlan;
import dev.laforge.backend.migrate.plan.MigrationPlanner;
import dev.laforge.backend.migrate.plan.PlanMode;
import dev.laforge.backend.migrate.plan.PlannedOp;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.policy.RlsWriter;
import dev.laforge.backend.sql.mysql.MySqlDdlWriter;
import dev.laforge.backend.sql.postgres.PostgresDdlWriter;
import dev.laforge.backend.sql.sqlite.SqliteDdlWriter;
import dev.laforge.backend.testing.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Needs the databases. A stored row survives a migration that renames, retypes, constrains and
 * drops columns and reshapes an enum: directly with --allow-destructive, and through the safe
 * migration plus its fallback file, where the dropped column keeps its value under its
 * deprecated name (on SQLite through table rebuilds).
 */
class MigrationDataTest {

  private static final String V1 = """
      enum Status { draft published archived }

      model Note {
        id: uuid pk
        title: string
        hits: integer default 0
        status: Status default draft
        legacy: string optional
      }
      """;

  private static final String V2 = """
      enum Status { draft review published }

      model Note {
        id: uuid pk
        heading: string renamedFrom("title") length(1..100)
        hits: bigint default 0
        status: Status default draft
        extra: text optional
      }
      """;

  private static final String ROW = "INSERT INTO notes (id, title, hits, status, legacy)"
      + " VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'It''s', 42, 'published', 'kept')";

  @TempDir Path dir;

  private Domain load(String name, String source) throws IOException {
    Path file = dir.resolve(name + ".forge");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    var result = Workspace.loader().loadAndCompilePolicies(
        List.of(new dev.laforge.language.ForgeDomainLoader.Source(file.toString(), Files.readAllBytes(file))));
    return result.domain();
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aRowSurvivesTheDirectMigration(Dialect dialect) throws Exception {
    MigrationPlan plan = plan(dialect, PlanMode.ALLOW_DESTRUCTIVE);
    assertEquals(List.of(), plan.deferred());
    assertEquals(java.util.Arrays.asList("It's", "42", "published", null), migrate(dialect, plan, "extra"));
  }

  @ParameterizedTest
  @EnumSource(Dialect.class)
  void aRowSurvivesTheSafeMigrationAndItsFallbackWithTheDroppedValueKept(Dialect dialect) throws Exception {
    MigrationPlan plan = plan(dialect, PlanMode.SAFE);
    assertEquals(List.of("It's", "42", "published", "kept"), migrate(dialect, plan, "legacy_deprecated_20250102030405"));
  }

  private MigrationPlan plan(Dialect dialect, PlanMode mode) throws IOException {
    return MigrationPlanner.plan(SchemaDiff.between(load("v1", V1), load("v2", V2), dialect), dialect, mode,
        MigrationCases.TIMESTAMP);
  }

  /** Applies v1, the row, the applied and then the deferred statements; returns the row's values. */
  private List<String> migrate(Dialect dialect, MigrationPlan plan, String lastColumn) throws Exception {
    Domain v1 = load("v1", V1);
    List<String> statements = new ArrayList<>();
    for (List<PlannedOp> ops : List.of(plan.applied(), plan.deferred())) {
      ops.forEach(op -> statements.addAll(op.statements()));
    }
    String query = "SELECT heading, hits, status, " + dialect.quote(lastColumn) + " FROM notes";
    switch (dialect) {
      case POSTGRES -> {
        try (TestDatabases.PostgresSchema db = TestDatabases.postgresSchema()) {
          db.execute(PostgresDdlWriter.write(v1));
          db.execute(RlsWriter.write(v1));
          db.execute(ROW);
          return run(db.connection(), statements, query);
        }
      }
      case MYSQL -> {
        try (TestDatabases.MariaDbDatabase db = TestDatabases.mariadbDatabase()) {
          db.execute(MySqlDdlWriter.write(v1));
          db.execute(ROW);
          return run(db.connection(), statements, query);
        }
      }
      default -> {
        try (Connection c = TestDatabases.sqlite(); Statement s = c.createStatement()) {
          s.executeUpdate(SqliteDdlWriter.write(v1));
          s.executeUpdate(ROW);
          s.execute("PRAGMA foreign_keys = OFF");
          return run(c, statements, query);
        }
      }
    }
  }

  private static List<String> run(Connection c, List<String> statements, String query) throws SQLException {
    TestSql.run(c, statements);
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
      rs.next();
      List<String> values = new ArrayList<>();
      for (int i = 1; i <= 4; i++) {
        values.add(rs.getString(i));
      }
      return values;
    }
  }
}
