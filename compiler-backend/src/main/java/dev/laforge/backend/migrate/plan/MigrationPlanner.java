package dev.laforge.backend.migrate.plan;

import dev.laforge.backend.migrate.SchemaDiff;
import dev.laforge.backend.naming.Dialect;

/**
 * Turns a {@link SchemaDiff} into the statements of one dialect (see docs/migrations.md).
 *
 * <p>Statements run in phases that work on the real engines: policies, foreign keys, constraints
 * and indexes are dropped first, then tables (those referencing other dropped tables first);
 * enum types are created or extended, tables created, columns changed, enum columns converted,
 * then constraints, indexes and foreign keys added, enum types dropped, and policies created.
 * New tables, columns, constraints and indexes use the dialect's DDL writer, so a migrated
 * database holds the same schema as one created from the generated schema file.
 *
 * <p>In {@link PlanMode#SAFE} an operation with a destructive or data-dependent finding (LF401 to
 * LF409) is deferred: its non-destructive alternative goes to the fallback file. Locking, rename
 * and policy findings (LF410 to LF413) are applied with a warning comment.
 */
public final class MigrationPlanner {

  private MigrationPlanner() {}

  /**
   * Plans one dialect's migration; never throws on a valid diff.
   *
   * @param diff a diff computed for {@code dialect}
   * @param timestamp {@code yyyyMMddHHmmss}, used in the names of deprecated tables and columns
   */
  public static MigrationPlan plan(SchemaDiff diff, Dialect dialect, PlanMode mode, String timestamp) {
    if (!timestamp.matches("[0-9]{14}")) {
      throw new IllegalArgumentException("timestamp must be yyyyMMddHHmmss, not " + timestamp);
    }
    DialectPlanner planner = switch (dialect) {
      case POSTGRES -> new PostgresPlanner(diff, mode, timestamp);
      case MYSQL -> new MySqlPlanner(diff, mode, timestamp);
      case SQLITE -> new SqlitePlanner(diff, mode, timestamp);
    };
    return planner.plan();
  }
}
