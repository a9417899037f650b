package dev.laforge.language.ide.symbols;

import com.google.inject.Inject;
import dev.laforge.backend.naming.Naming;
import dev.laforge.language.ast.ForgeAst;
import dev.laforge.language.forge.AssignStatement;
import dev.laforge.language.forge.ClaimDecl;
import dev.laforge.language.forge.EnumDecl;
import dev.laforge.language.forge.EnumValue;
import dev.laforge.language.forge.ExtensionAction;
import dev.laforge.language.forge.Field;
import dev.laforge.language.forge.Model;
import dev.laforge.language.forge.RoleDecl;
import dev.laforge.language.forge.StringLiteral;
import dev.laforge.language.forge.Variable;
import dev.laforge.language.validation.GlobalNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The symbols of a Forge project and where their names are written. A symbol is a model, field,
 * enum, enum value, role, claim, extension action or local variable (lambda parameter, {@code let},
 * action parameter). Occurrences are declarations, cross-references (a belongsTo relation also
 * through its foreign-key alias {@code <relation>Id}) and string literals that name a role, claim
 * or enum value ({@link StringReferences}). Definition, references, highlights and rename all
 * use this one view, so they always agree.
 */
public class SymbolFinder {

  @Inject private EObjectAtOffsetHelper offsets;
  @Inject private GlobalNames globalNames;

  /** Whether {@code o} is a symbol that can be navigated to and renamed. */
  public static boolean isSymbol(EObject o) {
    return o instanceof Model || o instanceof Field || o instanceof EnumDecl || o instanceof EnumValue
        || o instanceof RoleDecl || o instanceof ClaimDecl || o instanceof Variable || o instanceof ExtensionAction;
  }

