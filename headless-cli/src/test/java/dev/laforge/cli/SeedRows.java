package dev.laforge.cli;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.Validation;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@value #ROWS} rows for every table of a domain (join tables included), as INSERT statements
 * in foreign-key order: every column gets a non-null value (row n of every table in tenant n), distinct across rows where the type
 * allows it, that satisfies the column's validation (lengths, bounds, patterns, e-mail); strings
 * carry quotes to exercise the migrations' copies and casts.
 */
final class SeedRows {

  static final int ROWS = 3;

  private SeedRows() {}

  /** The INSERT statements for {@code domain} on {@code dialect}. */
  static List<String> inserts(Domain domain, Dialect dialect) {
    SqlSchema schema = SqlSchema.of(domain, dialect);
    Map<String, SqlSchema.Table> tables = new HashMap<>();
    schema.tables().forEach(t -> tables.put(t.name(), t));
    Map<String, List<SqlSchema.ForeignKey>> keys = new HashMap<>();
    schema.foreignKeys().forEach(k -> keys.computeIfAbsent(k.table(), x -> new ArrayList<>()).add(k));
    Set<String> ordered = new LinkedHashSet<>();
    schema.tables().forEach(t -> order(t.name(), keys, ordered, new LinkedHashSet<>()));
    List<String> out = new ArrayList<>();
    for (String name : ordered) {
      SqlSchema.Table table = tables.get(name);
      for (int row = 0; row < ROWS; row++) {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (SqlSchema.Column column : table.columns()) {
          columns.add(dialect.quote(column.name()));
          values.add(value(schema, table, column, row, keys.getOrDefault(name, List.of()), tables, dialect));
        }
        out.add("INSERT INTO " + dialect.quote(name) + " (" + String.join(", ", columns) + ") VALUES ("
            + String.join(", ", values) + ")");
      }
    }
    return out;
  }

