package dev.laforge.backend.sql;

import static dev.laforge.backend.testing.FieldBuilder.enumField;
import static dev.laforge.backend.testing.FieldBuilder.field;
import static dev.laforge.backend.testing.ModelBuilder.model;

import dev.laforge.backend.ir.DefaultValue;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.Field;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.Relation.OnDelete;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.testing.FieldBuilder;
import dev.laforge.backend.testing.ModelBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The domain of {@link HostileIdentifiersTest}: every keyword of PostgreSQL, MySQL/MariaDB and
 * SQLite (from {@code src/test/resources/keywords}) as a table or column name, string defaults and
 * enum labels with {@code '}, {@code "}, a backtick and backslashes, and names at the dialect's
 * length limit.
 */
final class HostileDomain {

  /** Columns per keyword table, the primary key included. */
  static final int FIELDS_PER_MODEL = 40;

  /** Appended to each keyword to make a string default: quotes, escapes and comment starters. */
  static final String SUFFIX = " it's \"dq\" `bt` \\ \\\\ \\' '\\ \\n\t\n -- /* */ ; % _ é end";

  static final EnumType LABELS = new EnumType("Hostile", "en'um\"`\\",
      List.of("it's", "say \"hi\"", "back`tick", "back\\slash", "'\"`\\", "select"), null);

  private static final List<String> KEYWORD_FILES = List.of("postgres.txt", "mysql.txt", "sqlite.txt");

  private HostileDomain() {}

  /** Every keyword of the three engines, lower case, sorted, without duplicates. */
  static List<String> keywords() {
    TreeSet<String> words = new TreeSet<>();
    for (String file : KEYWORD_FILES) {
      try (InputStream in = HostileDomain.class.getResourceAsStream("/keywords/" + file)) {
        if (in == null) {
          throw new IllegalStateException("missing test resource keywords/" + file);
        }
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .forEach(words::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(words);
  }

  /**
   * The keyword tables, each keyed by its first keyword and pointing at the previous one, plus a
   * table whose own name, a column and every derived constraint name are at the limit of {@code dialect}.
   */
  static Domain build(Dialect dialect) {
    List<String> keywords = keywords();
    List<Model> models = new ArrayList<>();
    for (int start = 0, i = 0; start < keywords.size(); start += FIELDS_PER_MODEL, i++) {
      List<String> chunk = keywords.subList(start, Math.min(start + FIELDS_PER_MODEL, keywords.size()));
      models.add(keywordModel("Keywords" + i, chunk, i == 0 ? null : "Keywords" + (i - 1)));
    }
    models.add(longModel(dialect));
    return new Domain(List.of(LABELS), models, null);
  }

  /** Per table, per column, every string default (text, enum and JSON columns) as declared. */
  static Map<String, Map<String, String>> stringDefaults(Domain domain) {
    Map<String, Map<String, String>> defaults = new LinkedHashMap<>();
    for (Model model : domain.models()) {
      Map<String, String> columns = new LinkedHashMap<>();
      for (Field field : model.fields()) {
        if (field.defaultValue() instanceof DefaultValue.Text text) {
          columns.put(field.column(), text.value());
        } else if (field.defaultValue() instanceof DefaultValue.EnumValue label) {
          columns.put(field.column(), label.value());
        }
      }
      defaults.put(model.table(), columns);
    }
    return defaults;
  }

  /**
   * {@code prefix} padded with {@code é} to the longest name the dialect allows: 63 bytes in
   * PostgreSQL, 64 characters in MySQL; SQLite has no limit, so 300 characters there.
   */
  static String atLimit(String prefix, Dialect dialect) {
    if (dialect == Dialect.SQLITE) {
      return prefix + "é".repeat(300 - prefix.length());
    }
    StringBuilder name = new StringBuilder(prefix);
    while (dialect.fits(name + "é")) {
      name.append('é');
    }
    if (dialect.fits(name + "x")) {
      name.append('x');
    }
    return name.toString();
  }

  private static Model keywordModel(String name, List<String> chunk, String previous) {
    ModelBuilder model = model(name).table(chunk.get(0));
    model.field(field(chunk.get(0), ScalarType.UUID).column(chunk.get(0)).pk().defaultValue(new DefaultValue.Uuid()));
    List<String> strings = new ArrayList<>();
    for (int j = 1; j < chunk.size(); j++) {
      String keyword = chunk.get(j);
      FieldBuilder field = keywordField(keyword, j).column(keyword);
      Field built = field.build();
      if (built.type() == ScalarType.STRING && built.defaultValue() != null) {
        if (strings.isEmpty()) {
          // The first defaulted string is unique, so unique constraints get keyword names too.
          field.unique();
        }
        strings.add(keyword);
      }
      model.field(field);
    }
    if (strings.size() >= 3) {
      model.index(false, strings.get(1), strings.get(2));
    }
    if (previous != null) {
      if (chunk.contains("parent_id")) {
        throw new IllegalStateException("keyword parent_id would clash with the foreign-key column");
      }
      model.belongsTo("parent", previous, OnDelete.CASCADE, true);
    }
    return model.build();
  }

  /** Mostly strings with defaults, as those are what the test reads back; the other types in turn. */
  private static FieldBuilder keywordField(String keyword, int j) {
    String text = keyword + SUFFIX;
    return switch (j % 8) {
      case 1, 4, 6 -> field(keyword, ScalarType.STRING).defaultValue(new DefaultValue.Text(text));
      case 2 -> field(keyword, ScalarType.TEXT).defaultValue(new DefaultValue.Text(text));
      case 3 -> enumField(keyword, LABELS.name())
          .defaultValue(new DefaultValue.EnumValue(LABELS.values().get((j / 8) % LABELS.values().size())));
      case 5 -> field(keyword, ScalarType.JSON).defaultValue(new DefaultValue.Text("{\"" + json(keyword) + "\": \""
          + json(text) + "\"}"));
      case 7 -> otherType(keyword, j / 8);
      default -> field(keyword, ScalarType.STRING).optional();
    };
  }

  private static FieldBuilder otherType(String keyword, int turn) {
    return switch (turn % 8) {
      case 0 -> field(keyword, ScalarType.INTEGER).defaultValue(new DefaultValue.Number(BigDecimal.valueOf(-7)));
      case 1 -> field(keyword, ScalarType.BOOLEAN).defaultValue(new DefaultValue.Bool(true));
      case 2 -> field(keyword, ScalarType.DATETIME).defaultValue(new DefaultValue.Now());
      case 3 -> field(keyword, ScalarType.DATE).defaultValue(new DefaultValue.Now());
      case 4 -> field(keyword, ScalarType.DECIMAL).defaultValue(new DefaultValue.Number(new BigDecimal("1.5")));
      case 5 -> field(keyword, ScalarType.UUID).defaultValue(new DefaultValue.Uuid());
      case 6 -> field(keyword, ScalarType.BIGINT).optional();
      default -> field(keyword, ScalarType.FLOAT).optional().defaultValue(new DefaultValue.Null());
    };
  }

  private static Model longModel(Dialect dialect) {
    String table = atLimit("lim'it\"q`b\\s ", dialect);
    String column = atLimit("col'\"`\\ ", dialect);
    String other = atLimit("other'\"`\\ ", dialect);
    return model("LongNames").table(table)
        .field(field("id", ScalarType.UUID).pk().defaultValue(new DefaultValue.Uuid()))
        .field(field("long", ScalarType.STRING).column(column).unique().defaultValue(new DefaultValue.Text("long" + SUFFIX)))
        .field(enumField("other", LABELS.name()).column(other).defaultValue(new DefaultValue.EnumValue("'\"`\\")))
        .belongsTo("keywords", "Keywords0", OnDelete.SET_NULL, true)
        .index(false, "other", "long")
        .build();
  }

  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t");
  }
}
