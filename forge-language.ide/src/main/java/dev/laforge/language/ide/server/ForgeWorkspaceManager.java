package dev.laforge.language.ide.server;

import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Xtext's workspace manager whose first full build can run after the initialize response: the
 * client gets its answer as soon as the server is up, and the initial build runs as the first write
 * request, before any request or edit the client sends next (those wait for it, as before).
 */
public class ForgeWorkspaceManager extends WorkspaceManager {

  private boolean deferNextRefresh;
  private boolean refreshPending;

  /** The next workspace refresh (the one of initialize) only records that a build is due. */
  void deferInitialBuild() {
    deferNextRefresh = true;
  }

  /** Runs the deferred initial build, if one is due: loads the projects and builds every file. */
  void runDeferredBuild(CancelIndicator cancelIndicator) {
    if (refreshPending) {
      refreshPending = false;
      super.refreshWorkspaceConfig(cancelIndicator);
    }
  }

  @Override
  protected void refreshWorkspaceConfig(CancelIndicator cancelIndicator) {
    if (deferNextRefresh) {
      deferNextRefresh = false;
      refreshPending = true;
      return;
    }
    refreshPending = false;
    super.refreshWorkspaceConfig(cancelIndicator);
  }
}
