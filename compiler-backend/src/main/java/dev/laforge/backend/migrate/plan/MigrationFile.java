package dev.laforge.backend.migrate.plan;

import java.nio.file.Path;

/**
 * An applicable migration file of one dialect.
 *
 * @param id the file name without {@code .sql}: {@code <yyyyMMddHHmmss>_<slug>}
 * @param checksum the SHA-256 of the file's bytes, lower-case hex
 */
public record MigrationFile(String id, Path path, String checksum) {}
