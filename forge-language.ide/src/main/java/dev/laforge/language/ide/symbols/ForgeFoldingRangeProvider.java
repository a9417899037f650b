package dev.laforge.language.ide.symbols;

import dev.laforge.language.forge.Block;
import dev.laforge.language.forge.ClaimsBlock;
import dev.laforge.language.forge.EnumDecl;
import dev.laforge.language.forge.Extension;
import dev.laforge.language.forge.ExtensionAction;
import dev.laforge.language.forge.Hook;
import dev.laforge.language.forge.IfStatement;
import dev.laforge.language.forge.Model;
import dev.laforge.language.forge.ModelPermissions;
import dev.laforge.language.forge.ObjectLiteral;
import dev.laforge.language.forge.PermissionsBlock;
import dev.laforge.language.forge.Policy;
import dev.laforge.language.forge.RolesBlock;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.folding.DefaultFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.folding.FoldingRangeKind;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeAcceptor;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Folding ranges: every declaration block ({@code model}, {@code enum}, {@code roles},
 * {@code claims}, {@code permissions} and its {@code model} sections, {@code policy},
 * {@code hook}, {@code extend} and its actions), {@code if}/{@code else} blocks and object
 * literals that span lines, block comments, and runs of two or more line or doc comments. A
 * closing brace on its own line stays visible: the range ends on the line before it.
 */
public class ForgeFoldingRangeProvider extends DefaultFoldingRangeProvider {

  @Override
  protected boolean isHandled(EObject o) {
    return o instanceof Model || o instanceof EnumDecl || o instanceof RolesBlock || o instanceof ClaimsBlock
        || o instanceof PermissionsBlock || o instanceof ModelPermissions || o instanceof Policy || o instanceof Hook
        || o instanceof Extension || o instanceof ExtensionAction || o instanceof ObjectLiteral
        || o instanceof Block && o.eContainer() instanceof IfStatement;
  }

  @Override
  protected void acceptObjectFolding(EObject o, IFoldingRangeAcceptor acceptor) {
    INode node = NodeModelUtils.getNode(o);
    if (node == null) {
      return;
    }
    String text = node.getRootNode().getText();
    int start = node.getOffset();
    int end = node.getEndOffset();
    if (end > start && text.charAt(end - 1) == '}') {
      int lineStart = text.lastIndexOf('\n', end - 2) + 1;
      if (lineStart > start && text.substring(lineStart, end - 1).isBlank()) {
        end = lineStart - 1;
      }
    }
    acceptor.accept(start, end - start);
  }

  @Override
  protected void computeCommentFolding(XtextResource resource, IFoldingRangeAcceptor acceptor) {
    super.computeCommentFolding(resource, acceptor);
    var parse = resource.getParseResult();
    if (parse == null || parse.getRootNode() == null) {
      return;
    }
    String text = parse.getRootNode().getText();
    ILeafNode runStart = null;
    ILeafNode runEnd = null;
    int count = 0;
    for (ILeafNode leaf : parse.getRootNode().getLeafNodes()) {
      if (isLineComment(leaf)) {
        String gap = runEnd == null ? null : text.substring(runEnd.getEndOffset(), leaf.getOffset());
        if (gap != null && gap.isBlank() && !gap.contains("\n")) {
          runEnd = leaf;
          count++;
        } else {
          acceptRun(runStart, runEnd, count, acceptor);
          runStart = leaf;
          runEnd = leaf;
          count = 1;
        }
      } else if (!(leaf.isHidden() && leaf.getText().isBlank())) {
        acceptRun(runStart, runEnd, count, acceptor);
        runStart = null;
        runEnd = null;
        count = 0;
      }
    }
    acceptRun(runStart, runEnd, count, acceptor);
  }

  private static boolean isLineComment(ILeafNode leaf) {
    return leaf.isHidden() && leaf.getGrammarElement() instanceof TerminalRule rule
        && ("SL_COMMENT".equals(rule.getName()) || "DOC_COMMENT".equals(rule.getName()));
  }

  /** A run of line comments folds from its first to its last line (each comment ends with its line break). */
  private static void acceptRun(ILeafNode first, ILeafNode last, int count, IFoldingRangeAcceptor acceptor) {
    if (first != null && count >= 2) {
      int end = last.getText().endsWith("\n") ? last.getEndOffset() - 1 : last.getEndOffset();
      acceptor.accept(first.getOffset(), end - first.getOffset(), FoldingRangeKind.COMMENT);
    }
  }
}
