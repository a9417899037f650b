/**
 * Migration planning: the statements of each dialect for a {@link
 * dev.laforge.backend.migrate.SchemaDiff}, and the project's migration files.
 *
 * <p>{@link dev.laforge.backend.migrate.plan.MigrationPlanner#plan} renders one dialect's {@link
 * dev.laforge.backend.migrate.plan.MigrationPlan}: each operation's statements and their reverse,
 * ordered so they run on the real engine, with destructive and data-dependent operations deferred
 * to the fallback file in {@link dev.laforge.backend.migrate.plan.PlanMode#SAFE}. {@link
 * dev.laforge.backend.migrate.plan.MigrationStore} owns {@code .laforge/schema.json} and {@code
 * migrations/<dialect>/} and plans the next migration. See docs/migrations.md.
 */
package dev.laforge.backend.migrate.plan;
