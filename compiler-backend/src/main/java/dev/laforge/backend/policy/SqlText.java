package dev.laforge.backend.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Just enough PostgreSQL lexing for {@link RlsSafetyCheck}: statements split at semicolons outside
 * quotes, with comments removed, string literals emptied and dollar-quoted bodies (functions, DO
 * blocks) reduced to {@code $$}, and whitespace collapsed; plus operand and word lookups.
 */
final class SqlText {

  private SqlText() {}

  static List<String> statements(String sql) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        while (i < n && sql.charAt(i) != '\n') {
          i++;
        }
        current.append(' ');
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
        current.append(' ');
      } else if (c == '\'') {
        boolean escapes = i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e');
        i = skipString(sql, i + 1, escapes);
        current.append("''");
      } else if (c == '"') {
        int end = i + 1;
        while (end < n && !(sql.charAt(end) == '"' && (end + 1 >= n || sql.charAt(end + 1) != '"'))) {
          end += sql.charAt(end) == '"' ? 2 : 1;
        }
        current.append(sql, i, Math.min(end + 1, n));
        i = end + 1;
      } else if (c == '$' && dollarTag(sql, i) != null) {
        String tag = dollarTag(sql, i);
        int end = sql.indexOf(tag, i + tag.length());
        i = end < 0 ? n : end + tag.length();
        current.append("$$");
      } else if (c == ';') {
        add(statements, current);
        current.setLength(0);
        i++;
      } else {
        current.append(c);
        i++;
      }
    }
    add(statements, current);
    return statements;
  }

  /** Where the operand ending just before {@code end} starts: a parenthesised group with its function name, or a name. */
  static int operandStart(String s, int end) {
    int i = end;
    while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
      i--;
    }
    if (i > 0 && s.charAt(i - 1) == ')') {
      int depth = 0;
      while (i > 0) {
        char c = s.charAt(--i);
        depth += c == ')' ? 1 : c == '(' ? -1 : 0;
        if (depth == 0) {
          break;
        }
      }
    }
    while (i > 0 && (Character.isLetterOrDigit(s.charAt(i - 1)) || "_.\"".indexOf(s.charAt(i - 1)) >= 0)) {
      i--;
    }
    return i;
  }

  /** The next word after {@code from}, skipping whitespace and closing parentheses, in upper case. */
  static String wordAfter(String s, int from) {
    int i = from;
    while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ')')) {
      i++;
    }
    int start = i;
    while (i < s.length() && Character.isLetter(s.charAt(i))) {
      i++;
    }
    return s.substring(start, i).toUpperCase(Locale.ROOT);
  }

  /** The word before {@code from}, skipping whitespace and opening parentheses, in upper case. */
  static String wordBefore(String s, int from) {
    int i = from;
    while (i > 0 && (Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '(')) {
      i--;
    }
    int end = i;
    while (i > 0 && Character.isLetter(s.charAt(i - 1))) {
      i--;
    }
    return s.substring(i, end).toUpperCase(Locale.ROOT);
  }

  private static void add(List<String> statements, StringBuilder current) {
    String text = current.toString().replaceAll("\\s+", " ").strip();
    if (!text.isEmpty()) {
      statements.add(text);
    }
  }

  private static int skipString(String sql, int i, boolean escapes) {
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (escapes && c == '\\') {
        i += 2;
      } else if (c == '\'') {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
          i += 2;
        } else {
          return i + 1;
        }
      } else {
        i++;
      }
    }
    return i;
  }

  /** {@code $tag$} starting at {@code i}, or null when the dollar sign starts no tag. */
  private static String dollarTag(String sql, int i) {
    int j = i + 1;
    while (j < sql.length() && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
      j++;
    }
    if (j < sql.length() && sql.charAt(j) == '$' && (j == i + 1 || !Character.isDigit(sql.charAt(i + 1)))) {
      return sql.substring(i, j + 1);
    }
    return null;
  }
}
