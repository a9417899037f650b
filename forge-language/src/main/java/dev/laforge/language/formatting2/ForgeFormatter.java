package dev.laforge.language.formatting2;

import dev.laforge.language.forge.Block;
import dev.laforge.language.forge.ClaimsBlock;
import dev.laforge.language.forge.Declaration;
import dev.laforge.language.forge.Extension;
import dev.laforge.language.forge.ForgeFile;
import dev.laforge.language.forge.Model;
import dev.laforge.language.forge.ModelPermissions;
import dev.laforge.language.forge.PermissionsBlock;
import dev.laforge.language.forge.Policy;
import dev.laforge.language.forge.PolicyBody;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure1;

/**
 * The one canonical layout of Forge source ({@code forge fmt} and editor formatting): one blank
 * line between declarations, two-space indentation, one member, rule or statement per line (a
 * blank line between them is kept, never more than one), single
 * spaces around operators, none inside parentheses or before commas. Only whitespace changes.
 */
public class ForgeFormatter extends AbstractJavaFormatter {

  private enum Layout { NONE, SPACE, KEEP_BREAK, NEWLINE, ITEM, BLANK_LINE }

  /** Two spaces, whatever the editor asks for: there is one canonical layout. */
  @Override
  protected void initialize(org.eclipse.xtext.formatting2.FormatterRequest request) {
    request.setPreferences(canonical(request.getPreferences()));
    super.initialize(request);
  }

  private static org.eclipse.xtext.preferences.ITypedPreferenceValues canonical(org.eclipse.xtext.preferences.ITypedPreferenceValues given) {
    var values = new org.eclipse.xtext.preferences.MapBasedPreferenceValues(given, new HashMap<>());
    values.put(org.eclipse.xtext.formatting2.FormatterPreferenceKeys.indentation, "  ");
    values.put(org.eclipse.xtext.formatting2.FormatterPreferenceKeys.tabWidth, 2);
    values.put(org.eclipse.xtext.formatting2.FormatterPreferenceKeys.lineSeparator, "\n");
    return values;
  }

  @Override
  public org.eclipse.xtext.formatting2.ITextReplacer createCommentReplacer(org.eclipse.xtext.formatting2.regionaccess.IComment comment) {
    if (comment.getGrammarElement() instanceof org.eclipse.xtext.AbstractRule rule && "DOC_COMMENT".equals(rule.getName())) {
      return new org.eclipse.xtext.formatting2.internal.SinglelineDocCommentReplacer(comment, "///");
    }
    return super.createCommentReplacer(comment);
  }

  protected void format(ForgeFile file, IFormattableDocument doc) {
    Map<IHiddenRegion, Layout> layout = new HashMap<>();
    boolean first = true;
    for (Declaration d : file.getDeclarations()) {
      IEObjectRegion region = getTextRegionAccess().regionForEObject(d);
      if (region == null) {
        continue;
      }
      if (!first) {
        layout.put(region.getPreviousHiddenRegion(), Layout.BLANK_LINE);
      }
      first = false;
    }
    List<EObject> objects = new ArrayList<>();
    file.eAllContents().forEachRemaining(objects::add);
    for (EObject o : objects) {
      if (isMultilineBlock(o)) {
        multiline(o, doc, layout);
      }
    }
    for (EObject o : objects) {
      // `({ user, record }) =>` followed by a line break: the condition is indented one more step.
      if (o instanceof PolicyBody body && body.getParams() != null && body.eContainer() instanceof Policy policy) {
        ISemanticRegion arrow = textRegionExtensions.regionFor(body).keyword("=>");
        ISemanticRegion close = textRegionExtensions.regionFor(policy).keyword("}");
        if (arrow != null && close != null) {
          doc.interior(arrow, close, IHiddenRegionFormatter::indent);
        }
      }
    }
    IEObjectRegion root = getTextRegionAccess().regionForRootEObject();
    if (root == null) {
      return;
    }
    ISemanticRegion previous = null;
    for (ISemanticRegion current : root.getAllSemanticRegions()) {
      if (previous != null) {
        IHiddenRegion hidden = current.getPreviousHiddenRegion();
        Layout l = layout.getOrDefault(hidden, spacing(previous, current));
        doc.set(hidden, formatter(l));
      }
      previous = current;
    }
    if (previous != null) {
      doc.set(previous.getNextHiddenRegion(), f -> f.setNewLines(1));
    }
  }

