package dev.laforge.language.ide.contentassist;

import dev.laforge.language.forge.ClaimDecl;
import dev.laforge.language.forge.EnumDecl;
import dev.laforge.language.forge.EnumValue;
import dev.laforge.language.forge.Field;
import dev.laforge.language.forge.Model;
import dev.laforge.language.forge.RoleDecl;
import dev.laforge.language.forge.Variable;
import dev.laforge.language.ide.symbols.SymbolDescriptions;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

/**
 * Proposals for names that refer to declarations, with the kind of what they name (Class for
 * models, Enum, EnumMember, Field, Constant for roles and claims, Variable) and a detail (a
 * field's type and modifiers, the enum of a value, {@code role} or {@code claim}).
 */
public class ForgeCrossrefProposalProvider extends IdeCrossrefProposalProvider {

  @Override
  protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef, ContentAssistContext context) {
    ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
    if (entry == null) {
      return null;
    }
    EObject target = candidate.getEObjectOrProxy();
    if (target != null && target.eIsProxy() && context.getResource() != null) {
      target = EcoreUtil.resolve(target, context.getResource());
    }
    entry.setKind(kind(candidate.getEClass().getInstanceClass()));
    entry.setDescription(target == null || target.eIsProxy() ? null : SymbolDescriptions.detail(target));
    return entry;
  }

  static String kind(Class<?> type) {
    if (type == Model.class) {
      return ContentAssistEntry.KIND_CLASS;
    }
    if (type == EnumDecl.class) {
      return ContentAssistEntry.KIND_ENUM;
    }
    if (type == EnumValue.class) {
      return ProposalKinds.ENUM_MEMBER;
    }
    if (type == Field.class) {
      return ContentAssistEntry.KIND_FIELD;
    }
    if (type == RoleDecl.class || type == ClaimDecl.class) {
      return ProposalKinds.CONSTANT;
    }
    if (Variable.class.isAssignableFrom(type)) {
      return ContentAssistEntry.KIND_VARIABLE;
    }
    return ContentAssistEntry.KIND_REFERENCE;
  }
}
