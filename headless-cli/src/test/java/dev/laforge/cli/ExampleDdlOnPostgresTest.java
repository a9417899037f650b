package dev.laforge.cli;

import dev.laforge.backend.testing.TestDatabases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Needs the database: runs the DDL that {@code forge generate} writes for every example, and for
 * a 100-model synthetic domain, on the real PostgreSQL in a fresh schema each, then checks the
 * catalog holds one table per model plus one per manyToMany join table.
 */
class ExampleDdlOnPostgresTest {

  @TempDir Path dir;

  @Test
  void blog() throws SQLException {
    Path project = TestFiles.copyExample("blog", dir);
    Set<String> tables = runDdl(project, 3 + 1);
    assertEquals(Set.of("posts", "posts_tags", "tags", "users"), tables);
  }

  @Test
  void saasCrm() throws SQLException {
    Path project = TestFiles.copyExample("saas-crm", dir);
    int models = TestFiles.countInSources(project, "^model\\s");
    int joinTables = TestFiles.countInSources(project, ":\\s*manyToMany\\(");
    assertEquals(23, models, "examples/saas-crm/README.md says 23 models");
    assertEquals(4, joinTables, "examples/saas-crm/README.md says four manyToMany relations");
    Set<String> tables = runDdl(project, models + joinTables);
    assertTrue(tables.contains("support_tickets"), "table(\"support_tickets\") is honoured: " + tables);
  }

  @Test
  void syntheticDomainOfOneHundredModels() throws SQLException, IOException, InterruptedException {
    Path project = dir.resolve("synthetic-100");
    Path script = TestFiles.repoRoot().resolve("bench/synthetic/generate.py");
    ProcessBuilder pb = new ProcessBuilder("python3", script.toString(), "--models", "100", "--out", project.toString())
        .redirectErrorStream(true);
    Process process;
    try {
      process = pb.start();
    } catch (IOException e) {
      TestDatabases.unavailable("python3 is needed to run " + script + ": " + e.getMessage());
      return;
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "generate.py did not finish");
    assertEquals(0, process.exitValue(), output);

    JsonNode manifest = new ObjectMapper().readTree(project.resolve("manifest.json").toFile());
    int models = manifest.path("models").asInt();
    int joinTables = manifest.path("manyToMany").asInt();
    assertEquals(100, models);
    assertEquals(models, TestFiles.countInSources(project, "^model\\s"), "manifest.json agrees with the sources");
    runDdl(project, models + joinTables);
  }

  /** Generates the project's DDL with the CLI, runs it in a fresh schema and returns the table names. */
  private Set<String> runDdl(Path project, int expectedTables) throws SQLException {
    Path out = dir.resolve("out-" + project.getFileName());
    Cli.run("generate", "--out", out, project).assertExit(ExitCode.OK).assertNoStackTrace();
    String sql = TestFiles.read(TestFiles.postgresSchema(out));
    try (TestDatabases.PostgresSchema schema = TestDatabases.postgresSchema()) {
      schema.execute(sql);
      Set<String> tables = new TreeSet<>();
      try (PreparedStatement query = schema.connection().prepareStatement(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'BASE TABLE'")) {
        query.setString(1, schema.name());
        try (ResultSet rs = query.executeQuery()) {
          while (rs.next()) {
            tables.add(rs.getString(1));
          }
        }
      }
      assertEquals(expectedTables, tables.size(), "tables of " + project.getFileName() + ": " + tables);
      return tables;
    }
  }
}
