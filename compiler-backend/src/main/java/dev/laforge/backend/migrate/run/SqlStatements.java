package dev.laforge.backend.migrate.run;

import dev.laforge.backend.naming.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a migration file into the statements a JDBC driver executes one at a time. A semicolon
 * ends a statement only outside comments ({@code --}, {@code /* *}{@code /} nested on PostgreSQL,
 * {@code #} on MySQL), string literals ({@code '...'} with {@code ''}, backslash escapes on MySQL
 * and in PostgreSQL {@code E'...'}), quoted identifiers ({@code "..."}, MySQL/SQLite backticks,
 * SQLite {@code [...]}), PostgreSQL dollar quotes ({@code $$...$$}, {@code $tag$...$tag$}) and the
 * {@code BEGIN ... END} body of a SQLite {@code CREATE TRIGGER}.
 */
public final class SqlStatements {

  private SqlStatements() {}

  /**
   * One statement of a script.
   *
   * @param number the 1-based position of the statement in the script
   * @param line the 1-based line on which the statement starts
   * @param sql the statement without its terminating semicolon, trimmed (comments inside kept)
   * @param code {@code sql} without its leading comments: what the database reads first
   */
  public record Statement(int number, int line, String sql, String code) {}

  /** The statements of {@code script}; statements holding only comments or blanks are left out. */
  public static List<Statement> split(String script, Dialect dialect) {
    List<Statement> statements = new ArrayList<>();
    int n = script.length();
    int start = 0;
    int startLine = 1;
    int line = 1;
    boolean significant = false;
    int firstLine = 1;
    int codeStart = 0;
    // SQLite trigger bodies: CREATE ... TRIGGER ... BEGIN ... END; with CASE ... END inside.
    StringBuilder head = new StringBuilder();
    boolean inTriggerBody = false;
    int caseDepth = 0;
    int i = 0;
    while (i < n) {
      char c = script.charAt(i);
      int end = skipQuotedOrComment(script, i, dialect);
      if (end > i) {
        boolean comment = isCommentStart(script, i, dialect);
        if (!comment && !significant) {
          significant = true;
          firstLine = line;
          codeStart = i;
        }
        line += count(script, i, end, '\n');
        i = end;
        continue;
      }
      if (c == '\n') {
        line++;
        i++;
        continue;
      }
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (!significant) {
        significant = true;
        firstLine = line;
        codeStart = i;
      }
      if (Character.isLetter(c) || c == '_') {
        int w = i;
        while (w < n && (Character.isLetterOrDigit(script.charAt(w)) || script.charAt(w) == '_' || script.charAt(w) == '$')) {
          w++;
        }
        String word = script.substring(i, w).toUpperCase(Locale.ROOT);
        if (head.length() < 64) {
          head.append(word).append(' ');
        }
        if (dialect == Dialect.SQLITE && isTrigger(head)) {
          if (word.equals("BEGIN") && !inTriggerBody) {
            inTriggerBody = true;
          } else if (inTriggerBody && word.equals("CASE")) {
            caseDepth++;
          } else if (inTriggerBody && word.equals("END")) {
            if (caseDepth > 0) {
              caseDepth--;
            } else {
              inTriggerBody = false;
            }
          }
        }
        i = w;
        continue;
      }
      if (c == ';' && !inTriggerBody) {
        add(statements, script.substring(start, i), script.substring(significant ? codeStart : i, i), firstLine, significant);
        start = i + 1;
        significant = false;
        head.setLength(0);
        caseDepth = 0;
        i++;
        continue;
      }
      i++;
    }
    add(statements, script.substring(start), script.substring(significant ? codeStart : n), firstLine, significant);
    return List.copyOf(statements);
  }

  private static boolean isTrigger(CharSequence head) {
    String h = head.toString();
    return h.startsWith("CREATE TRIGGER ") || h.startsWith("CREATE TEMP TRIGGER ")
        || h.startsWith("CREATE TEMPORARY TRIGGER ");
  }

  private static void add(List<Statement> statements, String text, String code, int line, boolean significant) {
    String sql = text.strip();
    if (significant && !sql.isEmpty()) {
      statements.add(new Statement(statements.size() + 1, line, sql, code.strip()));
    }
  }

  private static int count(String s, int from, int to, char c) {
    int k = 0;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        k++;
      }
    }
    return k;
  }

  private static boolean isCommentStart(String s, int i, Dialect dialect) {
    return s.startsWith("--", i) || s.startsWith("/*", i) || (dialect == Dialect.MYSQL && s.charAt(i) == '#');
  }

  /**
   * When a comment, string literal, quoted identifier or dollar-quoted string starts at {@code i},
   * the index just after it (or the end of the text when it is not closed); otherwise {@code i}.
   */
  static int skipQuotedOrComment(String s, int i, Dialect dialect) {
    int n = s.length();
    char c = s.charAt(i);
    if (s.startsWith("--", i) || (dialect == Dialect.MYSQL && c == '#')) {
      int eol = s.indexOf('\n', i);
      return eol < 0 ? n : eol;
    }
    if (s.startsWith("/*", i)) {
      int depth = 1;
      int k = i + 2;
      while (k < n && depth > 0) {
        if (s.startsWith("*/", k)) {
          depth--;
          k += 2;
        } else if (dialect == Dialect.POSTGRES && s.startsWith("/*", k)) {
          depth++;
          k += 2;
        } else {
          k++;
        }
      }
      return k;
    }
    if (c == '\'') {
      boolean backslash = dialect == Dialect.MYSQL
          || (dialect == Dialect.POSTGRES && i > 0 && (s.charAt(i - 1) == 'E' || s.charAt(i - 1) == 'e')
              && (i < 2 || !isIdentifierChar(s.charAt(i - 2))));
      return closeQuote(s, i, '\'', backslash);
    }
    if (c == '"') {
      return closeQuote(s, i, '"', dialect == Dialect.MYSQL);
    }
    if (c == '`' && dialect != Dialect.POSTGRES) {
      return closeQuote(s, i, '`', false);
    }
    if (c == '[' && dialect == Dialect.SQLITE) {
      int close = s.indexOf(']', i + 1);
      return close < 0 ? n : close + 1;
    }
    if (c == '$' && dialect == Dialect.POSTGRES && (i == 0 || !isIdentifierChar(s.charAt(i - 1)))) {
      int k = i + 1;
      while (k < n && (Character.isLetter(s.charAt(k)) || s.charAt(k) == '_'
          || (k > i + 1 && Character.isDigit(s.charAt(k))))) {
        k++;
      }
      if (k < n && s.charAt(k) == '$') {
        String tag = s.substring(i, k + 1);
        int close = s.indexOf(tag, k + 1);
        return close < 0 ? n : close + tag.length();
      }
    }
    return i;
  }

  private static int closeQuote(String s, int i, char quote, boolean backslashEscapes) {
    int n = s.length();
    int k = i + 1;
    while (k < n) {
      char c = s.charAt(k);
      if (backslashEscapes && c == '\\') {
        k += 2;
      } else if (c == quote) {
        if (k + 1 < n && s.charAt(k + 1) == quote) {
          k += 2;
        } else {
          return k + 1;
        }
      } else {
        k++;
      }
    }
    return n;
  }

  private static boolean isIdentifierChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
