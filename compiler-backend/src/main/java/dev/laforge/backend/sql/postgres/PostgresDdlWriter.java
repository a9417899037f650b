package dev.laforge.backend.sql.postgres;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.DdlStatements;
import dev.laforge.backend.sql.SqlSchema;
import dev.laforge.backend.sql.SqlScript;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The PostgreSQL schema of a domain as one script (DESIGN.md section 3): enum types, tables, join
 * tables, then foreign keys, so table order and self-references never matter, then indexes.
 */
public final class PostgresDdlWriter {

  private PostgresDdlWriter() {}

  /** The whole CREATE script; the same domain always yields the same text. */
  public static String write(Domain domain) {
    SqlSchema schema = SqlSchema.of(domain, Dialect.POSTGRES);
    List<String> sections = new ArrayList<>();
    sections.add(schema.enums().stream()
        .map(e -> PostgresFragments.createEnum(e.sqlName(), e.values()))
        .collect(Collectors.joining("\n")));
    for (SqlSchema.Table table : schema.tables()) {
      sections.add(createTable(table));
    }
    sections.add(schema.foreignKeys().stream()
        .map(PostgresFragments::addForeignKey)
        .collect(Collectors.joining("\n")));
    sections.add(schema.indexes().stream()
        .map(PostgresFragments::createIndex)
        .collect(Collectors.joining("\n")));
    return SqlScript.render(sections);
  }

  /** Single statements and constraints of {@code schema}, as {@link #write} puts them in the script. */
  public static DdlStatements statements(SqlSchema schema) {
    return new Statements(schema);
  }

  /** {@code CREATE TABLE} with columns in field order, then primary key, unique and check constraints. */
  public static String createTable(SqlSchema.Table table) {
    List<String> lines = new ArrayList<>();
    table.columns().forEach(c -> lines.add(PostgresFragments.columnDefinition(c)));
    if (table.primaryKeyName() != null) {
      lines.add(primaryKey(table));
    }
    table.uniques().forEach(u -> lines.add(PostgresFragments.unique(u)));
    table.checks().forEach(c -> lines.add(PostgresFragments.check(c)));
    String body = lines.stream().map(line -> "  " + line).collect(Collectors.joining(",\n"));
    return "CREATE TABLE " + PostgresFragments.quote(table.name()) + " (\n" + body + (body.isEmpty() ? "" : "\n") + ");";
  }

  private static String primaryKey(SqlSchema.Table table) {
    return table.primaryKeyName() == null ? null : PostgresFragments.primaryKey(table.primaryKeyName(), table.primaryKey());
  }

  private record Statements(SqlSchema schema) implements DdlStatements {
    @Override
    public String createTable(SqlSchema.Table table) {
      return PostgresDdlWriter.createTable(table);
    }

    @Override
    public String columnDefinition(SqlSchema.Table table, SqlSchema.Column column) {
      return PostgresFragments.columnDefinition(column);
    }

    @Override
    public String primaryKey(SqlSchema.Table table) {
      return PostgresDdlWriter.primaryKey(table);
    }

    @Override
    public String unique(SqlSchema.Unique unique) {
      return PostgresFragments.unique(unique);
    }

    @Override
    public String check(SqlSchema.Check check) {
      return PostgresFragments.check(check);
    }

    @Override
    public String foreignKey(SqlSchema.ForeignKey key) {
      return PostgresFragments.addForeignKey(key);
    }

    @Override
    public boolean foreignKeysInsideTables() {
      return false;
    }

    @Override
    public String createIndex(SqlSchema.Index index) {
      return PostgresFragments.createIndex(index);
    }

    @Override
    public boolean indexesBeforeForeignKeys() {
      return false;
    }
  }
}
