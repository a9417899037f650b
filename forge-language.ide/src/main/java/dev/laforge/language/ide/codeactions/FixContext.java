package dev.laforge.language.ide.codeactions;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import dev.laforge.language.forge.ForgeFile;
import dev.laforge.language.validation.GlobalNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * One diagnostic a quick fix is asked for: the resource it was reported in, its range as offsets
 * into the current text, its issue data and the AST element it points at. Fixes read it and
 * {@link #offer} what they propose.
 */
final class FixContext {

  /** A proposed fix: the code action's title and its edit. */
  record Fix(String title, SourceEdit edit) {}

  private final XtextResource resource;
  private final String text;
  private final List<String> data;
  private final int start;
  private final int end;
  private final EObject element;
  private final UriExtensions uris;
  private final GlobalNames names;
  private final List<Fix> fixes = new ArrayList<>();

  private FixContext(XtextResource resource, String text, Diagnostic diagnostic, int start, int end, EObject element,
      UriExtensions uris, GlobalNames names) {
    this.resource = resource;
    this.text = text;
    this.data = data(diagnostic.getData());
    this.start = start;
    this.end = end;
    this.element = element;
    this.uris = uris;
    this.names = names;
  }

  /**
   * The context of {@code diagnostic} in the parsed file {@code loaded}, or empty when its range
   * lies outside the text or the file's AST is not that of the document.
   */
  static Optional<FixContext> of(org.eclipse.emf.ecore.resource.Resource loaded, Document document, Diagnostic diagnostic,
      UriExtensions uris, GlobalNames names) {
    if (!(loaded instanceof XtextResource resource) || document == null || resource.getParseResult() == null
        || diagnostic.getRange() == null || diagnostic.getRange().getStart() == null || diagnostic.getRange().getEnd() == null) {
      return Optional.empty();
    }
    String text = SourceEdit.text(resource);
    int start;
    int end;
    try {
      start = document.getOffSet(diagnostic.getRange().getStart());
      end = document.getOffSet(diagnostic.getRange().getEnd());
    } catch (IndexOutOfBoundsException e) {
      return Optional.empty();
    }
    if (start < 0 || end < start || end > text.length() || !text.equals(document.getContents())) {
      return Optional.empty();
    }
    ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), start);
    EObject element = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
    return Optional.of(new FixContext(resource, text, diagnostic, start, end, element, uris, names));
  }

  /** Issue data as it came back from the client: a JSON array of strings (or the original array). */
  private static List<String> data(Object raw) {
    List<String> result = new ArrayList<>();
    if (raw instanceof JsonArray array) {
      for (JsonElement e : array) {
        result.add(e != null && e.isJsonPrimitive() ? e.getAsString() : "");
      }
    } else if (raw instanceof String[] array) {
      for (String s : array) {
        result.add(s == null ? "" : s);
      }
    } else if (raw instanceof Iterable<?> list) {
      list.forEach(o -> result.add(o == null ? "" : o.toString()));
    }
    return result;
  }

  /** The {@code index}th issue datum, or "" when the diagnostic carries fewer. */
  String datum(int index) {
    return index < data.size() ? data.get(index) : "";
  }

  /** The element the diagnostic points at, or its nearest container of {@code type}; null when there is none. */
  <T extends EObject> T element(Class<T> type) {
    return element == null ? null : EcoreUtil2.getContainerOfType(element, type);
  }

  XtextResource resource() {
    return resource;
  }

  String text() {
    return text;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  /** Whether the diagnostic's range still holds exactly {@code expected} (false when the text moved on). */
  boolean rangeHolds(String expected) {
    return !expected.isEmpty() && text.substring(start, end).equals(expected);
  }

  /** Every top-level declaration of {@code type} in the project, this file's first. */
  <T extends EObject> List<T> all(Class<T> type) {
    List<T> all = new ArrayList<>();
    if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ForgeFile file)) {
      return all;
    }
    List<T> others = names.allOfType(file, type);
    others.stream().filter(d -> d.eResource() == resource).forEach(all::add);
    others.stream().filter(d -> d.eResource() != resource).forEach(all::add);
    return all;
  }

  /** A new, empty edit. */
  SourceEdit edit() {
    return new SourceEdit(uris);
  }

  /** Proposes a fix (ignored when its edit changes nothing). */
  void offer(String title, SourceEdit edit) {
    if (!edit.isEmpty()) {
      fixes.add(new Fix(title, edit));
    }
  }

  /** Proposes "Change to ..." for each suggestion, replacing the diagnostic's range. */
  void offerReplacements(List<String> suggestions, java.util.function.Function<String, String> title) {
    for (String s : suggestions) {
      offer(title.apply(s), edit().replace(resource, start, end, s));
    }
  }

  List<Fix> fixes() {
    return List.copyOf(fixes);
  }
}
