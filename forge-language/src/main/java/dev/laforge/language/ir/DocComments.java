package dev.laforge.language.ir;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Reads the {@code ///} doc comments written directly before a declaration. */
public final class DocComments {

  private DocComments() {}

  /** The comment text without the slashes, lines joined with '\n'; null when there is none. */
  public static String of(EObject object) {
    ICompositeNode node = NodeModelUtils.getNode(object);
    if (node == null) {
      return null;
    }
    List<String> lines = new ArrayList<>();
    for (ILeafNode leaf : node.getLeafNodes()) {
      if (!leaf.isHidden()) {
        break;
      }
      if (isDoc(leaf)) {
        lines.add(strip(leaf.getText()));
      }
    }
    if (lines.isEmpty()) {
      // The parser may attach leading comments to the previous sibling: look backwards.
      INode previous = node.getPreviousSibling();
      List<String> before = new ArrayList<>();
      while (previous instanceof ILeafNode leaf && leaf.isHidden()) {
        if (isDoc(leaf)) {
          before.add(0, strip(leaf.getText()));
        } else if (!leaf.getText().isBlank()) {
          break;
        }
        previous = previous.getPreviousSibling();
      }
      lines = before;
    }
    return lines.isEmpty() ? null : String.join("\n", lines);
  }

  private static boolean isDoc(ILeafNode leaf) {
    return leaf.getGrammarElement() instanceof TerminalRule rule && "DOC_COMMENT".equals(rule.getName());
  }

  private static String strip(String text) {
    String t = text.strip();
    t = t.startsWith("///") ? t.substring(3) : t;
    return t.startsWith(" ") ? t.substring(1) : t;
  }
}
