/**
 * Migrations in the editor: the live project compared with its schema snapshot on every build
 * ({@link dev.laforge.language.ide.migration.LiveMigration}), the LF4xx warnings that comparison
 * yields, the {@code migration:} code lens and the {@code laforge/migrationDiff} request.
 */
package dev.laforge.language.ide.migration;
