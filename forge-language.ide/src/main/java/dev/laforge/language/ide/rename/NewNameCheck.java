package dev.laforge.language.ide.rename;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import dev.laforge.backend.naming.Naming;
import dev.laforge.language.ast.ForgeAst;
import dev.laforge.language.forge.ClaimDecl;
import dev.laforge.language.forge.ClaimsBlock;
import dev.laforge.language.forge.EnumDecl;
import dev.laforge.language.forge.EnumValue;
import dev.laforge.language.forge.Extension;
import dev.laforge.language.forge.ExtensionAction;
import dev.laforge.language.forge.Field;
import dev.laforge.language.forge.Hook;
import dev.laforge.language.forge.Model;
import dev.laforge.language.forge.PermissionRule;
import dev.laforge.language.forge.Policy;
import dev.laforge.language.forge.RoleDecl;
import dev.laforge.language.forge.RolesBlock;
import dev.laforge.language.forge.Variable;
import dev.laforge.language.ide.server.RequestError;
import dev.laforge.language.services.ForgeGrammarAccess;
import dev.laforge.language.validation.GlobalNames;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;

/**
 * Whether a new name may replace a symbol's name: it must be a name the grammar accepts at every
 * place the symbol is written, and must not be taken by another declaration it would clash with.
 * Refusals carry a message for the user.
 */
@Singleton
public class NewNameCheck {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Set<String> keywords;
  private final Set<String> keywordsUsableAsNames;
  @Inject private GlobalNames globalNames;

  @Inject
  public NewNameCheck(ForgeGrammarAccess grammar) {
    this.keywords = GrammarUtil.getAllKeywords(grammar.getGrammar()).stream()
        .filter(k -> IDENTIFIER.matcher(k).matches()).collect(Collectors.toUnmodifiableSet());
    this.keywordsUsableAsNames = EcoreUtil2.getAllContentsOfType(grammar.getValidIDRule(), Keyword.class).stream()
        .map(Keyword::getValue).collect(Collectors.toUnmodifiableSet());
  }

  /** Throws {@link RequestError} when {@code newName} cannot be the new name of {@code symbol}. */
  public void check(EObject symbol, String newName) {
    syntax(symbol, newName);
    clash(symbol, newName);
    if (symbol instanceof Field field && ForgeAst.isBelongsTo(field)) {
      String fk = Naming.foreignKeyFieldName(newName);
      Field taken = ForgeAst.referenceableFields((Model) field.eContainer()).get(fk);
      if (taken != null && taken != field && taken != ForgeAst.explicitForeignKey(field)) {
        throw RequestError.failed("`" + fk + "`, the foreign key of the renamed relation, is already a field of `"
            + ((Model) field.eContainer()).getName() + "`");
      }
    }
  }

  private void syntax(EObject symbol, String newName) {
    if (newName == null || newName.isEmpty()) {
      throw RequestError.failed("The new name is empty");
    }
    if (symbol instanceof ClaimDecl) {
      for (String part : newName.split("\\.", -1)) {
        if (!IDENTIFIER.matcher(part).matches() || keywords.contains(part) && !keywordsUsableAsNames.contains(part)) {
          throw RequestError.failed("`" + newName + "` is not a valid claim name: a claim is a dotted name such as `can.manage.users`");
        }
      }
      return;
    }
    if (!IDENTIFIER.matcher(newName).matches()) {
      throw RequestError.failed("`" + newName + "` is not a valid name: a name starts with a letter or `_` and continues with letters, digits and `_`");
    }
    if (!keywords.contains(newName)) {
      return;
    }
    if (symbol instanceof Variable) {
      throw RequestError.failed("`" + newName + "` is a keyword: lambda parameters, `let` variables and action parameters must be plain names");
    }
    if (symbol instanceof EnumDecl) {
      throw RequestError.failed("`" + newName + "` is a keyword: an enum named after a keyword cannot be used as a field type");
    }
    if (!keywordsUsableAsNames.contains(newName)) {
      throw RequestError.failed("`" + newName + "` is a keyword and can never be a name");
    }
  }

  private void clash(EObject symbol, String newName) {
    if (symbol instanceof Model || symbol instanceof EnumDecl) {
      for (Model m : globalNames.allOfType(symbol, Model.class)) {
        refuseIfTaken(symbol, m, m.getName(), newName, "a model");
      }
      for (EnumDecl e : globalNames.allOfType(symbol, EnumDecl.class)) {
        refuseIfTaken(symbol, e, e.getName(), newName, "an enum");
      }
    } else if (symbol instanceof Field field && field.eContainer() instanceof Model model) {
      Field taken = ForgeAst.referenceableFields(model).get(newName);
      if (taken != null && taken != field) {
        throw RequestError.failed("`" + newName + "` is already " + (newName.equals(taken.getName()) ? "a field" : "the foreign key of relation `" + taken.getName() + "`")
            + " of `" + model.getName() + "`");
      }
    } else if (symbol instanceof EnumValue value && value.eContainer() instanceof EnumDecl decl) {
      for (EnumValue other : decl.getValues()) {
        refuseIfTaken(symbol, other, other.getName(), newName, "a value of `" + decl.getName() + "`");
      }
    } else if (symbol instanceof RoleDecl || symbol instanceof ClaimDecl) {
      for (RolesBlock block : globalNames.allOfType(symbol, RolesBlock.class)) {
        for (RoleDecl role : block.getRoles()) {
          refuseIfTaken(symbol, role, role.getName(), newName, "a role");
        }
      }
      for (ClaimsBlock block : globalNames.allOfType(symbol, ClaimsBlock.class)) {
        for (var entry : block.getEntries()) {
          if (entry instanceof ClaimDecl claim) {
            refuseIfTaken(symbol, claim, claim.getName(), newName, "a claim");
          }
        }
      }
    } else if (symbol instanceof Variable) {
      EObject scope = EcoreUtil2.getContainerOfType(symbol, Policy.class);
      for (EObject o = symbol; o != null && scope == null; o = o.eContainer()) {
        if (o instanceof PermissionRule || o instanceof Hook || o instanceof ExtensionAction) {
          scope = o;
        }
      }
      if (scope != null) {
        for (Variable other : EcoreUtil2.getAllContentsOfType(scope, Variable.class)) {
          refuseIfTaken(symbol, other, other.getName(), newName, "a variable here");
        }
      }
    } else if (symbol instanceof ExtensionAction action && action.eContainer() instanceof Extension extension) {
      for (ExtensionAction other : extension.getActions()) {
        refuseIfTaken(symbol, other, other.getName(), newName, "an action of this extension");
      }
    }
  }

  private static void refuseIfTaken(EObject symbol, EObject other, String otherName, String newName, String what) {
    if (other != symbol && newName.equals(otherName)) {
      String where = other.eResource() == null || other.eResource() == symbol.eResource() ? "this file" : other.eResource().getURI().lastSegment();
      throw RequestError.failed("`" + newName + "` is already the name of " + what + " (in " + where + ")");
    }
  }
}
