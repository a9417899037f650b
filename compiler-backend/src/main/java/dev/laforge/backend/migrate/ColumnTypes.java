package dev.laforge.backend.migrate;

import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import dev.laforge.backend.sql.mysql.MySqlTypes;
import dev.laforge.backend.sql.postgres.PostgresFragments;
import dev.laforge.backend.sql.sqlite.SqliteFragments;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The column types of a schema as the database itself reports them, so that a declared schema and
 * one read from a live database can be compared type by type: PostgreSQL's {@code format_type}
 * spelling ({@code text}, {@code timestamp with time zone}, the enum type's name), MySQL/MariaDB's
 * {@code COLUMN_TYPE} without display widths ({@code varchar(200)}, {@code tinyint(1)} for
 * booleans, {@code enum('a','b')}, {@code json}), and for SQLite the declared type followed by
 * what its inline CHECK makes of it ({@code integer (boolean)}, {@code text (enum 'a', 'b')},
 * {@code text (json)}).
 */
public final class ColumnTypes {

  private ColumnTypes() {}

  /** Table, then column, to its type as the dialect stores it; sorted. */
  public static Map<String, Map<String, String>> declared(SqlSchema schema, Dialect dialect) {
    Map<String, List<String>> labels = schema.enums().stream()
        .collect(Collectors.toMap(EnumType::sqlName, EnumType::values, (a, b) -> a));
    MySqlTypes mysql = dialect == Dialect.MYSQL ? MySqlTypes.of(schema) : null;
    Map<String, Map<String, String>> types = new TreeMap<>();
    for (SqlSchema.Table table : schema.tables()) {
      Map<String, String> columns = new TreeMap<>();
      for (SqlSchema.Column column : table.columns()) {
        columns.put(column.name(), switch (dialect) {
          case POSTGRES -> postgres(column);
          case MYSQL -> mysql(mysql.type(table.name(), column.name()));
          case SQLITE -> sqlite(SqliteFragments.type(column.type()).toLowerCase(Locale.ROOT), column, labels);
        });
      }
      types.put(table.name(), columns);
    }
    return types;
  }

  /** A PostgreSQL type as {@code format_type} spells it: the DDL's type, an enum by its bare name. */
  static String postgres(SqlSchema.Column column) {
    if (column.type() == ScalarType.ENUM) {
      return column.enumSqlName();
    }
    String type = PostgresFragments.type(column);
    return type.equals("timestamptz") ? "timestamp with time zone" : type;
  }

  /**
   * A MySQL column type in the form MariaDB reports it: keywords in lower case, no display width
   * except {@code tinyint(1)}, BOOLEAN as {@code tinyint(1)}; enum labels keep their case.
   */
  public static String mysql(String type) {
    String lower = type.toLowerCase(Locale.ROOT);
    if (lower.startsWith("enum(")) {
      return "enum(" + enumLabels(type.substring(5, type.length() - 1)).stream()
          .map(l -> "'" + l.replace("'", "''") + "'").collect(Collectors.joining(",")) + ")";
    }
    if (lower.equals("boolean") || lower.equals("bool")) {
      return "tinyint(1)";
    }
    if (lower.matches("(int|integer|bigint|smallint|mediumint)\\(\\d+\\)( unsigned)?")) {
      return lower.replaceAll("\\(\\d+\\)", "").replace("integer", "int");
    }
    return lower.equals("integer") ? "int" : lower;
  }

  /**
   * The labels of an ENUM list as MySQL writes them ({@code 'a',X'5C'}) or MariaDB prints them
   * ({@code 'it''s','a\\b'}): quotes doubled or backslash-escaped, or hex literals.
   */
  static List<String> enumLabels(String list) {
    List<String> labels = new ArrayList<>();
    int i = 0;
    while (i < list.length()) {
      char c = list.charAt(i);
      if (c == '\'') {
        StringBuilder label = new StringBuilder();
        i++;
        while (i < list.length()) {
          char d = list.charAt(i);
          if (d == '\'' && i + 1 < list.length() && list.charAt(i + 1) == '\'') {
            label.append('\'');
            i += 2;
          } else if (d == '\'') {
            break;
          } else if (d == '\\' && i + 1 < list.length()) {
            label.append(list.charAt(i + 1));
            i += 2;
          } else {
            label.append(d);
            i++;
          }
        }
        labels.add(label.toString());
        i++;
      } else if ((c == 'X' || c == 'x') && i + 1 < list.length() && list.charAt(i + 1) == '\'') {
        int end = list.indexOf('\'', i + 2);
        labels.add(new String(HexFormat.of().parseHex(list.substring(i + 2, end)), StandardCharsets.UTF_8));
        i = end + 1;
      } else {
        i++;
      }
    }
    return labels;
  }

  /** The SQLite declared type plus what its inline CHECK adds: boolean, enum labels or json. */
  public static String sqlite(String affinity, String marker) {
    return marker == null ? affinity : affinity + " (" + marker + ")";
  }

  private static String sqlite(String affinity, SqlSchema.Column column, Map<String, List<String>> labels) {
    return switch (column.type()) {
      case BOOLEAN -> sqlite(affinity, "boolean");
      case JSON, JSONB -> sqlite(affinity, "json");
      case ENUM -> sqlite(affinity, enumMarker(labels.getOrDefault(column.enumSqlName(), List.of())));
      default -> affinity;
    };
  }

  /** {@code enum 'a', 'b'}: the marker of a SQLite column whose CHECK lists these labels. */
  public static String enumMarker(List<String> labels) {
    return "enum " + labels.stream().map(Dialect.SQLITE::quoteString).collect(Collectors.joining(", "));
  }
}
