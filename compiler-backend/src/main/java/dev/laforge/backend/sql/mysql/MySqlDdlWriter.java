package dev.laforge.backend.sql.mysql;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.DdlStatements;
import dev.laforge.backend.sql.SqlSchema;
import dev.laforge.backend.sql.SqlScript;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The MySQL/MariaDB schema of a domain as one script (DESIGN.md section 3): tables with their
 * checks, then indexes, then foreign keys, so table order and self-references never matter.
 * Indexes come before foreign keys because InnoDB would otherwise add an index of its own, named
 * after the constraint, for every FK column that no index leads with yet. Enums are ENUM column
 * types. Needs enforced CHECKs and expression defaults: MySQL 8.0.16+ or MariaDB 10.2.7+ (tested
 * on MariaDB 10.11); column types are explained in {@link MySqlTypes}.
 */
public final class MySqlDdlWriter {

  private MySqlDdlWriter() {}

  /** The whole CREATE script; the same domain always yields the same text. */
  public static String write(Domain domain) {
    SqlSchema schema = SqlSchema.of(domain, Dialect.MYSQL);
    MySqlTypes types = MySqlTypes.of(schema);
    List<String> sections = new ArrayList<>();
    for (SqlSchema.Table table : schema.tables()) {
      sections.add(createTable(table, types));
    }
    sections.add(schema.indexes().stream()
        .map(index -> MySqlFragments.createIndex(index, types))
        .collect(Collectors.joining("\n")));
    sections.add(schema.foreignKeys().stream()
        .map(MySqlFragments::addForeignKey)
        .collect(Collectors.joining("\n")));
    return SqlScript.render(sections);
  }

  /** Single statements and constraints of {@code schema}, as {@link #write} puts them in the script. */
  public static DdlStatements statements(SqlSchema schema) {
    return new Statements(schema, MySqlTypes.of(schema));
  }

  /** {@code CREATE TABLE} with columns in field order, then primary key, unique and check constraints. */
  public static String createTable(SqlSchema.Table table, MySqlTypes types) {
    List<String> lines = new ArrayList<>();
    table.columns().forEach(c -> lines.add(MySqlFragments.columnDefinition(table.name(), c, types)));
    if (!table.primaryKey().isEmpty()) {
      lines.add(primaryKey(table));
    }
    table.uniques().forEach(u -> lines.add(MySqlFragments.unique(u)));
    table.checks().forEach(c -> lines.add(MySqlFragments.check(c)));
    String body = lines.stream().map(line -> "  " + line).collect(Collectors.joining(",\n"));
    return "CREATE TABLE " + MySqlFragments.quote(table.name()) + " (\n" + body + "\n) "
        + MySqlFragments.TABLE_OPTIONS + ";";
  }

  private static String primaryKey(SqlSchema.Table table) {
    return table.primaryKey().isEmpty() ? null : MySqlFragments.primaryKey(table.primaryKey());
  }

  private record Statements(SqlSchema schema, MySqlTypes types) implements DdlStatements {
    @Override
    public String createTable(SqlSchema.Table table) {
      return MySqlDdlWriter.createTable(table, types);
    }

    @Override
    public String columnDefinition(SqlSchema.Table table, SqlSchema.Column column) {
      return MySqlFragments.columnDefinition(table.name(), column, types);
    }

    @Override
    public String primaryKey(SqlSchema.Table table) {
      return MySqlDdlWriter.primaryKey(table);
    }

    @Override
    public String unique(SqlSchema.Unique unique) {
      return MySqlFragments.unique(unique);
    }

    @Override
    public String check(SqlSchema.Check check) {
      return MySqlFragments.check(check);
    }

    @Override
    public String foreignKey(SqlSchema.ForeignKey key) {
      return MySqlFragments.addForeignKey(key);
    }

    @Override
    public boolean foreignKeysInsideTables() {
      return false;
    }

    @Override
    public String createIndex(SqlSchema.Index index) {
      return MySqlFragments.createIndex(index, types);
    }

    @Override
    public boolean indexesBeforeForeignKeys() {
      return true;
    }
  }
}
