package dev.laforge.language.ide.hover;

import dev.laforge.language.ast.ForgeAst;
import dev.laforge.language.forge.ClaimDecl;
import dev.laforge.language.forge.ClaimsBlock;
import dev.laforge.language.forge.ForgeFile;
import dev.laforge.language.forge.Grantee;
import dev.laforge.language.forge.ModelPermissions;
import dev.laforge.language.forge.PermissionRule;
import dev.laforge.language.forge.PermissionsBlock;
import dev.laforge.language.forge.Policy;
import dev.laforge.language.forge.RoleClaims;
import dev.laforge.language.forge.RoleDecl;
import dev.laforge.language.forge.StringLiteral;
import dev.laforge.language.ide.preview.Declarations;
import dev.laforge.language.ide.symbols.StringReferences;
import dev.laforge.language.ide.symbols.StringReferences.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Where a role or claim is used across a project: the policies and permission rules that name it,
 * as a grantee or as a string policies compare the user's roles and claims with
 * ({@code user.roles.includes("admin")}, {@code user.role == "admin"},
 * {@code user.claims.includes("can.x")}), and which claims the {@code claims} blocks grant to a
 * role or to which roles a claim is granted.
 */
final class RbacUsages {

  /** One policy or permission rule using the name, with where it is declared. */
  record Usage(String label, String file, int line) {}

  private RbacUsages() {}

  /** The role or claim a string literal stands for in a policy expression, if it stands for one. */
  static Optional<Kind> kindOf(StringLiteral literal) {
    return StringReferences.of(literal).map(StringReferences.Named::kind).filter(k -> k != Kind.ENUM_VALUE);
  }

  /** The policies and permission rules using {@code name} as a role or claim, in file and declaration order. */
  static List<Usage> usages(List<ForgeFile> files, String name, Kind kind) {
    List<Usage> usages = new ArrayList<>();
    for (ForgeFile file : files) {
      for (EObject declaration : file.getDeclarations()) {
        if (declaration instanceof Policy policy && Declarations.ruleName(policy) != null && mentions(policy, name, kind)) {
          usages.add(usage("policy " + Declarations.ruleName(policy), policy));
        } else if (declaration instanceof PermissionsBlock block) {
          for (ModelPermissions permissions : block.getModels()) {
            if (Declarations.modelOf(permissions) == null) {
              continue;
            }
            for (PermissionRule rule : permissions.getRules()) {
              if (grants(rule, name, kind) || mentions(rule, name, kind)) {
                usages.add(usage("permission " + Declarations.modelOf(permissions) + "."
                    + Declarations.action(rule.getAction()).keyword(), rule));
              }
            }
          }
        }
      }
    }
    return usages;
  }

  /** For a role: the claims granted to it; for a claim: the roles it is granted to. */
  static Set<String> grants(List<ForgeFile> files, String name, Kind kind) {
    Set<String> names = new LinkedHashSet<>();
    for (ForgeFile file : files) {
      for (ClaimsBlock block : EcoreUtil2.typeSelect(file.getDeclarations(), ClaimsBlock.class)) {
        for (RoleClaims entry : EcoreUtil2.typeSelect(block.getEntries(), RoleClaims.class)) {
          RoleDecl role = ForgeAst.resolved(entry.getRole());
          if (role == null) {
            continue;
          }
          for (ClaimDecl claim : entry.getClaims()) {
            ClaimDecl resolved = ForgeAst.resolved(claim);
            if (resolved == null) {
              continue;
            }
            if (kind == Kind.ROLE && name.equals(role.getName())) {
              names.add(resolved.getName());
            } else if (kind == Kind.CLAIM && name.equals(resolved.getName())) {
              names.add(role.getName());
            }
          }
        }
      }
    }
    return names;
  }

  private static boolean grants(PermissionRule rule, String name, Kind kind) {
    for (Grantee grantee : rule.getGrantees()) {
      Grantee resolved = ForgeAst.resolved(grantee);
      if (resolved != null && name.equals(resolved.getName()) && (resolved instanceof RoleDecl) == (kind == Kind.ROLE)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentions(EObject root, String name, Kind kind) {
    return EcoreUtil2.eAllOfType(root, StringLiteral.class).stream()
        .anyMatch(literal -> name.equals(literal.getValue()) && kindOf(literal).orElse(null) == kind);
  }

  private static Usage usage(String label, EObject declaration) {
    ICompositeNode node = NodeModelUtils.getNode(declaration);
    return new Usage(label, declaration.eResource().getURI().lastSegment(), node == null ? 0 : node.getStartLine());
  }
}
