package dev.laforge.cli;

import dev.laforge.language.project.ForgeProject;
import dev.laforge.language.project.ProjectLocator;

import dev.laforge.backend.ir.Domain;
import dev.laforge.language.ForgeDomainLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Finds the project for the given paths and loads its domain: the first step of every command. */
final class DomainCommand {

  /**
   * The project and its load result; both are null when the paths or files could not be read,
   * and {@code exit} then says how the command ends.
   */
  record Loaded(ForgeProject project, ForgeDomainLoader.Result result, int exit) {
    Domain domain() {
      return result == null ? null : result.domain();
    }
  }

  private DomainCommand() {}

  /** Loads the domain, whatever its diagnostics; a path or I/O problem is reported and ends with exit 2. */
  static Loaded locateAndLoad(List<Path> paths, PrintWriter stderr) {
    try {
      ForgeProject project = ProjectLocator.locate(paths);
      return new Loaded(project, Workspace.load(project), ExitCode.OK);
    } catch (ProjectLocator.ProjectException e) {
      stderr.println("forge: " + e.getMessage());
      return new Loaded(null, null, ExitCode.USAGE);
    }
  }

  /**
   * Loads a domain that must be free of errors: otherwise its diagnostics go to {@code report},
   * the reason to stderr, and the command ends with exit 1.
   */
  static Loaded load(List<Path> paths, PrintWriter report, PrintWriter stderr, String consequence) {
    Loaded loaded = locateAndLoad(paths, stderr);
    if (loaded.result() == null || !loaded.result().hasErrors()) {
      return loaded;
    }
    report.print(DiagnosticReport.text(loaded.result().diagnostics(), loaded.project().files().size()));
    report.flush();
    stderr.println("forge: the domain has errors" + consequence);
    return new Loaded(loaded.project(), loaded.result(), ExitCode.PROBLEMS);
  }
}
