package dev.laforge.backend.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test-side dump of a database's schema as sorted text lines, to compare a migrated database
 * with one created from the generated DDL: columns (in any order), constraints, indexes, enum
 * types, row-level security and policies.
 */
public final class Catalogs {

  private Catalogs() {}

  /** The current schema of a PostgreSQL connection; the schema's own name is replaced by {@code <schema>}. */
  public static List<String> postgres(Connection c, String schema) throws SQLException {
    List<String> lines = new ArrayList<>();
    rows(c, "SELECT 'column', table_name, column_name, data_type, udt_name, is_nullable, column_default"
        + " FROM information_schema.columns WHERE table_schema = current_schema()", lines);
    rows(c, "SELECT 'constraint', cl.relname, co.conname, co.contype, pg_get_constraintdef(co.oid), co.convalidated"
        + " FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace"
        + " WHERE n.nspname = current_schema()", lines);
    rows(c, "SELECT 'index', tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()", lines);
    rows(c, "SELECT 'enum', t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_type t"
        + " JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace"
        + " WHERE n.nspname = current_schema() GROUP BY t.typname", lines);
    rows(c, "SELECT 'table', c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c"
        + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'r'", lines);
    rows(c, "SELECT 'policy', tablename, policyname, permissive, roles::text, cmd, qual, with_check FROM pg_policies"
        + " WHERE schemaname = current_schema()", lines);
    return normalise(lines, schema);
  }

  /** The selected database of a MariaDB/MySQL connection. */
  public static List<String> mariadb(Connection c, String database) throws SQLException {
    List<String> lines = new ArrayList<>();
    rows(c, "SELECT 'column', table_name, column_name, column_type, is_nullable, column_default, collation_name"
        + " FROM information_schema.columns WHERE table_schema = DATABASE()", lines);
    rows(c, "SELECT 'table', table_name, engine, table_collation FROM information_schema.tables WHERE table_schema = DATABASE()",
        lines);
    rows(c, "SELECT 'constraint', table_name, constraint_name, constraint_type FROM information_schema.table_constraints"
        + " WHERE constraint_schema = DATABASE()", lines);
    rows(c, "SELECT 'check', table_name, constraint_name, check_clause FROM information_schema.check_constraints"
        + " WHERE constraint_schema = DATABASE()", lines);
    rows(c, "SELECT 'fk', k.table_name, k.constraint_name, k.column_name, k.referenced_table_name, k.referenced_column_name,"
        + " r.delete_rule FROM information_schema.key_column_usage k JOIN information_schema.referential_constraints r"
        + " ON r.constraint_schema = k.constraint_schema AND r.constraint_name = k.constraint_name AND r.table_name = k.table_name"
        + " WHERE k.table_schema = DATABASE()", lines);
    rows(c, "SELECT 'index', table_name, index_name, non_unique, seq_in_index, column_name, sub_part"
        + " FROM information_schema.statistics WHERE table_schema = DATABASE()", lines);
    return normalise(lines, database);
  }

  /** Every table of a SQLite connection: columns, indexes, foreign keys and the CHECK expressions of its SQL. */
  public static List<String> sqlite(Connection c) throws SQLException {
    List<String> lines = new ArrayList<>();
    List<String[]> tables = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
      while (rs.next()) {
        tables.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    for (String[] table : tables) {
      String t = table[0].replace("'", "''");
      lines.add("table|" + table[0]);
      rows(c, "SELECT 'column', '" + t + "', name, type, \"notnull\", dflt_value, pk FROM pragma_table_xinfo('" + t + "')", lines);
      rows(c, "SELECT 'fk', '" + t + "', \"from\", \"table\", \"to\", on_delete FROM pragma_foreign_key_list('" + t + "')",
          lines);
      List<String[]> indexes = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
          "SELECT name, \"unique\", origin FROM pragma_index_list('" + t + "')")) {
        while (rs.next()) {
          indexes.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        }
      }
      for (String[] index : indexes) {
        StringBuilder columns = new StringBuilder();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
            "SELECT name FROM pragma_index_info('" + index[0].replace("'", "''") + "') ORDER BY seqno")) {
          while (rs.next()) {
            columns.append(rs.getString(1)).append(',');
          }
        }
        String name = index[0].startsWith("sqlite_autoindex_") ? "<auto>" : index[0];
        lines.add("index|" + table[0] + "|" + name + "|" + index[1] + "|" + index[2] + "|" + columns);
      }
      for (String check : checks(table[1])) {
        lines.add("check|" + table[0] + "|" + check);
      }
    }
    Collections.sort(lines);
    return lines;
  }

  /** The parenthesised expression after every CHECK keyword of a CREATE TABLE statement. */
  public static List<String> checks(String sql) {
    List<String> checks = new ArrayList<>();
    Matcher m = Pattern.compile("CHECK\\s*\\(").matcher(sql);
    while (m.find()) {
      int depth = 1;
      int i = m.end();
      boolean quoted = false;
      for (; i < sql.length() && depth > 0; i++) {
        char ch = sql.charAt(i);
        if (ch == '\'') {
          quoted = !quoted;
        } else if (!quoted && ch == '(') {
          depth++;
        } else if (!quoted && ch == ')') {
          depth--;
        }
      }
      checks.add(sql.substring(m.end(), i - 1));
    }
    return checks;
  }

  private static void rows(Connection c, String sql, List<String> lines) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        StringBuilder line = new StringBuilder();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          line.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        lines.add(line.toString());
      }
    }
  }

  private static List<String> normalise(List<String> lines, String schema) {
    List<String> out = new ArrayList<>();
    lines.forEach(l -> out.add(l.replace(schema + ".", "<schema>.")));
    Collections.sort(out);
    return out;
  }
}
