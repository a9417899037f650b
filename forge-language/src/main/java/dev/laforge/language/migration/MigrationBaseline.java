package dev.laforge.language.migration;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.migrate.plan.MigrationStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The previous version of a project's domain that migration warnings compare against: the schema
 * snapshot {@value #SNAPSHOT} under the project folder (the folder of forge.yaml), read by
 * {@link MigrationStore#snapshot()} and kept: a file is read again only when its modification time
 * or size changed, so callers may ask on every keystroke.
 */
public final class MigrationBaseline {

  /** Where the snapshot lives, relative to the project folder. */
  public static final String SNAPSHOT = MigrationStore.SNAPSHOT;

  /** A snapshot: its absolute path and the domain it holds. */
  public record Snapshot(Path path, Domain domain) {}

  /** A snapshot that exists but cannot be read or is not an IR document. */
  public static final class UnreadableSnapshot extends Exception {
    public UnreadableSnapshot(String message) {
      super(message);
    }
  }

  private record Cached(Object modified, long size, Snapshot snapshot) {}

  private static final Map<Path, Cached> CACHE = new ConcurrentHashMap<>();

  private MigrationBaseline() {}

  /**
   * The snapshot of the project at {@code root}, or empty when there is none (no migration was
   * planned yet: everything is new).
   *
   * @throws UnreadableSnapshot when the file exists but cannot be read as a domain
   */
  public static Optional<Snapshot> read(Path root) throws UnreadableSnapshot {
    if (root == null) {
      return Optional.empty();
    }
    Path path = root.resolve(SNAPSHOT).toAbsolutePath().normalize();
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      CACHE.remove(path);
      return Optional.empty();
    }
    if (!attributes.isRegularFile()) {
      throw new UnreadableSnapshot(SNAPSHOT + " is not a file");
    }
    Cached cached = CACHE.get(path);
    if (cached != null && cached.modified().equals(attributes.lastModifiedTime()) && cached.size() == attributes.size()) {
      return Optional.of(cached.snapshot());
    }
    try {
      Optional<Domain> domain = new MigrationStore(root).snapshot();
      if (domain.isEmpty()) {
        CACHE.remove(path);
        return Optional.empty();
      }
      Snapshot snapshot = new Snapshot(path, domain.get());
      CACHE.put(path, new Cached(attributes.lastModifiedTime(), attributes.size(), snapshot));
      return Optional.of(snapshot);
    } catch (IOException e) {
      CACHE.remove(path);
      throw new UnreadableSnapshot("cannot read " + SNAPSHOT + ": " + e.getMessage());
    }
  }
}
