package dev.laforge.backend.migrate.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The migration files of a project against the history of one database, in id order.
 *
 * @param entries one entry per id found in the files or the history
 */
public record MigrationStatus(List<Entry> entries) {

  /** Where one migration stands. */
  public enum State {
    /** Applied, and the file still has the checksum it had then. */
    APPLIED,
    /** Not applied yet. */
    PENDING,
    /** Applied, but the file changed since: forge refuses to migrate until it is restored. */
    CHANGED,
    /** Applied, but its file is gone. */
    MISSING_FILE
  }

  /**
   * One migration.
   *
   * @param id the migration id
   * @param state where it stands
   * @param file the file, or null when {@link State#MISSING_FILE}
   * @param applied the history row, or null when {@link State#PENDING}
   */
  public record Entry(String id, State state, Migration file, AppliedMigration applied) {}

  public MigrationStatus {
    entries = List.copyOf(entries);
  }

  /** Compares the files with the history rows. */
  public static MigrationStatus of(List<Migration> files, Map<String, AppliedMigration> history) {
    TreeMap<String, Entry> entries = new TreeMap<>();
    for (Migration file : files) {
      AppliedMigration applied = history.get(file.id());
      State state = applied == null ? State.PENDING
          : applied.checksum().equalsIgnoreCase(file.checksum()) ? State.APPLIED : State.CHANGED;
      entries.put(file.id(), new Entry(file.id(), state, file, applied));
    }
    for (AppliedMigration applied : history.values()) {
      entries.putIfAbsent(applied.id(), new Entry(applied.id(), State.MISSING_FILE, null, applied));
    }
    return new MigrationStatus(new ArrayList<>(entries.values()));
  }

  /** The entries in {@code state}. */
  public List<Entry> in(State state) {
    return entries.stream().filter(e -> e.state() == state).toList();
  }

  /** The files not applied yet, in id order. */
  public List<Migration> pending() {
    return in(State.PENDING).stream().map(Entry::file).toList();
  }
}
