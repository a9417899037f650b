/**
 * Live-database introspection and drift. {@link dev.laforge.backend.migrate.introspect.Introspector}
 * reads the current schema of a PostgreSQL, MySQL/MariaDB or SQLite database over JDBC into a
 * {@link dev.laforge.backend.migrate.introspect.LiveSchema} (the same {@code SqlSchema} terms as a
 * declared domain, plus the types as the database reports them, row-level security and policies);
 * {@link dev.laforge.backend.migrate.introspect.DriftReport} compares it with what a domain
 * declares, through the schema-level {@code SchemaDiff}. Architecture invariant: knows nothing of
 * Xtext, EMF, LSP or HTTP; uses only the JDK's {@code java.sql} interfaces, never a driver class,
 * and only reads, except for the always rolled-back scratch schema of
 * {@link dev.laforge.backend.migrate.introspect.DeclaredPolicies}.
 */
package dev.laforge.backend.migrate.introspect;
