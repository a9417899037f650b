package dev.laforge.language.ide.server;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Xtext's incremental build, except that files affected by an edit elsewhere are re-linked instead
 * of unloaded and parsed again. Forge names are global, so a change to what one file declares
 * affects every file that refers to any of its declarations; their text has not changed, so their
 * syntax tree is kept and only their references are resolved anew (what unloading achieves, at a
 * fraction of the cost). Edited and deleted files are unloaded as before.
 */
public class RelinkingIncrementalBuilder extends IncrementalBuilder.InternalStatefulIncrementalBuilder {

  private BuildRequest request;

  @Override
  public void setRequest(BuildRequest request) {
    super.setRequest(request);
    this.request = request;
  }

  @Override
  protected void unloadResource(URI uri) {
    if (request != null && !request.getDirtyFiles().contains(uri) && !request.getDeletedFiles().contains(uri)) {
      Resource resource = request.getResourceSet().getResource(uri, false);
      if (resource instanceof XtextResource xtext && xtext.isLoaded() && xtext.getParseResult() != null
          && xtext.getParseResult().getRootASTElement() != null) {
        xtext.relink();
        return;
      }
    }
    super.unloadResource(uri);
  }
}