  private static Procedure1<? super IHiddenRegionFormatter> formatter(Layout layout) {
    return switch (layout) {
      case NONE -> IHiddenRegionFormatter::noSpace;
      case SPACE -> IHiddenRegionFormatter::oneSpace;
      // A long condition may be broken before || and && or after =>; the break is kept, never added.
      case KEEP_BREAK -> f -> {
        f.setNewLines(0, 0, 1);
        f.oneSpace();
      };
      case NEWLINE -> IHiddenRegionFormatter::newLine;
      // Items of a block start on a new line; one blank line the author left between them stays.
      case ITEM -> f -> f.setNewLines(1, 1, 2);
      case BLANK_LINE -> f -> f.setNewLines(2);
    };
  }

  /** Blocks laid out one item per line: model bodies, claims, permissions, policies, statements. */
  private static boolean isMultilineBlock(EObject o) {
    return o instanceof Model || o instanceof ClaimsBlock || o instanceof PermissionsBlock || o instanceof ModelPermissions
        || o instanceof Policy || o instanceof Block || o instanceof Extension;
  }

  private void multiline(EObject o, IFormattableDocument doc, Map<IHiddenRegion, Layout> layout) {
    var regions = textRegionExtensions.regionFor(o);
    ISemanticRegion open = regions.keyword("{");
    ISemanticRegion close = regions.keyword("}");
    if (open == null || close == null) {
      return;
    }
    doc.interior(open, close, IHiddenRegionFormatter::indent);
    if (open.getNextSemanticRegion() == close) {
      layout.put(close.getPreviousHiddenRegion(), Layout.NONE);
      return;
    }
    layout.put(open.getNextHiddenRegion(), Layout.NEWLINE);
    layout.put(close.getPreviousHiddenRegion(), Layout.NEWLINE);
    for (EObject child : o.eContents()) {
      if (child instanceof PolicyBody || child instanceof dev.laforge.language.forge.ContextParams) {
        continue;
      }
      IEObjectRegion childRegion = getTextRegionAccess().regionForEObject(child);
      if (childRegion != null && childRegion.getOffset() > open.getOffset() && childRegion.getEndOffset() <= close.getOffset()) {
        IHiddenRegion before = childRegion.getPreviousHiddenRegion();
        if (before != open.getNextHiddenRegion()) {
          layout.put(before, Layout.ITEM);
        }
      }
    }
  }

  /** Spacing between two tokens on one line. */
  private static Layout spacing(ISemanticRegion prev, ISemanticRegion next) {
    String p = prev.getText();
    String n = next.getText();
    boolean prevKeyword = prev.getGrammarElement() instanceof Keyword;
    boolean nextKeyword = next.getGrammarElement() instanceof Keyword;
    if (nextKeyword && (n.equals(",") || n.equals(";") || n.equals(")") || n.equals("]") || n.equals(".") || n.equals(":") || n.equals(".."))) {
      return Layout.NONE;
    }
    if (prevKeyword && (p.equals("(") || p.equals("[") || p.equals(".") || p.equals(".."))) {
      return Layout.NONE;
    }
    if (prevKeyword && p.equals("!")) {
      return Layout.NONE;
    }
    if (nextKeyword && n.equals("(")) {
      // Calls and modifiers hug their parenthesis; `if (` and arrow parameters do not.
      return prevKeyword && (p.equals("if") || p.equals("=>") || p.equals("||") || p.equals("&&") || p.equals("{")
          || p.equals(",") || p.equals("=") || p.equals("return") || isOperator(p)) ? Layout.SPACE : Layout.NONE;
    }
    if (prevKeyword && p.equals("-") && isUnaryMinus(prev)) {
      return Layout.NONE;
    }
    if (nextKeyword && n.equals("-") && isZoneDash(next)) {
      return Layout.NONE;
    }
    if (prevKeyword && p.equals("-") && isZoneDash(prev)) {
      return Layout.NONE;
    }
    if (nextKeyword && n.equals("}") && prevKeyword && p.equals("{")) {
      return Layout.NONE;
    }
    if ((nextKeyword && (n.equals("||") || n.equals("&&"))) || (prevKeyword && p.equals("=>"))) {
      return Layout.KEEP_BREAK;
    }
    return Layout.SPACE;
  }

  private static boolean isOperator(String s) {
    return switch (s) {
      case "===", "!==", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "%", ":" -> true;
      default -> false;
    };
  }

  private static boolean isUnaryMinus(ISemanticRegion minus) {
    EObject owner = minus.getSemanticElement();
    return owner instanceof dev.laforge.language.forge.Negate || owner instanceof dev.laforge.language.forge.NumberDefault
        || owner instanceof dev.laforge.language.forge.MinModifier || owner instanceof dev.laforge.language.forge.MaxModifier;
  }

  private static boolean isZoneDash(ISemanticRegion dash) {
    return dash.getSemanticElement() instanceof dev.laforge.language.forge.ResidencyModifier;
  }
}
