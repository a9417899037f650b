package dev.laforge.language.ide.codeactions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The text edits of one quick fix, possibly in several files, written by offsets into each file's
 * current text and turned into an LSP {@link WorkspaceEdit}. The helpers produce the layout
 * {@code forge fmt} produces (two-space indentation, one member per line, one blank line between
 * declarations) around what they insert or remove.
 */
final class SourceEdit {

  /** One level of indentation in formatted Forge. */
  static final String INDENT = "  ";

  private final UriExtensions uris;
  private final Map<Resource, List<TextEdit>> edits = new LinkedHashMap<>();
  private final Map<Resource, Document> documents = new HashMap<>();

  SourceEdit(UriExtensions uris) {
    this.uris = uris;
  }

  /** The text of a parsed resource as the server currently knows it ("" when it has none). */
  static String text(Resource resource) {
    if (resource instanceof XtextResource r && r.getParseResult() != null && r.getParseResult().getRootNode() != null) {
      return r.getParseResult().getRootNode().getText();
    }
    return "";
  }

  SourceEdit replace(Resource resource, int start, int end, String newText) {
    Document document = documents.computeIfAbsent(resource, r -> new Document(0, text(r)));
    Range range = new Range(document.getPosition(start), document.getPosition(end));
    edits.computeIfAbsent(resource, r -> new ArrayList<>()).add(new TextEdit(range, newText));
    return this;
  }

  SourceEdit insert(Resource resource, int offset, String newText) {
    return replace(resource, offset, offset, newText);
  }

  /** Replaces the text of a node (without surrounding hidden tokens). */
  SourceEdit replace(INode node, String newText) {
    return replace(node.getSemanticElement().eResource(), node.getOffset(), node.getEndOffset(), newText);
  }

  /**
   * Removes an item of a list (a modifier, an enum value, a role, a field): its whole line when it
   * stands alone on it, else the item with the blank before it (or after it, at a line start). A
   * comma right after the item goes with it.
   */
  SourceEdit removeItem(EObject item) {
    INode node = NodeModelUtils.findActualNodeFor(item);
    Resource resource = item.eResource();
    String text = text(resource);
    int start = node.getOffset();
    int end = node.getEndOffset();
    int afterComma = skipBlanks(text, end);
    if (afterComma < text.length() && text.charAt(afterComma) == ',') {
      end = afterComma + 1;
    }
    int lineStart = lineStart(text, start);
    int lineEnd = lineEnd(text, end);
    if (text.substring(lineStart, start).isBlank() && text.substring(end, lineEnd).isBlank()) {
      return replace(resource, lineStart, Math.min(lineEnd + 1, text.length()), "");
    }
    int from = start;
    while (from > lineStart && isBlank(text.charAt(from - 1))) {
      from--;
    }
    if (from == lineStart) {
      return replace(resource, start, skipBlanks(text, end), "");
    }
    return replace(resource, from, end, "");
  }

  /**
   * Removes a top-level declaration with its lines, the {@code ///} documentation right above it,
   * and one blank line that separated it from its neighbours.
   */
  SourceEdit removeDeclaration(EObject declaration) {
    INode node = NodeModelUtils.findActualNodeFor(declaration);
    Resource resource = declaration.eResource();
    String text = text(resource);
    int start = lineStart(text, node.getOffset());
    while (start > 0 && text.substring(lineStart(text, start - 1), start).trim().startsWith("///")) {
      start = lineStart(text, start - 1);
    }
    int end = Math.min(lineEnd(text, node.getEndOffset()) + 1, text.length());
    if (start > 0 && text.substring(lineStart(text, start - 1), start).isBlank()) {
      start = lineStart(text, start - 1);
    } else if (end < text.length() && text.substring(end, Math.min(lineEnd(text, end) + 1, text.length())).isBlank()) {
      end = Math.min(lineEnd(text, end) + 1, text.length());
    }
    return replace(resource, start, end, "");
  }

