package dev.laforge.language.ide.highlighting;

import com.google.inject.Inject;
import dev.laforge.language.forge.ActionParam;
import dev.laforge.language.forge.ClaimDecl;
import dev.laforge.language.forge.EnumDecl;
import dev.laforge.language.forge.EnumValue;
import dev.laforge.language.forge.ExtensionAction;
import dev.laforge.language.forge.Field;
import dev.laforge.language.forge.Grantee;
import dev.laforge.language.forge.LambdaParam;
import dev.laforge.language.forge.LetStatement;
import dev.laforge.language.forge.Model;
import dev.laforge.language.forge.RoleDecl;
import dev.laforge.language.forge.Variable;
import java.util.Set;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SemanticTokenModifiers;
import org.eclipse.lsp4j.SemanticTokenTypes;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Semantic tokens for .forge files, in the standard LSP token types. Names are classified by what
 * they denote, so a keyword used as a name (a field called {@code user}) is a property, not a
 * keyword:
 * <ul>
 * <li>models {@code class}, enums {@code enum}, enum values {@code enumMember}, fields and
 * foreign-key aliases {@code property}, roles and claims {@code variable}+{@code readonly},
 * lambda and action parameters {@code parameter}, {@code let} variables {@code variable},
 * extension actions {@code method}; with {@code declaration} where they are declared;</li>
 * <li>{@code record} and {@code user} {@code variable}+{@code defaultLibrary}, user context
 * properties and {@code .length} {@code property}+{@code defaultLibrary}, collection predicates
 * and string methods {@code method}+{@code defaultLibrary}, {@code now()}/{@code uuid()}
 * {@code function}+{@code defaultLibrary};</li>
 * <li>primitive types {@code type}+{@code defaultLibrary}, field modifiers {@code modifier},
 * onDelete actions {@code enumMember}+{@code defaultLibrary}, policy actions and hook events
 * {@code event}, other words {@code keyword}, operators {@code operator};</li>
 * <li>strings, numbers, regular expressions and comments (doc comments with
 * {@code documentation}), block comments one token per line.</li>
 * </ul>
 */
public class ForgeSemanticHighlightingCalculator implements ISemanticHighlightingCalculator {

  private static final String DECLARATION = SemanticTokenModifiers.Declaration;
  private static final String LIBRARY = SemanticTokenModifiers.DefaultLibrary;
  private static final String READONLY = SemanticTokenModifiers.Readonly;

  private static final Set<String> OPERATORS = Set.of("===", "!==", "==", "!=", "<=", ">=", "<", ">", "&&", "||", "!", "+", "-", "*",
      "/", "%", "=>", "=", "|", "..");
  private static final Set<String> NUMBER_RULES = Set.of("Number", "SignedNumber");
  /** Rules whose keywords are parts of names or values, not keywords. */
  private static final Set<String> NAME_RULES = Set.of("ValidID", "QualifiedName");

  @Inject private EObjectAtOffsetHelper offsets;

