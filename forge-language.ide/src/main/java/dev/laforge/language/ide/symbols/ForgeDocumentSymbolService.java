package dev.laforge.language.ide.symbols;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import dev.laforge.language.forge.ClaimDecl;
import dev.laforge.language.forge.EnumDecl;
import dev.laforge.language.forge.EnumValue;
import dev.laforge.language.forge.Extension;
import dev.laforge.language.forge.ExtensionAction;
import dev.laforge.language.forge.Field;
import dev.laforge.language.forge.Model;
import dev.laforge.language.forge.RoleDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Go to definition, find references and workspace symbols. Definition and references come from
 * {@link SymbolFinder}, so they include foreign-key aliases and strings naming roles, claims and
 * enum values. Workspace symbols list the models, fields, enums, enum values, roles, claims and
 * extension actions whose name contains the query (case-insensitive; a query with a dot is
 * matched against {@code Model.field}).
 */
@Singleton
public class ForgeDocumentSymbolService extends DocumentSymbolService {

  @Inject private SymbolFinder symbols;
  @Inject private Locations locations;

  @Override
  public List<? extends Location> getDefinitions(XtextResource resource, int offset, IReferenceFinder.IResourceAccess resourceAccess,
      CancelIndicator cancelIndicator) {
    return symbols.at(resource, offset)
        .map(at -> symbols.declaration(at.symbol()))
        .map(declaration -> List.of(locations.location(declaration)))
        .orElse(List.of());
  }

  @Override
  public List<? extends Location> getReferences(XtextResource resource, int offset, IReferenceFinder.IResourceAccess resourceAccess,
      IResourceDescriptions indexData, CancelIndicator cancelIndicator) {
    return symbols.at(resource, offset)
        .map(at -> symbols.occurrences(at.symbol()).stream()
            .filter(o -> o.kind() != Occurrence.Kind.DECLARATION)
            .map(locations::location)
            .toList())
        .orElse(List.of());
  }

  @Override
  public List<? extends WorkspaceSymbol> getSymbols(IResourceDescription resourceDescription, String query,
      IReferenceFinder.IResourceAccess resourceAccess, CancelIndicator cancelIndicator) {
    List<WorkspaceSymbol> result = new ArrayList<>();
    String q = query == null ? "" : query.toLowerCase(Locale.ROOT);
    for (IEObjectDescription description : resourceDescription.getExportedObjects()) {
      if (!listed(description) || !matches(description, q)) {
        continue;
      }
      doRead(resourceAccess, description.getEObjectURI(), object -> {
        WorkspaceSymbol symbol = symbol(object);
        if (symbol != null) {
          result.add(symbol);
        }
      });
    }
    return result;
  }

  private static boolean listed(IEObjectDescription d) {
    Class<?> type = d.getEClass().getInstanceClass();
    return type == Model.class || type == Field.class || type == EnumDecl.class || type == EnumValue.class
        || type == RoleDecl.class || type == ClaimDecl.class || type == ExtensionAction.class;
  }

  /** Claims match by their whole dotted name, members by their own name or, for a dotted query, by {@code Owner.member}. */
  private static boolean matches(IEObjectDescription d, String query) {
    String qualified = d.getQualifiedName().toString().toLowerCase(Locale.ROOT);
    if (query.isEmpty() || d.getEClass().getInstanceClass() == ClaimDecl.class || query.contains(".")) {
      return qualified.contains(query);
    }
    return d.getQualifiedName().getLastSegment().toLowerCase(Locale.ROOT).contains(query);
  }

  private WorkspaceSymbol symbol(EObject o) {
    String name = SymbolDescriptions.name(o);
    SymbolKind kind = SymbolDescriptions.kind(o);
    Occurrence declaration = symbols.declaration(o);
    if (name.isEmpty() || kind == null || declaration == null) {
      return null;
    }
    WorkspaceSymbol symbol = new WorkspaceSymbol(name, kind, Either.forLeft(locations.location(declaration)));
    String container = container(o);
    if (!container.isEmpty()) {
      symbol.setContainerName(container);
    }
    return symbol;
  }

  private static String container(EObject o) {
    if (o instanceof Field && o.eContainer() instanceof Model m) {
      return SymbolDescriptions.name(m);
    }
    if (o instanceof EnumValue && o.eContainer() instanceof EnumDecl e) {
      return SymbolDescriptions.name(e);
    }
    if (o instanceof ExtensionAction && o.eContainer() instanceof Extension x) {
      return SymbolDescriptions.name(x);
    }
    return "";
  }
}
