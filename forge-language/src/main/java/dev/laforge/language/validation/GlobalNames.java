package dev.laforge.language.validation;

import com.google.inject.Inject;
import dev.laforge.language.forge.Model;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.IContainer;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

/** Project-wide name lookups: names are global across all .forge files of a domain. */
public class GlobalNames {

  @Inject private ResourceDescriptionsProvider descriptionsProvider;
  @Inject private IQualifiedNameConverter nameConverter;
  @Inject private IContainer.Manager containers;

  /**
   * The resource descriptions visible from {@code resource}: in the language server only those of
   * its own project (one per forge.yaml), in the CLI the whole loaded domain.
   */
  private List<IContainer> visible(Resource resource) {
    IResourceDescriptions index = descriptionsProvider.getResourceDescriptions(resource);
    IResourceDescription own = index.getResourceDescription(resource.getURI());
    if (own == null) {
      return List.of(new org.eclipse.xtext.resource.impl.ResourceDescriptionsBasedContainer(index));
    }
    return containers.getVisibleContainers(own, index);
  }

  /** Where another declaration of the same type and name lives ("this file" or a file name), if any. */
  public Optional<String> otherDeclaration(EObject declaration, EClass type, String name) {
    if (name == null || name.isEmpty() || declaration.eResource() == null) {
      return Optional.empty();
    }
    return otherDeclarationUri(declaration, type, name)
        .map(other -> other.trimFragment().equals(declaration.eResource().getURI()) ? "this file" : other.lastSegment());
  }

  /** The URI of another declaration of the same type and name in the project, if any. */
  public Optional<URI> otherDeclarationUri(EObject declaration, EClass type, String name) {
    if (name == null || name.isEmpty() || declaration.eResource() == null) {
      return Optional.empty();
    }
    URI self = EcoreUtil.getURI(declaration);
    for (IContainer container : visible(declaration.eResource())) {
      for (IEObjectDescription d : container.getExportedObjects(type, nameConverter.toQualifiedName(name), false)) {
        URI other = d.getEObjectURI();
        if (!other.equals(self)) {
          return Optional.of(other);
        }
      }
    }
    return Optional.empty();
  }

  /** The other declaration of the same type and name in the project, loaded, if any. */
  public Optional<EObject> otherDeclarationObject(EObject declaration, EClass type, String name) {
    return otherDeclarationUri(declaration, type, name).map(uri -> {
      org.eclipse.emf.ecore.resource.ResourceSet set = declaration.eResource().getResourceSet();
      try {
        return set == null ? null : set.getEObject(uri, true);
      } catch (RuntimeException e) {
        return null; // deleted or unreadable meanwhile: its own diagnostics say so
      }
    });
  }

  /**
   * Every resource of the project of {@code own}, loaded: the language server keeps a project's
   * resources in one resource set but loads them lazily, so a whole-domain check loads the rest.
   */
  public List<Resource> projectResources(Resource own) {
    org.eclipse.emf.ecore.resource.ResourceSet set = own.getResourceSet();
    java.util.LinkedHashSet<Resource> result = new java.util.LinkedHashSet<>();
    result.add(own);
    for (IContainer container : visible(own)) {
      for (IResourceDescription description : container.getResourceDescriptions()) {
        Resource r = set.getResource(description.getURI(), false);
        if (r == null) {
          try {
            r = set.getResource(description.getURI(), true);
          } catch (RuntimeException e) {
            continue; // deleted or unreadable meanwhile: its own diagnostics say so
          }
        }
        if (r != null) {
          result.add(r);
        }
      }
    }
    return List.copyOf(result);
  }

  /** Every resource of the project of {@code context}, loaded; its own resource comes first. */
  public List<Resource> projectResources(EObject context) {
    Resource own = context.eResource();
    if (own == null) {
      return List.of();
    }
    return own.getResourceSet() == null ? List.of(own) : projectResources(own);
  }

  public <T extends EObject> List<T> allOfType(EObject context, Class<T> type) {
    List<T> result = new ArrayList<>();
    for (Resource r : projectResources(context)) {
      if (r.getContents().isEmpty()) {
        continue;
      }
      for (EObject root : r.getContents()) {
        if (root instanceof dev.laforge.language.forge.ForgeFile file) {
          for (EObject decl : file.getDeclarations()) {
            if (type.isInstance(decl)) {
              result.add(type.cast(decl));
            }
          }
        }
      }
    }
    return result;
  }
}
