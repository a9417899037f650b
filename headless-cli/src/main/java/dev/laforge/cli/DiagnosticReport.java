package dev.laforge.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.laforge.backend.diagnostics.Diagnostic;
import dev.laforge.backend.diagnostics.DiagnosticCode;
import dev.laforge.backend.diagnostics.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Renders diagnostics as text lines, JSON or SARIF 2.1.0. Output is deterministic. */
final class DiagnosticReport {

  /** Text output stops after this many lines and says how many more there are. */
  static final int TEXT_LIMIT = 1000;

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DiagnosticReport() {}

  static String text(List<Diagnostic> diagnostics, int fileCount) {
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (Diagnostic d : diagnostics) {
      if (shown++ == TEXT_LIMIT) {
        out.append("... and ").append(diagnostics.size() - TEXT_LIMIT).append(" more diagnostics\n");
        break;
      }
      out.append(d.file()).append(':').append(d.line()).append(':').append(d.column()).append(": ")
          .append(d.severity().name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(d.code()).append(": ")
          .append(d.message()).append('\n');
    }
    out.append(summary(diagnostics, fileCount)).append('\n');
    return out.toString();
  }

  static String summary(List<Diagnostic> diagnostics, int fileCount) {
    long errors = count(diagnostics, Severity.ERROR);
    long warnings = count(diagnostics, Severity.WARNING);
    long infos = count(diagnostics, Severity.INFO);
    String files = fileCount + (fileCount == 1 ? " file" : " files");
    if (diagnostics.isEmpty()) {
      return "checked " + files + ": no problems";
    }
    return "checked " + files + ": " + plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(infos, "info");
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 || word.equals("info") ? "" : "s");
  }

  private static long count(List<Diagnostic> diagnostics, Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }

  static String json(List<Diagnostic> diagnostics, int fileCount) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", 1);
    root.put("files", fileCount);
    root.put("summary", Map.of(
        "errors", count(diagnostics, Severity.ERROR),
        "warnings", count(diagnostics, Severity.WARNING),
        "infos", count(diagnostics, Severity.INFO)));
    List<Object> items = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("code", d.code().name());
      item.put("name", d.code().slug());
      item.put("severity", d.severity().name().toLowerCase(java.util.Locale.ROOT));
      item.put("message", d.message());
      item.put("file", d.file());
      item.put("range", Map.of(
          "start", position(d.line(), d.column()),
          "end", position(d.endLine(), d.endColumn())));
      item.put("offset", d.offset());
      item.put("length", d.length());
      item.put("data", new java.util.TreeMap<>(d.data()));
      items.add(item);
    }
    root.put("diagnostics", items);
    return write(root);
  }

  private static Map<String, Object> position(int line, int column) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("line", line);
    p.put("column", column);
    return p;
  }

  static String sarif(List<Diagnostic> diagnostics, String version) {
    TreeSet<DiagnosticCode> used = new TreeSet<>();
    diagnostics.forEach(d -> used.add(d.code()));
    List<DiagnosticCode> rules = List.copyOf(used);
    List<Object> ruleObjects = new ArrayList<>();
    for (DiagnosticCode code : rules) {
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("id", code.name());
      rule.put("name", code.slug());
      rule.put("shortDescription", Map.of("text", code.slug().replace('-', ' ')));
      rule.put("helpUri", code.docsUrl());
      rule.put("defaultConfiguration", Map.of("level", level(code.defaultSeverity())));
      ruleObjects.add(rule);
    }
    List<Object> results = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      Map<String, Object> region = new LinkedHashMap<>();
      region.put("startLine", d.line());
      region.put("startColumn", d.column());
      region.put("endLine", Math.max(d.endLine(), d.line()));
      region.put("endColumn", d.endLine() > d.line() ? Math.max(1, d.endColumn()) : Math.max(d.endColumn(), d.column() + 1));
      Map<String, Object> location = Map.of("physicalLocation", Map.of(
          "artifactLocation", Map.of("uri", uriReference(d.file())),
          "region", region));
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("ruleId", d.code().name());
      result.put("ruleIndex", rules.indexOf(d.code()));
      result.put("level", level(d.severity()));
      result.put("message", Map.of("text", d.message()));
      result.put("locations", List.of(location));
      results.add(result);
    }
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "forge");
    driver.put("fullName", "LaForge for Java");
    driver.put("version", version);
    driver.put("informationUri", DiagnosticCode.DOCS_URL);
    driver.put("rules", ruleObjects);
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("results", results);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    root.put("runs", List.of(run));
    return write(root);
  }

  /**
   * A file path as an RFC 3986 URI reference, as SARIF requires: {@code /}-separated, every byte
   * outside the unreserved characters percent-encoded (spaces, non-ASCII, {@code :} and {@code %}).
   */
  static String uriReference(String path) {
    StringBuilder uri = new StringBuilder();
    for (byte b : path.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
        uri.append(c);
      } else {
        uri.append('%').append(String.format("%02X", b & 0xFF));
      }
    }
    return uri.toString();
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static String write(Object value) {
    try {
      return JSON.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsString(value).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
