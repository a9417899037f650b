package dev.laforge.language.ide.preview;

import dev.laforge.backend.ir.Action;
import dev.laforge.language.ast.ForgeAst;
import dev.laforge.language.forge.ForgeFile;
import dev.laforge.language.forge.ForgePackage;
import dev.laforge.language.forge.Model;
import dev.laforge.language.forge.ModelPermissions;
import dev.laforge.language.forge.PermissionRule;
import dev.laforge.language.forge.PermissionsBlock;
import dev.laforge.language.forge.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Finds declarations across the files of a project by the names the IR uses, tolerating
 * half-typed code: a reference that does not resolve still has the name it was written with.
 */
public final class Declarations {

  private Declarations() {}

  /** The model a policy is for, as written; null when missing. */
  public static String modelOf(Policy policy) {
    Model model = ForgeAst.resolved(policy.getModel());
    return model != null ? model.getName() : ForgeAst.referenceText(policy, ForgePackage.Literals.POLICY__MODEL);
  }

  /** The model a permissions block entry is for, as written; null when missing. */
  public static String modelOf(ModelPermissions permissions) {
    Model model = ForgeAst.resolved(permissions.getModel());
    return model != null ? model.getName() : ForgeAst.referenceText(permissions, ForgePackage.Literals.MODEL_PERMISSIONS__MODEL);
  }

  /** The IR action of a policy or permission rule. */
  public static Action action(dev.laforge.language.forge.Action action) {
    return Action.valueOf(action.getName());
  }

  /**
   * The action a policy declares, or null when none is written yet: EMF then reports its default
   * and the parser's error recovery may leave an empty node for it.
   */
  public static Action action(Policy policy) {
    List<INode> nodes = NodeModelUtils.findNodesForFeature(policy, ForgePackage.Literals.POLICY__ACTION);
    if (nodes.isEmpty() || !policy.getAction().getLiteral().equals(NodeModelUtils.getTokenText(nodes.get(0)))) {
      return null;
    }
    return action(policy.getAction());
  }

  /** {@code Team.read}: the name of the access rule a policy contributes to, or null when half-typed. */
  public static String ruleName(Policy policy) {
    String model = modelOf(policy);
    Action action = action(policy);
    return model == null || action == null ? null : model + "." + action.keyword();
  }

  /** The first model declared with this name. */
  public static Optional<Model> model(List<ForgeFile> files, String name) {
    for (ForgeFile file : files) {
      for (EObject d : file.getDeclarations()) {
        if (d instanceof Model m && name.equals(m.getName())) {
          return Optional.of(m);
        }
      }
    }
    return Optional.empty();
  }

  /** Every {@code policy} declaration, in file then declaration order. */
  public static List<Policy> policies(List<ForgeFile> files) {
    List<Policy> policies = new ArrayList<>();
    for (ForgeFile file : files) {
      for (EObject d : file.getDeclarations()) {
        if (d instanceof Policy p) {
          policies.add(p);
        }
      }
    }
    return policies;
  }

  /** The {@code policy model.action} declarations, in the order the IR lists them. */
  public static List<Policy> policies(List<ForgeFile> files, String model, Action action) {
    return policies(files).stream()
        .filter(p -> model.equals(modelOf(p)) && action(p) == action)
        .toList();
  }

  /** The permission rules for {@code model.action}, in the order the IR lists them. */
  public static List<PermissionRule> permissionRules(List<ForgeFile> files, String model, Action action) {
    List<PermissionRule> rules = new ArrayList<>();
    for (ForgeFile file : files) {
      for (EObject d : file.getDeclarations()) {
        if (d instanceof PermissionsBlock block) {
          for (ModelPermissions permissions : block.getModels()) {
            if (model.equals(modelOf(permissions))) {
              permissions.getRules().stream()
                  .filter(r -> r.getAction() != null && action(r.getAction()) == action)
                  .forEach(rules::add);
            }
          }
        }
      }
    }
    return rules;
  }

  /**
   * The declarations the clauses of {@code model.action} come from, one per clause in the order
   * the access rule lists them: its policies, then its permission rules.
   */
  public static List<EObject> clauseSources(List<ForgeFile> files, String model, Action action) {
    List<EObject> sources = new ArrayList<>(policies(files, model, action));
    sources.addAll(permissionRules(files, model, action));
    return sources;
  }
}
