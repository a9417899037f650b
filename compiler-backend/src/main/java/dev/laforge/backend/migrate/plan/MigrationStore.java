package dev.laforge.backend.migrate.plan;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.IrJson;
import dev.laforge.backend.migrate.SchemaDiff;
import dev.laforge.backend.migrate.run.Migration;
import dev.laforge.backend.naming.Dialect;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The migration files of one project: the snapshot {@code <root>/.laforge/schema.json} (the IR the
 * last planned migration leads to) and {@code <root>/migrations/<dialect>/}, where each migration
 * is {@code <yyyyMMddHHmmss>_<slug>.sql}, with {@code <id>.down.sql} (its reverse) and, when
 * operations were deferred, {@code <id>_fallback.sql}.
 */
public final class MigrationStore {

  /** The snapshot, relative to the project root. */
  public static final String SNAPSHOT = ".laforge/schema.json";

  /** The folder of the migration folders, relative to the project root. */
  public static final String MIGRATIONS = "migrations";

  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  private final Path root;

  public MigrationStore(Path projectRoot) {
    this.root = projectRoot;
  }

  /** The domain of the last planned migration; empty when no migration was planned yet. */
  public Optional<Domain> snapshot() throws IOException {
    Path file = root.resolve(SNAPSHOT);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(IrJson.read(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IllegalArgumentException e) {
      throw new IOException(file + " is not a LaForge snapshot (" + e.getMessage() + "); restore it from version control", e);
    }
  }

  /** Writes the snapshot (stable JSON, see {@link IrJson}). */
  public void writeSnapshot(Domain domain) throws IOException {
    Path file = root.resolve(SNAPSHOT);
    Files.createDirectories(file.getParent());
    Files.writeString(file, IrJson.write(domain), StandardCharsets.UTF_8);
  }

  /** {@code <root>/migrations/<postgres|mysql|sqlite>}. */
  public Path migrationsDir(Dialect dialect) {
    return root.resolve(MIGRATIONS).resolve(dialect.id());
  }

  /**
   * The applicable migrations of a dialect sorted by id: the files {@code <14 digits>_<slug>.sql}
   * of its folder, without {@code *_fallback.sql} and {@code *.down.sql}; empty without a folder.
   */
  public List<Migration> migrations(Dialect dialect) throws IOException {
    return Migration.scan(migrationsDir(dialect));
  }

  /**
   * Diffs the snapshot (or the empty domain) against {@code current}, plans every dialect, writes
   * each non-empty plan's files under one id, then the snapshot. Writes nothing when no dialect
   * has a change.
   *
   * @throws IllegalArgumentException when a domain is not valid (see {@link SchemaDiff#between})
   */
  public PlanResult planNext(Domain current, List<Dialect> dialects, PlanMode mode, Instant now) throws IOException {
    PlanResult preview = preview(current, dialects, mode, now);
    if (!preview.planned()) {
      return preview;
    }
    String id = preview.id();
    Map<Dialect, MigrationPlan> plans = preview.plans();
    List<Path> written = new ArrayList<>();
    for (Map.Entry<Dialect, MigrationPlan> entry : plans.entrySet()) {
      MigrationPlan plan = entry.getValue();
      if (plan.isEmpty()) {
        continue;
      }
      Path dir = migrationsDir(entry.getKey());
      Files.createDirectories(dir);
      write(dir.resolve(id + ".sql"), plan.script(), written);
      write(dir.resolve(id + ".down.sql"), plan.reverseScript(), written);
      write(dir.resolve(id + "_fallback.sql"), plan.fallbackScript(), written);
    }
    writeSnapshot(current);
    written.add(root.resolve(SNAPSHOT));
    return new PlanResult(id, plans, written);
  }

  /**
   * What {@link #planNext} would plan, writing nothing: {@link PlanResult#planned()} is true when
   * the domain has schema changes no migration holds yet ({@code forge generate --check}).
   */
  public PlanResult preview(Domain current, List<Dialect> dialects, PlanMode mode, Instant now) throws IOException {
    Domain previous = snapshot().orElse(new Domain(List.of(), List.of(), null));
    String timestamp = timestamp(now);
    Map<Dialect, MigrationPlan> plans = new LinkedHashMap<>();
    for (Dialect dialect : dialects) {
      plans.put(dialect, MigrationPlanner.plan(SchemaDiff.between(previous, current, dialect), dialect, mode, timestamp));
    }
    Optional<MigrationPlan> first = plans.values().stream().filter(p -> !p.isEmpty()).findFirst();
    return new PlanResult(first.map(p -> timestamp + "_" + p.slug()).orElse(null), plans, List.of());
  }

  /** {@code yyyyMMddHHmmss} in UTC: the first part of a migration id. */
  public static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant);
  }

  private static void write(Path file, String content, List<Path> written) throws IOException {
    if (content.isEmpty()) {
      return;
    }
    if (Files.exists(file)) {
      throw new IOException(file + " already exists: a migration was planned with the same id; try again in a second");
    }
    Files.writeString(file, content, StandardCharsets.UTF_8);
    written.add(file);
  }
}
