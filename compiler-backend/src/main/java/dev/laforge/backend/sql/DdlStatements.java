package dev.laforge.backend.sql;

/**
 * One dialect's text for single elements of one {@link SqlSchema}: exactly what that dialect's
 * DDL writer puts in its script for the element, so a caller can show part of a script (the table
 * of one model, the constraints of one column) without rendering anything itself. Obtain one from
 * the dialect's writer, e.g. {@code PostgresDdlWriter.statements(schema)}.
 */
public interface DdlStatements {

  /** The schema the statements are taken from. */
  SqlSchema schema();

  /** The {@code CREATE TABLE} statement, with any comment line the script puts right before it. */
  String createTable(SqlSchema.Table table);

  /** A column as it appears inside {@code CREATE TABLE} (without indentation or trailing comma). */
  String columnDefinition(SqlSchema.Table table, SqlSchema.Column column);

  /** The table's primary-key constraint as it appears inside {@code CREATE TABLE}, or null when it has none. */
  String primaryKey(SqlSchema.Table table);

  /** A UNIQUE constraint as it appears inside {@code CREATE TABLE}. */
  String unique(SqlSchema.Unique unique);

  /** A CHECK constraint as it appears inside {@code CREATE TABLE}, or null when the dialect can express no part of it. */
  String check(SqlSchema.Check check);

  /**
   * A foreign key as the script holds it: an {@code ALTER TABLE ... ADD CONSTRAINT} statement when
   * {@link #foreignKeysInsideTables()} is false, else the constraint inside {@code CREATE TABLE}.
   */
  String foreignKey(SqlSchema.ForeignKey key);

  /** True when foreign keys are written inside {@code CREATE TABLE} (SQLite) rather than added after the tables. */
  boolean foreignKeysInsideTables();

  /** A {@code CREATE INDEX} statement. */
  String createIndex(SqlSchema.Index index);

  /** True when the script creates indexes before it adds foreign keys (MySQL), false when after. */
  boolean indexesBeforeForeignKeys();
}
