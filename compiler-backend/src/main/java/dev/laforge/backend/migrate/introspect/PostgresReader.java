package dev.laforge.backend.migrate.introspect;

import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.Relation.OnDelete;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.migrate.PolicyDefinition;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code current_schema()} of a PostgreSQL database from {@code pg_catalog}. */
final class PostgresReader {

  private static final String SCHEMA = "n.nspname = current_schema()";

  private final Connection connection;
  private final LiveSchemaBuilder out = new LiveSchemaBuilder(Dialect.POSTGRES);
  private final Map<String, EnumType> enums = new LinkedHashMap<>();

  PostgresReader(Connection connection) {
    this.connection = connection;
  }

  LiveSchema read() throws SQLException {
    enums();
    tables();
    columns();
    constraints();
    indexes();
    policies();
    return out.build();
  }

  private void enums() throws SQLException {
    Map<String, List<String>> labels = new LinkedHashMap<>();
    query("SELECT t.typname, e.enumlabel FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid"
        + " JOIN pg_namespace n ON n.oid = t.typnamespace WHERE " + SCHEMA + " ORDER BY t.typname, e.enumsortorder",
        rs -> labels.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
    labels.forEach((name, values) -> {
      EnumType type = new EnumType(name, name, values, null);
      enums.put(name, type);
      out.enumType(type);
    });
  }

  private void tables() throws SQLException {
    query("SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c"
        + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + SCHEMA + " AND c.relkind IN ('r', 'p') ORDER BY 1",
        rs -> {
          if (out.table(rs.getString(1))) {
            out.rowSecurity(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3));
          }
        });
  }

  private void columns() throws SQLException {
    query("SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), t.typtype, t.typname, a.attnotnull,"
        + " pg_get_expr(d.adbin, d.adrelid), a.attidentity FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        + " JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
        + " JOIN pg_type t ON t.oid = a.atttypid LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum"
        + " WHERE " + SCHEMA + " AND c.relkind IN ('r', 'p') ORDER BY c.relname, a.attnum",
        rs -> {
          String table = rs.getString(1);
          String column = rs.getString(2);
          String formatted = rs.getString(3);
          boolean isEnum = "e".equals(rs.getString(4)) && enums.containsKey(rs.getString(5));
          String nativeType = isEnum ? rs.getString(5) : formatted;
          ScalarType type = isEnum ? ScalarType.ENUM : scalar(formatted);
          if (type == null) {
            out.note("column " + table + "." + column + " has type " + formatted + ", which LaForge never declares; read as text");
            type = ScalarType.TEXT;
          }
          String expression = rs.getString(7);
          var value = Defaults.parse(expression, type);
          if (expression != null && value == null) {
            out.note("column " + table + "." + column + " has default " + expression + ", which is not a LaForge default");
          }
          if (rs.getString(8) != null && !rs.getString(8).isEmpty()) {
            out.note("column " + table + "." + column + " is an identity column");
          }
          out.column(table, new SqlSchema.Column(column, type, isEnum ? nativeType : null, !rs.getBoolean(6), value), nativeType);
        });
  }

  /** The IR type of a {@code format_type} spelling, or null for one no writer produces. */
  private static ScalarType scalar(String type) {
    String base = type.replaceAll("\\(.*\\)", "");
    return switch (base) {
      case "uuid" -> ScalarType.UUID;
      case "text" -> ScalarType.TEXT;
      case "character varying", "character" -> ScalarType.STRING;
      case "integer", "smallint" -> ScalarType.INTEGER;
      case "bigint" -> ScalarType.BIGINT;
      case "numeric" -> ScalarType.DECIMAL;
      case "double precision", "real" -> ScalarType.FLOAT;
      case "boolean" -> ScalarType.BOOLEAN;
      case "date" -> ScalarType.DATE;
      case "timestamp with time zone", "timestamp without time zone" -> ScalarType.DATETIME;
      case "json" -> ScalarType.JSON;
      case "jsonb" -> ScalarType.JSONB;
      default -> null;
    };
  }

  private void constraints() throws SQLException {
    query("SELECT c.relname, con.conname, con.contype, fc.relname, con.confdeltype,"
        + " ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, i)"
        + "   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.i)::text[],"
        + " ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, i)"
        + "   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.i)::text[]"
        + " FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
        + " LEFT JOIN pg_class fc ON fc.oid = con.confrelid WHERE " + SCHEMA + " ORDER BY 1, 2",
        rs -> {
          String table = rs.getString(1);
          String name = rs.getString(2);
          List<String> columns = strings(rs.getArray(6));
          switch (rs.getString(3)) {
            case "p" -> out.primaryKey(table, name, columns);
            case "u" -> out.unique(table, name, columns);
            case "c" -> out.check(table, name, columns.isEmpty() ? "" : columns.get(0));
            case "f" -> {
              List<String> referenced = strings(rs.getArray(7));
              if (columns.size() == 1 && referenced.size() == 1) {
                out.foreignKey(name, table, columns.get(0), rs.getString(4), referenced.get(0), onDelete(table, name, rs.getString(5)));
              } else if (out.has(table)) {
                out.note("foreign key " + name + " on " + table + " spans " + columns.size() + " columns");
              }
            }
            default -> { }
          }
        });
  }

  private OnDelete onDelete(String table, String name, String code) {
    return switch (code) {
      case "c" -> OnDelete.CASCADE;
      case "n" -> OnDelete.SET_NULL;
      case "r" -> OnDelete.RESTRICT;
      default -> {
        out.note("foreign key " + name + " on " + table + " has ON DELETE " + ("a".equals(code) ? "NO ACTION" : "SET DEFAULT")
            + ", read as RESTRICT");
        yield OnDelete.RESTRICT;
      }
    };
  }

  private void indexes() throws SQLException {
    query("SELECT i.relname, t.relname, ix.indisunique, ix.indexprs IS NOT NULL OR ix.indpred IS NOT NULL,"
        + " ARRAY(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY k(num, o)"
        + "   JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.num ORDER BY k.o)::text[]"
        + " FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid"
        + " JOIN pg_namespace n ON n.oid = t.relnamespace WHERE " + SCHEMA
        + " AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = ix.indexrelid AND con.conrelid = ix.indrelid"
        + "   AND con.contype IN ('p', 'u', 'x')) ORDER BY 1",
        rs -> {
          String table = rs.getString(2);
          if (rs.getBoolean(4)) {
            if (out.has(table)) {
              out.note("index " + rs.getString(1) + " on " + table + " has expressions or a predicate and is not compared");
            }
            return;
          }
          out.index(rs.getString(1), table, strings(rs.getArray(5)), rs.getBoolean(3));
        });
  }

  private void policies() throws SQLException {
    query("SELECT tablename, policyname, permissive, roles::text[], cmd, qual, with_check FROM pg_policies"
        + " WHERE schemaname = current_schema() ORDER BY 1, 2",
        rs -> out.policy(PolicyDefinition.of(rs.getString(1), rs.getString(2), rs.getString(5),
            "PERMISSIVE".equals(rs.getString(3)), strings(rs.getArray(4)), rs.getString(6), rs.getString(7))));
  }

  private static List<String> strings(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
  }

  private void query(String sql, Rows.Row row) throws SQLException {
    Rows.query(connection, sql, row);
  }
}