  /** Appends a declaration at the end of a file, one blank line after the last one. */
  SourceEdit appendDeclaration(Resource resource, String declaration) {
    String text = text(resource);
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    String before = end == 0 ? "" : "\n\n";
    return replace(resource, end, text.length(), before + declaration + "\n");
  }

  /** Inserts a declaration right after another one, separated by one blank line. */
  SourceEdit insertDeclarationAfter(EObject declaration, String newDeclaration) {
    INode node = NodeModelUtils.findActualNodeFor(declaration);
    return insert(declaration.eResource(), node.getEndOffset(), "\n\n" + newDeclaration);
  }

  /** Inserts {@code line} as the first member of a block ({@code model X { ... }}, {@code claims { ... }}). */
  SourceEdit insertFirstMember(EObject block, String line) {
    ICompositeNode node = NodeModelUtils.findActualNodeFor(block);
    ILeafNode open = keyword(node, "{", true);
    ILeafNode close = keyword(node, "}", false);
    if (open == null || close == null) {
      return this;
    }
    Resource resource = block.eResource();
    String text = text(resource);
    String indent = indentation(text, node.getOffset());
    if (text.substring(open.getEndOffset(), close.getOffset()).isBlank()) {
      return replace(resource, open.getEndOffset(), close.getOffset(), "\n" + indent + INDENT + line + "\n" + indent);
    }
    if (lineStart(text, open.getOffset()) == lineStart(text, close.getOffset())) {
      return insert(resource, skipBlanks(text, open.getEndOffset()), line + " ");
    }
    return insert(resource, open.getEndOffset(), "\n" + indent + INDENT + line);
  }

  /** Inserts {@code line} on a new line right after {@code item}, indented like it. */
  SourceEdit insertLineAfter(EObject item, String line) {
    INode node = NodeModelUtils.findActualNodeFor(item);
    Resource resource = item.eResource();
    String text = text(resource);
    int end = node.getEndOffset();
    int lineEnd = lineEnd(text, end);
    String rest = text.substring(end, lineEnd).trim();
    if (!rest.isEmpty() && !rest.equals(",") && !rest.startsWith("//")) {
      // More of the block follows on the same line (an unformatted one-line block): stay on it.
      return insert(resource, end, " " + line);
    }
    return insert(resource, lineEnd, "\n" + indentation(text, node.getOffset()) + line);
  }

  /** The first (or last) keyword leaf {@code value} of a node, hidden tokens skipped. */
  static ILeafNode keyword(ICompositeNode node, String value, boolean first) {
    ILeafNode found = null;
    for (ILeafNode leaf : node.getLeafNodes()) {
      if (!leaf.isHidden() && leaf.getGrammarElement() instanceof Keyword k && k.getValue().equals(value)) {
        if (first) {
          return leaf;
        }
        found = leaf;
      }
    }
    return found;
  }

  /** The white space a line starts with. */
  static String indentation(String text, int offset) {
    int start = lineStart(text, offset);
    int end = start;
    while (end < text.length() && isBlank(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end);
  }

  /** The offset of the first character of the line of {@code offset}. */
  static int lineStart(String text, int offset) {
    return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** The offset of the line break ending the line of {@code offset}, or the text's length. */
  static int lineEnd(String text, int offset) {
    int nl = text.indexOf('\n', offset);
    return nl < 0 ? text.length() : nl;
  }

  private static int skipBlanks(String text, int offset) {
    int i = offset;
    while (i < text.length() && isBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  boolean isEmpty() {
    return edits.isEmpty();
  }

  /** The edits as {@code changes}, keyed by each file's URI in the client's form (file:///...). */
  WorkspaceEdit toWorkspaceEdit() {
    Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
    edits.forEach((resource, list) -> changes.put(uris.toUriString(resource.getURI()), List.copyOf(list)));
    return new WorkspaceEdit(changes);
  }
}
