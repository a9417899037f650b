package dev.laforge.lsp.harness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/** Positions (LSP: line and UTF-16 column) and edits on plain strings, as a client computes them. */
public final class Text {

  /** Cursor marker in fixtures. */
  public static final String CURSOR = "‸";

  private Text() {}

  public static int offset(String text, Position position) {
    int line = 0;
    int i = 0;
    while (line < position.getLine()) {
      int nl = text.indexOf('\n', i);
      if (nl < 0) {
        return text.length();
      }
      i = nl + 1;
      line++;
    }
    int end = text.indexOf('\n', i);
    int lineEnd = end < 0 ? text.length() : end;
    return Math.min(i + position.getCharacter(), lineEnd);
  }

  public static Position position(String text, int offset) {
    int line = 0;
    int lineStart = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, offset - lineStart);
  }

  public static Range range(String text, int start, int end) {
    return new Range(position(text, start), position(text, end));
  }

  /** The range of the first occurrence of {@code needle} (of its {@code nth} occurrence, counting from 0). */
  public static Range rangeOf(String text, String needle, int nth) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = text.indexOf(needle, at + 1);
      if (at < 0) {
        throw new AssertionError("`" + needle + "` occurs fewer than " + (nth + 1) + " times");
      }
    }
    return range(text, at, at + needle.length());
  }

  public static Range rangeOf(String text, String needle) {
    return rangeOf(text, needle, 0);
  }

  public static String slice(String text, Range range) {
    return text.substring(offset(text, range.getStart()), offset(text, range.getEnd()));
  }

  /** Applies non-overlapping edits (all relative to {@code text}) as LSP specifies. */
  public static String apply(String text, List<? extends TextEdit> edits) {
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt((TextEdit e) -> offset(text, e.getRange().getStart())).reversed());
    String result = text;
    for (TextEdit edit : sorted) {
      int start = offset(text, edit.getRange().getStart());
      int end = offset(text, edit.getRange().getEnd());
      result = result.substring(0, start) + edit.getNewText() + result.substring(end);
    }
    return result;
  }

  /** A diagnostic's message as plain text. */
  public static String message(org.eclipse.lsp4j.Diagnostic diagnostic) {
    var m = diagnostic.getMessage();
    return m == null ? "" : m.isLeft() ? m.getLeft() : m.getRight().getValue();
  }

  /** A fixture with one {@link #CURSOR}: the text without it and the cursor's position. */
  public record Cursor(String text, Position position, int offset) {}

  public static Cursor cursor(String marked) {
    int at = marked.indexOf(CURSOR);
    if (at < 0 || marked.indexOf(CURSOR, at + 1) >= 0) {
      throw new IllegalArgumentException("fixture needs exactly one " + CURSOR);
    }
    String text = marked.substring(0, at) + marked.substring(at + CURSOR.length());
    return new Cursor(text, position(text, at), at);
  }
}
