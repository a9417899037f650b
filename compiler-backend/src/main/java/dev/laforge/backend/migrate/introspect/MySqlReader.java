package dev.laforge.backend.migrate.introspect;

import dev.laforge.backend.ir.Relation.OnDelete;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.migrate.ColumnTypes;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code DATABASE()} of a MySQL/MariaDB server from {@code information_schema}. ENUM columns
 * are enum types of their own (MySQL has no named enums); MariaDB's JSON is LONGTEXT with a
 * {@code json_valid} CHECK named after the column, read back as JSON. A single-column unique index
 * is a UNIQUE constraint: MySQL does not tell them apart.
 */
final class MySqlReader {

  private final Connection connection;
  private final LiveSchemaBuilder out = new LiveSchemaBuilder(Dialect.MYSQL);
  /** {@code table\0name} of every foreign key, to recognise the indexes InnoDB adds for them. */
  private final Set<String> foreignKeyNames = new HashSet<>();

  MySqlReader(Connection connection) {
    this.connection = connection;
  }

  LiveSchema read() throws SQLException {
    Rows.query(connection, "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
        + " AND TABLE_TYPE = 'BASE TABLE' ORDER BY 1", rs -> out.table(rs.getString(1)));
    columns();
    checks();
    foreignKeys();
    indexes();
    return out.build();
  }

  private void columns() throws SQLException {
    Rows.query(connection, "SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT"
        + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION", rs -> {
          String table = rs.getString(1);
          String column = rs.getString(2);
          String nativeType = ColumnTypes.mysql(rs.getString(3));
          ScalarType type = scalar(nativeType);
          if (type == null) {
            out.note("column " + table + "." + column + " has type " + nativeType + ", which LaForge never declares; read as text");
            type = ScalarType.TEXT;
          }
          String expression = rs.getString(5);
          var value = Defaults.parse(expression, type);
          if (value == null && expression != null) {
            // MySQL 8 prints string defaults without quotes.
            value = type.isTextual() || type == ScalarType.ENUM ? Defaults.parse("'" + expression.replace("'", "''") + "'", type) : null;
            if (value == null) {
              out.note("column " + table + "." + column + " has default " + expression + ", which is not a LaForge default");
            }
          }
          out.column(table, new SqlSchema.Column(column, type, null, "YES".equals(rs.getString(4)), value), nativeType);
        });
  }

  private static ScalarType scalar(String type) {
    if (type.startsWith("enum(")) {
      return ScalarType.ENUM;
    }
    if (type.equals("tinyint(1)")) {
      return ScalarType.BOOLEAN;
    }
    return switch (type.replaceAll("\\(.*\\)", "").replace(" unsigned", "")) {
      case "char" -> type.equals("char(36)") ? ScalarType.UUID : ScalarType.STRING;
      case "varchar" -> ScalarType.STRING;
      case "text", "tinytext", "mediumtext", "longtext" -> ScalarType.TEXT;
      case "int", "smallint", "mediumint", "tinyint" -> ScalarType.INTEGER;
      case "bigint" -> ScalarType.BIGINT;
      case "decimal" -> ScalarType.DECIMAL;
      case "double", "float" -> ScalarType.FLOAT;
      case "date" -> ScalarType.DATE;
      case "datetime", "timestamp" -> ScalarType.DATETIME;
      case "json" -> ScalarType.JSON;
      default -> null;
    };
  }

  private void checks() throws SQLException {
    Rows.query(connection, "SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
        + " WHERE CONSTRAINT_SCHEMA = DATABASE() ORDER BY 1, 2", rs -> {
          String table = rs.getString(1);
          String name = rs.getString(2);
          String clause = rs.getString(3);
          SqlSchema.Column column = out.columnOf(table, name);
          if (column != null && clause.replace(" ", "").equalsIgnoreCase("json_valid(`" + name.replace("`", "``") + "`)")) {
            out.replaceColumn(table, new SqlSchema.Column(name, ScalarType.JSON, null, column.nullable(), column.defaultValue()), "json");
          } else {
            out.check(table, name, out.mentionedColumn(table, clause, '`'));
          }
        });
  }

  private void foreignKeys() throws SQLException {
    Rows.query(connection, "SELECT rc.TABLE_NAME, rc.CONSTRAINT_NAME, rc.REFERENCED_TABLE_NAME, rc.DELETE_RULE,"
        + " k.COLUMN_NAME, k.REFERENCED_COLUMN_NAME, (SELECT count(*) FROM information_schema.KEY_COLUMN_USAGE k2"
        + "   WHERE k2.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA AND k2.CONSTRAINT_NAME = rc.CONSTRAINT_NAME AND k2.TABLE_NAME = rc.TABLE_NAME)"
        + " FROM information_schema.REFERENTIAL_CONSTRAINTS rc JOIN information_schema.KEY_COLUMN_USAGE k"
        + " ON k.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = rc.CONSTRAINT_NAME AND k.TABLE_NAME = rc.TABLE_NAME"
        + " WHERE rc.CONSTRAINT_SCHEMA = DATABASE() AND k.ORDINAL_POSITION = 1 ORDER BY 1, 2", rs -> {
          String table = rs.getString(1);
          String name = rs.getString(2);
          foreignKeyNames.add(table + "\0" + name);
          if (rs.getInt(7) != 1) {
            out.note("foreign key " + name + " on " + table + " spans " + rs.getInt(7) + " columns");
            return;
          }
          OnDelete onDelete = switch (rs.getString(4)) {
            case "CASCADE" -> OnDelete.CASCADE;
            case "SET NULL" -> OnDelete.SET_NULL;
            case "RESTRICT" -> OnDelete.RESTRICT;
            default -> {
              out.note("foreign key " + name + " on " + table + " has ON DELETE " + rs.getString(4) + ", read as RESTRICT");
              yield OnDelete.RESTRICT;
            }
          };
          out.foreignKey(name, table, rs.getString(5), rs.getString(3), rs.getString(6), onDelete);
        });
  }

  /**
   * PRIMARY is the primary key; an index named like a foreign key of its table is the one InnoDB
   * added for it, not part of the schema.
   */
  private void indexes() throws SQLException {
    Map<String, List<String>> columns = new LinkedHashMap<>();
    Map<String, Boolean> unique = new LinkedHashMap<>();
    Map<String, String[]> names = new LinkedHashMap<>();
    Rows.query(connection, "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART FROM information_schema.STATISTICS"
        + " WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX", rs -> {
          String key = rs.getString(1) + "\0" + rs.getString(2);
          names.put(key, new String[] {rs.getString(1), rs.getString(2)});
          columns.computeIfAbsent(key, k -> new ArrayList<>()).add(rs.getString(4));
          unique.put(key, rs.getInt(3) == 0);
        });
    for (Map.Entry<String, List<String>> entry : columns.entrySet()) {
      String table = names.get(entry.getKey())[0];
      String name = names.get(entry.getKey())[1];
      if (name.toUpperCase(Locale.ROOT).equals("PRIMARY")) {
        out.primaryKey(table, name, entry.getValue());
      } else if (foreignKeyNames.contains(entry.getKey())) {
        continue;
      } else if (unique.get(entry.getKey())) {
        out.unique(table, name, entry.getValue());
      } else {
        out.index(name, table, entry.getValue(), false);
      }
    }
  }
}
