package dev.laforge.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code forge} command: thin argument handling over the compiler (docs/cli.md). */
@Command(
    name = "forge",
    mixinStandardHelpOptions = true,
    versionProvider = ForgeCli.Version.class,
    description = "LaForge: compile .forge domains into SQL, row-level security and more.",
    subcommands = {CheckCommand.class, GenerateCommand.class, MigrateCommand.class, StatusCommand.class, DriftCommand.class,
        DiffCommand.class, FmtCommand.class, SqlCommand.class, PolicyCommand.class, LspCommand.class,
        CommandLine.HelpCommand.class})
public final class ForgeCli implements Runnable {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs one command line; never throws, returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cli = new CommandLine(new ForgeCli());
    PrintWriter stdout = new PrintWriter(out, true, StandardCharsets.UTF_8);
    PrintWriter stderr = new PrintWriter(err, true, StandardCharsets.UTF_8);
    cli.setOut(stdout);
    cli.setErr(stderr);
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCode.USAGE : ExitCode.INTERNAL);
    cli.setParameterExceptionHandler((ex, a) -> {
      PrintWriter w = ex.getCommandLine().getErr();
      w.println("forge: " + ex.getMessage());
      w.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
      w.flush();
      return ExitCode.USAGE;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter w = commandLine.getErr();
      w.println("forge: internal error: " + ex + " (please report it with the input that caused it)");
      w.flush();
      return ExitCode.INTERNAL;
    });
    try {
      return cli.execute(args);
    } finally {
      stdout.flush();
      stderr.flush();
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static String version() {
    Properties p = new Properties();
    try (InputStream in = ForgeCli.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }

  /** Prints the version picocli shows for --version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"forge " + version() + " (LaForge for Java, Forge language v1)"};
    }
  }
}
