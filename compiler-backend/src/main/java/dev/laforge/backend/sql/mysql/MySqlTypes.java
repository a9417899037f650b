package dev.laforge.backend.sql.mysql;

import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.sql.SqlSchema;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The MySQL/MariaDB type of every column of a schema. Most types map one to one; textual columns
 * depend on their declared maximum length and on whether a key needs their whole value:
 *
 * <ul>
 *   <li>A {@code string} is {@code VARCHAR(n)}, n being its maximum length or
 *       {@value #DEFAULT_STRING_LENGTH}. Above {@value #MAX_KEY_LENGTH} characters, the most InnoDB
 *       can index (3,072-byte keys, 4 bytes per utf8mb4 character), it is {@code TEXT}, which keeps
 *       it off MySQL's 65,535-byte row limit and loses nothing, since such a column cannot be a key.
 *   <li>A {@code text} is {@code TEXT} ({@code LONGTEXT} when its maximum length is over
 *       {@value #MAX_TEXT_LENGTH}, the characters TEXT holds).
 *   <li>A keyed textual column (primary key, unique constraint, unique index, either side of a
 *       foreign key) is {@code VARCHAR(maxLength or 255)} even when declared {@code text}: MySQL
 *       cannot key a TEXT column without a prefix, and a prefix would make uniqueness and
 *       references apply to the prefix only. Such a column is bounded in MySQL where it is not in
 *       PostgreSQL; a keyed one longer than 768 characters fails with "key too long".
 *   <li>A TEXT column in a non-unique index is indexed on its first
 *       {@value #INDEX_PREFIX_LENGTH} characters, which only narrows what the index speeds up.
 * </ul>
 *
 * <p>{@code decimal} is {@code DECIMAL(38,10)}: PostgreSQL's numeric has no fixed precision,
 * MySQL's DECIMAL must have one; 28 integer and 10 fraction digits hold any amount of money or
 * ratio and keep the precision of most other databases' widest DECIMAL.
 */
public final class MySqlTypes {

  /** Length of a {@code string} without a declared maximum. */
  public static final int DEFAULT_STRING_LENGTH = 255;

  /** The longest VARCHAR InnoDB can index whole: 3,072-byte keys over 4-byte characters. */
  public static final int MAX_KEY_LENGTH = 768;

  /** The most characters TEXT holds: 65,535 bytes over 4-byte characters. */
  public static final int MAX_TEXT_LENGTH = 16_383;

  /** Characters of a TEXT column a non-unique index covers (767 bytes, the oldest InnoDB limit). */
  public static final int INDEX_PREFIX_LENGTH = 191;

  private final Map<String, String> types = new HashMap<>();
  private final Set<String> largeObjects = new HashSet<>();

  private MySqlTypes(SqlSchema schema) {
    Map<String, List<String>> enumLabels = schema.enums().stream()
        .collect(Collectors.toMap(EnumType::sqlName, EnumType::values, (a, b) -> a));
    Set<String> keyed = keyedColumns(schema);
    for (SqlSchema.Table table : schema.tables()) {
      Map<String, Integer> maxLengths = new HashMap<>();
      table.checks().forEach(c -> maxLengths.put(c.column(), c.validation().maxLength()));
      for (SqlSchema.Column column : table.columns()) {
        String key = key(table.name(), column.name());
        types.put(key, type(column, maxLengths.get(column.name()), keyed.contains(key), enumLabels));
      }
    }
    // A textual foreign key takes exactly the type of the column it references.
    for (SqlSchema.ForeignKey fk : schema.foreignKeys()) {
      String from = key(fk.table(), fk.column());
      String to = types.get(key(fk.referencedTable(), fk.referencedColumn()));
      if (to != null && to.startsWith("VARCHAR") && types.getOrDefault(from, "").startsWith("VARCHAR")) {
        types.put(from, to);
      }
    }
    types.forEach((key, type) -> {
      if (type.equals("TEXT") || type.equals("LONGTEXT") || type.equals("JSON")) {
        largeObjects.add(key);
      }
    });
  }

  /** The types of every column of {@code schema}. */
  public static MySqlTypes of(SqlSchema schema) {
    return new MySqlTypes(schema);
  }

  /** The column's type, e.g. {@code VARCHAR(40)} or {@code ENUM('low','high')}. */
  public String type(String table, String column) {
    String type = types.get(key(table, column));
    if (type == null) {
      throw new IllegalArgumentException("no column " + table + "." + column + " in this schema");
    }
    return type;
  }

  /**
   * True for TEXT, LONGTEXT and JSON columns: their defaults must be written as expressions and
   * an index can cover only a prefix of them.
   */
  public boolean isLargeObject(String table, String column) {
    return largeObjects.contains(key(table, column));
  }

  private static String type(SqlSchema.Column column, Integer maxLength, boolean keyed,
      Map<String, List<String>> enumLabels) {
    return switch (column.type()) {
      case UUID -> "CHAR(36)";
      case STRING, TEXT -> textType(column.type(), maxLength, keyed);
      case INTEGER -> "INT";
      case BIGINT -> "BIGINT";
      case DECIMAL -> "DECIMAL(38,10)";
      case FLOAT -> "DOUBLE";
      case BOOLEAN -> "BOOLEAN";
      case DATE -> "DATE";
      case DATETIME -> "DATETIME(6)";
      case JSON, JSONB -> "JSON";
      case ENUM -> enumType(column, enumLabels);
    };
  }

  private static String textType(ScalarType type, Integer maxLength, boolean keyed) {
    int length = maxLength == null ? DEFAULT_STRING_LENGTH : maxLength;
    if (keyed || (type == ScalarType.STRING && length <= MAX_KEY_LENGTH)) {
      return "VARCHAR(" + length + ")";
    }
    return maxLength != null && maxLength > MAX_TEXT_LENGTH ? "LONGTEXT" : "TEXT";
  }

  private static String enumType(SqlSchema.Column column, Map<String, List<String>> enumLabels) {
    List<String> labels = enumLabels.get(column.enumSqlName());
    if (labels == null) {
      throw new IllegalArgumentException("unknown enum type '" + column.enumSqlName() + "' of column " + column.name());
    }
    return labels.stream().map(MySqlFragments::enumLabel).collect(Collectors.joining(",", "ENUM(", ")"));
  }

  private static Set<String> keyedColumns(SqlSchema schema) {
    Set<String> keyed = new HashSet<>();
    for (SqlSchema.Table table : schema.tables()) {
      table.primaryKey().forEach(c -> keyed.add(key(table.name(), c)));
      table.uniques().forEach(u -> keyed.add(key(table.name(), u.column())));
    }
    for (SqlSchema.Index index : schema.indexes()) {
      if (index.unique()) {
        index.columns().forEach(c -> keyed.add(key(index.table(), c)));
      }
    }
    for (SqlSchema.ForeignKey fk : schema.foreignKeys()) {
      keyed.add(key(fk.table(), fk.column()));
      keyed.add(key(fk.referencedTable(), fk.referencedColumn()));
    }
    return keyed;
  }

  private static String key(String table, String column) {
    return table + "\0" + column;
  }
}
