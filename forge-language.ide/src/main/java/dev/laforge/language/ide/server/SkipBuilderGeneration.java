package dev.laforge.language.ide.server;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * The language server's builder generates nothing: Forge has no Xtext generator (files are
 * generated on save by {@link ProjectGenerator}). Xtext's default decides "generate only without
 * errors" by validating every built file a second time, which would double the cost of each build.
 */
public class SkipBuilderGeneration implements IShouldGenerate {

  @Override
  public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
    return false;
  }
}
