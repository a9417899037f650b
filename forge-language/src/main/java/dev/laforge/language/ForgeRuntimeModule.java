package dev.laforge.language;

import dev.laforge.language.diagnostics.ForgeLinkingDiagnosticMessageProvider;
import dev.laforge.language.diagnostics.ForgeSyntaxErrorMessageProvider;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;

/** Guice bindings of the Forge language runtime (used standalone and by the language server). */
public class ForgeRuntimeModule extends AbstractForgeRuntimeModule {

  public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
    return ForgeSyntaxErrorMessageProvider.class;
  }

  @Override
  public Class<? extends org.eclipse.xtext.conversion.IValueConverterService> bindIValueConverterService() {
    return ForgeValueConverters.class;
  }

  public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
    return ForgeLinkingDiagnosticMessageProvider.class;
  }
}
