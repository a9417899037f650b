package dev.laforge.language.validation;

import dev.laforge.backend.diagnostics.DiagnosticCode;
import dev.laforge.backend.diagnostics.Severity;
import dev.laforge.language.diagnostics.DeclarationLocation;
import dev.laforge.language.forge.ForgePackage;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * Base of the composed check classes: reports a {@link DiagnosticCode} with the code's default
 * severity, so the code catalogue alone decides what is an error, a warning or an info.
 */
abstract class ForgeCheckBase extends AbstractDeclarativeValidator {

  static final ForgePackage P = ForgePackage.eINSTANCE;

  @com.google.inject.Inject(optional = true)
  private org.eclipse.xtext.util.IResourceScopeCache resourceCache;

  /** Project-wide name lookups, for every check class. */
  @com.google.inject.Inject
  GlobalNames globalNames;

  private final java.util.Map<String, Merged> merged = new java.util.concurrent.ConcurrentHashMap<>();

  @Override
  protected List<EPackage> getEPackages() {
    return List.of(ForgePackage.eINSTANCE);
  }

  @Override
  public void register(EValidatorRegistrar registrar) {
    // Composed into ForgeValidator; registering separately would run every check twice.
  }

  /**
   * A value computed once per validation run of a resource (e.g. an index over all models), so
   * that checks running per element stay linear in the size of the domain.
   */
  @SuppressWarnings("unchecked")
  <T> T perRun(Object key, java.util.function.Supplier<T> compute) {
    java.util.Map<Object, Object> context = getContext();
    if (context == null) {
      return compute.get();
    }
    return (T) context.computeIfAbsent(java.util.List.of(getClass(), key), k -> compute.get());
  }

  /**
   * The issue datum locating the name of {@code other} (a {@link DeclarationLocation}), so that a
   * duplicate's diagnostic can point at the other declaration; empty when there is none.
   */
  static String location(java.util.Optional<? extends EObject> other, EStructuralFeature nameFeature) {
    return other.flatMap(o -> DeclarationLocation.of(o, nameFeature)).map(DeclarationLocation::datum).orElse("");
  }

  /**
   * A whole-domain index merged from one value per file of the project of {@code context}. Each
   * file's value is derived from that file's own text only (never from other files) and is kept
   * until the file changes; the merged index is recomputed only when one of the files' values was
   * (that is, when a file changed, appeared or went away), otherwise the last one is reused. So an
   * edit to one file re-reads that file only, not the whole domain.
   */
  <V, R> R acrossFiles(String key, EObject context, java.util.function.Function<Resource, V> perFile,
      java.util.function.Function<java.util.List<V>, R> merge) {
    return perRun(key, () -> {
      java.util.List<V> values = new java.util.ArrayList<>();
      for (Resource r : globalNames.projectResources(context)) {
        values.add(resourceCache == null ? perFile.apply(r)
            : resourceCache.get(java.util.List.of(getClass(), key), r, () -> perFile.apply(r)));
      }
      Merged last = merged.get(key);
      if (last != null && last.sameInputs(values)) {
        @SuppressWarnings("unchecked")
        R result = (R) last.result();
        return result;
      }
      R result = merge.apply(values);
      merged.put(key, new Merged(java.util.List.copyOf(values), result));
      return result;
    });
  }

  /** The last merged index of a key and the per-file values it was merged from. */
  private record Merged(java.util.List<?> inputs, Object result) {
    boolean sameInputs(java.util.List<?> values) {
      if (values.size() != inputs.size()) {
        return false;
      }
      for (int i = 0; i < values.size(); i++) {
        if (values.get(i) != inputs.get(i)) {
          return false;
        }
      }
      return true;
    }
  }

  void report(DiagnosticCode code, String message, EObject source, EStructuralFeature feature, String... data) {
    report(code, message, source, feature, -1, data);
  }

  void report(DiagnosticCode code, String message, EObject source, EStructuralFeature feature, int index, String... data) {
    Severity severity = code.defaultSeverity();
    switch (severity) {
      case ERROR -> error(message, source, feature, index, code.name(), data);
      case WARNING -> warning(message, source, feature, index, code.name(), data);
      case INFO -> info(message, source, feature, index, code.name(), data);
    }
  }
}
