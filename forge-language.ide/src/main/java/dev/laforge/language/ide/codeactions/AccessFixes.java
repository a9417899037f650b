package dev.laforge.language.ide.codeactions;

import dev.laforge.language.ast.ForgeAst;
import dev.laforge.language.forge.ClaimDecl;
import dev.laforge.language.forge.ClaimsBlock;
import dev.laforge.language.forge.Field;
import dev.laforge.language.forge.Grantee;
import dev.laforge.language.forge.Model;
import dev.laforge.language.forge.PkModifier;
import dev.laforge.language.forge.RoleDecl;
import dev.laforge.language.forge.RolesBlock;
import dev.laforge.language.validation.Spelling;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Quick fixes for roles, claims and access coverage: LF104, LF212, LF306. */
final class AccessFixes {

  /** The tenant field the LF306 fix adds, as the examples and docs/language.md name it. */
  static final String TENANT_FIELD = "tenantId: uuid tenant";

  /**
   * LF104: the nearest declared roles and claims, or a declaration of the name: a role is added to
   * the project's {@code roles { }} block, a claim to its {@code claims { }} block (in whichever
   * file they are; created at the end of this file when there is none).
   */
  void unknownRoleOrClaim(FixContext ctx) {
    String name = ctx.datum(0);
    String kind = ctx.datum(1);
    if (!ctx.rangeHolds(name)) {
      return;
    }
    List<String> roles = ctx.all(RolesBlock.class).stream().flatMap(b -> b.getRoles().stream()).map(RoleDecl::getName).toList();
    List<String> claims = claimDecls(ctx).stream().map(ClaimDecl::getName).toList();
    List<String> candidates = new ArrayList<>();
    if (!"ClaimDecl".equals(kind)) {
      candidates.addAll(roles);
    }
    if (!"RoleDecl".equals(kind)) {
      candidates.addAll(claims);
    }
    ctx.offerReplacements(Spelling.suggestions(name, candidates, NameFixes.SUGGESTIONS), s -> "Change to `" + s + "`");
    if (!"ClaimDecl".equals(kind) && !name.contains(".")) {
      ctx.offer("Declare role `" + name + "`", declareRole(ctx, name));
    }
    if (!"RoleDecl".equals(kind)) {
      ctx.offer("Declare claim `" + name + "`", declareClaim(ctx, name));
    }
  }

  private static SourceEdit declareRole(FixContext ctx, String name) {
    RolesBlock block = ctx.all(RolesBlock.class).stream().findFirst().orElse(null);
    if (block == null) {
      return ctx.edit().appendDeclaration(ctx.resource(), "roles { " + name + " }");
    }
    if (!block.getRoles().isEmpty()) {
      RoleDecl last = block.getRoles().get(block.getRoles().size() - 1);
      return ctx.edit().insert(block.eResource(), NodeModelUtils.findActualNodeFor(last).getEndOffset(), " " + name);
    }
    ICompositeNode node = NodeModelUtils.findActualNodeFor(block);
    ILeafNode open = SourceEdit.keyword(node, "{", true);
    ILeafNode close = SourceEdit.keyword(node, "}", false);
    return open == null || close == null ? ctx.edit()
        : ctx.edit().replace(block.eResource(), open.getEndOffset(), close.getOffset(), " " + name + " ");
  }

  private static SourceEdit declareClaim(FixContext ctx, String name) {
    ClaimsBlock block = ctx.all(ClaimsBlock.class).stream().findFirst().orElse(null);
    if (block == null) {
      return ctx.edit().appendDeclaration(ctx.resource(), "claims {\n" + SourceEdit.INDENT + name + "\n}");
    }
    List<ClaimDecl> declared = EcoreUtil2.typeSelect(block.getEntries(), ClaimDecl.class);
    return declared.isEmpty() ? ctx.edit().insertFirstMember(block, name)
        : ctx.edit().insertLineAfter(declared.get(declared.size() - 1), name);
  }

  private static List<ClaimDecl> claimDecls(FixContext ctx) {
    return ctx.all(ClaimsBlock.class).stream().flatMap(b -> EcoreUtil2.typeSelect(b.getEntries(), ClaimDecl.class).stream()).toList();
  }

  /** LF212: removes this declaration of a role or claim declared more than once. */
  void removeDuplicateGrantee(FixContext ctx) {
    Grantee grantee = ctx.element(Grantee.class);
    if (grantee != null && ctx.rangeHolds(String.valueOf(grantee.getName()))) {
      String what = grantee instanceof RoleDecl ? "role" : "claim";
      ctx.offer("Remove this declaration of " + what + " `" + grantee.getName() + "`", ctx.edit().removeItem(grantee));
    }
  }

  /**
   * LF306: a model nobody may access gets a tenant field (after its primary key), or a read policy
   * that lets everyone read it (reference data).
   */
  void modelDeniesAll(FixContext ctx) {
    Model model = ctx.element(Model.class);
    if (model == null || !ctx.rangeHolds(String.valueOf(model.getName()))) {
      return;
    }
    List<Field> fields = ForgeAst.fields(model);
    if (fields.stream().noneMatch(f -> "tenantId".equals(f.getName()))) {
      Field key = fields.stream().filter(f -> ForgeAst.has(f, PkModifier.class)).reduce((a, b) -> b)
          .or(() -> fields.stream().filter(f -> "id".equals(f.getName())).findFirst()).orElse(null);
      ctx.offer("Add tenant field `" + TENANT_FIELD + "`",
          key == null ? ctx.edit().insertFirstMember(model, TENANT_FIELD) : ctx.edit().insertLineAfter(key, TENANT_FIELD));
    }
    ctx.offer("Add `policy " + model.getName() + ".read { true }` (anyone may read)",
        ctx.edit().insertDeclarationAfter(model, "policy " + model.getName() + ".read {\n" + SourceEdit.INDENT + "true\n}"));
  }
}
