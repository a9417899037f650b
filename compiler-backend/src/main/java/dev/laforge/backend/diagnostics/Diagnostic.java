package dev.laforge.backend.diagnostics;

import java.util.Map;

/**
 * One located diagnostic. Lines and columns are 1-based; {@code endLine}/{@code endColumn} point
 * one past the last character. {@code data} carries what a quick fix needs (names, expected types).
 */
public record Diagnostic(
    DiagnosticCode code,
    Severity severity,
    String message,
    String file,
    int line,
    int column,
    int endLine,
    int endColumn,
    int offset,
    int length,
    Map<String, String> data) {

  public Diagnostic {
    data = data == null ? Map.of() : Map.copyOf(data);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
