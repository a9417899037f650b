package dev.laforge.backend.migrate.run;

import java.time.Instant;

/**
 * A row of the history table {@code laforge_migrations}.
 *
 * @param id the migration id
 * @param checksum the SHA-256 of the file when it was applied
 * @param appliedAt when it was applied (UTC, millisecond precision)
 * @param durationMs how long applying it took
 */
public record AppliedMigration(String id, String checksum, Instant appliedAt, long durationMs) {}
