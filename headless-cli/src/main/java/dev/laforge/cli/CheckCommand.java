package dev.laforge.cli;

import dev.laforge.language.project.ForgeProject;

import dev.laforge.backend.diagnostics.Diagnostic;
import dev.laforge.language.ForgeDomainLoader;
import dev.laforge.language.migration.MigrationBaseline;
import dev.laforge.language.migration.MigrationWarnings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code forge check}: every diagnostic of the domain, plus the migration warnings (LF4xx) against
 * the schema snapshot {@code .laforge/schema.json} when the project has one and the domain has no
 * errors; exit 1 when there are errors (warnings never change the exit code).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Parse and validate the domain and print its diagnostics.")
final class CheckCommand implements Callable<Integer> {

  enum Format { text, json, sarif }

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = ".forge files or project folders (default: the current folder)")
  private List<Path> paths = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", description = "text, json or sarif (default: ${DEFAULT-VALUE})")
  private Format format;

  @Override
  public Integer call() {
    DomainCommand.Loaded loaded = DomainCommand.locateAndLoad(paths, spec.commandLine().getErr());
    if (loaded.exit() != ExitCode.OK) {
      return loaded.exit();
    }
    ForgeProject project = loaded.project();
    ForgeDomainLoader.Result result = loaded.result();
    List<Diagnostic> diagnostics = withMigrationWarnings(project, result, spec.commandLine().getErr());
    var out = spec.commandLine().getOut();
    switch (format) {
      case text -> out.print(DiagnosticReport.text(diagnostics, project.files().size()));
      case json -> out.print(DiagnosticReport.json(diagnostics, project.files().size()));
      case sarif -> out.print(DiagnosticReport.sarif(diagnostics, ForgeCli.version()));
    }
    out.flush();
    return result.hasErrors() ? ExitCode.PROBLEMS : ExitCode.OK;
  }

  /**
   * The domain's diagnostics and its LF4xx warnings against the snapshot, sorted by file, offset,
   * code and message. A snapshot that cannot be read or compared is reported on standard error
   * and leaves the diagnostics as they are.
   */
  private static List<Diagnostic> withMigrationWarnings(ForgeProject project, ForgeDomainLoader.Result result, PrintWriter err) {
    if (result.domain() == null) {
      return result.diagnostics();
    }
    List<Diagnostic> warnings;
    try {
      var snapshot = MigrationBaseline.read(project.root());
      if (snapshot.isEmpty()) {
        return result.diagnostics();
      }
      warnings = MigrationWarnings.of(snapshot.get().domain(), result.domain(), project.dialects(), result.files());
    } catch (MigrationBaseline.UnreadableSnapshot | RuntimeException e) {
      err.println("forge: no migration warnings: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      err.flush();
      return result.diagnostics();
    }
    List<Diagnostic> all = new ArrayList<>(result.diagnostics());
    all.addAll(warnings);
    all.sort(Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::offset)
        .thenComparing(d -> d.code().name()).thenComparing(Diagnostic::message));
    return all;
  }
}