  @Override
  public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor, CancelIndicator cancelIndicator) {
    if (resource == null || resource.getParseResult() == null || resource.getParseResult().getRootNode() == null) {
      return;
    }
    String text = resource.getParseResult().getRootNode().getText();
    int done = 0;
    for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
      if (cancelIndicator != null && cancelIndicator.isCanceled()) {
        return;
      }
      if (leaf.getOffset() < done || leaf.getLength() == 0) {
        continue;
      }
      if (leaf.isHidden()) {
        comment(leaf, text, acceptor);
        continue;
      }
      Token token = classify(leaf);
      if (token != null) {
        acceptor.addPosition(token.offset(), token.length(), token.ids());
        done = token.offset() + token.length();
      }
    }
  }

  /** A classified region: a token type followed by modifiers. */
  private record Token(int offset, int length, String... ids) {
    static Token of(INode node, String... ids) {
      return new Token(node.getOffset(), node.getLength(), ids);
    }
  }

  private static void comment(ILeafNode leaf, String text, IHighlightedPositionAcceptor acceptor) {
    if (!(leaf.getGrammarElement() instanceof TerminalRule rule) || "WS".equals(rule.getName())) {
      return;
    }
    String[] ids = "DOC_COMMENT".equals(rule.getName())
        ? new String[] {SemanticTokenTypes.Comment, SemanticTokenModifiers.Documentation}
        : new String[] {SemanticTokenTypes.Comment};
    // One token per line: clients need not support tokens that span lines.
    int start = leaf.getOffset();
    int end = leaf.getEndOffset();
    int lineStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        if (i > lineStart) {
          acceptor.addPosition(lineStart, i - lineStart, ids);
        }
        lineStart = i + 1;
      }
    }
  }

  private Token classify(ILeafNode leaf) {
    INode number = number(leaf);
    if (number != null) {
      return Token.of(number, SemanticTokenTypes.Number);
    }
    EObject grammar = leaf.getGrammarElement();
    if (grammar instanceof RuleCall call && call.getRule() instanceof TerminalRule terminal && !"ID".equals(terminal.getName())) {
      return switch (terminal.getName()) {
        case "STRING" -> Token.of(leaf, SemanticTokenTypes.String);
        case "INT" -> Token.of(leaf, SemanticTokenTypes.Number);
        case "REGEX" -> Token.of(leaf, SemanticTokenTypes.Regexp);
        default -> null;
      };
    }
    AbstractRule rule = GrammarUtil.containingRule(grammar);
    String ruleName = rule == null ? "" : rule.getName();
    if (grammar instanceof Keyword || rule instanceof EnumRule) {
      String word = leaf.getText();
      switch (ruleName) {
        case "ComparisonOp":
          return Token.of(leaf, SemanticTokenTypes.Operator);
        case "ContextName":
          return Token.of(leaf, SemanticTokenTypes.Variable, LIBRARY, READONLY);
        case "Zone":
          return null;
        default:
          if (!NAME_RULES.contains(ruleName)) {
            return keyword(leaf, word, ruleName);
          }
      }
    }
    return name(leaf);
  }

  /** The whole number ({@code -1.5}) a leaf is part of, or null. */
  private static INode number(ILeafNode leaf) {
    INode number = null;
    for (INode node = leaf.getParent(); node != null; node = node.getParent()) {
      if (node.getGrammarElement() instanceof RuleCall call && NUMBER_RULES.contains(call.getRule().getName())) {
        number = node;
      } else if (number != null) {
        break;
      }
    }
    return number;
  }

  private static Token keyword(ILeafNode leaf, String word, String rule) {
    if (OPERATORS.contains(word)) {
      return Token.of(leaf, SemanticTokenTypes.Operator);
    }
    if (!Character.isLetter(word.charAt(0))) {
      return null;
    }
    return switch (rule) {
      case "PrimitiveKind" -> Token.of(leaf, SemanticTokenTypes.Type, LIBRARY);
      case "Modifier" -> Token.of(leaf, SemanticTokenTypes.Modifier);
      case "OnDeleteAction" -> Token.of(leaf, SemanticTokenTypes.EnumMember, LIBRARY);
      case "Action", "HookEvent" -> Token.of(leaf, SemanticTokenTypes.Event);
      case "CollectionOp" -> Token.of(leaf, SemanticTokenTypes.Method, LIBRARY);
      case "RecordRef", "UserRef", "AssignStatement" -> "record".equals(word) || "user".equals(word)
          ? Token.of(leaf, SemanticTokenTypes.Variable, LIBRARY, READONLY) : Token.of(leaf, SemanticTokenTypes.Keyword);
      case "Postfix" -> "length".equals(word) ? Token.of(leaf, SemanticTokenTypes.Property, LIBRARY) : Token.of(leaf, SemanticTokenTypes.Keyword);
      case "Primary" -> "now".equals(word) || "uuid".equals(word)
          ? Token.of(leaf, SemanticTokenTypes.Function, LIBRARY) : Token.of(leaf, SemanticTokenTypes.Keyword);
      case "DefaultValue" -> "now".equals(word) || "uuid".equals(word)
          ? Token.of(leaf, SemanticTokenTypes.Function, LIBRARY) : Token.of(leaf, SemanticTokenTypes.Keyword);
      default -> Token.of(leaf, SemanticTokenTypes.Keyword);
    };
  }

  /** A name: what it declares or refers to decides its type. */
  private Token name(ILeafNode leaf) {
    for (INode node = leaf; node != null; node = node.getParent()) {
      EObject grammar = node.getGrammarElement();
      if (grammar instanceof CrossReference reference) {
        EObject target = target(node);
        if (target != null) {
          return named(node, target.eClass(), false);
        }
        EObject owner = NodeModelUtils.findActualSemanticObjectFor(node);
        return owner == null ? null : named(node, GrammarUtil.getReference(reference, owner.eClass()).getEReferenceType(), false);
      }
      if (GrammarUtil.containingCrossReference(grammar) != null) {
        continue;
      }
      Assignment assignment = GrammarUtil.containingAssignment(grammar);
      if (assignment == null) {
        continue;
      }
      EObject owner = NodeModelUtils.findActualSemanticObjectFor(node);
      return switch (assignment.getFeature()) {
        case "name" -> owner == null ? null : named(node, owner.eClass(), true);
        case "property" -> Token.of(node, SemanticTokenTypes.Property, LIBRARY, READONLY);
        case "method" -> Token.of(node, SemanticTokenTypes.Method, LIBRARY);
        case "key" -> Token.of(node, SemanticTokenTypes.Property);
        default -> null;
      };
    }
    return null;
  }

  private EObject target(INode node) {
    try {
      EObject target = offsets.getCrossReferencedElement(node);
      return target == null || target.eIsProxy() ? null : target;
    } catch (RuntimeException e) {
      return null; // a reference the linker could not place
    }
  }

  private static Token named(INode node, EClass type, boolean declaration) {
    Class<?> c = type.getInstanceClass();
    String[] ids;
    if (c == Model.class) {
      ids = new String[] {SemanticTokenTypes.Class};
    } else if (c == EnumDecl.class) {
      ids = new String[] {SemanticTokenTypes.Enum};
    } else if (c == EnumValue.class) {
      ids = new String[] {SemanticTokenTypes.EnumMember};
    } else if (c == Field.class) {
      ids = new String[] {SemanticTokenTypes.Property};
    } else if (c == RoleDecl.class || c == ClaimDecl.class || c == Grantee.class) {
      ids = new String[] {SemanticTokenTypes.Variable, READONLY};
    } else if (c == LambdaParam.class || c == ActionParam.class) {
      ids = new String[] {SemanticTokenTypes.Parameter};
    } else if (c == LetStatement.class || c == Variable.class) {
      ids = new String[] {SemanticTokenTypes.Variable};
    } else if (c == ExtensionAction.class) {
      ids = new String[] {SemanticTokenTypes.Method};
    } else {
      return null;
    }
    if (declaration) {
      String[] withDeclaration = java.util.Arrays.copyOf(ids, ids.length + 1);
      withDeclaration[ids.length] = DECLARATION;
      ids = withDeclaration;
    }
    return Token.of(node, ids);
  }
}
