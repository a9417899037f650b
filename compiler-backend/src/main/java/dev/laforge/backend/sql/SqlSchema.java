package dev.laforge.backend.sql;

import dev.laforge.backend.ir.DefaultValue;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.Relation.OnDelete;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.ir.Validation;
import dev.laforge.backend.naming.Dialect;
import java.util.List;

/**
 * The relational shape of a domain, shared by every dialect's DDL writer: tables with their
 * constraints, join tables, foreign keys and indexes, all named and sorted, not yet rendered.
 *
 * @param enums enum types sorted by name
 * @param tables model tables sorted by name, then join tables sorted by name
 * @param foreignKeys sorted by table, then constraint name
 * @param indexes sorted by name, then table
 */
public record SqlSchema(List<EnumType> enums, List<Table> tables, List<ForeignKey> foreignKeys, List<Index> indexes) {

  public SqlSchema {
    enums = List.copyOf(enums);
    tables = List.copyOf(tables);
    foreignKeys = List.copyOf(foreignKeys);
    indexes = List.copyOf(indexes);
  }

  /** Derives the schema of a validated domain; names are shortened to fit the dialect. */
  public static SqlSchema of(Domain domain, Dialect dialect) {
    return new SqlSchemaBuilder(domain, dialect).build();
  }

  /**
   * One table. {@code primaryKeyName} is null when the table has no primary key.
   *
   * @param joinTable true for the join table of a many-to-many relation
   */
  public record Table(
      String name,
      List<Column> columns,
      String primaryKeyName,
      List<String> primaryKey,
      List<Unique> uniques,
      List<Check> checks,
      boolean joinTable) {

    public Table {
      columns = List.copyOf(columns);
      primaryKey = List.copyOf(primaryKey);
      uniques = List.copyOf(uniques);
      checks = List.copyOf(checks);
    }
  }

  /**
   * One column. {@code enumSqlName} is set when {@code type} is {@link ScalarType#ENUM};
   * {@code defaultValue} is null when there is none.
   */
  public record Column(String name, ScalarType type, String enumSqlName, boolean nullable, DefaultValue defaultValue) {}

  /** A single-column UNIQUE constraint from a {@code unique} field. */
  public record Unique(String name, String column) {}

  /** The validation of one column, rendered by each dialect as one CHECK constraint. */
  public record Check(String name, String column, Validation validation) {

    /**
     * The pattern an {@code email} field must match: one {@code @}, no whitespace, a dot in the
     * domain part. POSIX classes and a bracketed dot keep it free of backslashes, so PostgreSQL,
     * MySQL and MariaDB read it the same way.
     */
    public static final String EMAIL_PATTERN = "^[^@[:space:]]+@[^@[:space:]]+[.][^@[:space:]]+$";
  }

  /** A foreign key from one column to the single-column primary key of another table. */
  public record ForeignKey(
      String name, String table, String column, String referencedTable, String referencedColumn, OnDelete onDelete) {}

  /** A declared {@code index(...)}/{@code unique(...)}, or one LaForge adds for an FK or tenant column. */
  public record Index(String name, String table, List<String> columns, boolean unique) {
    public Index {
      columns = List.copyOf(columns);
    }
  }
}
