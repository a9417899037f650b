package dev.laforge.language.validation;

import dev.laforge.backend.diagnostics.DiagnosticCode;
import dev.laforge.language.ast.ExprType;
import dev.laforge.language.ast.ExprTypes;
import dev.laforge.language.ast.ForgeAst;
import dev.laforge.language.forge.ArrayLiteral;
import dev.laforge.language.forge.Binary;
import dev.laforge.language.forge.CollectionCall;
import dev.laforge.language.forge.CollectionOp;
import dev.laforge.language.forge.EnumDecl;
import dev.laforge.language.forge.Expression;
import dev.laforge.language.forge.Field;
import dev.laforge.language.forge.Lambda;
import dev.laforge.language.forge.LambdaParam;
import dev.laforge.language.forge.MemberAccess;
import dev.laforge.language.forge.MethodCall;
import dev.laforge.language.forge.Parenthesized;
import dev.laforge.language.forge.PermissionRule;
import dev.laforge.language.forge.Policy;
import dev.laforge.language.forge.PolicyBody;
import dev.laforge.language.forge.RecordRef;
import dev.laforge.language.forge.StringLiteral;
import dev.laforge.language.forge.UserRef;
import dev.laforge.language.forge.VariableRef;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

/** Policy and expression checks: LF301-LF305, LF307-LF309. */
public class PolicyChecks extends ForgeCheckBase {

  /** Relation hops a policy may traverse from {@code record} (each becomes an EXISTS join). */
  public static final int MAX_HOPS = 3;

  /** String methods the hook and action language offers. */
  public static final Set<String> STRING_METHODS =
      Set.of("toLowerCase", "toUpperCase", "trim", "replace", "slice", "startsWith", "endsWith", "includes");

  @Check
  public void duplicatePolicy(Policy policy) {
    if (ForgeAst.resolved(policy.getModel()) == null) {
      return;
    }
    // Keyed by the model name as written: policies of the same resolved model have the same name.
    java.util.Map<String, java.util.List<Policy>> byKey =
        acrossFiles("policiesByKey", policy, PolicyChecks::policiesByKey, SchemaChecks::mergeLists);
    for (Policy other : byKey.getOrDefault(policy.getModel().getName() + "." + policy.getAction(), java.util.List.of())) {
      if (other != policy && other.getModel() == policy.getModel() && other.getAction() == policy.getAction()) {
        String where = other.eResource() == policy.eResource() ? "this file" : other.eResource().getURI().lastSegment();
        report(DiagnosticCode.LF301, "`" + policy.getModel().getName() + "." + policy.getAction().getLiteral()
            + "` already has a policy (in " + where + "): merge them with ||",
            policy, P.getPolicy_Action(), policy.getModel().getName(), policy.getAction().getLiteral(), where,
            location(java.util.Optional.of(other), P.getPolicy_Action()));
        return;
      }
    }
  }

  /** The policies of one file by "model name as written.action". */
  private static java.util.Map<String, java.util.List<Policy>> policiesByKey(org.eclipse.emf.ecore.resource.Resource resource) {
    java.util.Map<String, java.util.List<Policy>> index = new java.util.HashMap<>();
    for (EObject root : resource.getContents()) {
      if (root instanceof dev.laforge.language.forge.ForgeFile file) {
        for (EObject decl : file.getDeclarations()) {
          if (decl instanceof Policy p) {
            String text = ForgeAst.referenceText(p, P.getPolicy_Model());
            if (text != null) {
              index.computeIfAbsent((text.startsWith("^") ? text.substring(1) : text) + "." + p.getAction(),
                  k -> new java.util.ArrayList<>()).add(p);
            }
          }
        }
      }
    }
    return index;
  }

