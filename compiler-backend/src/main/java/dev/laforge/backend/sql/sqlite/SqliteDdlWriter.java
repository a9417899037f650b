package dev.laforge.backend.sql.sqlite;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.naming.Dialect;
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
    Map<String, List<String>> enumLabels = schema.enums().stream()
        .collect(Collectors.toMap(EnumType::sqlName, EnumType::values, (a, b) -> a));
    List<String> sections = new ArrayList<>();
    if (!schema.tables().isEmpty()) {
      sections.add(FOREIGN_KEYS_NOTE);
    }
    for (SqlSchema.Table table : schema.tables()) {
      List<SqlSchema.ForeignKey> keys = schema.foreignKeys().stream()
          .filter(k -> k.table().equals(table.name()))
          .toList();
      sections.add(createTable(table, keys, enumLabels));
    }
    sections.add(schema.indexes().stream()
        .map(SqliteFragments::createIndex)
        .collect(Collectors.joining("\n")));
    return SqlScript.render(sections);
  }

  /**
   * {@code CREATE TABLE} with columns in field order, then primary key, unique, check and
   * foreign-key constraints, preceded by a comment when a validation cannot be a CHECK.
   */
  public static String createTable(SqlSchema.Table table, List<SqlSchema.ForeignKey> keys,
      Map<String, List<String>> enumLabels) {
    List<String> lines = new ArrayList<>();
    for (SqlSchema.Column column : table.columns()) {
      List<String> labels = null;
      if (column.type() == ScalarType.ENUM) {
        labels = enumLabels.get(column.enumSqlName());
        if (labels == null) {
          throw new IllegalArgumentException(
              "unknown enum type '" + column.enumSqlName() + "' of column " + table.name() + "." + column.name());
        }
      }
      lines.add(SqliteFragments.columnDefinition(column, labels));
    }
    if (table.primaryKeyName() != null) {
      lines.add(SqliteFragments.primaryKey(table.primaryKeyName(), table.primaryKey()));
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
}
