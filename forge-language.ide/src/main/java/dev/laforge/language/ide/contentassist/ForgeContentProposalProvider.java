package dev.laforge.language.ide.contentassist;

import com.google.common.base.Predicate;
import com.google.inject.Inject;
import dev.laforge.language.ast.ExprType;
import dev.laforge.language.ast.ExprTypes;
import dev.laforge.language.ast.ForgeAst;
import dev.laforge.language.forge.ClaimDecl;
import dev.laforge.language.forge.ClaimsBlock;
import dev.laforge.language.forge.CollectionCall;
import dev.laforge.language.forge.CollectionOp;
import dev.laforge.language.forge.EnumTypeRef;
import dev.laforge.language.forge.EnumValue;
import dev.laforge.language.forge.Expression;
import dev.laforge.language.forge.Extension;
import dev.laforge.language.forge.Field;
import dev.laforge.language.forge.ForgePackage;
import dev.laforge.language.forge.Hook;
import dev.laforge.language.forge.IndexDecl;
import dev.laforge.language.forge.MemberAccess;
import dev.laforge.language.forge.Model;
import dev.laforge.language.forge.Modifier;
import dev.laforge.language.forge.OptionalModifier;
import dev.laforge.language.forge.PermissionRule;
import dev.laforge.language.forge.Policy;
import dev.laforge.language.forge.PrimitiveKind;
import dev.laforge.language.forge.PrimitiveType;
import dev.laforge.language.forge.Relation;
import dev.laforge.language.forge.RelationKind;
import dev.laforge.language.forge.RoleClaims;
import dev.laforge.language.forge.RolesBlock;
import dev.laforge.language.forge.StringLiteral;
import dev.laforge.language.ide.symbols.StringReferences;
import dev.laforge.language.ide.symbols.SymbolDescriptions;
import dev.laforge.language.services.ForgeGrammarAccess;
import dev.laforge.language.validation.GlobalNames;
import dev.laforge.language.validation.PolicyChecks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.xtext.CurrentTypeFinder;

/**
 * Completion for .forge files. On top of what the grammar and scoping offer it:
 * <ul>
 * <li>offers words only: keywords where a keyword is expected, never where a name is declared,
 * and no punctuation;</li>
 * <li>offers modifiers and defaults that fit the field's type and are not there yet
 * ({@code length} only for strings, {@code default now()} only for dates, enum values for an
 * enum field);</li>
 * <li>completes {@code record.}, {@code record.author.} and lambda variables with the fields of
 * the row's model (foreign-key aliases included), {@code user.} with the user context, and
 * offers {@code some}/{@code every}/{@code includes} only on collections;</li>
 * <li>offers quoted role, claim and enum value names where a string is compared with
 * {@code user.role}, looked up in {@code user.roles}/{@code user.claims} or compared with an
 * enum field;</li>
 * <li>leaves out grantees, claims and index fields already listed and actions that already
 * have a policy.</li>
 * </ul>
 */
public class ForgeContentProposalProvider extends IdeContentProposalProvider {

  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
  private static final ForgePackage P = ForgePackage.eINSTANCE;

  /** The user context: property and type. */
  private static final Map<String, String> USER_PROPERTIES = new LinkedHashMap<>();

  static {
    USER_PROPERTIES.put("id", "uuid");
    USER_PROPERTIES.put("tenantId", "uuid");
    USER_PROPERTIES.put("role", "string");
    USER_PROPERTIES.put("roles", "list of strings");
    USER_PROPERTIES.put("claims", "list of strings");
  }

  @Inject private ForgeGrammarAccess grammar;
  @Inject private GlobalNames globalNames;
  @Inject private CurrentTypeFinder currentTypeFinder;
  private volatile Set<String> modifierKeywords;

  @Override
  protected void createProposals(AbstractElement element, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
    if (element instanceof Keyword keyword) {
      keyword(keyword, context, acceptor);
    } else if (element instanceof Assignment assignment) {
      assignment(assignment, context, acceptor);
    } else if (element instanceof CrossReference reference) {
      crossReference(reference, context, acceptor);
    }
  }

  // --- keywords ---------------------------------------------------------------------------------

