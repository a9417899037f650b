package dev.laforge.backend.migrate.introspect;

import dev.laforge.backend.ir.Relation.OnDelete;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.migrate.ColumnTypes;
import dev.laforge.backend.migrate.SqlIdentifiers;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code main} database of SQLite. The pragmas give columns, foreign keys and index
 * columns but not constraint names, so those (and the inline CHECKs that make a column boolean,
 * enum or JSON) are read from the {@code CREATE TABLE} text SQLite keeps.
 */
final class SqliteReader {

  private static final Pattern IN_LIST = Pattern.compile("CHECK \\(\"((?:[^\"]|\"\")*)\" IN \\((.*)\\)\\)$");
  private static final Pattern JSON_CHECK = Pattern.compile("CHECK \\(json_valid\\(\"((?:[^\"]|\"\")*)\"\\)\\)$");

  private final Connection connection;
  private final LiveSchemaBuilder out = new LiveSchemaBuilder(Dialect.SQLITE);

  SqliteReader(Connection connection) {
    this.connection = connection;
  }

  LiveSchema read() throws SQLException {
    Map<String, String> sql = new LinkedHashMap<>();
    Rows.query(connection, "SELECT name, sql FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
        + " ORDER BY name", rs -> {
          if (out.table(rs.getString(1))) {
            sql.put(rs.getString(1), rs.getString(2));
          }
        });
    for (Map.Entry<String, String> table : sql.entrySet()) {
      table(table.getKey(), parts(table.getValue()));
    }
    indexes();
    return out.build();
  }

  private void table(String table, List<String> parts) throws SQLException {
    Map<String, String> markers = new HashMap<>();
    Map<String, String> foreignKeyNames = new HashMap<>();
    String primaryKeyName = null;
    List<String[]> uniques = new ArrayList<>();
    List<String[]> checks = new ArrayList<>();
    for (String part : parts) {
      if (part.regionMatches(true, 0, "CONSTRAINT ", 0, 11)) {
        int[] at = {11};
        String name = SqlIdentifiers.read(part, at);
        String rest = part.substring(at[0]).trim();
        String upper = rest.toUpperCase(Locale.ROOT);
        if (upper.startsWith("PRIMARY KEY")) {
          primaryKeyName = name;
        } else if (upper.startsWith("UNIQUE")) {
          uniques.add(new String[] {name, rest});
        } else if (upper.startsWith("CHECK")) {
          checks.add(new String[] {name, rest});
        } else if (upper.startsWith("FOREIGN KEY")) {
          int[] c = {rest.indexOf('(') + 1};
          foreignKeyNames.put(SqlIdentifiers.read(rest, c), name);
        }
      } else {
        int[] at = {0};
        String column = SqlIdentifiers.read(part, at);
        Matcher in = IN_LIST.matcher(part);
        Matcher json = JSON_CHECK.matcher(part);
        if (in.find() && in.group(1).replace("\"\"", "\"").equals(column)) {
          String list = in.group(2).trim();
          markers.put(column, list.equals("0, 1") ? "boolean" : ColumnTypes.enumMarker(labels(list)));
        } else if (json.find()) {
          markers.put(column, "json");
        }
      }
    }
    String q = Dialect.SQLITE.quote(table);
    Map<Integer, String> primaryKey = new TreeMap<>();
    Rows.query(connection, "PRAGMA main.table_info(" + q + ")", rs -> {
      String column = rs.getString("name");
      String declared = rs.getString("type").toLowerCase(Locale.ROOT);
      String marker = markers.get(column);
      ScalarType type = scalar(declared, marker);
      if (type == null) {
        out.note("column " + table + "." + column + " has type " + declared + ", which LaForge never declares; read as text");
        type = ScalarType.TEXT;
      }
      String expression = rs.getString("dflt_value");
      var value = Defaults.parse(expression, type);
      if (expression != null && value == null) {
        out.note("column " + table + "." + column + " has default " + expression + ", which is not a LaForge default");
      }
      out.column(table, new SqlSchema.Column(column, type, null, rs.getInt("notnull") == 0, value), ColumnTypes.sqlite(declared, marker));
      if (rs.getInt("pk") > 0) {
        primaryKey.put(rs.getInt("pk"), column);
      }
    });
    if (!primaryKey.isEmpty()) {
      out.primaryKey(table, primaryKeyName, List.copyOf(primaryKey.values()));
    }
    for (String[] unique : uniques) {
      int[] c = {unique[1].indexOf('(') + 1};
      out.unique(table, unique[0], List.of(SqlIdentifiers.read(unique[1], c)));
    }
    for (String[] check : checks) {
      out.check(table, check[0], out.mentionedColumn(table, check[1], '"'));
    }
    Rows.query(connection, "PRAGMA main.foreign_key_list(" + q + ")", rs -> {
      String column = rs.getString("from");
      String name = foreignKeyNames.getOrDefault(column, table + "_" + column + "_fkey");
      OnDelete onDelete = switch (rs.getString("on_delete").toUpperCase(Locale.ROOT)) {
        case "CASCADE" -> OnDelete.CASCADE;
        case "SET NULL" -> OnDelete.SET_NULL;
        case "RESTRICT" -> OnDelete.RESTRICT;
        default -> {
          out.note("foreign key " + name + " on " + table + " has ON DELETE " + rs.getString("on_delete") + ", read as RESTRICT");
          yield OnDelete.RESTRICT;
        }
      };
      out.foreignKey(name, table, column, rs.getString("table"), rs.getString("to"), onDelete);
    });
  }

