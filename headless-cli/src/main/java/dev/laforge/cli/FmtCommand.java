package dev.laforge.cli;

import dev.laforge.language.project.ForgeProject;
import dev.laforge.language.project.ProjectLocator;

import dev.laforge.language.formatting2.SourceFormatter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forge fmt}: rewrites .forge files in the canonical layout (only whitespace changes). */
@Command(name = "fmt", mixinStandardHelpOptions = true,
    description = "Format .forge files in the one canonical layout.")
final class FmtCommand implements Callable<Integer> {

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = ".forge files or project folders (default: the current folder)")
  private List<Path> paths = new ArrayList<>();

  @Option(names = "--check", description = "change nothing; list files that are not formatted and exit 1 if there are any")
  private boolean check;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    ForgeProject project;
    try {
      project = ProjectLocator.locate(paths);
    } catch (ProjectLocator.ProjectException e) {
      stderr.println("forge: " + e.getMessage());
      return ExitCode.USAGE;
    }
    SourceFormatter formatter = Workspace.injector().getInstance(SourceFormatter.class);
    int unformatted = 0;
    int failed = 0;
    for (Path file : project.files()) {
      String shown = Workspace.display(file);
      String text;
      try {
        Optional<String> decoded = Workspace.decodeUtf8(Files.readAllBytes(file));
        if (decoded.isEmpty()) {
          stderr.println("forge: " + shown + ": not valid UTF-8; not formatted");
          failed++;
          continue;
        }
        text = decoded.get();
      } catch (IOException e) {
        stderr.println("forge: cannot read " + shown + ": " + e.getMessage());
        return ExitCode.USAGE;
      }
      Optional<String> formatted = formatter.format(text);
      if (formatted.isEmpty()) {
        stderr.println("forge: " + shown + ": has syntax errors (run forge check); not formatted");
        failed++;
        continue;
      }
      if (formatted.get().equals(text)) {
        continue;
      }
      unformatted++;
      if (check) {
        stdout.println("not formatted: " + shown);
        continue;
      }
      try {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".forge-fmt", ".tmp");
        Files.writeString(tmp, formatted.get(), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        stderr.println("forge: cannot write " + shown + ": " + e.getMessage());
        return ExitCode.USAGE;
      }
      stdout.println("formatted " + shown);
    }
    if (check && unformatted > 0) {
      stdout.println(unformatted + " file(s) need formatting: run forge fmt");
    }
    return failed > 0 || (check && unformatted > 0) ? ExitCode.PROBLEMS : ExitCode.OK;
  }
}
