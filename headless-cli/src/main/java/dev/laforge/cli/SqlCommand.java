package dev.laforge.cli;

import dev.laforge.backend.generate.SchemaGenerators;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.policy.PolicyException;
import dev.laforge.backend.policy.RlsWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forge sql}: prints the schema of one dialect, or PostgreSQL's row-level security. */
@Command(name = "sql", mixinStandardHelpOptions = true,
    description = "Print the SQL schema of the domain for one dialect, or its PostgreSQL row-level security.")
final class SqlCommand implements Callable<Integer> {

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = ".forge files or project folders (default: the current folder)")
  private List<Path> paths = new ArrayList<>();

  @Option(names = "--dialect", defaultValue = "postgres", paramLabel = "DIALECT",
      description = "postgres, mysql (also mariadb) or sqlite (default: ${DEFAULT-VALUE})")
  private String dialect;

  @Option(names = "--rls", description = "print the row-level security script (context functions and policies) instead")
  private boolean rls;

  @Override
  public Integer call() {
    var stdout = spec.commandLine().getOut();
    var stderr = spec.commandLine().getErr();
    Dialect d;
    try {
      d = Dialect.parse(dialect);
    } catch (IllegalArgumentException e) {
      stderr.println("forge: unknown dialect `" + dialect + "` (postgres, mysql, sqlite)");
      return ExitCode.USAGE;
    }
    if (rls && d != Dialect.POSTGRES) {
      stderr.println("forge: --rls is PostgreSQL only: MySQL/MariaDB and SQLite have no row-level security, "
          + "the runtime adds the policy predicates to every statement instead (see docs/security.md)");
      return ExitCode.USAGE;
    }
    DomainCommand.Loaded loaded = DomainCommand.load(paths, stderr, stderr, "");
    if (loaded.domain() == null) {
      return loaded.exit();
    }
    try {
      String sql = rls ? RlsWriter.write(loaded.domain())
          : SchemaGenerators.forDialect(d).generate(loaded.domain()).get(0).content();
      stdout.print(sql);
    } catch (PolicyException e) {
      stderr.println("forge: cannot compile the policies: " + e.getMessage());
      return ExitCode.PROBLEMS;
    }
    return ExitCode.OK;
  }
}
