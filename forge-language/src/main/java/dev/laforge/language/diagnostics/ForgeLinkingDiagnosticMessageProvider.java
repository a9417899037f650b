package dev.laforge.language.diagnostics;

import dev.laforge.backend.diagnostics.DiagnosticCode;
import dev.laforge.language.ast.ForgeAst;
import dev.laforge.language.forge.ForgePackage;
import dev.laforge.language.forge.Model;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/**
 * Gives unresolved references their LF1xx code and the data a quick fix needs: issue data is
 * {@code [name, kind, contextModel]} (contextModel is the model whose fields were searched, or "").
 */
public class ForgeLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

  private static final ForgePackage P = ForgePackage.eINSTANCE;

  @Override
  public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
    EReference ref = context.getReference();
    EClass type = ref.getEReferenceType();
    String name = context.getLinkText();
    String searched = "";
    DiagnosticCode code;
    String message;
    if (ref == P.getRelation_Target()) {
      code = DiagnosticCode.LF103;
      message = "unknown relation target model `" + name + "`";
    } else if (type == P.getGrantee() || type == P.getRoleDecl() || type == P.getClaimDecl()) {
      code = DiagnosticCode.LF104;
      message = "unknown role or claim `" + name + "`: declare it in a roles { } or claims { } block";
    } else if (type == P.getField()) {
      code = DiagnosticCode.LF105;
      Model model = fieldOwner(context);
      searched = model == null || model.getName() == null ? "" : model.getName();
      message = model == null || model.getName() == null
          ? "unknown field `" + name + "`"
          : "model `" + model.getName() + "` has no field `" + name + "`";
    } else if (type == P.getModel()) {
      code = DiagnosticCode.LF106;
      message = "unknown model `" + name + "`";
    } else if (type == P.getEnumDecl()) {
      code = DiagnosticCode.LF107;
      message = "unknown type `" + name + "`: not a field type and no enum has this name";
    } else if (type == P.getEnumValue()) {
      var field = org.eclipse.xtext.EcoreUtil2.getContainerOfType(context.getContext(), dev.laforge.language.forge.Field.class);
      if (field != null && !(field.getType() instanceof dev.laforge.language.forge.EnumTypeRef)) {
        // A bare name on a non-enum field: SchemaChecks reports LF210 (or LF218 on a relation) with a better message.
        return null;
      }
      code = DiagnosticCode.LF210;
      message = "default `" + name + "` is not a value of the field's enum type";
    } else if (type == P.getVariable()) {
      code = DiagnosticCode.LF102;
      message = "unknown name `" + name + "`: only record, user and lambda or let variables may be used";
    } else {
      code = DiagnosticCode.LF102;
      message = "cannot resolve `" + name + "`";
    }
    return new DiagnosticMessage(message, Severity.ERROR, code.name(), name, type.getName(), searched);
  }

  private static Model fieldOwner(ILinkingDiagnosticContext context) {
    var owner = context.getContext();
    if (owner instanceof dev.laforge.language.forge.MemberAccess access) {
      return ForgeAst.rowModel(access.getReceiver());
    }
    if (owner instanceof dev.laforge.language.forge.Relation rel) {
      return ForgeAst.resolved(rel.getTarget());
    }
    return ForgeAst.contextModel(owner);
  }
}
