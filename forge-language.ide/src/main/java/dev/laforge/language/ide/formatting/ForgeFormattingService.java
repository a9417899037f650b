package dev.laforge.language.ide.formatting;

import com.google.inject.Inject;
import dev.laforge.language.forge.Declaration;
import dev.laforge.language.forge.ForgeFile;
import dev.laforge.language.formatting2.SourceFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Document and range formatting, byte-identical to {@code forge fmt}: the text is formatted by
 * {@link SourceFormatter} and the result is sent as minimal edits, one per whitespace run that
 * changes. Range formatting applies the edits that fall inside the declarations the range
 * touches (from the indentation of the first to the end of the last). A file with syntax errors
 * gets no edits. The editor's tab size and spaces setting are ignored: there is one layout.
 */
public class ForgeFormattingService extends FormattingService {

  @Inject private SourceFormatter formatter;

  @Override
  public List<? extends TextEdit> format(Document document, XtextResource resource, DocumentFormattingParams params, CancelIndicator cancelIndicator) {
    String text = document.getContents();
    return formatter.format(text).map(formatted -> edits(document, text, formatted, 0, text.length())).orElse(List.of());
  }

  @Override
  public List<? extends TextEdit> format(Document document, XtextResource resource, DocumentRangeFormattingParams params, CancelIndicator cancelIndicator) {
    String text = document.getContents();
    Optional<String> formatted = formatter.format(text);
    if (formatted.isEmpty() || resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ForgeFile file)) {
      return List.of();
    }
    int start = document.getOffSet(params.getRange().getStart());
    int end = document.getOffSet(params.getRange().getEnd());
    int from = -1;
    int to = -1;
    for (Declaration declaration : file.getDeclarations()) {
      INode node = NodeModelUtils.getNode(declaration);
      if (node != null && node.getOffset() <= end && node.getEndOffset() >= start) {
        from = from < 0 ? node.getOffset() : from;
        to = node.getEndOffset();
      }
    }
    if (from < 0) {
      return List.of();
    }
    int lineStart = text.lastIndexOf('\n', from - 1) + 1;
    if (isWhitespace(text, lineStart, from)) {
      from = lineStart;
    }
    return edits(document, text, formatted.get(), from, to);
  }

  /**
   * The edits that turn {@code text} into {@code formatted} within {@code [from, to]}: formatting
   * changes only whitespace, so the two texts are walked in step, character by character outside
   * whitespace, and every whitespace run that differs becomes one edit. Should the texts differ
   * elsewhere, one edit replaces everything between their common prefix and suffix.
   */
  static List<TextEdit> edits(Document document, String text, String formatted, int from, int to) {
    List<TextEdit> edits = new ArrayList<>();
    if (!stripped(text).equals(stripped(formatted))) {
      return List.of(whole(document, text, formatted));
    }
    int i = 0;
    int j = 0;
    while (true) {
      int wsEnd = skipWhitespace(text, i);
      int fEnd = skipWhitespace(formatted, j);
      String before = text.substring(i, wsEnd);
      String after = formatted.substring(j, fEnd);
      if (!before.equals(after)) {
        int s = i;
        String replacement = after;
        if (s < from && wsEnd >= from) {
          // Only the indentation of the first line of the range is the range's to change.
          int nl = before.lastIndexOf('\n');
          int fnl = after.lastIndexOf('\n');
          s = nl >= 0 && fnl >= 0 ? i + nl + 1 : wsEnd;
          replacement = nl >= 0 && fnl >= 0 ? after.substring(fnl + 1) : "";
        }
        if (s >= from && wsEnd <= to && !text.substring(s, wsEnd).equals(replacement)) {
          edits.add(new TextEdit(new Range(document.getPosition(s), document.getPosition(wsEnd)), replacement));
        }
      }
      if (wsEnd >= text.length() || fEnd >= formatted.length()) {
        break;
      }
      i = wsEnd + 1;
      j = fEnd + 1;
    }
    return edits;
  }

  private static TextEdit whole(Document document, String text, String formatted) {
    int prefix = 0;
    while (prefix < text.length() && prefix < formatted.length() && text.charAt(prefix) == formatted.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < text.length() - prefix && suffix < formatted.length() - prefix
        && text.charAt(text.length() - 1 - suffix) == formatted.charAt(formatted.length() - 1 - suffix)) {
      suffix++;
    }
    return new TextEdit(new Range(document.getPosition(prefix), document.getPosition(text.length() - suffix)),
        formatted.substring(prefix, formatted.length() - suffix));
  }

  /** Whitespace as the grammar knows it (WS): spaces, tabs and line breaks. */
  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static boolean isWhitespace(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int skipWhitespace(String text, int from) {
    int i = from;
    while (i < text.length() && isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String stripped(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      if (!isWhitespace(text.charAt(i))) {
        out.append(text.charAt(i));
      }
    }
    return out.toString();
  }
}
