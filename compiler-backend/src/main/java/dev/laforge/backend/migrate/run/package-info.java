/**
 * Applying migration files to a database over JDBC: splitting files into statements
 * ({@link dev.laforge.backend.migrate.run.SqlStatements}), the history table {@code laforge_migrations}
 * with checksums ({@link dev.laforge.backend.migrate.run.MigrationHistory}), the runner with one
 * transaction per migration where the engine allows it
 * ({@link dev.laforge.backend.migrate.run.MigrationRunner}), and the sandbox that tries pending
 * migrations on a scratch copy, classifies failures and proposes repaired scripts
 * ({@link dev.laforge.backend.migrate.run.Sandbox}). No CLI code; see docs/migrations-run.md.
 */
package dev.laforge.backend.migrate.run;
