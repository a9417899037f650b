package dev.laforge.eclipse;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * The language servers of the workspace: one per project, started when the first .forge document of
 * the project opens. Notifications to a server go through one queue per project, so they keep their
 * order while the server starts; a request first waits for that queue, so it sees the latest text.
 */
public final class ForgeServers {

    private static final String SERVER_JAR = "server/forge-lsp-server.jar";
    private static final String JVM_OPTIONS = "server/jvm.options";

    private final Map<IProject, ProjectServer> servers = new ConcurrentHashMap<>();

    /** Runs an action with the project's connection, after every action submitted before it. */
    public void submit(IProject project, Consumer<ForgeConnection> action) {
        ProjectServer server = servers.computeIfAbsent(project, ProjectServer::new);
        server.queue.execute(() -> {
            ForgeConnection connection = server.connection();
            if (connection != null) {
                action.accept(connection);
            }
        });
    }

    /**
     * The project's connection once every notification submitted so far was sent, starting the
     * server if needed.
     *
     * @return the connection, or null when the server cannot be started or is not ready in time
     */
    public ForgeConnection connection(IProject project, long timeoutMillis) {
        ProjectServer server = servers.computeIfAbsent(project, ProjectServer::new);
        return ForgeConnection.await(CompletableFuture.supplyAsync(server::connection, server.queue), timeoutMillis);
    }

    /** Sends the current preferences to every running server. */
    public void settingsChanged() {
        JsonObject settings = ForgePreferences.serverSettings();
        servers.keySet().forEach(project -> submit(project, connection -> connection.settingsChanged(settings)));
    }

    /** Stops the servers (on restart they start again with the current Java path). */
    public void shutdownAll() {
        servers.values().forEach(ProjectServer::shutdown);
        servers.clear();
    }

    /** The command line of the bundled server with the configured Java. */
    public static List<String> commandLine() throws IOException {
        Path jar = bundledFile(SERVER_JAR);
        List<String> options = Files.readAllLines(bundledFile(JVM_OPTIONS), StandardCharsets.UTF_8);
        return ServerCommandLine.of(ServerCommandLine.java(ForgePreferences.store().getString(ForgePreferences.JAVA_PATH)), jar, options);
    }

    private static Path bundledFile(String entry) throws IOException {
        URL url = FileLocator.find(LaForgePlugin.getDefault().getBundle(), IPath.fromPortableString(entry));
        if (url == null) {
            throw new IOException("the plugin does not contain " + entry);
        }
        return Path.of(FileLocator.toFileURL(url).getPath());
    }

    /** The server of one project and the queue of its notifications. */
    private static final class ProjectServer {

        private final IProject project;
        private final ExecutorService queue;
        private ForgeConnection connection;
        private boolean failed;

        ProjectServer(IProject project) {
            this.project = project;
            this.queue = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "LaForge server queue " + project.getName());
                thread.setDaemon(true);
                return thread;
            });
        }

        /** The running connection; runs on the queue's thread only. */
        ForgeConnection connection() {
            if (connection != null && connection.isAlive()) {
                return connection;
            }
            if (failed || project.getLocation() == null) {
                return null;
            }
            try {
                Path log = LaForgePlugin.getDefault().getStateLocation().append("language-server.log").toPath();
                connection = ForgeConnection.start(project.getLocation().toPath(), commandLine(), ForgePreferences.serverSettings(), log);
                connection.onDiagnostics(DiagnosticMarkers::publish);
                connection.onGenerated(ProjectServer::refreshOutput);
                return connection;
            } catch (IOException | RuntimeException e) {
                failed = true;
                LaForgePlugin.log("The LaForge language server for project " + project.getName() + " could not be started", e);
                return null;
            }
        }

        /** Refreshes the folder generate on save wrote into, so the files show in the workspace. */
        private static void refreshOutput(JsonObject result) {
            if (!(result.get("outDir") instanceof JsonPrimitive outDir)) {
                return;
            }
            IContainer[] containers = ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(URI.create(outDir.getAsString()));
            Job.create("Refresh generated files", monitor -> {
                for (IContainer container : containers) {
                    try {
                        (container.exists() ? container : container.getParent()).refreshLocal(IResource.DEPTH_INFINITE, monitor);
                    } catch (CoreException e) {
                        return e.getStatus();
                    }
                }
                return Status.OK_STATUS;
            }).schedule();
        }

        void shutdown() {
            queue.execute(() -> {
                if (connection != null) {
                    connection.shutdown();
                }
            });
            queue.shutdown();
        }
    }

    static boolean isForgeFile(IResource resource) {
        return resource != null && resource.getType() == IResource.FILE && "forge".equals(resource.getFileExtension());
    }
}
