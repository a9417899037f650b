/**
 * The typed difference between two versions of a domain, the foundation of migrations.
 *
 * <p>The previous version is the snapshot {@code .laforge/schema.json} (the IR as written by
 * {@link dev.laforge.backend.ir.IrJson}); the current one comes from the sources. {@link
 * dev.laforge.backend.migrate.SchemaDiff#between} builds the dialect's {@link
 * dev.laforge.backend.sql.SqlSchema} of both and compares them: enum types and values, tables,
 * columns (type, nullability, default), primary keys, UNIQUE and CHECK constraints, foreign keys
 * and indexes, matched by what they constrain rather than by name, so a constraint that only got
 * a new name is a rename, not a drop and an add. The row-level-security policies the PostgreSQL
 * writer generates for each model table are compared statement by statement.
 *
 * <p>Tables are matched by name: models have no {@code renamedFrom}, so a renamed table is a drop
 * and a create. Columns are matched by name, or across a rename when the current field declares
 * {@code renamedFrom("<previous field name>")}; a drop and an add of columns of the same type, or
 * of tables with the same columns, are reported as {@link dev.laforge.backend.migrate.RenameHint}s
 * and never paired silently, so the plan only depends on what the sources declare.
 *
 * <p>Every {@link dev.laforge.backend.migrate.MigrationOp} is classified by the {@link
 * dev.laforge.backend.migrate.Finding}s that make it risky, each with an LF4xx lint code (see
 * docs/diagnostics.md): destructive, data-dependent, locking, rename, or weakening a policy. An
 * operation without findings is safe. {@link dev.laforge.backend.migrate.plan} turns operations into SQL.
 *
 * <p>{@link dev.laforge.backend.migrate.SchemaDiff#between(SchemaState, SchemaState,
 * dev.laforge.backend.naming.Dialect)} compares at the level of {@link
 * dev.laforge.backend.migrate.SchemaState}s instead, so that one side may be a live database read by
 * the {@code introspect} package: types as the dialect stores them ({@link
 * dev.laforge.backend.migrate.ColumnTypes}), CHECKs by name, policies by their parts ({@link
 * dev.laforge.backend.migrate.PolicyDefinition}); renames and policy weakening need both domains.
 */
package dev.laforge.backend.migrate;