  private static ScalarType scalar(String declared, String marker) {
    if (marker != null) {
      return marker.equals("boolean") ? ScalarType.BOOLEAN : marker.equals("json") ? ScalarType.JSON : ScalarType.ENUM;
    }
    return switch (declared) {
      case "text" -> ScalarType.TEXT;
      case "integer" -> ScalarType.INTEGER;
      case "numeric" -> ScalarType.DECIMAL;
      case "real" -> ScalarType.FLOAT;
      default -> null;
    };
  }

  private void indexes() throws SQLException {
    List<String[]> found = new ArrayList<>();
    Rows.query(connection, "SELECT name, tbl_name, sql FROM main.sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name",
        rs -> found.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}));
    for (String[] index : found) {
      List<String> columns = new ArrayList<>();
      boolean[] expression = {false};
      Rows.query(connection, "PRAGMA main.index_info(" + Dialect.SQLITE.quote(index[0]) + ")", rs -> {
        if (rs.getString("name") == null) {
          expression[0] = true;
        } else {
          columns.add(rs.getString("name"));
        }
      });
      if (expression[0] || index[2].toUpperCase(Locale.ROOT).contains(" WHERE ")) {
        if (out.has(index[1])) {
          out.note("index " + index[0] + " on " + index[1] + " has expressions or a predicate and is not compared");
        }
        continue;
      }
      out.index(index[0], index[1], columns, index[2].regionMatches(true, 0, "CREATE UNIQUE", 0, 13));
    }
  }

  /** The comma-separated parts between the outer parentheses of a CREATE TABLE, quotes and nesting respected. */
  static List<String> parts(String createTable) {
    List<String> parts = new ArrayList<>();
    int open = createTable.indexOf('(');
    int close = createTable.lastIndexOf(')');
    if (open < 0 || close < open) {
      return parts;
    }
    String body = createTable.substring(open + 1, close);
    int depth = 0;
    char quote = 0;
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"' || c == '`') {
        quote = c;
      } else if (c == '[') {
        quote = ']';
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(current.toString().trim());
        current.setLength(0);
        continue;
      }
      current.append(c);
    }
    if (!current.toString().isBlank()) {
      parts.add(current.toString().trim());
    }
    return parts;
  }

  /** {@code 'a', 'it''s'} to its labels. */
  private static List<String> labels(String list) {
    List<String> labels = new ArrayList<>();
    StringBuilder current = null;
    for (int i = 0; i < list.length(); i++) {
      char c = list.charAt(i);
      if (current == null) {
        if (c == '\'') {
          current = new StringBuilder();
        }
      } else if (c == '\'' && i + 1 < list.length() && list.charAt(i + 1) == '\'') {
        current.append('\'');
        i++;
      } else if (c == '\'') {
        labels.add(current.toString());
        current = null;
      } else {
        current.append(c);
      }
    }
    return labels;
  }
}