  /** The primary-key value of row {@code row} of a table with a single uuid key. */
  static String id(String table, int row) {
    return UUID.nameUUIDFromBytes((table + "#" + row).getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static void order(String table, Map<String, List<SqlSchema.ForeignKey>> keys, Set<String> ordered,
      Set<String> visiting) {
    if (ordered.contains(table) || !visiting.add(table)) {
      return;
    }
    for (SqlSchema.ForeignKey key : keys.getOrDefault(table, List.of())) {
      if (!key.referencedTable().equals(table)) {
        order(key.referencedTable(), keys, ordered, visiting);
      }
    }
    ordered.add(table);
  }

  private static String value(SqlSchema schema, SqlSchema.Table table, SqlSchema.Column column, int row,
      List<SqlSchema.ForeignKey> keys, Map<String, SqlSchema.Table> tables, Dialect dialect) {
    for (SqlSchema.ForeignKey key : keys) {
      if (key.column().equals(column.name())) {
        SqlSchema.Table target = tables.get(key.referencedTable());
        if (target.joinTable() || !target.primaryKey().equals(List.of(key.referencedColumn()))) {
          throw new IllegalStateException("cannot seed " + table.name() + "." + column.name());
        }
        // A self-reference points at the row itself when it must, else at nothing.
        if (key.referencedTable().equals(table.name())) {
          return column.nullable() ? "NULL" : text(id(table.name(), row));
        }
        return text(id(key.referencedTable(), row));
      }
    }
    if (table.primaryKey().equals(List.of(column.name()))) {
      return text(id(table.name(), row));
    }
    Validation validation = table.checks().stream().filter(c -> c.column().equals(column.name()))
        .map(SqlSchema.Check::validation).findFirst().orElse(Validation.NONE);
    String seed = table.name() + "." + column.name() + "#" + row;
    return switch (column.type()) {
      case UUID -> text(column.name().equals("tenant_id") ? id("tenant", row)
          : UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString());
      case STRING, TEXT -> text(string(row, column.name(), validation));
      case INTEGER, BIGINT -> number(row, validation, BigDecimal.valueOf(100 + row * 7L)).toBigInteger().toString();
      case DECIMAL, FLOAT -> number(row, validation, new BigDecimal("10.5").add(BigDecimal.valueOf(row))).toPlainString();
      case BOOLEAN -> dialect == Dialect.POSTGRES ? (row % 2 == 0 ? "TRUE" : "FALSE") : (row % 2 == 0 ? "1" : "0");
      case DATE -> text("2026-01-0" + (row + 1));
      case DATETIME -> text("2026-01-0" + (row + 1) + " 10:11:12");
      case JSON, JSONB -> text("{\"row\": " + row + ", \"note\": \"it's\"}");
      case ENUM -> text(enumValue(schema, column, row));
    };
  }

  /** The enum's values in turn, so rows differ (see {@link DomainEdits}: those values are never removed). */
  private static String enumValue(SqlSchema schema, SqlSchema.Column column, int row) {
    EnumType type = schema.enums().stream().filter(e -> e.sqlName().equals(column.enumSqlName())).findFirst().orElseThrow();
    return type.values().get(row % type.values().size());
  }

  /** {@code preferred}, or a value inside the validation's bounds (evenly spread over them when both are set). */
  private static BigDecimal number(int row, Validation v, BigDecimal preferred) {
    if (v.min() != null && v.max() != null) {
      return v.min().add(v.max().subtract(v.min()).multiply(BigDecimal.valueOf(row + 1))
          .divide(BigDecimal.valueOf(ROWS + 1), 2, java.math.RoundingMode.DOWN));
    } else if (v.max() != null && preferred.compareTo(v.max()) > 0) {
      return v.max().subtract(BigDecimal.valueOf(row));
    } else if (v.min() != null && preferred.compareTo(v.min()) < 0) {
      return v.min().add(BigDecimal.valueOf(row));
    }
    return preferred;
  }

  /** A string for row {@code row} that satisfies the validation, distinct for every row. */
  static String string(int row, String column, Validation v) {
    int min = v.minLength() == null ? 0 : v.minLength();
    int max = v.maxLength() == null ? 255 : v.maxLength();
    List<String> candidates = new ArrayList<>();
    if (v.email()) {
      candidates.add("o'neil." + row + "@example.com");
    } else if (v.pattern() == null) {
      candidates.add(row + " it's " + column);
      candidates.add(row + "'" + "x".repeat(Math.max(0, min - 2)));
    }
    if (v.pattern() != null) {
      for (int repeat : List.of(3, 1, 5, 8, 16)) {
        candidates.add(new Example(v.pattern(), row, repeat).build());
      }
    }
    for (String candidate : candidates) {
      if (candidate.length() >= min && candidate.length() <= max
          && (v.pattern() == null || Pattern.compile(v.pattern()).matcher(candidate).find())) {
        return candidate;
      }
    }
    throw new IllegalStateException("no seed value for " + column + " with " + v);
  }

  /**
   * A string matching a simple regular expression (anchors, literals, escapes, bracket classes,
   * groups with alternatives, and the quantifiers ? * + {n} {n,m}): classes take the character at
   * the row's offset, so rows differ; unbounded quantifiers repeat {@code repeat} times.
   */
  private static final class Example {
    private final String regex;
    private final int row;
    private final int repeat;
    private int pos;
    private int emitted;

    Example(String regex, int row, int repeat) {
      this.regex = regex;
      this.row = row;
      this.repeat = repeat;
    }

    String build() {
      StringBuilder out = new StringBuilder();
      alternatives(out);
      return out.toString();
    }

    private void alternatives(StringBuilder out) {
      sequence(out);
      while (pos < regex.length() && regex.charAt(pos) == '|') {
        pos++;
        StringBuilder ignored = new StringBuilder();
        sequence(ignored);
      }
    }

    private void sequence(StringBuilder out) {
      while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
        int atomStart = pos;
        char c = regex.charAt(pos);
        if (c == '^' || c == '$') {
          pos++;
          continue;
        }
        skipAtom();
        int atomEnd = pos;
        int[] range = quantifier();
        int times = range[1] < 0 ? Math.max(range[0], repeat) : Math.max(range[0], Math.min(range[1], repeat));
        for (int i = 0; i < times; i++) {
          int saved = pos;
          pos = atomStart;
          atom(out);
          if (pos != atomEnd) {
            throw new IllegalStateException("cannot read " + regex);
          }
          pos = saved;
        }
      }
    }

    private void skipAtom() {
      char c = regex.charAt(pos);
      if (c == '\\') {
        pos += 2;
      } else if (c == '[') {
        pos = regex.indexOf(']', pos + 2) + 1;
      } else if (c == '(') {
        int depth = 0;
        do {
          char d = regex.charAt(pos);
          if (d == '\\') {
            pos++;
          } else if (d == '(') {
            depth++;
          } else if (d == ')') {
            depth--;
          }
          pos++;
        } while (depth > 0);
      } else {
        pos++;
      }
    }

    private int[] quantifier() {
      if (pos >= regex.length()) {
        return new int[] {1, 1};
      }
      char c = regex.charAt(pos);
      if (c == '?') {
        pos++;
        return new int[] {repeat > 1 ? 1 : 0, 1};
      } else if (c == '*') {
        pos++;
        return new int[] {0, -1};
      } else if (c == '+') {
        pos++;
        return new int[] {1, -1};
      } else if (c == '{') {
        int close = regex.indexOf('}', pos);
        String[] parts = regex.substring(pos + 1, close).split(",", -1);
        pos = close + 1;
        int min = Integer.parseInt(parts[0].trim());
        int max = parts.length == 1 ? min : parts[1].isBlank() ? -1 : Integer.parseInt(parts[1].trim());
        return new int[] {min, max};
      }
      return new int[] {1, 1};
    }

    private void atom(StringBuilder out) {
      char c = regex.charAt(pos);
      if (c == '\\') {
        char e = regex.charAt(pos + 1);
        pos += 2;
        out.append(switch (e) {
          case 'd' -> choose("0123456789");
          case 'w' -> choose("abcdefghijklmnopqrstuvwxyz");
          case 's' -> ' ';
          default -> e;
        });
      } else if (c == '[') {
        int close = regex.indexOf(']', pos + 2);
        String body = regex.substring(pos + 1, close);
        pos = close + 1;
        out.append(choose(bracket(body)));
      } else if (c == '(') {
        pos++;
        if (regex.startsWith("?:", pos)) {
          pos += 2;
        }
        alternatives(out);
        pos++;
      } else {
        pos++;
        out.append(c == '.' ? choose("abcdefghijklmnopqrstuvwxyz") : c);
      }
    }

    /** The characters a bracket expression admits (a negated one: the letters and digits it does not exclude). */
    private static String bracket(String body) {
      boolean negated = body.startsWith("^");
      String set = negated ? body.substring(1) : body;
      StringBuilder chars = new StringBuilder();
      for (int i = 0; i < set.length(); i++) {
        if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
          for (char x = set.charAt(i); x <= set.charAt(i + 2); x++) {
            chars.append(x);
          }
          i += 2;
        } else {
          chars.append(set.charAt(i));
        }
      }
      if (!negated) {
        return chars.toString();
      }
      StringBuilder allowed = new StringBuilder();
      for (char x : "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray()) {
        if (chars.indexOf(String.valueOf(x)) < 0) {
          allowed.append(x);
        }
      }
      return allowed.toString();
    }

    private char choose(String chars) {
      return chars.charAt((row + emitted++) % chars.length());
    }
  }

  private static String text(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
