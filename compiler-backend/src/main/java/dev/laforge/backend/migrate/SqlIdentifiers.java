package dev.laforge.backend.migrate;

/**
 * Reads SQL identifiers out of statement text the database gives back (SQLite's CREATE TABLE,
 * LaForge's own CREATE POLICY): double-quoted, backquoted, bracketed or bare, with doubled quotes
 * inside a quoted name read as one.
 */
public final class SqlIdentifiers {

  private SqlIdentifiers() {}

  /** Reads an identifier (double-quoted, backquoted, bracketed or bare) at {@code at[0]}, skipping blanks. */
  public static String read(String text, int[] at) {
    int i = at[0];
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i >= text.length()) {
      at[0] = i;
      return "";
    }
    char open = text.charAt(i);
    char close = open == '"' ? '"' : open == '`' ? '`' : open == '[' ? ']' : 0;
    StringBuilder out = new StringBuilder();
    if (close == 0) {
      while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && "(),".indexOf(text.charAt(i)) < 0) {
        out.append(text.charAt(i++));
      }
      at[0] = i;
      return out.toString();
    }
    i++;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == close) {
        if (close != ']' && i + 1 < text.length() && text.charAt(i + 1) == close) {
          out.append(c);
          i += 2;
          continue;
        }
        break;
      }
      out.append(c);
      i++;
    }
    at[0] = i + 1;
    return out.toString();
  }
}
