package dev.laforge.cli;

import dev.laforge.backend.db.DatabaseUrl;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.IrJson;
import dev.laforge.backend.migrate.SchemaDiff;
import dev.laforge.backend.migrate.SchemaState;
import dev.laforge.backend.migrate.introspect.DeclaredPolicies;
import dev.laforge.backend.migrate.introspect.Introspector;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.policy.PolicyException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code forge diff OLD NEW}: the typed operations that turn OLD into NEW, each side a .forge file
 * or project folder, a snapshot (.json), or a database URL; exit 1 when they differ.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "Print the typed schema operations, with their risk and lint codes, that turn OLD into NEW.")
final class DiffCommand implements Callable<Integer> {

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "a .forge file or folder, a snapshot .json, or a database URL")
  private String oldSide;

  @Parameters(index = "1", paramLabel = "NEW", description = "a .forge file or folder, a snapshot .json, or a database URL")
  private String newSide;

  @Option(names = "--json", description = "print JSON instead of text")
  private boolean json;

  @Option(names = "--dialect", paramLabel = "DIALECT",
      description = "postgres, mysql (also mariadb) or sqlite (default: the database's, else postgres)")
  private String dialect;

  /** One side: a domain (from sources or a snapshot) or an open database. */
  private record Side(Domain domain, DatabaseUrl url, Connection connection) {}

  @Override
  public Integer call() {
    var stdout = spec.commandLine().getOut();
    var stderr = spec.commandLine().getErr();
    Side before = null;
    Side after = null;
    try {
      before = open(oldSide, stderr);
      if (before == null) {
        return ExitCode.USAGE;
      }
      after = open(newSide, stderr);
      if (after == null) {
        return ExitCode.USAGE;
      }
      Dialect d = dialect(before, after, stderr);
      if (d == null) {
        return ExitCode.USAGE;
      }
      SchemaDiff diff;
      if (before.domain() != null && after.domain() != null) {
        diff = SchemaDiff.between(before.domain(), after.domain(), d);
      } else {
        Connection policyServer = d == Dialect.POSTGRES
            ? (before.connection() != null ? before.connection() : after.connection())
            : null;
        SchemaState from;
        SchemaState to;
        try {
          from = state(before, d, policyServer);
        } catch (SQLException e) {
          return readError(before.url() != null ? before.url() : after.url(), e, stderr);
        }
        try {
          to = state(after, d, policyServer);
        } catch (SQLException e) {
          return readError(after.url() != null ? after.url() : before.url(), e, stderr);
        }
        diff = SchemaDiff.between(from, to, d);
      }
      stdout.print(json ? OperationText.json(diff, d) : OperationText.text(diff, d));
      stdout.flush();
      return diff.isEmpty() ? ExitCode.OK : ExitCode.PROBLEMS;
    } catch (PolicyException e) {
      stderr.println("forge: cannot compile the policies: " + e.getMessage());
      return ExitCode.PROBLEMS;
    } catch (IllegalArgumentException e) {
      stderr.println("forge: " + e.getMessage());
      return ExitCode.USAGE;
    } finally {
      close(before);
      close(after);
    }
  }

  private static int readError(DatabaseUrl url, SQLException e, PrintWriter stderr) {
    stderr.println("forge: cannot read " + url.display() + ": " + LiveDatabase.safeMessage(url, e));
    return ExitCode.USAGE;
  }

  /**
   * The state of one side. A domain compared with a PostgreSQL database gets its policies as that
   * server prints them, so policy expressions compare in one form.
   */
  private static SchemaState state(Side side, Dialect d, Connection policyServer) throws SQLException {
    if (side.connection() != null) {
      return Introspector.read(side.connection(), d).state();
    }
    SchemaState state = SchemaState.of(side.domain(), d);
    return policyServer == null ? state : state.withPolicies(DeclaredPolicies.normalise(policyServer, side.domain()));
  }

  private Dialect dialect(Side before, Side after, PrintWriter stderr) {
    Dialect fromDatabases = null;
    for (Side side : List.of(before, after)) {
      if (side.url() == null) {
        continue;
      }
      if (fromDatabases != null && fromDatabases != side.url().dialect()) {
        stderr.println("forge: cannot compare a " + fromDatabases.id() + " database with a " + side.url().dialect().id() + " one");
        return null;
      }
      fromDatabases = side.url().dialect();
    }
    if (dialect == null) {
      return fromDatabases == null ? Dialect.POSTGRES : fromDatabases;
    }
    Dialect chosen;
    try {
      chosen = Dialect.parse(dialect);
    } catch (IllegalArgumentException e) {
      stderr.println("forge: unknown dialect `" + dialect + "` (postgres, mysql, sqlite)");
      return null;
    }
    if (fromDatabases != null && chosen != fromDatabases) {
      stderr.println("forge: --dialect " + chosen.id() + " does not match the " + fromDatabases.id() + " database");
      return null;
    }
    return chosen;
  }

  /** Opens one side, or returns null after printing why it cannot be read. */
  private static Side open(String text, PrintWriter stderr) {
    if (LiveDatabase.isUrl(text)) {
      DatabaseUrl url = LiveDatabase.parse(text, stderr);
      Connection connection = url == null ? null : LiveDatabase.connect(url, stderr);
      return connection == null ? null : new Side(null, url, connection);
    }
    Path path = Path.of(text);
    if (path.getFileName() != null && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
      try {
        return new Side(IrJson.read(Files.readString(path)), null, null);
      } catch (IOException e) {
        stderr.println("forge: cannot read snapshot " + Workspace.display(path) + ": " + e.getMessage());
        return null;
      } catch (RuntimeException e) {
        stderr.println("forge: " + Workspace.display(path) + " is not a LaForge snapshot: " + e.getMessage());
        return null;
      }
    }
    DomainCommand.Loaded loaded = DomainCommand.load(List.of(path), stderr, stderr, ", so it cannot be compared");
    if (loaded.domain() == null || loaded.exit() != ExitCode.OK) {
      return null;
    }
    return new Side(loaded.domain(), null, null);
  }

  private static void close(Side side) {
    if (side != null && side.connection() != null) {
      try {
        side.connection().close();
      } catch (SQLException ignored) {
        // Only read from; nothing to lose when closing fails.
      }
    }
  }
}
