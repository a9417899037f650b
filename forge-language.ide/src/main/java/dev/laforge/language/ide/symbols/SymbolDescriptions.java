package dev.laforge.language.ide.symbols;

import dev.laforge.language.forge.ActionParam;
import dev.laforge.language.forge.ClaimDecl;
import dev.laforge.language.forge.ClaimsBlock;
import dev.laforge.language.forge.EnumDecl;
import dev.laforge.language.forge.EnumValue;
import dev.laforge.language.forge.Extension;
import dev.laforge.language.forge.ExtensionAction;
import dev.laforge.language.forge.Field;
import dev.laforge.language.forge.ForgePackage.Literals;
import dev.laforge.language.forge.Hook;
import dev.laforge.language.forge.IndexDecl;
import dev.laforge.language.forge.LambdaParam;
import dev.laforge.language.forge.LetStatement;
import dev.laforge.language.forge.Model;
import dev.laforge.language.forge.ModelPermissions;
import dev.laforge.language.forge.PermissionRule;
import dev.laforge.language.forge.PermissionsBlock;
import dev.laforge.language.forge.Policy;
import dev.laforge.language.forge.Relation;
import dev.laforge.language.forge.RoleClaims;
import dev.laforge.language.forge.RoleDecl;
import dev.laforge.language.forge.RolesBlock;
import java.util.stream.Collectors;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * How Forge declarations appear in outlines, workspace symbols and completion details: their
 * LSP symbol kind, display name and a short detail (a field's type and modifiers as written).
 */
public final class SymbolDescriptions {

  private SymbolDescriptions() {}

  /** The symbol kind of an outline entry, or null for objects that are not listed. */
  public static SymbolKind kind(EObject o) {
    if (o instanceof Model) {
      return SymbolKind.Class;
    }
    if (o instanceof Field f) {
      return f.getType() instanceof Relation ? SymbolKind.Property : SymbolKind.Field;
    }
    if (o instanceof EnumDecl) {
      return SymbolKind.Enum;
    }
    if (o instanceof EnumValue) {
      return SymbolKind.EnumMember;
    }
    if (o instanceof RoleDecl || o instanceof ClaimDecl) {
      return SymbolKind.Constant;
    }
    if (o instanceof RolesBlock || o instanceof ClaimsBlock || o instanceof PermissionsBlock) {
      return SymbolKind.Namespace;
    }
    if (o instanceof RoleClaims || o instanceof IndexDecl) {
      return SymbolKind.Key;
    }
    if (o instanceof Policy || o instanceof PermissionRule) {
      return SymbolKind.Function;
    }
    if (o instanceof ModelPermissions) {
      return SymbolKind.Object;
    }
    if (o instanceof Hook) {
      return SymbolKind.Event;
    }
    if (o instanceof Extension) {
      return SymbolKind.Module;
    }
    if (o instanceof ExtensionAction) {
      return SymbolKind.Method;
    }
    if (o instanceof LambdaParam || o instanceof ActionParam || o instanceof LetStatement) {
      return SymbolKind.Variable;
    }
    return null;
  }

  /** The name shown for {@code o}; empty when it is not written yet. */
  public static String name(EObject o) {
    if (o instanceof Model m) {
      return nonNull(m.getName());
    }
    if (o instanceof Field f) {
      return nonNull(f.getName());
    }
    if (o instanceof EnumDecl e) {
      return nonNull(e.getName());
    }
    if (o instanceof EnumValue v) {
      return nonNull(v.getName());
    }
    if (o instanceof RoleDecl r) {
      return nonNull(r.getName());
    }
    if (o instanceof ClaimDecl c) {
      return nonNull(c.getName());
    }
    if (o instanceof RolesBlock) {
      return "roles";
    }
    if (o instanceof ClaimsBlock) {
      return "claims";
    }
    if (o instanceof PermissionsBlock) {
      return "permissions";
    }
    if (o instanceof RoleClaims rc) {
      return text(rc, Literals.ROLE_CLAIMS__ROLE);
    }
    if (o instanceof IndexDecl || o instanceof PermissionRule) {
      return firstWord(o);
    }
    if (o instanceof Policy p) {
      return joined(text(p, Literals.POLICY__MODEL), text(p, Literals.POLICY__ACTION));
    }
    if (o instanceof ModelPermissions mp) {
      return text(mp, Literals.MODEL_PERMISSIONS__MODEL);
    }
    if (o instanceof Hook h) {
      return joined(text(h, Literals.HOOK__MODEL), text(h, Literals.HOOK__EVENT));
    }
    if (o instanceof Extension x) {
      return text(x, Literals.EXTENSION__MODEL) + (x.isService() ? ".service" : "");
    }
    if (o instanceof ExtensionAction a) {
      return nonNull(a.getName());
    }
    return "";
  }

  /** A short description: a field's type and modifiers, a rule's grantees and condition, ... */
  public static String detail(EObject o) {
    if (o instanceof Field f) {
      String type = f.getType() == null ? "" : tokens(f.getType());
      String modifiers = f.getModifiers().stream().map(SymbolDescriptions::tokens).collect(Collectors.joining(" "));
      return modifiers.isEmpty() ? type : type + " " + modifiers;
    }
    if (o instanceof EnumValue v && v.eContainer() instanceof EnumDecl e) {
      return nonNull(e.getName());
    }
    if (o instanceof IndexDecl || o instanceof RoleClaims || o instanceof PermissionRule) {
      String all = tokens(o);
      int colon = o instanceof IndexDecl ? all.indexOf('(') : all.indexOf(':') + 1;
      return colon <= 0 ? "" : all.substring(colon).trim();
    }
    if (o instanceof Policy) {
      return "policy";
    }
    if (o instanceof Hook) {
      return "hook";
    }
    if (o instanceof Extension) {
      return "extend";
    }
    if (o instanceof ModelPermissions) {
      return "permissions";
    }
    if (o instanceof ExtensionAction a) {
      return "(" + a.getParams().stream().map(p -> nonNull(p.getName())).collect(Collectors.joining(", ")) + ")";
    }
    if (o instanceof RoleDecl) {
      return "role";
    }
    if (o instanceof ClaimDecl) {
      return "claim";
    }
    if (o instanceof Model) {
      return "model";
    }
    if (o instanceof EnumDecl) {
      return "enum";
    }
    if (o instanceof LambdaParam) {
      return "lambda parameter";
    }
    if (o instanceof ActionParam) {
      return "parameter";
    }
    if (o instanceof LetStatement) {
      return "let";
    }
    return "";
  }

  /** The source text of {@code o} with whitespace and comments collapsed to single spaces. */
  public static String tokens(EObject o) {
    INode node = NodeModelUtils.getNode(o);
    return node == null ? "" : NodeModelUtils.getTokenText(node);
  }

  private static String firstWord(EObject o) {
    String all = tokens(o);
    int end = 0;
    while (end < all.length() && Character.isJavaIdentifierPart(all.charAt(end))) {
      end++;
    }
    return all.substring(0, end);
  }

  /** {@code Model.action}; empty while the model is not written. */
  private static String joined(String model, String member) {
    return model.isEmpty() || member.isEmpty() ? model : model + "." + member;
  }

  /** A feature as written (a reference may not resolve; an enum attribute may be missing). */
  private static String text(EObject owner, org.eclipse.emf.ecore.EStructuralFeature feature) {
    var nodes = NodeModelUtils.findNodesForFeature(owner, feature);
    return nodes.isEmpty() ? "" : NodeModelUtils.getTokenText(nodes.get(0));
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
