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
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

/** Project-wide name lookups: names are global across all .forge files of a domain. */
public class GlobalNames {

  @Inject private ResourceDescriptionsProvider descriptionsProvider;
  @Inject private IQualifiedNameConverter nameConverter;

  /** Where another declaration of the same type and name lives ("this file" or a file name), if any. */
  public Optional<String> otherDeclaration(EObject declaration, EClass type, String name) {
    if (name == null || name.isEmpty() || declaration.eResource() == null) {
      return Optional.empty();
    }
    IResourceDescriptions index = descriptionsProvider.getResourceDescriptions(declaration.eResource());
    URI self = EcoreUtil.getURI(declaration);
    for (IEObjectDescription d : index.getExportedObjects(type, nameConverter.toQualifiedName(name), false)) {
      URI other = d.getEObjectURI();
      if (!other.equals(self)) {
        return Optional.of(other.trimFragment().equals(self.trimFragment()) ? "this file" : other.lastSegment());
      }
    }
    return Optional.empty();
  }

  /** Every model of the loaded domain (all resources of the resource set). */
  public List<Model> allModels(EObject context) {
    return allOfType(context, Model.class);
  }

  public <T extends EObject> List<T> allOfType(EObject context, Class<T> type) {
    List<T> result = new ArrayList<>();
    Resource own = context.eResource();
    if (own == null) {
      return result;
    }
    List<Resource> resources = own.getResourceSet() == null ? List.of(own) : List.copyOf(own.getResourceSet().getResources());
    for (Resource r : resources) {
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
