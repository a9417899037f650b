package dev.laforge.language.ide.migration;

import dev.laforge.backend.diagnostics.Diagnostic;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.Rbac;
import dev.laforge.backend.migrate.ClassifiedOp;
import dev.laforge.backend.migrate.Finding;
import dev.laforge.backend.migrate.Risk;
import dev.laforge.backend.migrate.SchemaDiff;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import dev.laforge.language.forge.ForgeFile;
import dev.laforge.language.ide.server.LiveProject;
import dev.laforge.language.migration.MigrationBaseline;
import dev.laforge.language.migration.MigrationWarnings;
import dev.laforge.language.project.ProjectLocator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * A live project compared with its schema snapshot ({@code .laforge/schema.json}): the schema diff
 * in each dialect of forge.yaml, the LF4xx warnings located in the project's files (see
 * {@link MigrationWarnings}) and the summary the code lens shows. One instance per
 * {@link LiveProject}, that is per build generation; the diffs are computed again only when the
 * domain or the snapshot changed since the previous build, so edits that leave the domain as it
 * was (comments, layout, a half-typed word that does not parse) cost only the location of the
 * warnings. It never throws: what prevents the comparison is {@link #problem()}.
 */
public final class LiveMigration {

  private static final Domain EMPTY = new Domain(List.of(), List.of(), Rbac.EMPTY);
  private static final Map<LiveProject, LiveMigration> BY_PROJECT = new WeakHashMap<>();
  /** The diffs of the last comparison, reused while the domains and dialects stay equal. */
  private static Memo memo;

  private record Memo(Domain previous, Domain current, Map<Dialect, SchemaDiff> diffs) {}

  /** The totals the lens and {@code laforge/migrationDiff} show. */
  public record Summary(int changes, int destructive, int dataDependent, String text) {}

  private final LiveProject project;
  private final MigrationBaseline.Snapshot snapshot;
  private final String snapshotProblem;
  private final List<Dialect> dialects;
  private final Map<Dialect, SchemaDiff> diffs = new EnumMap<>(Dialect.class);
  /** Set by {@link #resolve()}: the project's domain is mapped to the IR only when something needs it. */
  private boolean resolved;
  private Domain current;
  private String problem;
  private List<Diagnostic> warnings;

  private LiveMigration(LiveProject project) {
    this.project = project;
    this.dialects = dialects(project.root());
    MigrationBaseline.Snapshot found = null;
    String why = null;
    try {
      found = MigrationBaseline.read(project.root()).orElse(null);
    } catch (MigrationBaseline.UnreadableSnapshot e) {
      why = e.getMessage();
    }
    this.snapshot = found;
    this.snapshotProblem = why;
  }

  /**
   * Maps the domain (the IR of every file) on first use: the warnings of a project without a
   * snapshot need none, so its builds do not pay for the mapping.
   */
  private synchronized void resolve() {
    if (!resolved) {
      resolved = true;
      Domain domain = project.domain().orElse(null);
      String why = project.problem();
      if (why == null) {
        why = snapshotProblem;
      }
      current = why == null ? domain : null;
      problem = why;
    }
  }

  /** The comparison of {@code project}, made once per project state. */
  public static LiveMigration of(LiveProject project) {
    synchronized (BY_PROJECT) {
      return BY_PROJECT.computeIfAbsent(project, LiveMigration::new);
    }
  }

  /** The snapshot compared against, or empty when the project has none (its first migration creates everything). */
  public Optional<MigrationBaseline.Snapshot> snapshot() {
    return Optional.ofNullable(snapshot);
  }

  /** Why there is no comparison (errors in the domain, an unreadable snapshot), or null. */
  public String problem() {
    resolve();
    return problem;
  }

  /** The dialects of the project's forge.yaml (PostgreSQL and SQLite without one, as forge.yaml's default). */
  public List<Dialect> dialects() {
    return dialects;
  }

  /** The domain as the sources declare it now; null when {@link #problem()} is set. */
  public Domain current() {
    resolve();
    return current;
  }

  /** The domain compared against: the snapshot's, or an empty one without a snapshot. */
  public Domain previous() {
    return snapshot == null ? EMPTY : snapshot.domain();
  }

  /**
   * The diff in {@code dialect}; requires {@link #problem()} to be null.
   *
   * @throws IllegalArgumentException or {@code PolicyException} when a domain cannot be compared
   */
  public synchronized SchemaDiff diff(Dialect dialect) {
    resolve();
    if (current == null) {
      throw new IllegalStateException("no comparison: " + problem);
    }
    SchemaDiff diff = diffs.get(dialect);
    if (diff == null) {
      Memo last;
      synchronized (LiveMigration.class) {
        last = memo;
      }
      if (last != null && last.previous() == previous() && last.current().equals(current) && last.diffs().containsKey(dialect)) {
        diff = last.diffs().get(dialect);
      } else {
        diff = SchemaDiff.between(previous(), current, dialect);
      }
      diffs.put(dialect, diff);
      synchronized (LiveMigration.class) {
        memo = new Memo(previous(), current, new EnumMap<>(diffs));
      }
    }
    return diff;
  }

  /**
   * The LF4xx warnings against the snapshot in every dialect of the project, each with the URI of
   * its file as {@code file}; none without a snapshot, or when the domain cannot be compared.
   */
  public synchronized List<Diagnostic> warnings() {
    if (warnings == null) {
      warnings = List.of();
      if (snapshot != null && current() != null) {
        try {
          Map<Dialect, SchemaDiff> all = new LinkedHashMap<>();
          for (Dialect dialect : dialects) {
            all.put(dialect, diff(dialect));
          }
          Map<String, ForgeFile> files = new LinkedHashMap<>();
          for (ForgeFile file : project.files()) {
            files.put(file.eResource().getURI().toString(), file);
          }
          warnings = MigrationWarnings.of(previous(), current, all, files);
        } catch (RuntimeException e) {
          // A snapshot the current compiler cannot lay out (or policies it refuses): no warnings,
          // laforge/migrationDiff reports why.
          warnings = List.of();
        }
      }
    }
    return warnings;
  }

  /**
   * The totals in {@code dialect}: "migration: 3 changes, 1 destructive", "migration: no changes",
   * or without a snapshot "migration: initial (N tables)"; empty when there is no comparison.
   */
  public Optional<Summary> summary(Dialect dialect) {
    if (current() == null) {
      return Optional.empty();
    }
    try {
      SchemaDiff diff = diff(dialect);
      int destructive = count(diff, Risk.DESTRUCTIVE);
      int dataDependent = count(diff, Risk.DATA_DEPENDENT);
      int changes = diff.ops().size();
      String text;
      if (snapshot == null) {
        int tables = SqlSchema.of(current, dialect).tables().size();
        text = "migration: initial (" + tables + (tables == 1 ? " table)" : " tables)");
      } else if (changes == 0) {
        text = "migration: no changes";
      } else {
        List<String> parts = new ArrayList<>();
        parts.add(changes + (changes == 1 ? " change" : " changes"));
        if (destructive > 0) {
          parts.add(destructive + " destructive");
        }
        if (dataDependent > 0) {
          parts.add(dataDependent + " data-dependent");
        }
        text = "migration: " + String.join(", ", parts);
      }
      return Optional.of(new Summary(changes, destructive, dataDependent, text));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Operations with at least one finding of {@code risk}. */
  private static int count(SchemaDiff diff, Risk risk) {
    int n = 0;
    for (ClassifiedOp op : diff.ops()) {
      if (op.findings().stream().map(Finding::risk).anyMatch(r -> r == risk)) {
        n++;
      }
    }
    return n;
  }

  private static List<Dialect> dialects(Path root) {
    if (root != null) {
      Path yaml = root.resolve(ProjectLocator.PROJECT_FILE);
      if (Files.isRegularFile(yaml)) {
        try {
          return ProjectLocator.readConfig(yaml).dialects();
        } catch (ProjectLocator.ProjectException e) {
          // Reported by the build; compare as without forge.yaml.
        }
      }
    }
    return List.of(Dialect.POSTGRES, Dialect.SQLITE);
  }
}
