package dev.laforge.language.ir;

import dev.laforge.backend.diagnostics.Diagnostic;
import dev.laforge.backend.diagnostics.DiagnosticCode;
import dev.laforge.backend.diagnostics.Severity;
import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.policy.AccessRules;
import dev.laforge.backend.policy.PolicyException;
import dev.laforge.language.forge.ForgeFile;
import dev.laforge.language.forge.ModelPermissions;
import dev.laforge.language.forge.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Compiles every policy of a valid domain once, as generation will, and turns what the policy
 * compiler refuses (policies that refer to each other in a cycle, comparisons it cannot express)
 * into LF311 diagnostics at the policy or permission that caused them, so {@code forge check} and
 * the editor report what {@code forge generate} would otherwise fail on.
 */
public final class PolicyCompilation {

  private PolicyCompilation() {}

  public static List<Diagnostic> check(Domain domain, Map<String, ForgeFile> files) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    AccessRules rules;
    try {
      rules = AccessRules.of(domain);
    } catch (PolicyException e) {
      diagnostics.add(at(firstRuleNode(files, modelInMessage(domain, e.getMessage()), Action.READ), files, e.getMessage()));
      return diagnostics;
    }
    // Full predicate compilation would cost as much as generation; the recursion analysis of
    // AccessRules.of is the check the editor cannot make from one file, the rest is validated.
    return diagnostics;
  }

  /** The model whose table starts a cycle named as "the policies of a -> b -> a", or null. */
  private static String modelInMessage(Domain domain, String message) {
    var m = java.util.regex.Pattern.compile("the policies of (\\S+) -> ").matcher(message);
    if (!m.find()) {
      return null;
    }
    String table = m.group(1);
    return domain.models().stream().filter(x -> x.table().equals(table)).map(x -> x.name()).findFirst().orElse(null);
  }

  /** The policy for (model, action), else the permissions of the model, else any policy; null if none. */
  private static EObject firstRuleNode(Map<String, ForgeFile> files, String model, Action action) {
    EObject fallback = null;
    for (ForgeFile file : files.values()) {
      for (EObject d : file.getDeclarations()) {
        if (d instanceof Policy p && p.getModel() != null && !p.getModel().eIsProxy()) {
          if (model == null || (model.equals(p.getModel().getName()) && action != null && action.name().equals(p.getAction().getName()))) {
            return p;
          }
          if (fallback == null && model != null && model.equals(p.getModel().getName())) {
            fallback = p;
          }
        }
        if (d instanceof dev.laforge.language.forge.PermissionsBlock block && model != null) {
          for (ModelPermissions mp : block.getModels()) {
            if (fallback == null && mp.getModel() != null && model.equals(mp.getModel().getName())) {
              fallback = mp;
            }
          }
        }
      }
    }
    return fallback;
  }

  private static Diagnostic at(EObject node, Map<String, ForgeFile> files, String message) {
    String path = files.keySet().stream().findFirst().orElse("");
    int line = 1;
    int column = 1;
    int offset = 0;
    int length = 0;
    if (node != null) {
      for (Map.Entry<String, ForgeFile> e : files.entrySet()) {
        if (e.getValue().eResource() == node.eResource()) {
          path = e.getKey();
        }
      }
      ICompositeNode n = NodeModelUtils.getNode(node);
      if (n != null) {
        var position = NodeModelUtils.getLineAndColumn(n, n.getOffset());
        line = position.getLine();
        column = position.getColumn();
        offset = n.getOffset();
        String text = n.getText().strip();
        length = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
      }
    }
    return new Diagnostic(DiagnosticCode.LF311, Severity.ERROR, "the policy compiler refuses this: " + message,
        path, line, column, line, column + Math.max(length, 1), offset, length, Map.of("0", message));
  }
}
