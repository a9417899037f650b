package dev.laforge.eclipse;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The bundle activator: owns the language server connections and the document synchronisation. */
public final class LaForgePlugin extends AbstractUIPlugin {

    /** The symbolic name of this bundle. */
    public static final String PLUGIN_ID = "dev.laforge.eclipse";

    private static LaForgePlugin instance;

    private ForgeServers servers;
    private DocumentSync documentSync;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
        servers = new ForgeServers();
        documentSync = new DocumentSync(servers);
        documentSync.start();
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        try {
            documentSync.stop();
            servers.shutdownAll();
        } finally {
            instance = null;
            super.stop(context);
        }
    }

    /** The running plugin, or null before activation and after shutdown. */
    public static LaForgePlugin getDefault() {
        return instance;
    }

    /** The language server connections, one per workspace project with .forge files. */
    public ForgeServers servers() {
        return servers;
    }

    /** The document synchronisation (open editors to the language server). */
    public DocumentSync documentSync() {
        return documentSync;
    }

    /** Restarts the language servers (after the Java path changed) and sends them the open documents. */
    public void restartServers() {
        servers.shutdownAll();
        documentSync.reopenAll();
    }

    /** Logs a problem of the plugin to the error log. */
    public static void log(String message, Throwable error) {
        ILog.of(LaForgePlugin.class).log(new Status(IStatus.ERROR, PLUGIN_ID, message, error));
    }
}
