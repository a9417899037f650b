package dev.laforge.backend.naming;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The single source of naming rules from Forge names to SQL names (DESIGN.md section 3). The
 * mapper that builds the IR calls these; generators read the resolved names from the IR.
 */
public final class Naming {

  private Naming() {}

  /**
   * {@code publishedAt} to {@code published_at}, {@code HTTPServer} to {@code http_server};
   * digits stay attached to the preceding word ({@code userId2} to {@code user_id2}).
   */
  public static String snakeCase(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0 && startsWord(name, i) && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * English plural of the last word of a singular name, keeping the case of its first letter:
   * {@code Company} to {@code Companies}, {@code order_item} to {@code order_items}.
   */
  public static String plural(String word) {
    int start = lastWordStart(word);
    String prefix = word.substring(0, start);
    String last = word.substring(start);
    return prefix + Pluralizer.pluralize(last);
  }

  /** Table of a model: snake_case plural of its name, {@code OrderItem} to {@code order_items}. */
  public static String tableName(String modelName) {
    return plural(snakeCase(modelName));
  }

  /** Column of a field: the snake_case of its name. */
  public static String columnName(String fieldName) {
    return snakeCase(fieldName);
  }

  /** Field name of the FK column a {@code belongsTo} adds: {@code author} to {@code authorId}. */
  public static String foreignKeyFieldName(String relationName) {
    return relationName + "Id";
  }

  /** Join table of a many-to-many relation: both table names sorted, joined with {@code _}. */
  public static String joinTableName(String tableA, String tableB) {
    return tableA.compareTo(tableB) <= 0 ? tableA + "_" + tableB : tableB + "_" + tableA;
  }

  /** Join-table column pointing at a model: {@code OrderItem} to {@code order_item_id}. */
  public static String joinColumnName(String modelName) {
    return snakeCase(modelName) + "_id";
  }

  /** SQL name of an enum type: the snake_case of its name. */
  public static String enumTypeName(String enumName) {
    return snakeCase(enumName);
  }

  /** An upper-case letter starts a word after a lower-case letter or digit, or ends an acronym. */
  private static boolean startsWord(String name, int i) {
    char prev = name.charAt(i - 1);
    if (Character.isLowerCase(prev) || Character.isDigit(prev)) {
      return true;
    }
    return Character.isUpperCase(prev) && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
  }

  private static int lastWordStart(String word) {
    for (int i = word.length() - 1; i > 0; i--) {
      char c = word.charAt(i);
      if (word.charAt(i - 1) == '_' && c != '_') {
        return i;
      }
      if (Character.isUpperCase(c) && startsWord(word, i)) {
        return i;
      }
    }
    return 0;
  }

  /** Irregular and uncountable words plus ordered suffix rules, applied to one word. */
  private static final class Pluralizer {

    private static final Set<String> UNCOUNTABLE = Set.of(
        "aircraft", "data", "deer", "equipment", "feedback", "fish", "hardware", "information",
        "metadata", "money", "moose", "news", "rice", "series", "sheep", "software", "species");

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
        Map.entry("person", "people"), Map.entry("man", "men"), Map.entry("woman", "women"),
        Map.entry("child", "children"), Map.entry("tooth", "teeth"), Map.entry("foot", "feet"),
        Map.entry("mouse", "mice"), Map.entry("goose", "geese"), Map.entry("ox", "oxen"),
        Map.entry("datum", "data"), Map.entry("medium", "media"), Map.entry("criterion", "criteria"),
        Map.entry("phenomenon", "phenomena"), Map.entry("quiz", "quizzes"),
        Map.entry("matrix", "matrices"), Map.entry("vertex", "vertices"), Map.entry("lens", "lenses"),
        Map.entry("leaf", "leaves"), Map.entry("loaf", "loaves"), Map.entry("thief", "thieves"),
        Map.entry("life", "lives"), Map.entry("wife", "wives"), Map.entry("knife", "knives"),
        Map.entry("half", "halves"), Map.entry("calf", "calves"), Map.entry("shelf", "shelves"),
        Map.entry("self", "selves"), Map.entry("wolf", "wolves"), Map.entry("elf", "elves"),
        Map.entry("hero", "heroes"), Map.entry("potato", "potatoes"), Map.entry("tomato", "tomatoes"),
        Map.entry("echo", "echoes"), Map.entry("veto", "vetoes"), Map.entry("torpedo", "torpedoes"));

    static String pluralize(String word) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (lower.isEmpty() || UNCOUNTABLE.contains(lower)) {
        return word;
      }
      String irregular = IRREGULAR.get(lower);
      if (irregular != null) {
        return Character.isUpperCase(word.charAt(0))
            ? Character.toUpperCase(irregular.charAt(0)) + irregular.substring(1)
            : irregular;
      }
      if (lower.endsWith("sis")) {
        return word.substring(0, word.length() - 2) + "es";
      }
      if (lower.endsWith("s")) {
        return pluralOfS(word, lower);
      }
      if (lower.endsWith("sh") || lower.endsWith("ch") || lower.endsWith("x") || lower.endsWith("z")) {
        return word + "es";
      }
      if (lower.endsWith("y") && lower.length() > 1 && !isVowel(lower.charAt(lower.length() - 2))) {
        return word.substring(0, word.length() - 1) + "ies";
      }
      return word + "s";
    }

    /**
     * Singular nouns in -ss, -us, -as, -is take -es (address, status, bus, alias). A consonant
     * before the final s, or -es/-os, means the name is already plural (Settings, Notes, Photos),
     * so it is kept rather than doubled.
     */
    private static String pluralOfS(String word, String lower) {
      char before = lower.length() > 1 ? lower.charAt(lower.length() - 2) : 's';
      if (before == 's' || before == 'u' || before == 'a' || before == 'i') {
        return word + "es";
      }
      return word;
    }

    private static boolean isVowel(char c) {
      return "aeiou".indexOf(c) >= 0;
    }
  }
}
