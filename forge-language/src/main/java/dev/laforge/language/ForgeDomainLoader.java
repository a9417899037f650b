package dev.laforge.language;

import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;
import dev.laforge.backend.diagnostics.Diagnostic;
import dev.laforge.backend.diagnostics.DiagnosticCode;
import dev.laforge.backend.diagnostics.Severity;
import dev.laforge.backend.ir.Domain;
import dev.laforge.language.forge.ForgeFile;
import dev.laforge.language.ir.AstToIr;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/**
 * Parses, links and validates the files of one domain together (names are global across files)
 * and maps the result to the IR when there are no errors. Never throws on bad input.
 */
public class ForgeDomainLoader {

  /** One source file: the path shown in diagnostics and its raw bytes. */
  public record Source(String path, byte[] content) {}

  /** Diagnostics sorted by file and position; {@code domain} is null when any error was found. */
  public record Result(List<Diagnostic> diagnostics, Domain domain, Map<String, ForgeFile> files) {
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  @Inject private Provider<XtextResourceSet> resourceSets;
  @Inject private IResourceValidator validator;

  public static ForgeDomainLoader create() {
    Injector injector = new ForgeStandaloneSetup().createInjectorAndDoEMFRegistration();
    return injector.getInstance(ForgeDomainLoader.class);
  }

  public Result load(List<Source> sources) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    XtextResourceSet set = resourceSets.get();
    Map<Resource, String> paths = new HashMap<>();
    Map<String, ForgeFile> files = new java.util.LinkedHashMap<>();
    for (Source source : sources) {
      String text;
      try {
        text = decode(source.content());
      } catch (InvalidUtf8 e) {
        diagnostics.add(invalidUtf8(source, e.offset));
        continue;
      }
      Resource resource = set.createResource(URI.createURI("forge:/" + files.size() + "/" + uriSafe(source.path())));
      try {
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
      } catch (IOException e) {
        diagnostics.add(new Diagnostic(DiagnosticCode.LF100, Severity.ERROR, "cannot read: " + e.getMessage(),
            source.path(), 1, 1, 1, 1, 0, 0, Map.of()));
        continue;
      }
      paths.put(resource, source.path());
      if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof ForgeFile file) {
        files.put(source.path(), file);
      }
    }
    for (Map.Entry<Resource, String> e : paths.entrySet()) {
      for (Issue issue : validator.validate(e.getKey(), CheckMode.ALL, CancelIndicator.NullImpl)) {
        diagnostics.add(toDiagnostic(issue, e.getValue()));
      }
    }
    diagnostics.sort(Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::offset)
        .thenComparing(d -> d.code().name()).thenComparing(Diagnostic::message));
    boolean errors = diagnostics.stream().anyMatch(Diagnostic::isError);
    Domain domain = null;
    if (!errors) {
      List<ForgeFile> ordered = files.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
      domain = AstToIr.map(ordered);
    }
    return new Result(List.copyOf(diagnostics), domain, files);
  }

  /**
   * {@link #load} plus the whole-domain policy analysis generation does (LF311), for tools that
   * report what {@code forge generate} would refuse: the CLI and the editor.
   */
  public Result loadAndCompilePolicies(List<Source> sources) {
    Result result = load(sources);
    if (result.domain() == null) {
      return result;
    }
    List<Diagnostic> policyErrors = dev.laforge.language.ir.PolicyCompilation.check(result.domain(), result.files());
    if (policyErrors.isEmpty()) {
      return result;
    }
    List<Diagnostic> all = new ArrayList<>(result.diagnostics());
    all.addAll(policyErrors);
    all.sort(Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::offset)
        .thenComparing(d -> d.code().name()).thenComparing(Diagnostic::message));
    return new Result(List.copyOf(all), null, result.files());
  }

  private static String uriSafe(String path) {
    return URI.encodeSegment(path.replace('\\', '/').replaceAll("^/+", ""), true).replace("%2F", "/");
  }

  static Diagnostic toDiagnostic(Issue issue, String path) {
    DiagnosticCode code = DiagnosticCode.parse(issue.getCode())
        .orElse(issue.isSyntaxError() ? DiagnosticCode.LF101 : DiagnosticCode.LF102);
    Severity severity = switch (issue.getSeverity()) {
      case ERROR -> Severity.ERROR;
      case WARNING -> Severity.WARNING;
      default -> Severity.INFO;
    };
    Map<String, String> data = new java.util.LinkedHashMap<>();
    String[] issueData = issue.getData();
    if (issueData != null) {
      for (int i = 0; i < issueData.length; i++) {
        data.put(Integer.toString(i), issueData[i] == null ? "" : issueData[i]);
      }
    }
    int line = nz(issue.getLineNumber(), 1);
    int column = nz(issue.getColumn(), 1);
    int offset = nz(issue.getOffset(), 0);
    int length = nz(issue.getLength(), 0);
    int endLine = nz(issue.getLineNumberEnd(), line);
    int endColumn = nz(issue.getColumnEnd(), column + length);
    return new Diagnostic(code, severity, issue.getMessage(), path, line, column, endLine, endColumn, offset, length, data);
  }

  private static int nz(Integer value, int fallback) {
    return value == null || value < 0 ? fallback : value;
  }

  private static Diagnostic invalidUtf8(Source source, int offset) {
    int line = 1;
    int column = 1;
    byte[] bytes = source.content();
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new Diagnostic(DiagnosticCode.LF100, Severity.ERROR,
        "file is not valid UTF-8 (bad byte 0x" + String.format("%02X", bytes[offset] & 0xFF) + " at byte " + offset
            + "); save it as UTF-8", source.path(), line, column, line, column + 1, offset, 1, Map.of());
  }

  private static String decode(byte[] bytes) throws InvalidUtf8 {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      String text = decoder.decode(in).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new InvalidUtf8(in.position());
    }
  }

  private static final class InvalidUtf8 extends Exception {
    final int offset;

    InvalidUtf8(int offset) {
      super(null, null, false, false);
      this.offset = offset;
    }
  }
}
