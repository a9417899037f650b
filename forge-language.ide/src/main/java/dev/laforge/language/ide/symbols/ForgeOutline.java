package dev.laforge.language.ide.symbols;

import com.google.inject.Singleton;
import dev.laforge.language.forge.ClaimsBlock;
import dev.laforge.language.forge.EnumDecl;
import dev.laforge.language.forge.Extension;
import dev.laforge.language.forge.ForgeFile;
import dev.laforge.language.forge.ForgePackage.Literals;
import dev.laforge.language.forge.Hook;
import dev.laforge.language.forge.Model;
import dev.laforge.language.forge.ModelPermissions;
import dev.laforge.language.forge.PermissionRule;
import dev.laforge.language.forge.PermissionsBlock;
import dev.laforge.language.forge.Policy;
import dev.laforge.language.forge.RoleClaims;
import dev.laforge.language.forge.RolesBlock;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The outline of a .forge file ({@code textDocument/documentSymbol}): models with their fields,
 * relations and indexes; enums with their values; roles and claims blocks with their entries;
 * permissions by model and action; policies, hooks, and extensions with their actions. Kinds and
 * names come from {@link SymbolDescriptions}; declarations without a name yet are left out.
 */
@Singleton
public class ForgeOutline extends HierarchicalDocumentSymbolService {

  @Override
  public List<DocumentSymbol> getSymbols(XtextResource resource, CancelIndicator cancelIndicator) {
    List<DocumentSymbol> result = new ArrayList<>();
    if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ForgeFile file)) {
      return result;
    }
    Locations.Lines lines = Locations.Lines.of(Locations.text(resource));
    for (EObject declaration : file.getDeclarations()) {
      DocumentSymbol symbol = symbol(declaration, lines);
      if (symbol != null) {
        result.add(symbol);
      }
    }
    return result;
  }

  private DocumentSymbol symbol(EObject o, Locations.Lines lines) {
    String name = SymbolDescriptions.name(o);
    SymbolKind kind = SymbolDescriptions.kind(o);
    INode node = NodeModelUtils.getNode(o);
    Span selection = selection(o);
    if (name.isBlank() || kind == null || node == null || selection == null) {
      return null;
    }
    Range range = new Range(lines.position(node.getOffset()), lines.position(node.getEndOffset()));
    Range selectionRange = new Range(lines.position(selection.offset()), lines.position(selection.end()));
    List<DocumentSymbol> children = new ArrayList<>();
    for (EObject child : children(o)) {
      DocumentSymbol c = symbol(child, lines);
      if (c != null) {
        children.add(c);
      }
    }
    return new DocumentSymbol(name, kind, range, selectionRange, SymbolDescriptions.detail(o), children);
  }

  private static List<? extends EObject> children(EObject o) {
    if (o instanceof Model m) {
      return m.getMembers().stream().filter(x -> SymbolDescriptions.kind(x) != null).toList();
    }
    if (o instanceof EnumDecl e) {
      return e.getValues();
    }
    if (o instanceof RolesBlock r) {
      return r.getRoles();
    }
    if (o instanceof ClaimsBlock c) {
      return c.getEntries();
    }
    if (o instanceof PermissionsBlock p) {
      return p.getModels();
    }
    if (o instanceof ModelPermissions mp) {
      return mp.getRules();
    }
    if (o instanceof Extension x) {
      return x.getActions();
    }
    return List.of();
  }

  /** A region of the text. */
  private record Span(int offset, int end) {
    static Span of(INode node) {
      return node == null ? null : new Span(node.getOffset(), node.getEndOffset());
    }
  }

  /** The part of a declaration an editor selects: its name, or what stands for one. */
  private static Span selection(EObject o) {
    EStructuralFeature name = o.eClass().getEStructuralFeature("name");
    if (name != null) {
      return Span.of(first(o, name));
    }
    if (o instanceof Policy) {
      return span(first(o, Literals.POLICY__MODEL), first(o, Literals.POLICY__ACTION));
    }
    if (o instanceof Hook) {
      return span(first(o, Literals.HOOK__MODEL), first(o, Literals.HOOK__EVENT));
    }
    if (o instanceof Extension) {
      return Span.of(first(o, Literals.EXTENSION__MODEL));
    }
    if (o instanceof ModelPermissions) {
      return Span.of(first(o, Literals.MODEL_PERMISSIONS__MODEL));
    }
    if (o instanceof PermissionRule) {
      return Span.of(first(o, Literals.PERMISSION_RULE__ACTION));
    }
    if (o instanceof RoleClaims) {
      return Span.of(first(o, Literals.ROLE_CLAIMS__ROLE));
    }
    // Blocks and indexes: their leading keyword.
    INode node = NodeModelUtils.getNode(o);
    if (node == null) {
      return null;
    }
    for (ILeafNode leaf : node.getLeafNodes()) {
      if (!leaf.isHidden()) {
        return Span.of(leaf);
      }
    }
    return null;
  }

  private static INode first(EObject o, EStructuralFeature feature) {
    List<INode> nodes = NodeModelUtils.findNodesForFeature(o, feature);
    return nodes.isEmpty() ? null : nodes.get(0);
  }

  /** {@code Model.action} as one region (just the model while the action is not written). */
  private static Span span(INode model, INode member) {
    if (model == null) {
      return Span.of(member);
    }
    return member == null ? Span.of(model) : new Span(model.getOffset(), member.getEndOffset());
  }
}
