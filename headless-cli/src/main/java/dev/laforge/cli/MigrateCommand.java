package dev.laforge.cli;

import dev.laforge.backend.db.DatabaseUrl;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.migrate.plan.MigrationStore;
import dev.laforge.backend.migrate.plan.PlanMode;
import dev.laforge.backend.migrate.plan.PlanResult;
import dev.laforge.backend.migrate.run.AppliedMigration;
import dev.laforge.backend.migrate.run.Migration;
import dev.laforge.backend.migrate.run.MigrationException;
import dev.laforge.backend.migrate.run.MigrationRunner;
import dev.laforge.backend.migrate.run.MigrationStatus;
import dev.laforge.backend.migrate.run.SqlStatements;
import dev.laforge.language.project.ForgeProject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code forge migrate}: plans the domain's unplanned changes, then applies the pending migrations
 * of the database's dialect in order, or checks, previews or tries them in a sandbox.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
    description = "Plan unplanned domain changes, then apply pending migrations to a database.")
final class MigrateCommand implements Callable<Integer> {

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = ".forge files or project folders (default: the current folder)")
  private List<Path> paths = new ArrayList<>();

  @Option(names = "--db", paramLabel = "URL",
      description = "the database: a jdbc: URL, postgres://, mysql:// or sqlite:<file> (default: sqlite <project>/.laforge/dev.db)")
  private String db;

  @Option(names = "--dry-run", description = "change nothing; print the migrations and statements that would run")
  private boolean dryRun;

  @Option(names = "--check", description = "change nothing; exit 1 when changes are unplanned or migrations pending")
  private boolean check;

  @Option(names = "--to", paramLabel = "ID", description = "apply up to and including this migration (its id or 14-digit timestamp)")
  private String to;

  @Option(names = "--allow-destructive", description = "plan destructive and data-dependent changes too (default: safe changes only)")
  private boolean allowDestructive;

  @Option(names = "--sandbox", description = "apply the pending migrations to a scratch copy of the database and propose repairs")
  private boolean sandbox;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    if ((check ? 1 : 0) + (dryRun ? 1 : 0) + (sandbox ? 1 : 0) > 1) {
      stderr.println("forge: --check, --dry-run and --sandbox exclude each other");
      return ExitCode.USAGE;
    }
    DomainCommand.Loaded loaded = DomainCommand.load(paths, stdout, stderr, "; nothing was migrated");
    if (loaded.exit() != ExitCode.OK) {
      return loaded.exit();
    }
    ForgeProject project = loaded.project();
    MigrationTarget target = MigrationTarget.resolve(project, db, stderr);
    if (target == null) {
      return ExitCode.USAGE;
    }
    boolean unplanned = false;
    try {
      unplanned = planUnplanned(project, loaded.domain(), stdout, stderr);
    } catch (DateTimeParseException e) {
      stderr.println("forge: invalid time `" + e.getParsedString() + "` in " + GenerateCommand.NOW_ENV
          + ": expected yyyyMMddHHmmss or an ISO-8601 instant such as 2025-01-02T03:04:05Z");
      return ExitCode.USAGE;
    } catch (IOException | IllegalArgumentException e) {
      stderr.println("forge: cannot plan the next migration: " + e.getMessage());
      return ExitCode.USAGE;
    }
    List<Migration> files;
    try {
      files = target.migrations();
    } catch (IOException e) {
      stderr.println("forge: cannot read the migrations in " + Workspace.display(target.migrationsDir) + ": " + e.getMessage());
      return ExitCode.USAGE;
    }
    if (sandbox) {
      return SandboxReport.run(project, target, files, stdout, stderr);
    }
    // Checking and previewing must not create the SQLite file: an absent file is an empty database.
    DatabaseUrl url = (check || dryRun) && target.absentSqliteFile() ? DatabaseUrl.parse("sqlite::memory:") : target.url;
    try (Connection connection = url == target.url ? target.connect() : url.connect()) {
      MigrationRunner runner = new MigrationRunner(connection, url.dialect());
      return check ? check(runner, files, unplanned, target, stdout, stderr) : apply(runner, files, target, stdout, stderr);
    } catch (IOException e) {
      stderr.println("forge: cannot create the folder of " + target.url.display() + ": " + e.getMessage());
      return ExitCode.USAGE;
    } catch (SQLException e) {
      stderr.println(target.unreachable(e));
      return ExitCode.USAGE;
    }
  }

  /**
   * Plans the domain's changes that have no migration yet into new migration files of every
   * dialect (with --check and --dry-run writing nothing); true when there were such changes.
   */
  private boolean planUnplanned(ForgeProject project, Domain domain, PrintWriter stdout, PrintWriter stderr) throws IOException {
    if (!project.configured()) {
      return false;
    }
    MigrationStore store = new MigrationStore(project.root());
    PlanMode mode = allowDestructive ? PlanMode.ALLOW_DESTRUCTIVE : PlanMode.SAFE;
    Instant now = GenerateCommand.instant(System.getenv(GenerateCommand.NOW_ENV));
    if (check || dryRun) {
      PlanResult pending = store.preview(domain, project.dialects(), mode, now);
      if (pending.planned()) {
        stdout.println("unplanned schema change(s) for " + GenerateCommand.planned(pending) + " since "
            + MigrationStore.SNAPSHOT + (check ? ": run forge migrate (or forge generate) to plan the migration"
                : ": not planned (nothing is written with --dry-run)"));
      }
      return pending.planned();
    }
    PlanResult plan = store.planNext(domain, project.dialects(), mode, now);
    if (plan.planned()) {
      GenerateCommand.reportPlanned(plan, mode, stdout, stderr);
    }
    return plan.planned();
  }

  private int check(MigrationRunner runner, List<Migration> files, boolean unplanned, MigrationTarget target,
      PrintWriter stdout, PrintWriter stderr) throws SQLException {
    MigrationStatus status = runner.status(files);
    try {
      MigrationRunner.verify(status);
    } catch (MigrationException e) {
      stderr.println("forge: " + e.getMessage());
      return ExitCode.PROBLEMS;
    }
    List<Migration> pending = status.pending();
    pending.forEach(m -> stdout.println("pending: " + m.id()));
    if (unplanned || !pending.isEmpty()) {
      stdout.println((unplanned ? "the domain has unplanned changes" + (pending.isEmpty() ? "" : "; ") : "")
          + (pending.isEmpty() ? "" : pending.size() + " pending migration(s)")
          + " for " + target.url.display() + ": run forge migrate");
      return ExitCode.PROBLEMS;
    }
    stdout.println("up to date: " + (files.size()) + " migration(s) applied to " + target.url.display());
    return ExitCode.OK;
  }

  private int apply(MigrationRunner runner, List<Migration> files, MigrationTarget target, PrintWriter stdout,
      PrintWriter stderr) throws SQLException {
    MigrationRunner.Result result;
    try {
      result = runner.apply(files, to, dryRun, new MigrationRunner.Listener() {
        @Override
        public void warning(String message) {
          stderr.println("forge: warning: " + message);
        }

        @Override
        public void applied(AppliedMigration migration) {
          stdout.println("applied " + migration.id() + " (" + migration.durationMs() + " ms)");
          stdout.flush();
        }

        @Override
        public void wouldApply(Migration migration, List<SqlStatements.Statement> statements) {
          stdout.println("would apply " + migration.id() + " (" + statements.size() + " statement(s))");
          statements.forEach(s -> stdout.println("  " + s.sql().replace("\n", "\n  ") + ";"));
        }
      });
    } catch (MigrationException e) {
      stderr.println("forge: " + e.getMessage());
      if (!e.appliedBefore().isEmpty()) {
        stdout.println(e.appliedBefore().size() + " migration(s) applied before the failure");
      }
      return switch (e.kind()) {
        case UNKNOWN_TARGET, UNREADABLE_FILE -> ExitCode.USAGE;
        case CHECKSUM_CHANGED, FILE_MISSING, STATEMENT_FAILED, LOCKED -> ExitCode.PROBLEMS;
      };
    }
    if (result.selected().isEmpty()) {
      stdout.println("nothing to apply: " + target.url.display() + " is up to date");
    } else if (result.dryRun()) {
      stdout.println(result.selected().size() + " migration(s) would be applied to " + target.url.display() + "; nothing was changed");
    } else {
      stdout.println(result.applied().size() + " migration(s) applied to " + target.url.display());
    }
    return ExitCode.OK;
  }
}
