package dev.laforge.cli;

import dev.laforge.backend.ir.Domain;
import dev.laforge.language.ForgeDomainLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Loads a project's domain for commands that need a valid one; prints diagnostics otherwise. */
final class DomainCommand {

  /** The domain, or null after printing why there is none (the exit code is then in {@code exit}). */
  record Loaded(Domain domain, int exit) {}

  private DomainCommand() {}

  static Loaded load(List<Path> paths, PrintWriter stdout, PrintWriter stderr) {
    ForgeProject project;
    ForgeDomainLoader.Result result;
    try {
      project = ProjectLocator.locate(paths);
      result = Workspace.load(project);
    } catch (ProjectLocator.ProjectException e) {
      stderr.println("forge: " + e.getMessage());
      return new Loaded(null, ExitCode.USAGE);
    }
    if (result.hasErrors()) {
      stderr.print(DiagnosticReport.text(result.diagnostics(), project.files().size()));
      stderr.println("forge: the domain has errors");
      return new Loaded(null, ExitCode.PROBLEMS);
    }
    return new Loaded(result.domain(), ExitCode.OK);
  }
}
