package dev.laforge.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.laforge.backend.diagnostics.Diagnostic;
import dev.laforge.backend.diagnostics.DiagnosticCode;
import dev.laforge.backend.diagnostics.Severity;
import dev.laforge.backend.ir.Domain;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A test source whose expected diagnostic ranges are delimited by {@code ⟦} and {@code ⟧}. The
 * markers are stripped before loading; each pair yields a {@link Range} (1-based line and column,
 * 0-based offset, length, all counted in the characters Xtext reports).
 */
public final class Marked {

  public static final String OPEN = "⟦";
  public static final String CLOSE = "⟧";

  /** Where an expected diagnostic starts and how long it is. */
  public record Range(int line, int column, int offset, int length) {}

  /** One expected diagnostic. */
  public record Expected(DiagnosticCode code, Severity severity, String file, Range range) {
    @Override
    public String toString() {
      return file + ":" + range.line() + ":" + range.column() + "@" + range.offset() + "+" + range.length()
          + " " + severity.name().toLowerCase() + " " + code.name();
    }
  }

  private final String path;
  private final String text;
  private final List<Range> ranges;

  private Marked(String path, String text, List<Range> ranges) {
    this.path = path;
    this.text = text;
    this.ranges = List.copyOf(ranges);
  }

  public static Marked of(String marked) {
    return of("domain.forge", marked);
  }

  public static Marked of(String path, String marked) {
    StringBuilder out = new StringBuilder();
    List<Range> ranges = new ArrayList<>();
    int line = 1;
    int column = 1;
    int startLine = 0;
    int startColumn = 0;
    int startOffset = -1;
    for (int i = 0; i < marked.length(); ) {
      if (marked.startsWith(OPEN, i)) {
        if (startOffset >= 0) {
          throw new IllegalArgumentException("nested " + OPEN + " at " + i);
        }
        startLine = line;
        startColumn = column;
        startOffset = out.length();
        i += OPEN.length();
        continue;
      }
      if (marked.startsWith(CLOSE, i)) {
        if (startOffset < 0) {
          throw new IllegalArgumentException(CLOSE + " without " + OPEN + " at " + i);
        }
        ranges.add(new Range(startLine, startColumn, startOffset, out.length() - startOffset));
        startOffset = -1;
        i += CLOSE.length();
        continue;
      }
      char c = marked.charAt(i++);
      out.append(c);
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    if (startOffset >= 0) {
      throw new IllegalArgumentException("unclosed " + OPEN);
    }
    return new Marked(path, out.toString(), ranges);
  }

  public String path() {
    return path;
  }

  /** The source without markers. */
  public String text() {
    return text;
  }

  public Range range(int index) {
    return ranges.get(index);
  }

  public int rangeCount() {
    return ranges.size();
  }

  /** The diagnostic {@code code} with its default severity at the first marked range. */
  public Expected expect(DiagnosticCode code) {
    return expect(0, code);
  }

  public Expected expect(int rangeIndex, DiagnosticCode code) {
    return new Expected(code, code.defaultSeverity(), path, range(rangeIndex));
  }

  public ForgeDomainLoader.Result load() {
    return loadAll(this);
  }

  public static ForgeDomainLoader.Result loadAll(Marked... sources) {
    String[] args = new String[sources.length * 2];
    for (int i = 0; i < sources.length; i++) {
      args[2 * i] = sources[i].path;
      args[2 * i + 1] = sources[i].text;
    }
    return ForgeTestSupport.load(args);
  }

  /** Loads and asserts that exactly the expected diagnostics (code, severity, range) appear. */
  public ForgeDomainLoader.Result assertExactly(Expected... expected) {
    ForgeDomainLoader.Result result = load();
    assertDiagnostics(result, expected);
    return result;
  }

  /**
   * Asserts that the diagnostics are exactly {@code expected} (order-insensitive), and that every
   * semantic diagnostic carries issue data for quick fixes (syntax and encoding errors have none).
   */
  public static void assertDiagnostics(ForgeDomainLoader.Result result, Expected... expected) {
    String want = Arrays.stream(expected).map(Expected::toString).sorted().collect(Collectors.joining("\n"));
    String got = result.diagnostics().stream().map(Marked::describe).sorted().collect(Collectors.joining("\n"));
    assertEquals(want, got, () -> "diagnostics were:\n" + ForgeTestSupport.render(result.diagnostics()));
    for (Diagnostic d : result.diagnostics()) {
      if (d.code() != DiagnosticCode.LF100 && d.code() != DiagnosticCode.LF101) {
        assertFalse(d.data().isEmpty(), () -> d.code() + " carries no data: " + d.message());
        assertFalse(d.data().getOrDefault("0", "").isEmpty(), () -> d.code() + " has an empty first datum: " + d.data());
      }
      assertFalse(d.message() == null || d.message().isBlank(), () -> d.code() + " has no message");
    }
  }

  static String describe(Diagnostic d) {
    return new Expected(d.code(), d.severity(), d.file(), new Range(d.line(), d.column(), d.offset(), d.length())).toString();
  }

  /** Loads the sources (path, content, ...), asserts there is no diagnostic at all and returns the IR. */
  public static Domain clean(String... pathsAndContents) {
    ForgeDomainLoader.Result result = ForgeTestSupport.load(pathsAndContents);
    assertEquals("", ForgeTestSupport.render(result.diagnostics()));
    assertNotNull(result.domain(), "no IR although there is no error");
    return result.domain();
  }

  public static Domain clean(String source) {
    return clean("domain.forge", source);
  }

  /** The model of the IR, failing when it is missing. */
  public static dev.laforge.backend.ir.Model model(Domain domain, String name) {
    return domain.model(name).orElseThrow(() -> new AssertionError("no model " + name + " in " + domain.models()));
  }

  public static dev.laforge.backend.ir.Field field(dev.laforge.backend.ir.Model model, String name) {
    return model.field(name).orElseThrow(() -> new AssertionError("no field " + name + " in " + model.fields()));
  }

  public static dev.laforge.backend.ir.Relation relation(dev.laforge.backend.ir.Model model, String name) {
    return model.relation(name).orElseThrow(() -> new AssertionError("no relation " + name + " in " + model.relations()));
  }
}
