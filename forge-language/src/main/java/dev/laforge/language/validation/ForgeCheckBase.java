package dev.laforge.language.validation;

import dev.laforge.backend.diagnostics.DiagnosticCode;
import dev.laforge.backend.diagnostics.Severity;
import dev.laforge.language.diagnostics.DeclarationLocation;
import dev.laforge.language.forge.ForgePackage;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * Base of the composed check classes: reports a {@link DiagnosticCode} with the code's default
 * severity, so the code catalogue alone decides what is an error, a warning or an info.
 */
abstract class ForgeCheckBase extends AbstractDeclarativeValidator {

  static final ForgePackage P = ForgePackage.eINSTANCE;

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
