package dev.laforge.language.ide.codeactions;

import dev.laforge.language.ast.ExprTypes;
import dev.laforge.language.ast.ForgeAst;
import dev.laforge.language.forge.EnumDecl;
import dev.laforge.language.forge.EnumValue;
import dev.laforge.language.forge.Expression;
import dev.laforge.language.forge.MethodCall;
import dev.laforge.language.forge.Policy;
import dev.laforge.language.forge.StringLiteral;
import dev.laforge.language.forge.UserRef;
import dev.laforge.language.validation.PolicyChecks;
import dev.laforge.language.validation.Spelling;
import java.util.List;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Quick fixes for policies and expressions: LF301, LF303, LF305, LF309. */
final class PolicyFixes {

  /**
   * LF301: merges this policy into the other one for the same model and action: the other's
   * condition becomes {@code other || this} and this policy goes ({@code ||} binds loosest, so
   * neither side needs parentheses).
   */
  void mergeDuplicatePolicy(FixContext ctx) {
    Policy policy = ctx.element(Policy.class);
    if (policy == null || ForgeAst.resolved(policy.getModel()) == null || policy.getBody() == null) {
      return;
    }
    Policy other = ctx.all(Policy.class).stream()
        .filter(p -> p != policy && p.getModel() == policy.getModel() && p.getAction() == policy.getAction() && p.getBody() != null)
        .findFirst().orElse(null);
    if (other == null) {
      return;
    }
    INode mine = node(policy.getBody().getExpression());
    INode theirs = node(other.getBody().getExpression());
    if (mine == null || theirs == null) {
      return;
    }
    String condition = SourceEdit.text(policy.eResource()).substring(mine.getOffset(), mine.getEndOffset());
    String otherCondition = SourceEdit.text(other.eResource()).substring(theirs.getOffset(), theirs.getEndOffset());
    String where = other.eResource() == policy.eResource() ? "" : " in " + other.eResource().getURI().lastSegment();
    ctx.offer("Merge into the other `" + policy.getModel().getName() + "." + policy.getAction().getLiteral() + "` policy"
        + where + " with ||",
        ctx.edit().replace(theirs, otherCondition + " || " + condition).removeDeclaration(policy));
  }

  /** LF303: the nearest properties of the user context. */
  void unknownUserProperty(FixContext ctx) {
    if (ctx.element(UserRef.class) != null && ctx.rangeHolds(ctx.datum(0))) {
      ctx.offerReplacements(Spelling.suggestions(ctx.datum(0), ExprTypes.USER_PROPERTIES, NameFixes.SUGGESTIONS),
          p -> "Change to `user." + p + "`");
    }
  }

  /** LF305: the nearest values of the enum, in the literal's own quotes. */
  void unknownEnumLiteral(FixContext ctx) {
    StringLiteral literal = ctx.element(StringLiteral.class);
    String range = ctx.text().substring(ctx.start(), ctx.end());
    if (literal == null || range.length() < 2 || !range.substring(1, range.length() - 1).equals(ctx.datum(0))) {
      return;
    }
    char quote = range.charAt(0);
    List<String> values = ctx.all(EnumDecl.class).stream().filter(e -> ctx.datum(1).equals(e.getName())).findFirst()
        .map(e -> e.getValues().stream().map(EnumValue::getName).toList()).orElse(List.of());
    for (String value : Spelling.suggestions(ctx.datum(0), values, NameFixes.SUGGESTIONS)) {
      ctx.offer("Change to " + quote + value + quote, ctx.edit().replace(ctx.resource(), ctx.start(), ctx.end(), quote + value + quote));
    }
  }

  /** LF309: the nearest string methods of the hook language. */
  void unknownMethod(FixContext ctx) {
    if (ctx.element(MethodCall.class) != null && ctx.rangeHolds(ctx.datum(0))) {
      ctx.offerReplacements(Spelling.suggestions(ctx.datum(0), PolicyChecks.STRING_METHODS, NameFixes.SUGGESTIONS),
          m -> "Change to `" + m + "`");
    }
  }

  private static INode node(Expression expression) {
    return expression == null ? null : NodeModelUtils.findActualNodeFor(expression);
  }
}