  @Check
  public void userProperty(UserRef ref) {
    String property = ref.getProperty();
    if (property != null && !ExprTypes.USER_PROPERTIES.contains(property)) {
      String suggestion = closest(property, ExprTypes.USER_PROPERTIES);
      report(DiagnosticCode.LF303, "`user." + property + "` is not part of the user context (id, tenantId, role, roles, claims)"
          + (suggestion == null ? "" : ": did you mean `user." + suggestion + "`?"),
          ref, P.getUserRef_Property(), property, suggestion == null ? "" : suggestion);
    }
  }

  @Check
  public void comparison(Binary binary) {
    String op = binary.getOp();
    boolean equality = op.equals("==") || op.equals("===") || op.equals("!=") || op.equals("!==");
    boolean ordering = op.equals("<") || op.equals("<=") || op.equals(">") || op.equals(">=");
    if (!equality && !ordering) {
      return;
    }
    ExprType left = ExprTypes.typeOf(binary.getLeft());
    ExprType right = ExprTypes.typeOf(binary.getRight());
    boolean ok = equality ? ExprType.comparable(left, right) : ExprType.ordered(left, right);
    if (!ok) {
      report(DiagnosticCode.LF304, "cannot compare " + left.describe() + " with " + right.describe() + " using " + op,
          binary, P.getBinary_Op(), left.describe(), right.describe(), op);
      return;
    }
    enumLiteral(left, binary.getRight());
    enumLiteral(right, binary.getLeft());
  }

  @Check
  public void collectionCall(CollectionCall call) {
    ExprType receiver = ExprTypes.typeOf(call.getReceiver());
    if (!receiver.known()) {
      return;
    }
    boolean includes = call.getOp() == CollectionOp.INCLUDES;
    boolean ok = switch (receiver.kind()) {
      case ROWS -> true;
      case STRING_LIST, ARRAY -> includes || call.getLambda() != null;
      case STRING -> includes && inStatementLanguage(call);
      default -> false;
    };
    if (!ok) {
      report(DiagnosticCode.LF307, "." + call.getOp().getLiteral() + "(...) needs a to-many relation, user.roles, user.claims or a list; "
          + "this is " + receiver.describe(), call, P.getCollectionCall_Op(), call.getOp().getLiteral(), receiver.describe());
      return;
    }
    if (includes && call.getLambda() != null) {
      report(DiagnosticCode.LF307, ".includes(...) takes a value, not a lambda", call, P.getCollectionCall_Lambda(), "includes", receiver.describe());
    }
    if (!includes && call.getLambda() == null) {
      report(DiagnosticCode.LF307, "." + call.getOp().getLiteral() + "(x => ...) takes a lambda", call, P.getCollectionCall_Argument(),
          call.getOp().getLiteral(), receiver.describe());
    }
    if (includes && call.getArgument() != null && call.getReceiver() instanceof ArrayLiteral array) {
      ExprType element = ExprTypes.typeOf(call.getArgument());
      for (Expression e : array.getElements()) {
        enumLiteral(element, e);
        ExprType et = ExprTypes.typeOf(e);
        if (!ExprType.comparable(element, et)) {
          report(DiagnosticCode.LF304, "list element of type " + et.describe() + " can never equal " + element.describe(),
              e, null, et.describe(), element.describe(), "includes");
        }
      }
    }
    if (call.getLambda() != null && call.getLambda().getBody() != null) {
      requireBoolean(call.getLambda().getBody(), "the lambda of ." + call.getOp().getLiteral() + "(...)");
    }
  }

  /** Policies compile to SQL, which has no truthiness: operands of ! && || must be true or false. */
  @Check
  public void logicOperandsAreBoolean(dev.laforge.language.forge.Not not) {
    if (!inStatementLanguage(not)) {
      requireBoolean(not.getOperand(), "the operand of !");
    }
  }

  @Check
  public void logicOperandsAreBoolean(Binary binary) {
    if (("&&".equals(binary.getOp()) || "||".equals(binary.getOp())) && !inStatementLanguage(binary)) {
      requireBoolean(binary.getLeft(), "each side of " + binary.getOp());
      requireBoolean(binary.getRight(), "each side of " + binary.getOp());
    }
  }