  private void keyword(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
    String word = keyword.getValue();
    AbstractRule rule = GrammarUtil.containingRule(keyword);
    if (!WORD.matcher(word).matches() || rule == grammar.getValidIDRule() || rule == grammar.getQualifiedNameRule()) {
      return;
    }
    String proposal = word;
    String detail = null;
    switch (rule.getName()) {
      case "Modifier" -> {
        if (!modifierFits(word, field(context))) {
          return;
        }
        detail = "modifier";
      }
      case "DefaultValue" -> {
        if (!defaultFits(word, field(context))) {
          return;
        }
        proposal = call(word);
      }
      case "Primary" -> proposal = call(word);
      case "Literal" -> {
        if (("true".equals(word) || "false".equals(word)) && !booleanFits(context)) {
          return;
        }
      }
      case "CollectionOp" -> {
        if (!collectionOpFits(word, receiver(context))) {
          return;
        }
        detail = "collection predicate";
      }
      case "Postfix" -> {
        if ("length".equals(word) && !isString(receiver(context))) {
          return;
        }
      }
      case "Action" -> {
        if (hasPolicy(context.getCurrentModel(), word)) {
          return;
        }
      }
      case "PrimitiveKind" -> detail = "type";
      case "RelationKind" -> detail = "relation";
      case "HookEvent" -> detail = "hook event";
      default -> { }
    }
    String description = detail;
    ContentAssistEntry entry = getProposalCreator().createProposal(proposal, context, ContentAssistEntry.KIND_KEYWORD,
        e -> e.setDescription(description));
    if (entry != null) {
      acceptor.accept(entry, getProposalPriorities().getKeywordPriority(word, entry));
    }
  }

  /** {@code now} and {@code uuid} are calls: the proposal includes the parentheses. */
  private static String call(String word) {
    return "now".equals(word) || "uuid".equals(word) ? word + "()" : word;
  }

