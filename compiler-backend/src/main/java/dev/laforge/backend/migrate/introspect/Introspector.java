package dev.laforge.backend.migrate.introspect;

import dev.laforge.backend.naming.Dialect;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads the schema of a live database into a {@link LiveSchema}: tables, columns (type,
 * nullability, default), primary keys, UNIQUE and CHECK constraints, foreign keys, indexes,
 * enums, and on PostgreSQL row-level security and policies. Only the current schema is read
 * (PostgreSQL {@code current_schema()}, MySQL/MariaDB {@code DATABASE()}, SQLite {@code main}).
 * LaForge's own {@code laforge_migrations} table is left out, and {@code *_deprecated_*} tables
 * and columns are reported as leftovers instead of schema. Nothing is written.
 *
 * <p>Types map back to the IR as the inverse of the DDL writers; a type no writer produces is read
 * as text with a note. Defaults are normalised ({@code 'x'::text} is the string x, {@code now()},
 * {@code CURRENT_TIMESTAMP(6)} and SQLite's ISO timestamp expression are now(),
 * {@code gen_random_uuid()}, {@code UUID()} and SQLite's random-uuid expression are uuid());
 * any other expression is noted and read as no default. CHECK constraints are read by name, not
 * back into validations.
 */
public final class Introspector {

  /** The table in which migrations record what was applied; never part of a domain. */
  public static final String MIGRATIONS_TABLE = "laforge_migrations";

  private Introspector() {}

  /** Reads the current schema of {@code connection}, which speaks {@code dialect}. */
  public static LiveSchema read(Connection connection, Dialect dialect) throws SQLException {
    return switch (dialect) {
      case POSTGRES -> new PostgresReader(connection).read();
      case MYSQL -> new MySqlReader(connection).read();
      case SQLITE -> new SqliteReader(connection).read();
    };
  }

  /** True for names a migration gave to what it set aside instead of dropping it. */
  static boolean deprecated(String name) {
    return name.contains("_deprecated_") || name.endsWith("_deprecated");
  }
}
