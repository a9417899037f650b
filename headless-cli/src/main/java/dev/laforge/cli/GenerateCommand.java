package dev.laforge.cli;

import dev.laforge.language.project.ForgeProject;

import dev.laforge.backend.build.Generation;
import dev.laforge.backend.generate.GeneratedFile;
import dev.laforge.backend.generate.OutputWriter;
import dev.laforge.backend.generate.WriteReport;
import dev.laforge.backend.migrate.Finding;
import dev.laforge.backend.migrate.plan.MigrationPlan;
import dev.laforge.backend.migrate.plan.MigrationStore;
import dev.laforge.backend.migrate.plan.PlanMode;
import dev.laforge.backend.migrate.plan.PlanResult;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.policy.PolicyException;
import dev.laforge.language.ForgeDomainLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code forge generate}: writes the generated artifacts and, in a project with forge.yaml, plans
 * the next migration (docs/migrations.md); with --check it writes nothing and lists stale files and
 * unplanned schema changes.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Generate SQL and other artifacts from the domain into the output folder.")
final class GenerateCommand implements Callable<Integer> {

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = ".forge files or project folders (default: the current folder)")
  private List<Path> paths = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: outDir of forge.yaml, else <project>/generated)")
  private Path out;

  @Option(names = "--check", description = "write nothing; list stale or missing files and unplanned schema changes,"
      + " and exit 1 if there are any")
  private boolean check;

  @Option(names = "--allow-destructive", description = "apply destructive and data-dependent migration operations"
      + " directly instead of writing them to the _fallback.sql file")
  private boolean allowDestructive;

  /** The time a migration is planned at; fixed by tests and reproducible builds. */
  @Option(names = "--now", hidden = true, paramLabel = "TIME", description = "plan migrations at this UTC time"
      + " (yyyyMMddHHmmss or ISO-8601; default: env LAFORGE_NOW, else the clock)")
  private String now;

  /** The environment variable that fixes the time migrations are planned at. */
  static final String NOW_ENV = "LAFORGE_NOW";

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
    Instant instant;
    try {
      instant = instant(now != null ? now : System.getenv(NOW_ENV));
    } catch (DateTimeParseException e) {
      stderr.println("forge: invalid time `" + e.getParsedString() + "` (--now or " + NOW_ENV
          + "): expected yyyyMMddHHmmss or an ISO-8601 instant such as 2025-01-02T03:04:05Z");
      return ExitCode.USAGE;
    }
    MigrationStore store = project.configured() ? new MigrationStore(project.root()) : null;
    PlanMode mode = allowDestructive ? PlanMode.ALLOW_DESTRUCTIVE : PlanMode.SAFE;
    if (check) {
      report.stale().forEach(p -> stdout.println("stale:   " + shownOut + "/" + p));
      report.missing().forEach(p -> stdout.println("missing: " + shownOut + "/" + p));
      boolean unplanned = false;
      if (store != null) {
        try {
          PlanResult pending = store.preview(result.domain(), project.dialects(), mode, instant);
          unplanned = pending.planned();
          if (unplanned) {
            stdout.println("unplanned schema change(s) for " + planned(pending) + " since " + MigrationStore.SNAPSHOT
                + ": run forge generate to plan the migration");
          }
        } catch (IOException | IllegalArgumentException e) {
          stderr.println("forge: cannot plan the migration: " + e.getMessage());
          return ExitCode.USAGE;
        }
      }
      if (!report.upToDate()) {
        stdout.println((report.stale().size() + report.missing().size()) + " generated file(s) out of date: run forge generate");
        return ExitCode.PROBLEMS;
      }
      if (unplanned) {
        return ExitCode.PROBLEMS;
      }
      stdout.println("generated files are up to date (" + files.size() + " in " + shownOut + ")");
      return ExitCode.OK;
    }
    report.written().forEach(p -> stdout.println("wrote     " + shownOut + "/" + p));
    report.unchanged().forEach(p -> stdout.println("unchanged " + shownOut + "/" + p));
    if (store == null) {
      return ExitCode.OK;
    }
    PlanResult plan;
    try {
      plan = store.planNext(result.domain(), project.dialects(), mode, instant);
    } catch (IOException | IllegalArgumentException e) {
      // A snapshot edited by hand may hold a domain that is not valid any more (PolicyException included).
      stderr.println("forge: cannot plan the migration: " + e.getMessage());
      return ExitCode.USAGE;
    }
    if (!plan.planned()) {
      stdout.println("no schema change since the last migration: none planned");
      return ExitCode.OK;
    }
    reportPlanned(plan, mode, stdout, stderr);
    return ExitCode.OK;
  }

  /**
   * Tells what a planned migration wrote (standard output) and its findings, and whether
   * operations went to fallback files (standard error); shared by {@code generate} and {@code migrate}.
   */
  static void reportPlanned(PlanResult plan, PlanMode mode, PrintWriter stdout, PrintWriter stderr) {
    stdout.println("planned migration " + plan.id() + " for " + planned(plan)
        + (mode == PlanMode.ALLOW_DESTRUCTIVE ? " (--allow-destructive)" : ""));
    plan.written().forEach(p -> stdout.println("wrote     " + Workspace.display(p)));
    findings(plan).forEach((text, dialects) -> stderr.println("warning " + text + " [" + String.join(", ", dialects) + "]"));
    if (plan.plans().values().stream().anyMatch(p -> !p.deferred().isEmpty())) {
      stderr.println("warning: destructive or data-dependent operations were not applied: review the _fallback.sql"
          + " file(s), or plan with --allow-destructive");
    }
  }

  /** The dialects with a change, e.g. {@code postgres, sqlite}. */
  static String planned(PlanResult plan) {
    return String.join(", ", plan.plans().entrySet().stream().filter(e -> !e.getValue().isEmpty())
        .map(e -> e.getKey().id()).toList());
  }

  /** Each finding ({@code LF402: message}) once, with the dialects that report it. */
  private static Map<String, List<String>> findings(PlanResult plan) {
    Map<String, List<String>> byText = new LinkedHashMap<>();
    for (Map.Entry<Dialect, MigrationPlan> entry : plan.plans().entrySet()) {
      for (Finding f : entry.getValue().findings()) {
        byText.computeIfAbsent(f.code() + ": " + f.message(), k -> new ArrayList<>()).add(entry.getKey().id());
      }
    }
    return byText;
  }

  /** {@code yyyyMMddHHmmss} (UTC) or an ISO-8601 instant; the clock when null or blank. */
  static Instant instant(String text) {
    if (text == null || text.isBlank()) {
      return Instant.now();
    }
    if (text.matches("[0-9]{14}")) {
      return LocalDateTime.parse(text, DateTimeFormatter.ofPattern("yyyyMMddHHmmss")).toInstant(ZoneOffset.UTC);
    }
    return Instant.parse(text);
  }
}