  /**
   * The field whose modifiers are being written. After {@code s: S default} the parser may take
   * {@code default} for the name of a new field (keywords are valid names): then the field is the
   * one before it.
   */
  private Field field(ContentAssistContext context) {
    Field field = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Field.class);
    if (field != null && field.getType() == null && field.eContainer() instanceof Model model && modifierKeywords().contains(field.getName())) {
      Field previous = null;
      for (EObject member : model.getMembers()) {
        if (member == field) {
          return previous;
        }
        if (member instanceof Field f) {
          previous = f;
        }
      }
    }
    return field;
  }

  private Set<String> modifierKeywords() {
    if (modifierKeywords == null) {
      modifierKeywords = GrammarUtil.containedKeywords(grammar.getModifierRule()).stream().map(Keyword::getValue)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
    return modifierKeywords;
  }

  /** The modifiers validation accepts on this field's type, each once. */
  static boolean modifierFits(String modifier, Field field) {
    if (field == null) {
      return true;
    }
    for (Modifier m : field.getModifiers()) {
      if (SymbolDescriptions.tokens(m).startsWith(modifier)) {
        return false;
      }
    }
    if (field.getType() instanceof Relation relation) {
      return switch (modifier) {
        case "optional" -> relation.getKind() == RelationKind.BELONGS_TO;
        case "onDelete" -> relation.getKind() == RelationKind.BELONGS_TO;
        case "renamedFrom", "pii" -> true;
        default -> false;
      };
    }
    boolean primitive = field.getType() instanceof PrimitiveType;
    PrimitiveKind kind = primitive ? ((PrimitiveType) field.getType()).getKind() : null;
    boolean textual = kind == PrimitiveKind.STRING || kind == PrimitiveKind.TEXT;
    boolean numeric = kind == PrimitiveKind.INTEGER || kind == PrimitiveKind.INT || kind == PrimitiveKind.BIGINT
        || kind == PrimitiveKind.DECIMAL || kind == PrimitiveKind.FLOAT;
    boolean untyped = field.getType() == null;
    return switch (modifier) {
      case "length", "pattern", "email" -> untyped || textual;
      case "min", "max" -> untyped || numeric;
      case "onDelete" -> false;
      default -> true;
    };
  }

  /** The default keywords that fit the field's type (enum fields take one of their values). */
  static boolean defaultFits(String keyword, Field field) {
    if (field == null) {
      return true;
    }
    if ("null".equals(keyword)) {
      return field.getModifiers().stream().anyMatch(OptionalModifier.class::isInstance);
    }
    if (!(field.getType() instanceof PrimitiveType primitive)) {
      return field.getType() == null;
    }
    return switch (keyword) {
      case "true", "false" -> primitive.getKind() == PrimitiveKind.BOOLEAN;
      case "now" -> primitive.getKind() == PrimitiveKind.DATE || primitive.getKind() == PrimitiveKind.DATETIME;
      case "uuid" -> primitive.getKind() == PrimitiveKind.UUID;
      default -> false;
    };
  }

  /** {@code true}/{@code false} where a value is compared with (or looked up among) values that are not booleans. */
  private static boolean booleanFits(ContentAssistContext context) {
    EObject current = context.getCurrentModel();
    ExprType expected = ExprType.UNKNOWN;
    if (current instanceof dev.laforge.language.forge.Binary binary && binary.getLeft() != null
        && Set.of("==", "===", "!=", "!==").contains(binary.getOp())) {
      expected = ExprTypes.typeOf(binary.getLeft());
    } else if (current instanceof CollectionCall call && call.getOp() == CollectionOp.INCLUDES) {
      ExprType receiver = ExprTypes.typeOf(call.getReceiver());
      expected = receiver.kind() == ExprType.Kind.STRING_LIST ? ExprType.STRING : receiver;
    }
    return !expected.known() || expected.kind() == ExprType.Kind.BOOLEAN || expected.kind() == ExprType.Kind.NULL;
  }

  private static boolean collectionOpFits(String op, Expression receiver) {
    ExprType type = receiver == null ? ExprType.UNKNOWN : ExprTypes.typeOf(receiver);
    return switch (type.kind()) {
      case ROWS, STRING_LIST, ARRAY, UNKNOWN -> true;
      case STRING -> CollectionOp.INCLUDES.getLiteral().equals(op) && inStatementLanguage(receiver);
      default -> false;
    };
  }

  private static boolean isString(Expression receiver) {
    ExprType.Kind kind = receiver == null ? ExprType.Kind.UNKNOWN : ExprTypes.typeOf(receiver).kind();
    return kind == ExprType.Kind.STRING || kind == ExprType.Kind.UNKNOWN;
  }

  private static boolean inStatementLanguage(EObject o) {
    return EcoreUtil2.getContainerOfType(o, Hook.class) != null || EcoreUtil2.getContainerOfType(o, Extension.class) != null;
  }

  /** Whether another policy for the same model already covers {@code action}. */
  private boolean hasPolicy(EObject current, String action) {
    if (!(current instanceof Policy policy) || ForgeAst.resolved(policy.getModel()) == null) {
      return false;
    }
    for (Policy other : globalNames.allOfType(policy, Policy.class)) {
      if (other != policy && other.getModel() == policy.getModel() && other.getAction().getLiteral().equals(action)) {
        return true;
      }
    }
    return false;
  }

  // --- values that are not references -----------------------------------------------------------

  private void assignment(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
    if (assignment.getTerminal() instanceof CrossReference reference) {
      crossReference(reference, context, acceptor);
      return;
    }
    String rule = GrammarUtil.containingRule(assignment).getName();
    String feature = assignment.getFeature();
    if ("UserRef".equals(rule) && "property".equals(feature)) {
      USER_PROPERTIES.forEach((property, type) -> accept(property, ContentAssistEntry.KIND_PROPERTY, type, context, acceptor));
    } else if ("Postfix".equals(rule) && "method".equals(feature) && isString(receiver(context))) {
      for (String method : PolicyChecks.STRING_METHODS) {
        accept(method, ContentAssistEntry.KIND_METHOD, "string method", context, acceptor);
      }
    } else if ("value".equals(feature) && assignment.getTerminal() instanceof RuleCall call && "STRING".equals(call.getRule().getName())
        && "Literal".equals(rule)) {
      strings(context, acceptor);
    }
    // Other values (names being declared, numbers, patterns, table names) are the user's to write.
  }

  /** Quoted role, claim or enum value names where the string's position says which. */
  private void strings(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
    EObject current = context.getCurrentModel();
    Optional<StringReferences.Named> named = Optional.empty();
    if (current instanceof StringLiteral literal) {
      named = StringReferences.of(literal);
    } else if (current instanceof dev.laforge.language.forge.Binary binary && binary.getLeft() != null) {
      named = StringReferences.comparedWith(binary.getLeft(), "?");
    } else if (current instanceof CollectionCall call && call.getOp() == CollectionOp.INCLUDES) {
      named = StringReferences.listOf(call.getReceiver()).map(kind -> new StringReferences.Named(kind, "?", null));
    }
    if (named.isEmpty()) {
      return;
    }
    String quote = context.getPrefix().startsWith("'") ? "'" : "\"";
    StringReferences.Named n = named.get();
    List<String[]> values = new ArrayList<>();
    switch (n.kind()) {
      case ENUM_VALUE -> n.enumDecl().getValues().forEach(v -> values.add(new String[] {v.getName(), n.enumDecl().getName()}));
      case ROLE -> globalNames.allOfType(current, RolesBlock.class)
          .forEach(b -> b.getRoles().forEach(r -> values.add(new String[] {r.getName(), "role"})));
      case CLAIM -> globalNames.allOfType(current, ClaimsBlock.class).forEach(b -> b.getEntries().forEach(e -> {
        if (e instanceof ClaimDecl c) {
          values.add(new String[] {c.getName(), "claim"});
        }
      }));
      default -> { }
    }
    String kind = n.kind() == StringReferences.Kind.ENUM_VALUE ? ProposalKinds.ENUM_MEMBER : ProposalKinds.CONSTANT;
    for (String[] v : values) {
      if (v[0] != null) {
        accept(quote + v[0] + quote, kind, v[1], context, acceptor);
      }
    }
  }

  private void accept(String proposal, String kind, String detail, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
    ContentAssistEntry entry = getProposalCreator().createProposal(proposal, context, kind, e -> e.setDescription(detail));
    if (entry != null) {
      acceptor.accept(entry, getProposalPriorities().getCrossRefPriority(null, entry));
    }
  }

  // --- references -------------------------------------------------------------------------------

  private void crossReference(CrossReference reference, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
    EClassifier type = currentTypeFinder.findCurrentTypeAfter(reference);
    EReference eReference = type instanceof EClass c ? GrammarUtil.getReference(reference, c) : null;
    if (eReference == P.getMemberAccess_Member()) {
      fields(ForgeAst.rowModel(receiver(context)), context, acceptor);
    } else if (eReference == P.getEnumDefault_Value()) {
      Field field = field(context);
      if (field != null && field.getType() instanceof EnumTypeRef ref && ForgeAst.resolved(ref.getEnumType()) != null) {
        for (EnumValue v : ref.getEnumType().getValues()) {
          accept(v.getName(), ProposalKinds.ENUM_MEMBER, ref.getEnumType().getName(), context, acceptor);
        }
      }
    } else if (eReference != null) {
      super._createProposals(reference, context, acceptor);
    }
  }

  /** The fields a row of {@code model} offers after a dot: its fields and the foreign keys of its belongsTo relations. */
  private void fields(Model model, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
    if (model == null) {
      return;
    }
    for (Map.Entry<String, Field> e : ForgeAst.referenceableFields(model).entrySet()) {
      Field field = e.getValue();
      String detail = e.getKey().equals(field.getName()) ? SymbolDescriptions.detail(field) : "uuid, foreign key of " + field.getName();
      accept(e.getKey(), ContentAssistEntry.KIND_FIELD, detail, context, acceptor);
    }
  }

  /**
   * The expression before the dot being completed: the current model (or, when the parser has
   * not built one, the previous), minus the member being typed ({@code record.author.na‸}) or
   * the empty member error recovery adds after a trailing dot.
   */
  private static Expression receiver(ContentAssistContext context) {
    EObject candidate = context.getCurrentModel() instanceof Expression ? context.getCurrentModel() : context.getPreviousModel();
    if (!(candidate instanceof Expression expression)) {
      return null;
    }
    if (expression instanceof MemberAccess access) {
      if (access.getMember() == null) {
        return access.getReceiver(); // the parser recovered `x.` as an access without a member
      }
      List<INode> member = NodeModelUtils.findNodesForFeature(access, P.getMemberAccess_Member());
      if (!context.getPrefix().isEmpty() && !member.isEmpty() && member.get(0).getEndOffset() == context.getOffset()) {
        return access.getReceiver();
      }
    }
    return expression;
  }

  @Override
  protected Predicate<IEObjectDescription> getCrossrefFilter(CrossReference reference, ContentAssistContext context) {
    EObject current = context.getCurrentModel();
    EClassifier type = currentTypeFinder.findCurrentTypeAfter(reference);
    EReference eReference = type instanceof EClass c ? GrammarUtil.getReference(reference, c) : null;
    if (eReference == P.getEnumTypeRef_EnumType()) {
      // A field type names an enum with a plain name: an enum named after a keyword cannot be one.
      Set<String> keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
      return d -> !keywords.contains(d.getName().toString());
    }
    if (eReference == P.getPermissionRule_Grantees() && current instanceof PermissionRule rule) {
      Set<URI> listed = uris(rule.getGrantees());
      return d -> !listed.contains(d.getEObjectURI());
    }
    if (eReference == P.getRoleClaims_Claims() && current instanceof RoleClaims grant) {
      Set<URI> listed = uris(grant.getClaims());
      return d -> !listed.contains(d.getEObjectURI());
    }
    if (eReference == P.getIndexDecl_Fields()) {
      IndexDecl index = current instanceof IndexDecl i ? i : null;
      return d -> !(d.getEObjectOrProxy() instanceof Field f && (ForgeAst.isToMany(f) || index != null && index.getFields().contains(f)));
    }
    return super.getCrossrefFilter(reference, context);
  }

  /** The URIs of the resolved objects of a reference list (descriptions from the index carry URIs, not objects). */
  private static Set<URI> uris(List<? extends EObject> objects) {
    Set<URI> result = new java.util.HashSet<>();
    for (EObject o : objects) {
      if (!o.eIsProxy()) {
        result.add(EcoreUtil.getURI(o));
      }
    }
    return result;
  }
}