  /** The occurrence at {@code offset}, or ending right before it (a cursor just after a name). */
  public Optional<Occurrence> at(XtextResource resource, int offset) {
    IParseResult parse = resource.getParseResult();
    if (parse == null || parse.getRootNode() == null) {
      return Optional.empty();
    }
    for (int candidate : new int[] {offset, offset - 1}) {
      if (candidate < 0 || candidate >= parse.getRootNode().getTotalEndOffset()) {
        continue;
      }
      ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(parse.getRootNode(), candidate);
      if (leaf != null && !leaf.isHidden()) {
        Optional<Occurrence> found = atLeaf(resource, leaf);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Occurrence> atLeaf(XtextResource resource, ILeafNode leaf) {
    for (INode node = leaf; node != null; node = node.getParent()) {
      EObject grammar = node.getGrammarElement();
      if (grammar instanceof CrossReference) {
        return Optional.ofNullable(reference(resource, node));
      }
      if (GrammarUtil.containingCrossReference(grammar) != null) {
        continue;
      }
      Assignment assignment = GrammarUtil.containingAssignment(grammar);
      if (assignment == null) {
        continue;
      }
      EObject owner = NodeModelUtils.findActualSemanticObjectFor(node);
      if ("name".equals(assignment.getFeature()) && isSymbol(owner)) {
        return Optional.ofNullable(declaration(owner));
      }
      if ("value".equals(assignment.getFeature()) && owner instanceof StringLiteral literal) {
        return Optional.ofNullable(string(resource, literal, node));
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Where {@code symbol}'s name is declared, or null when it has none (half-typed code). */
  public Occurrence declaration(EObject symbol) {
    EStructuralFeature name = symbol.eClass().getEStructuralFeature("name");
    if (name == null || !(symbol.eResource() instanceof XtextResource resource) || symbol.eGet(name) == null) {
      return null;
    }
    List<INode> nodes = NodeModelUtils.findNodesForFeature(symbol, name);
    if (nodes.isEmpty()) {
      return null;
    }
    INode node = nodes.get(0);
    return new Occurrence(symbol, resource, node.getOffset(), node.getLength(), Occurrence.Kind.DECLARATION, true);
  }

  private Occurrence reference(XtextResource resource, INode node) {
    EObject target;
    try {
      target = offsets.getCrossReferencedElement(node);
    } catch (RuntimeException e) {
      return null; // a half-typed reference the linker could not place
    }
    if (target == null || target.eIsProxy() || !isSymbol(target)) {
      return null;
    }
    EObject owner = NodeModelUtils.findActualSemanticObjectFor(node);
    Occurrence.Kind kind = Occurrence.Kind.REFERENCE;
    if (target instanceof Field field && ForgeAst.isBelongsTo(field) && field.getName() != null
        && Naming.foreignKeyFieldName(field.getName()).equals(NodeModelUtils.getTokenText(node))) {
      kind = Occurrence.Kind.FOREIGN_KEY;
    }
    return new Occurrence(target, resource, node.getOffset(), node.getLength(), kind, owner instanceof AssignStatement);
  }

  private Occurrence string(XtextResource resource, StringLiteral literal, INode node) {
    if (node.getLength() < 2 || !isStringToken(node)) {
      return null;
    }
    EObject target = StringReferences.of(literal).map(named -> StringReferences.resolve(named, literal, globalNames)).orElse(null);
    if (target == null) {
      return null;
    }
    return new Occurrence(target, resource, node.getOffset() + 1, node.getLength() - 2, Occurrence.Kind.STRING, false);
  }

  private static boolean isStringToken(INode node) {
    return node instanceof ILeafNode leaf && !leaf.isHidden() && leaf.getGrammarElement() instanceof RuleCall call
        && "STRING".equals(call.getRule().getName());
  }

  /**
   * The files {@code symbol} can be referred to from: every .forge file of its project (loaded),
   * or only its own file for local variables and extension actions.
   */
  public List<XtextResource> scope(EObject symbol) {
    Resource own = symbol.eResource();
    List<XtextResource> result = new ArrayList<>();
    if (own == null) {
      return result;
    }
    List<Resource> resources = symbol instanceof Variable || symbol instanceof ExtensionAction || own.getResourceSet() == null
        ? List.of(own) : globalNames.projectResources(own);
    for (Resource r : resources) {
      if (r instanceof XtextResource x) {
        result.add(x);
      }
    }
    return result;
  }

  /** Every occurrence of {@code symbol} in its {@link #scope}, by file URI and then by offset. */
  public List<Occurrence> occurrences(EObject symbol) {
    return occurrences(symbol, scope(symbol));
  }

  /** Every occurrence of {@code symbol} in {@code resources}, by file URI and then by offset. */
  public List<Occurrence> occurrences(EObject symbol, List<XtextResource> resources) {
    List<Occurrence> result = new ArrayList<>();
    String stringName = symbol instanceof EnumValue || symbol instanceof RoleDecl || symbol instanceof ClaimDecl
        ? (String) symbol.eGet(symbol.eClass().getEStructuralFeature("name")) : null;
    for (XtextResource resource : resources) {
      IParseResult parse = resource.getParseResult();
      if (parse == null || parse.getRootNode() == null) {
        continue;
      }
      if (resource == symbol.eResource()) {
        Occurrence declaration = declaration(symbol);
        if (declaration != null) {
          result.add(declaration);
        }
      }
      for (INode node : parse.getRootNode().getAsTreeIterable()) {
        if (node.getGrammarElement() instanceof CrossReference) {
          Occurrence o = reference(resource, node);
          if (o != null && o.symbol() == symbol) {
            result.add(o);
          }
        } else if (stringName != null && isStringToken(node)) {
          EObject owner = NodeModelUtils.findActualSemanticObjectFor(node);
          if (owner instanceof StringLiteral literal && stringName.equals(literal.getValue())) {
            Occurrence o = string(resource, literal, node);
            if (o != null && o.symbol() == symbol) {
              result.add(o);
            }
          }
        }
      }
    }
    result.sort(Comparator.comparing((Occurrence o) -> o.resource().getURI().toString()).thenComparingInt(Occurrence::offset));
    return result;
  }
}
