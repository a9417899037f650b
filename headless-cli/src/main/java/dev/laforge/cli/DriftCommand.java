package dev.laforge.cli;

import dev.laforge.backend.db.DatabaseUrl;
import dev.laforge.backend.migrate.SchemaState;
import dev.laforge.backend.migrate.introspect.DeclaredPolicies;
import dev.laforge.backend.migrate.introspect.DriftReport;
import dev.laforge.backend.migrate.introspect.Introspector;
import dev.laforge.backend.migrate.introspect.LiveSchema;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.policy.PolicyException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forge drift}: how a live database differs from the declared domain; exit 1 on drift. */
@Command(name = "drift", mixinStandardHelpOptions = true,
    description = "Compare a live database with the declared domain and report every difference.")
final class DriftCommand implements Callable<Integer> {

  enum Format { text, json }

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = ".forge files or project folders (default: the current folder)")
  private List<Path> paths = new ArrayList<>();

  @Option(names = "--db", required = true, paramLabel = "URL",
      description = "the database: postgres://, mysql://, sqlite:<file> or a jdbc: URL")
  private String db;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  private Format format;

  @Override
  public Integer call() {
    var stdout = spec.commandLine().getOut();
    var stderr = spec.commandLine().getErr();
    DatabaseUrl url = LiveDatabase.parse(db, stderr);
    if (url == null) {
      return ExitCode.USAGE;
    }
    DomainCommand.Loaded loaded = DomainCommand.load(paths, stderr, stderr, ", so drift cannot be checked");
    if (loaded.domain() == null || loaded.exit() != ExitCode.OK) {
      return loaded.exit();
    }
    Dialect dialect = url.dialect();
    SchemaState declared;
    try {
      declared = SchemaState.of(loaded.domain(), dialect);
    } catch (PolicyException e) {
      stderr.println("forge: cannot compile the policies: " + e.getMessage());
      return ExitCode.PROBLEMS;
    }
    try (Connection connection = LiveDatabase.connect(url, stderr)) {
      if (connection == null) {
        return ExitCode.USAGE;
      }
      LiveSchema live = Introspector.read(connection, dialect);
      if (dialect == Dialect.POSTGRES) {
        try {
          declared = declared.withPolicies(DeclaredPolicies.normalise(connection, loaded.domain()));
        } catch (SQLException e) {
          stderr.println("forge: cannot compare the row-level-security policies: the declared ones are created in a"
              + " scratch schema that is rolled back, which needs the CREATE privilege on the database: "
              + LiveDatabase.safeMessage(url, e));
          return ExitCode.USAGE;
        }
      }
      DriftReport report = DriftReport.detect(declared, live);
      stdout.print(format == Format.json ? report.json() : report.text());
      stdout.flush();
      return report.hasDrift() ? ExitCode.PROBLEMS : ExitCode.OK;
    } catch (SQLException e) {
      stderr.println("forge: cannot read " + url.display() + ": " + LiveDatabase.safeMessage(url, e));
      return ExitCode.USAGE;
    }
  }
}
