package dev.laforge.backend.sql.sqlite;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.DdlStatements;
import dev.laforge.backend.sql.SqlSchema;
import dev.laforge.backend.sql.SqlScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SQLite schema of a domain as one script (DESIGN.md section 3): tables, then indexes. SQLite
 * cannot add a constraint to an existing table, so foreign keys are written inside CREATE TABLE;
 * it resolves them when rows are written, so a table may reference one created after it.
 *
 * <p>What SQLite cannot enforce: {@code pattern} and {@code email} validations (SQLite has no
 * REGEXP by default) are left out of the CHECK constraints with an SQL comment naming the
 * columns, and the runtime checks them; foreign keys are enforced only on connections that run
 * {@code PRAGMA foreign_keys = ON}, which the script's header says; column types are affinities,
 * not enforced types (STRICT tables have no NUMERIC), and a single-column {@code INTEGER} primary
 * key is SQLite's rowid, filled in when a row omits it.
 */
public final class SqliteDdlWriter {

  /** The note under the header: foreign keys are off by default in SQLite. */
  public static final String FOREIGN_KEYS_NOTE =
      "-- SQLite enforces foreign keys only on connections that run PRAGMA foreign_keys = ON.";

  private SqliteDdlWriter() {}

  /** The whole CREATE script; the same domain always yields the same text. */
  public static String write(Domain domain) {
    SqlSchema schema = SqlSchema.of(domain, Dialect.SQLITE);
    Map<String, List<String>> enumLabels = enumLabels(schema);
    List<String> sections = new ArrayList<>();
    if (!schema.tables().isEmpty()) {
      sections.add(FOREIGN_KEYS_NOTE);
    }
    for (SqlSchema.Table table : schema.tables()) {
      sections.add(createTable(table, foreignKeysOf(schema, table), enumLabels));
    }
    sections.add(schema.indexes().stream()
        .map(SqliteFragments::createIndex)
        .collect(Collectors.joining("\n")));
    return SqlScript.render(sections);
  }

  /** Single statements and constraints of {@code schema}, as {@link #write} puts them in the script. */
  public static DdlStatements statements(SqlSchema schema) {
    return new Statements(schema, enumLabels(schema));
  }

  /**
   * {@code CREATE TABLE} with columns in field order, then primary key, unique, check and
   * foreign-key constraints, preceded by a comment when a validation cannot be a CHECK.
   */
  public static String createTable(SqlSchema.Table table, List<SqlSchema.ForeignKey> keys,
      Map<String, List<String>> enumLabels) {
    List<String> lines = new ArrayList<>();
    for (SqlSchema.Column column : table.columns()) {
      lines.add(columnDefinition(table, column, enumLabels));
    }
    if (table.primaryKeyName() != null) {
      lines.add(primaryKey(table));
    }
    table.uniques().forEach(u -> lines.add(SqliteFragments.unique(u)));
    List<String> unenforced = new ArrayList<>();
    for (SqlSchema.Check check : table.checks()) {
      String constraint = SqliteFragments.check(check);
      if (constraint != null) {
        lines.add(constraint);
      }
      unenforced.addAll(SqliteFragments.unenforced(check));
    }
    keys.forEach(k -> lines.add(SqliteFragments.foreignKey(k)));
    String body = lines.stream().map(line -> "  " + line).collect(Collectors.joining(",\n"));
    String create = "CREATE TABLE " + SqliteFragments.quote(table.name()) + " (\n" + body + "\n);";
    if (unenforced.isEmpty()) {
      return create;
    }
    return SqliteFragments.comment("SQLite has no REGEXP, so only the runtime checks "
        + SqliteFragments.quote(table.name()) + ": " + String.join(", ", unenforced) + ".") + "\n" + create;
  }

  private static String columnDefinition(SqlSchema.Table table, SqlSchema.Column column, Map<String, List<String>> enumLabels) {
    List<String> labels = null;
    if (column.type() == ScalarType.ENUM) {
      labels = enumLabels.get(column.enumSqlName());
      if (labels == null) {
        throw new IllegalArgumentException(
            "unknown enum type '" + column.enumSqlName() + "' of column " + table.name() + "." + column.name());
      }
    }
    return SqliteFragments.columnDefinition(column, labels);
  }

  private static String primaryKey(SqlSchema.Table table) {
    return table.primaryKeyName() == null ? null : SqliteFragments.primaryKey(table.primaryKeyName(), table.primaryKey());
  }

  private static Map<String, List<String>> enumLabels(SqlSchema schema) {
    return schema.enums().stream().collect(Collectors.toMap(EnumType::sqlName, EnumType::values, (a, b) -> a));
  }

  /** The foreign keys written inside the table's CREATE TABLE: those of its own columns. */
  private static List<SqlSchema.ForeignKey> foreignKeysOf(SqlSchema schema, SqlSchema.Table table) {
    return schema.foreignKeys().stream().filter(k -> k.table().equals(table.name())).toList();
  }

  private record Statements(SqlSchema schema, Map<String, List<String>> enumLabels) implements DdlStatements {
    @Override
    public String createTable(SqlSchema.Table table) {
      return SqliteDdlWriter.createTable(table, foreignKeysOf(schema, table), enumLabels);
    }

    @Override
    public String columnDefinition(SqlSchema.Table table, SqlSchema.Column column) {
      return SqliteDdlWriter.columnDefinition(table, column, enumLabels);
    }

    @Override
    public String primaryKey(SqlSchema.Table table) {
      return SqliteDdlWriter.primaryKey(table);
    }

    @Override
    public String unique(SqlSchema.Unique unique) {
      return SqliteFragments.unique(unique);
    }

    @Override
    public String check(SqlSchema.Check check) {
      return SqliteFragments.check(check);
    }

    @Override
    public String foreignKey(SqlSchema.ForeignKey key) {
      return SqliteFragments.foreignKey(key);
    }

    @Override
    public boolean foreignKeysInsideTables() {
      return true;
    }

    @Override
    public String createIndex(SqlSchema.Index index) {
      return SqliteFragments.createIndex(index);
    }

    @Override
    public boolean indexesBeforeForeignKeys() {
      return false;
    }
  }
}
