package dev.laforge.language.scoping;

import dev.laforge.language.ast.ForgeAst;
import dev.laforge.language.forge.Block;
import dev.laforge.language.forge.EnumDefault;
import dev.laforge.language.forge.EnumTypeRef;
import dev.laforge.language.forge.ExtensionAction;
import dev.laforge.language.forge.Field;
import dev.laforge.language.forge.ForgePackage;
import dev.laforge.language.forge.Lambda;
import dev.laforge.language.forge.LetStatement;
import dev.laforge.language.forge.MemberAccess;
import dev.laforge.language.forge.Model;
import dev.laforge.language.forge.Relation;
import dev.laforge.language.forge.Statement;
import dev.laforge.language.forge.Variable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.SimpleScope;

/**
 * Local scopes of the Forge language: fields along {@code record.} chains (through belongsTo
 * relations), fields of the enclosing model, enum values of a field's enum, variables in scope.
 * Models, enums, roles and claims use the default global scope (names are global per project).
 */
public class ForgeScopeProvider extends AbstractForgeScopeProvider {

  private static final ForgePackage P = ForgePackage.eINSTANCE;

  @Override
  public IScope getScope(EObject context, EReference reference) {
    if (reference == P.getMemberAccess_Member()) {
      return context instanceof MemberAccess access
          ? fieldScope(ForgeAst.rowModel(access.getReceiver()))
          : IScope.NULLSCOPE;
    }
    if (reference == P.getIndexDecl_Fields() || reference == P.getAssignStatement_Field()) {
      return fieldScope(ForgeAst.contextModel(context));
    }
    if (reference == P.getRelation_Inverse()) {
      return context instanceof Relation rel ? fieldScope(ForgeAst.resolved(rel.getTarget())) : IScope.NULLSCOPE;
    }
    if (reference == P.getEnumDefault_Value()) {
      return enumValueScope(context);
    }
    if (reference == P.getVariableRef_Variable()) {
      return Scopes.scopeFor(visibleVariables(context));
    }
    return super.getScope(context, reference);
  }

  private IScope fieldScope(Model model) {
    if (model == null) {
      return IScope.NULLSCOPE;
    }
    List<IEObjectDescription> descriptions = new ArrayList<>();
    for (Map.Entry<String, Field> e : ForgeAst.referenceableFields(model).entrySet()) {
      descriptions.add(EObjectDescription.create(QualifiedName.create(e.getKey()), e.getValue()));
    }
    return new SimpleScope(descriptions);
  }

  private IScope enumValueScope(EObject context) {
    Field field = EcoreUtil2.getContainerOfType(context, Field.class);
    if (field != null && field.getType() instanceof EnumTypeRef ref && ForgeAst.resolved(ref.getEnumType()) != null) {
      return Scopes.scopeFor(ref.getEnumType().getValues());
    }
    return IScope.NULLSCOPE;
  }

  /** Lambda parameters, earlier {@code let}s of enclosing blocks and action parameters, innermost first. */
  private List<Variable> visibleVariables(EObject context) {
    List<Variable> visible = new ArrayList<>();
    EObject child = context;
    for (EObject o = context.eContainer(); o != null; child = o, o = o.eContainer()) {
      if (o instanceof Lambda lambda && lambda.getParam() != null && child != lambda.getParam()) {
        visible.add(lambda.getParam());
      } else if (o instanceof Block block) {
        for (Statement s : block.getStatements()) {
          if (s == child) {
            break;
          }
          if (s instanceof LetStatement let) {
            visible.add(let);
          }
        }
      } else if (o instanceof ExtensionAction action) {
        visible.addAll(action.getParams());
      }
    }
    return visible;
  }
}
