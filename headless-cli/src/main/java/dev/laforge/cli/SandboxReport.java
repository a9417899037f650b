package dev.laforge.cli;

import dev.laforge.backend.migrate.run.Migration;
import dev.laforge.backend.migrate.run.MigrationException;
import dev.laforge.backend.migrate.run.Sandbox;
import dev.laforge.language.project.ForgeProject;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;

/** {@code forge migrate --sandbox}: runs the sandbox and prints what happened and what it proposes. */
final class SandboxReport {

  private SandboxReport() {}

  static int run(ForgeProject project, MigrationTarget target, List<Migration> files, PrintWriter stdout, PrintWriter stderr) {
    Sandbox.Result result;
    try {
      result = new Sandbox(target.url).run(files, project.root().resolve(".laforge").resolve("repaired"));
    } catch (MigrationException e) {
      stderr.println("forge: " + e.getMessage());
      return ExitCode.PROBLEMS;
    } catch (SQLException e) {
      stderr.println("forge: sandbox: " + target.unreachable(e).substring("forge: ".length()));
      return ExitCode.USAGE;
    } catch (IOException e) {
      stderr.println("forge: sandbox: " + e.getMessage());
      return ExitCode.USAGE;
    }
    stdout.println("sandbox: " + result.scratch() + " (dropped afterwards; " + target.url.display() + " was not changed)");
    result.passed().forEach(m -> stdout.println("passes  " + m.id()));
    if (result.ok()) {
      stdout.println(result.passed().isEmpty() ? "nothing to apply" : result.passed().size() + " pending migration(s) pass in the sandbox");
      return ExitCode.OK;
    }
    Sandbox.Failed failed = result.failure();
    stdout.println("fails   " + failed.failure().migration().id() + ": " + failed.kind() + " at statement "
        + failed.failure().statement().number() + ": " + failed.failure().databaseMessage());
    if (failed.repair() == null) {
      stdout.println("no repair is known for this failure; fix the migration by hand");
    } else {
      stdout.println("proposed repair (" + failed.repair().explanation() + "): " + Workspace.display(failed.repairedFile()));
      stdout.println(failed.repairPasses()
          ? "the repaired script passes in the sandbox; review it, it is never applied by forge"
          : "the repaired script still fails: " + failed.repairFailure());
    }
    return ExitCode.PROBLEMS;
  }
}
