package dev.laforge.cli;

import dev.laforge.language.project.ForgeProject;

import dev.laforge.backend.build.Generation;
import dev.laforge.backend.generate.GeneratedFile;
import dev.laforge.backend.generate.OutputWriter;
import dev.laforge.backend.generate.WriteReport;
import dev.laforge.backend.policy.PolicyException;
import dev.laforge.language.ForgeDomainLoader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forge generate}: writes the generated artifacts, or with --check lists stale ones. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Generate SQL and other artifacts from the domain into the output folder.")
final class GenerateCommand implements Callable<Integer> {

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = ".forge files or project folders (default: the current folder)")
  private List<Path> paths = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: outDir of forge.yaml, else <project>/generated)")
  private Path out;

  @Option(names = "--check", description = "write nothing; list stale or missing files and exit 1 if there are any")
  private boolean check;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    DomainCommand.Loaded loaded = DomainCommand.load(paths, stdout, stderr, "; nothing was generated");
    if (loaded.exit() != ExitCode.OK) {
      return loaded.exit();
    }
    ForgeProject project = loaded.project();
    ForgeDomainLoader.Result result = loaded.result();
    Path outDir = out != null ? out : project.outDir();
    List<GeneratedFile> files;
    try {
      files = Generation.run(result.domain(), project.dialects());
    } catch (PolicyException e) {
      stderr.println("forge: cannot compile the policies: " + e.getMessage() + "; nothing was generated");
      return ExitCode.PROBLEMS;
    } catch (Generation.UnsafeRlsException e) {
      // Defence in depth: never write row-level security that could fail open.
      stderr.println("forge: internal error: " + e.getMessage() + " (please report it with the domain); nothing was generated");
      return ExitCode.INTERNAL;
    }
    WriteReport report;
    try {
      report = new OutputWriter().write(outDir, files, check);
    } catch (UncheckedIOException e) {
      stderr.println("forge: cannot write to " + Workspace.display(outDir) + ": " + e.getCause().getMessage());
      return ExitCode.USAGE;
    }
    String shownOut = Workspace.display(outDir);
    if (check) {
      report.stale().forEach(p -> stdout.println("stale:   " + shownOut + "/" + p));
      report.missing().forEach(p -> stdout.println("missing: " + shownOut + "/" + p));
      if (!report.upToDate()) {
        stdout.println((report.stale().size() + report.missing().size()) + " generated file(s) out of date: run forge generate");
        return ExitCode.PROBLEMS;
      }
      stdout.println("generated files are up to date (" + files.size() + " in " + shownOut + ")");
      return ExitCode.OK;
    }
    report.written().forEach(p -> stdout.println("wrote     " + shownOut + "/" + p));
    report.unchanged().forEach(p -> stdout.println("unchanged " + shownOut + "/" + p));
    return ExitCode.OK;
  }
}