  @Check
  public void policyIsBoolean(PolicyBody body) {
    requireBoolean(body.getExpression(), "a policy");
  }

  @Check
  public void conditionIsBoolean(PermissionRule rule) {
    requireBoolean(rule.getCondition(), "a permission condition");
  }

  @Check
  public void chainDepth(MemberAccess access) {
    if (access.eContainer() instanceof MemberAccess outer && outer.getReceiver() == access) {
      return;
    }
    int hops = hops(access);
    if (hops > MAX_HOPS) {
      report(DiagnosticCode.LF302, "this path crosses " + hops + " relations; policies may follow at most " + MAX_HOPS,
          access, P.getMemberAccess_Member(), Integer.toString(hops), Integer.toString(MAX_HOPS));
    }
  }

  @Check
  public void method(MethodCall call) {
    if (call.getMethod() != null && !STRING_METHODS.contains(call.getMethod())) {
      String suggestion = closest(call.getMethod(), STRING_METHODS);
      report(DiagnosticCode.LF309, "`" + call.getMethod() + "` is not a method of the hook language"
          + (suggestion == null ? "" : ": did you mean `" + suggestion + "`?"),
          call, P.getMethodCall_Method(), call.getMethod(), suggestion == null ? "" : suggestion);
    }
  }

  /** Hooks and actions may use string {@code includes}; policies compile to SQL and may not. */
  static boolean inStatementLanguage(EObject o) {
    return org.eclipse.xtext.EcoreUtil2.getContainerOfType(o, dev.laforge.language.forge.Hook.class) != null
        || org.eclipse.xtext.EcoreUtil2.getContainerOfType(o, dev.laforge.language.forge.Extension.class) != null;
  }

  /** Relation joins needed to evaluate an expression, counting to-many hops of enclosing lambdas. */
  static int hops(Expression e) {
    if (e instanceof Parenthesized p) {
      return hops(p.getExpression());
    }
    if (e instanceof RecordRef) {
      return 0;
    }
    if (e instanceof VariableRef ref && ref.getVariable() instanceof LambdaParam param
        && param.eContainer() instanceof Lambda lambda && lambda.eContainer() instanceof CollectionCall call) {
      return hops(call.getReceiver());
    }
    if (e instanceof MemberAccess access) {
      Field member = ForgeAst.resolved(access.getMember());
      boolean hop = member != null && ForgeAst.relation(member) != null && !ForgeAst.isFkAlias(access);
      return hops(access.getReceiver()) + (hop ? 1 : 0);
    }
    return 0;
  }

  private void requireBoolean(Expression e, String what) {
    if (e == null) {
      return;
    }
    ExprType type = ExprTypes.typeOf(e);
    if (type.known() && type.kind() != ExprType.Kind.BOOLEAN) {
      report(DiagnosticCode.LF308, what + " must be true or false, but this is " + type.describe(), e, null, type.describe());
    }
  }

  /** Reports a string literal compared with an enum that is not one of the enum's values. */
  private void enumLiteral(ExprType enumSide, EObject other) {
    if (enumSide.kind() != ExprType.Kind.ENUM || !(other instanceof StringLiteral literal) || enumSide.enumDecl() == null) {
      return;
    }
    EnumDecl decl = enumSide.enumDecl();
    var values = decl.getValues().stream().map(v -> v.getName()).toList();
    if (!values.contains(literal.getValue())) {
      String suggestion = closest(literal.getValue(), Set.copyOf(values));
      report(DiagnosticCode.LF305, "\"" + literal.getValue() + "\" is not a value of enum " + decl.getName() + " (" + String.join(", ", values) + ")",
          literal, P.getStringLiteral_Value(), literal.getValue(), decl.getName(), suggestion == null ? "" : suggestion);
    }
  }

  /** The candidate nearest by edit distance when it is plausibly a typo, else null. */
  public static String closest(String word, Set<String> candidates) {
    return Spelling.closest(word, candidates);
  }
}
