package dev.laforge.backend.migrate.run;

import dev.laforge.backend.naming.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes a repaired migration script for a classified failure: IF [NOT] EXISTS guards, a table
 * or column created before the statement that needs it (foreign keys after the tables they
 * reference), orphan rows removed before a foreign key, a NOT NULL column added nullable, backfilled
 * and then made NOT NULL, explicit conversions. Every value or deletion a person must confirm is
 * marked {@value #REVIEW}. Nothing here touches a database.
 */
public final class ScriptRepair {

  /** The marker of every line a person must review before using a repaired script. */
  public static final String REVIEW = "LAFORGE-REVIEW";

  private static final String IDENT = "(?:\"(?:[^\"]|\"\")+\"|`(?:[^`]|``)+`|\\[[^\\]]+\\]|[A-Za-z_][A-Za-z0-9_$]*)";
  private static final String QNAME = IDENT + "(?:\\s*\\.\\s*" + IDENT + ")?";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
  private static final Pattern CREATE_TABLE = Pattern.compile(
      "^CREATE\\s+(?:TEMP(?:ORARY)?\\s+)?TABLE\\s+(IF\\s+NOT\\s+EXISTS\\s+)?(" + QNAME + ")\\s*\\((.*)\\)[^)]*$", FLAGS);
  private static final Pattern CREATE_INDEX = Pattern.compile(
      "^(CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+(?:CONCURRENTLY\\s+)?)(IF\\s+NOT\\s+EXISTS\\s+)?(.*)$", FLAGS);
  private static final Pattern ADD_COLUMN = Pattern.compile(
      "^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?(" + QNAME + ")\\s+ADD\\s+(?:COLUMN\\s+)?(IF\\s+NOT\\s+EXISTS\\s+)?("
          + IDENT + ")\\s+(.*)$", FLAGS);
  private static final Pattern DROP_OBJECT = Pattern.compile("^(DROP\\s+(?:TABLE|INDEX|VIEW)\\s+)(?!IF\\s+EXISTS)(.*)$", FLAGS);
  private static final Pattern ALTER_TABLE = Pattern.compile("^(ALTER\\s+TABLE\\s+)(?!IF\\s+EXISTS)(.*)$", FLAGS);
  private static final Pattern DROP_COLUMN = Pattern.compile(
      "^(ALTER\\s+TABLE\\s+.*?\\s+DROP\\s+(?:COLUMN\\s+)?)(?!IF\\s+EXISTS|CONSTRAINT\\b|INDEX\\b|KEY\\b|FOREIGN\\b|PRIMARY\\b)(" + IDENT + ")\\s*$", FLAGS);
  private static final Pattern ALTER_TYPE = Pattern.compile(
      "^ALTER\\s+TABLE\\s+(?:ONLY\\s+)?(" + QNAME + ")\\s+ALTER\\s+(?:COLUMN\\s+)?(" + IDENT + ")\\s+(?:SET\\s+DATA\\s+)?TYPE\\s+((?:(?!\\bUSING\\b).)+)$", FLAGS);
  private static final Pattern SET_NOT_NULL = Pattern.compile(
      "^ALTER\\s+TABLE\\s+(?:ONLY\\s+)?(" + QNAME + ")\\s+ALTER\\s+(?:COLUMN\\s+)?(" + IDENT + ")\\s+SET\\s+NOT\\s+NULL\\s*$", FLAGS);
  private static final Pattern MODIFY_NOT_NULL = Pattern.compile(
      "^ALTER\\s+TABLE\\s+(" + QNAME + ")\\s+MODIFY\\s+(?:COLUMN\\s+)?(" + IDENT + ")\\s+(\\S+)(.*\\bNOT\\s+NULL\\b.*)$", FLAGS);
  private static final Pattern ADD_FOREIGN_KEY = Pattern.compile(
      "^ALTER\\s+TABLE\\s+(?:ONLY\\s+)?(" + QNAME + ")\\s+ADD\\s+(?:CONSTRAINT\\s+" + IDENT + "\\s+)?FOREIGN\\s+KEY\\s*\\(\\s*("
          + IDENT + ")\\s*\\)\\s*REFERENCES\\s+(" + QNAME + ")\\s*\\(\\s*(" + IDENT + ")\\s*\\).*$", FLAGS);
  private static final Pattern INSERT_SELECT = Pattern.compile(
      "^(INSERT\\s+INTO\\s+(" + QNAME + ")\\s*\\(([^)]*)\\)\\s*SELECT\\s+)(.*?)(\\s+FROM\\s+.*)$", FLAGS);
  private static final Pattern NOT_NULL = Pattern.compile("\\s+NOT\\s+NULL\\b", FLAGS);
  private static final Pattern DEFAULT = Pattern.compile("\\s+DEFAULT\\s+", FLAGS);

  /**
   * A proposed script.
   *
   * @param explanation what was changed and why, one sentence
   * @param statements the repaired migration's statements
   */
  public record Repair(String explanation, List<String> statements) {

    /** The statements as one script, each ended with a semicolon. */
    public String script() {
      StringBuilder script = new StringBuilder();
      for (String statement : statements) {
        script.append(statement).append(";\n\n");
      }
      return script.toString();
    }
  }

  private ScriptRepair() {}

  /**
   * The repair for {@code failure} of a migration made of {@code statements}, or empty when none is
   * known. {@code columnType} answers the declared type of a table's column in the database before
   * the migration (null when unknown).
   */
  public static Optional<Repair> repair(Dialect dialect, FailureKind kind, MigrationException.Failure failure,
      List<SqlStatements.Statement> statements, BiFunction<String, String, String> columnType) {
    List<String> codes = new ArrayList<>(statements.stream().map(SqlStatements.Statement::code).toList());
    int index = failure.statement().number() - 1;
    String message = failure.databaseMessage();
    if (index >= codes.size()) {
      return kind == FailureKind.FK_VIOLATION && dialect == Dialect.SQLITE ? sqliteOrphans(codes, message) : Optional.empty();
    }
    String failed = codes.get(index);
    return switch (kind) {
      case MISSING_TABLE -> missingTable(dialect, codes, index, failed, message);
      case MISSING_COLUMN -> missingColumn(dialect, codes, index, failed, message);
      case ALREADY_EXISTS -> alreadyExists(dialect, codes, index, failed);
      case FK_VIOLATION -> orphans(codes, index, failed);
      case INVALID_DEFAULT -> invalidDefault(dialect, codes, index, failed);
      case TYPE_MISMATCH -> typeMismatch(codes, index, failed, message);
      case NOT_NULL_VIOLATION -> notNull(dialect, codes, index, failed, message, columnType);
      case OTHER -> Optional.empty();
    };
  }

  private static Optional<Repair> missingTable(Dialect dialect, List<String> codes, int index, String failed, String message) {
    String missing = missingName(message, "table");
    for (int j = index + 1; missing != null && j < codes.size(); j++) {
      Matcher create = CREATE_TABLE.matcher(codes.get(j));
      if (create.matches() && name(create.group(2)).equals(missing)) {
        codes.add(index, codes.remove(j));
        return Optional.of(new Repair("moved CREATE TABLE " + create.group(2) + " (statement " + (j + 1) + ") before statement "
            + (index + 1) + ", which needs it: tables before the foreign keys that reference them", codes));
      }
    }
    Matcher drop = DROP_OBJECT.matcher(failed);
    if (drop.matches()) {
      return replaced(codes, index, drop.group(1) + "IF EXISTS " + drop.group(2), "guarded statement " + (index + 1) + " with IF EXISTS");
    }
    Matcher alter = ALTER_TABLE.matcher(failed);
    if (alter.matches()) {
      return dialect == Dialect.SQLITE
          ? replaced(codes, index, skipped(failed, "its table does not exist"), "skipped statement " + (index + 1) + ": its table does not exist")
          : replaced(codes, index, alter.group(1) + "IF EXISTS " + alter.group(2), "guarded statement " + (index + 1) + " with IF EXISTS");
    }
    return Optional.empty();
  }

  private static Optional<Repair> missingColumn(Dialect dialect, List<String> codes, int index, String failed, String message) {
    String missing = missingName(message, "column");
    for (int j = index + 1; missing != null && j < codes.size(); j++) {
      Matcher add = ADD_COLUMN.matcher(codes.get(j));
      if (add.matches() && name(add.group(3)).equals(missing)) {
        codes.add(index, codes.remove(j));
        return Optional.of(new Repair("moved the ADD COLUMN " + add.group(3) + " (statement " + (j + 1) + ") before statement "
            + (index + 1) + ", which needs it", codes));
      }
    }
    Matcher drop = DROP_COLUMN.matcher(failed);
    if (drop.matches()) {
      return dialect == Dialect.SQLITE
          ? replaced(codes, index, skipped(failed, "the column does not exist"), "skipped statement " + (index + 1) + ": the column does not exist")
          : replaced(codes, index, drop.group(1) + "IF EXISTS " + drop.group(2), "guarded statement " + (index + 1) + " with IF EXISTS");
    }
    return Optional.empty();
  }

  private static Optional<Repair> alreadyExists(Dialect dialect, List<String> codes, int index, String failed) {
    Matcher create = CREATE_TABLE.matcher(failed);
    if (create.matches() && create.group(1) == null) {
      return replaced(codes, index, failed.replaceFirst("(?i)\\bTABLE\\s+", "TABLE IF NOT EXISTS "),
          "guarded statement " + (index + 1) + " with IF NOT EXISTS");
    }
    Matcher index0 = CREATE_INDEX.matcher(failed);
    if (index0.matches() && index0.group(2) == null) {
      return replaced(codes, index, index0.group(1) + "IF NOT EXISTS " + index0.group(3),
          "guarded statement " + (index + 1) + " with IF NOT EXISTS");
    }
    Matcher add = ADD_COLUMN.matcher(failed);
    if (add.matches() && add.group(2) == null) {
      return dialect == Dialect.SQLITE
          ? replaced(codes, index, skipped(failed, "the column exists already"), "skipped statement " + (index + 1) + ": the column exists already")
          : replaced(codes, index, failed.substring(0, add.start(3)) + "IF NOT EXISTS " + failed.substring(add.start(3)),
              "guarded statement " + (index + 1) + " with IF NOT EXISTS");
    }
    return Optional.empty();
  }

  private static Optional<Repair> orphans(List<String> codes, int index, String failed) {
    Matcher fk = ADD_FOREIGN_KEY.matcher(failed);
    if (!fk.matches()) {
      return Optional.empty();
    }
    String child = fk.group(1);
    String column = fk.group(2);
    codes.add(index, "-- " + REVIEW + ": deletes the rows of " + child + " whose " + column + " references no row of " + fk.group(3)
        + ";\n-- keep them instead by inserting the missing rows or, for an optional column, setting " + column + " to NULL.\n"
        + "DELETE FROM " + child + " WHERE " + column + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + fk.group(3)
        + " laforge_parent WHERE laforge_parent." + fk.group(4) + " = " + child + "." + column + ")");
    return Optional.of(new Repair("removes the orphan rows of " + child + " before statement " + (index + 1)
        + " adds the foreign key", codes));
  }

  private static Optional<Repair> sqliteOrphans(List<String> codes, String message) {
    Matcher tables = Pattern.compile("of (\\S+) references").matcher(message);
    List<String> deletes = new ArrayList<>();
    while (tables.find()) {
      String delete = "DELETE FROM " + Dialect.SQLITE.quote(tables.group(1)) + " WHERE rowid IN (SELECT rowid FROM pragma_foreign_key_check("
          + Dialect.SQLITE.quoteString(tables.group(1)) + "))";
      if (!deletes.contains(delete)) {
        deletes.add(delete);
      }
    }
    if (deletes.isEmpty()) {
      return Optional.empty();
    }
    for (String delete : deletes) {
      codes.add("-- " + REVIEW + ": deletes the rows whose foreign keys reference missing rows;\n"
          + "-- keep them instead by inserting the missing rows first.\n" + delete);
    }
    return Optional.of(new Repair("removes, at the end of the migration, the rows whose foreign keys reference missing rows", codes));
  }

  private static Optional<Repair> invalidDefault(Dialect dialect, List<String> codes, int index, String failed) {
    Matcher add = ADD_COLUMN.matcher(failed);
    Matcher def = DEFAULT.matcher(failed);
    if (!def.find()) {
      return Optional.empty();
    }
    int end = expressionEnd(failed, def.end(), dialect);
    String expression = failed.substring(def.end(), end);
    String without = failed.substring(0, def.start()) + failed.substring(end);
    if (dialect == Dialect.SQLITE && add.matches()) {
      codes.set(index, without);
      codes.add(index + 1, "-- " + REVIEW + ": SQLite cannot add a column with a non-constant default; existing rows get the value"
          + " here and new rows must get it from the application.\nUPDATE " + add.group(1) + " SET " + add.group(3) + " = " + expression);
      return Optional.of(new Repair("adds the column without its default " + expression + " and backfills the existing rows with it", codes));
    }
    codes.set(index, "-- " + REVIEW + ": the default " + expression + " is not valid for this column and was removed; choose a valid"
        + " one.\n" + without);
    return Optional.of(new Repair("removes the invalid default " + expression + " from statement " + (index + 1), codes));
  }

  private static Optional<Repair> typeMismatch(List<String> codes, int index, String failed, String message) {
    Matcher alter = ALTER_TYPE.matcher(failed);
    if (alter.matches()) {
      String type = alter.group(3).strip();
      codes.set(index, "-- " + REVIEW + ": converts every existing value with a cast; check that it is the conversion you want.\n"
          + failed.strip() + " USING " + alter.group(2) + "::" + type);
      return Optional.of(new Repair("converts the existing values of " + alter.group(2) + " explicitly (USING ... ::" + type + ")", codes));
    }
    Matcher sqlite = Pattern.compile("in (\\w+) column (\\S+)\\.(\\S+?)\\)?$").matcher(message);
    if (sqlite.find()) {
      return wrapSelected(codes, index, failed, sqlite.group(3), e -> "CAST(" + e + " AS " + sqlite.group(1) + ")",
          "casts the copied values of " + sqlite.group(3) + " to " + sqlite.group(1), "values that are not " + sqlite.group(1)
              + " become what CAST makes of them (0 or NULL)");
    }
    return Optional.empty();
  }

  private static Optional<Repair> notNull(Dialect dialect, List<String> codes, int index, String failed, String message,
      BiFunction<String, String, String> columnType) {
    Matcher add = ADD_COLUMN.matcher(failed);
    Matcher notNull = NOT_NULL.matcher(failed);
    if (add.matches() && notNull.find() && !DEFAULT.matcher(failed).find()) {
      String table = add.group(1);
      String column = add.group(3);
      String definition = add.group(4);
      String type = definition.strip().split("\\s+")[0];
      String nullable = failed.substring(0, notNull.start()) + failed.substring(notNull.end());
      if (dialect == Dialect.SQLITE) {
        codes.set(index, "-- " + REVIEW + ": SQLite needs a default to add a NOT NULL column; replace the placeholder.\n"
            + failed.strip() + " DEFAULT " + placeholder(type, dialect));
        return Optional.of(new Repair("gives the NOT NULL column " + column + " a placeholder default", codes));
      }
      codes.set(index, nullable);
      codes.add(index + 1, backfill(table, column, type, dialect));
      String definitionNotNull = definition.strip();
      codes.add(index + 2, dialect == Dialect.POSTGRES
          ? "ALTER TABLE " + table + " ALTER COLUMN " + column + " SET NOT NULL"
          : "ALTER TABLE " + table + " MODIFY " + column + " " + definitionNotNull);
      return Optional.of(new Repair("adds " + column + " nullable, backfills it, then makes it NOT NULL", codes));
    }
    Matcher setNotNull = SET_NOT_NULL.matcher(failed);
    if (setNotNull.matches()) {
      String type = columnType.apply(name(setNotNull.group(1)), name(setNotNull.group(2)));
      codes.add(index, backfill(setNotNull.group(1), setNotNull.group(2), type, dialect));
      return Optional.of(new Repair("backfills the NULLs of " + setNotNull.group(2) + " before it becomes NOT NULL", codes));
    }
    Matcher modify = MODIFY_NOT_NULL.matcher(failed);
    if (modify.matches()) {
      codes.add(index, backfill(modify.group(1), modify.group(2), modify.group(3), dialect));
      return Optional.of(new Repair("backfills the NULLs of " + modify.group(2) + " before it becomes NOT NULL", codes));
    }
    Matcher sqlite = Pattern.compile("NOT NULL constraint failed: (\\S+?)\\.(\\S+?)\\)?$").matcher(message);
    if (sqlite.find()) {
      String column = sqlite.group(2);
      String type = typeInScript(codes, sqlite.group(1), column);
      return wrapSelected(codes, index, failed, column, e -> "COALESCE(" + e + ", " + placeholder(type, dialect) + ")",
          "replaces the NULLs copied into " + column + " with a placeholder", "replace the placeholder for the NULL values");
    }
    return Optional.empty();
  }

  private static String backfill(String table, String column, String type, Dialect dialect) {
    return "-- " + REVIEW + ": the rows that hold NULL need a value; replace the placeholder.\nUPDATE " + table + " SET " + column
        + " = " + placeholder(type, dialect) + " WHERE " + column + " IS NULL";
  }

  /** A value of {@code type}, marked for review: what a backfill writes until someone chooses. */
  static String placeholder(String type, Dialect dialect) {
    String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
    String value;
    if (t.matches("(?s).*(int|serial|numeric|decimal|real|float|double).*")) {
      value = "0";
    } else if (t.startsWith("bool")) {
      value = dialect == Dialect.POSTGRES ? "false" : "0";
    } else if (t.equals("date")) {
      value = "'1970-01-01'";
    } else if (t.startsWith("timestamp") || t.startsWith("datetime")) {
      value = "'1970-01-01 00:00:00'";
    } else if (t.equals("uuid")) {
      value = "'00000000-0000-0000-0000-000000000000'";
    } else if (t.startsWith("json")) {
      value = "'{}'";
    } else {
      value = "''";
    }
    return "/* " + REVIEW + " placeholder */ " + value;
  }

  private static Optional<Repair> wrapSelected(List<String> codes, int index, String failed, String column,
      java.util.function.UnaryOperator<String> wrap, String explanation, String review) {
    Matcher insert = INSERT_SELECT.matcher(failed);
    if (!insert.matches()) {
      return Optional.empty();
    }
    List<String> columns = topLevel(insert.group(3));
    List<String> expressions = topLevel(insert.group(4));
    for (int i = 0; i < columns.size() && columns.size() == expressions.size(); i++) {
      if (name(columns.get(i)).equals(name(column))) {
        expressions.set(i, wrap.apply(expressions.get(i)));
        codes.set(index, "-- " + REVIEW + ": " + review + ".\n" + insert.group(1) + String.join(", ", expressions) + insert.group(5));
        return Optional.of(new Repair(explanation + " in statement " + (index + 1), codes));
      }
    }
    return Optional.empty();
  }

  /** The declared type of {@code column} in a CREATE TABLE or ADD COLUMN of the script, or null. */
  private static String typeInScript(List<String> codes, String table, String column) {
    for (String code : codes) {
      Matcher create = CREATE_TABLE.matcher(code);
      if (create.matches() && name(create.group(2)).equals(name(table))) {
        for (String definition : topLevel(create.group(3))) {
          String[] words = definition.strip().split("\\s+");
          if (words.length > 1 && name(words[0]).equals(name(column))) {
            return words[1];
          }
        }
      }
      Matcher add = ADD_COLUMN.matcher(code);
      if (add.matches() && name(add.group(3)).equals(name(column))) {
        return add.group(4).strip().split("\\s+")[0];
      }
    }
    return null;
  }

  private static Optional<Repair> replaced(List<String> codes, int index, String statement, String explanation) {
    codes.set(index, statement);
    return Optional.of(new Repair(explanation, codes));
  }

  private static String skipped(String statement, String why) {
    return "-- " + REVIEW + ": skipped, " + why + ":\n-- " + statement.replace("\n", "\n-- ") + "\nSELECT 1";
  }

  /** The name a message says is missing: the quoted or trailing name, unqualified and lower case. */
  static String missingName(String message, String what) {
    String[] patterns = what.equals("table")
        ? new String[] {"relation \"([^\"]+)\" does not exist", "Table '([^']+)' doesn't exist", "Unknown table '([^']+)'",
            "no such table: (\\S+?)\\)?$"}
        : new String[] {"column \"([^\"]+)\"", "Unknown column '([^']+)'", "DROP (?:COLUMN )?`([^`]+)`", "no such column: (\\S+?)\\)?$",
            "has no column named (\\S+?)\\)?$"};
    for (String pattern : patterns) {
      Matcher m = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE).matcher(message);
      if (m.find()) {
        String name = m.group(1);
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      }
    }
    return null;
  }

  /** An identifier or qualified name without quotes and qualifier, lower case, to compare names. */
  static String name(String identifier) {
    String s = identifier.strip();
    int last = 0;
    int i = 0;
    while (i < s.length()) {
      int skipped = SqlStatements.skipQuotedOrComment(s, i, Dialect.SQLITE);
      if (skipped > i) {
        i = skipped;
        continue;
      }
      if (s.charAt(i) == '.') {
        last = i + 1;
      }
      i++;
    }
    s = s.substring(last).strip();
    if (s.length() >= 2 && (s.startsWith("\"") || s.startsWith("`") || s.startsWith("["))) {
      s = s.substring(1, s.length() - 1).replace("\"\"", "\"").replace("``", "`");
    }
    return s.toLowerCase(Locale.ROOT);
  }

  /** Splits at commas outside parentheses and quotes. */
  static List<String> topLevel(String list) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    int i = 0;
    while (i < list.length()) {
      int skipped = SqlStatements.skipQuotedOrComment(list, i, Dialect.POSTGRES);
      if (skipped > i) {
        i = skipped;
        continue;
      }
      char c = list.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(list.substring(start, i).strip());
        start = i + 1;
      }
      i++;
    }
    parts.add(list.substring(start).strip());
    return parts;
  }

  /** The end of the default expression that starts at {@code from}: a literal, a parenthesised expression or a word. */
  private static int expressionEnd(String s, int from, Dialect dialect) {
    int i = from;
    int depth = 0;
    while (i < s.length()) {
      int skipped = SqlStatements.skipQuotedOrComment(s, i, dialect);
      if (skipped > i) {
        i = skipped;
        if (depth == 0 && !s.startsWith("::", i)) {
          return i;
        }
        continue;
      }
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          return i;
        }
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      } else if (depth == 0 && (Character.isWhitespace(c) || c == ',')) {
        return i;
      }
      i++;
    }
    return i;
  }
}
