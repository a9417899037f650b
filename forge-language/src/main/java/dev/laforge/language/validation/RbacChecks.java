package dev.laforge.language.validation;

import dev.laforge.backend.diagnostics.DiagnosticCode;
import dev.laforge.language.ast.ForgeAst;
import dev.laforge.language.forge.ClaimDecl;
import dev.laforge.language.forge.Model;
import dev.laforge.language.forge.ModelPermissions;
import dev.laforge.language.forge.Policy;
import dev.laforge.language.forge.RoleDecl;
import dev.laforge.language.forge.TenantModifier;
import org.eclipse.xtext.validation.Check;

/** Roles, claims and access coverage: LF212 duplicates, LF306 a model nobody may access. */
public class RbacChecks extends ForgeCheckBase {

  @Check
  public void duplicateRole(RoleDecl role) {
    globalNames.otherDeclaration(role, P.getRoleDecl(), role.getName()).ifPresent(other ->
        report(DiagnosticCode.LF212, "role `" + role.getName() + "` is declared more than once (also in " + other + ")",
            role, P.getGrantee_Name(), role.getName(), other,
            location(globalNames.otherDeclarationObject(role, P.getRoleDecl(), role.getName()), P.getGrantee_Name())));
  }

  @Check
  public void duplicateClaim(ClaimDecl claim) {
    globalNames.otherDeclaration(claim, P.getClaimDecl(), claim.getName()).ifPresent(other ->
        report(DiagnosticCode.LF212, "claim `" + claim.getName() + "` is declared more than once (also in " + other + ")",
            claim, P.getGrantee_Name(), claim.getName(), other,
            location(globalNames.otherDeclarationObject(claim, P.getClaimDecl(), claim.getName()), P.getGrantee_Name())));
  }

  @Check
  public void ruleGrantsSomething(dev.laforge.language.forge.PermissionRule rule) {
    if (rule.getGrantees().isEmpty() && rule.getCondition() == null) {
      report(DiagnosticCode.LF310, "`" + rule.getAction().getLiteral() + ":` names no role, claim or condition; "
          + "write the roles that may " + rule.getAction().getLiteral() + ", or `if <condition>`",
          rule, P.getPermissionRule_Action(), rule.getAction().getLiteral());
    }
  }

  @Check
  public void accessible(Model model) {
    if (model.getName() == null || ForgeAst.fields(model).stream().anyMatch(f -> ForgeAst.has(f, TenantModifier.class))) {
      return;
    }
    java.util.Set<Model> governedModels = perRun("governedModels", () -> {
      java.util.Set<Model> set = new java.util.HashSet<>();
      globalNames.allOfType(model, Policy.class).forEach(p -> set.add(p.getModel()));
      globalNames.allOfType(model, dev.laforge.language.forge.PermissionsBlock.class).stream()
          .flatMap(b -> b.getModels().stream())
          .map(ModelPermissions::getModel)
          .forEach(set::add);
      return set;
    });
    boolean governed = governedModels.contains(model);
    if (!governed) {
      report(DiagnosticCode.LF306, "model `" + model.getName() + "` has no tenant field and no policy or permission: every access is denied",
          model, P.getModel_Name(), model.getName());
    }
  }
}
