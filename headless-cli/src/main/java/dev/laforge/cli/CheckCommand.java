package dev.laforge.cli;

import dev.laforge.language.project.ForgeProject;

import dev.laforge.language.ForgeDomainLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forge check}: every diagnostic of the domain; exit 1 when there are errors. */
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
    var out = spec.commandLine().getOut();
    switch (format) {
      case text -> out.print(DiagnosticReport.text(result.diagnostics(), project.files().size()));
      case json -> out.print(DiagnosticReport.json(result.diagnostics(), project.files().size()));
      case sarif -> out.print(DiagnosticReport.sarif(result.diagnostics(), ForgeCli.version()));
    }
    out.flush();
    return result.hasErrors() ? ExitCode.PROBLEMS : ExitCode.OK;
  }
}
