package dev.laforge.eclipse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;

/**
 * Keeps the language servers in step with the workspace: a .forge document that Eclipse opens (a
 * text file buffer) is sent with {@code didOpen}, each edit with {@code didChange}, its disposal with
 * {@code didClose}; saving sends {@code didSave}, and .forge files changed on disk without an open
 * document are reported as watched-file changes.
 */
public final class DocumentSync implements IFileBufferListener, IResourceChangeListener {

    private final ForgeServers servers;
    private final Map<IDocument, Tracked> tracked = new ConcurrentHashMap<>();

    DocumentSync(ForgeServers servers) {
        this.servers = servers;
    }

    /** A document sent to a server and the listener that forwards its edits. */
    private record Tracked(IFile file, String uri, IDocumentListener listener) {
    }

    void start() {
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        manager.addFileBufferListener(this);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
        // Buffers connected before the plugin was activated (the editor that activated it).
        for (IFileBuffer buffer : manager.getFileBuffers()) {
            bufferCreated(buffer);
        }
    }

    void stop() {
        FileBuffers.getTextFileBufferManager().removeFileBufferListener(this);
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
        tracked.forEach((document, entry) -> document.removeDocumentListener(entry.listener()));
        tracked.clear();
    }

    /** Sends every synchronised document to its (new) server again. */
    void reopenAll() {
        tracked.forEach((document, entry) -> {
            String text = document.get();
            servers.submit(entry.file().getProject(), connection -> connection.open(entry.uri(), text));
        });
    }

    /** The workspace file of a document that is synchronised, or null. */
    public IFile fileOf(IDocument document) {
        Tracked entry = tracked.get(document);
        return entry == null ? null : entry.file();
    }

    /** The server URI of a synchronised document, or null. */
    public String uriOf(IDocument document) {
        Tracked entry = tracked.get(document);
        return entry == null ? null : entry.uri();
    }

    /** The project's connection after the document's latest edit reached it, or null. */
    public ForgeConnection connectionOf(IDocument document, long timeoutMillis) {
        Tracked entry = tracked.get(document);
        return entry == null ? null : servers.connection(entry.file().getProject(), timeoutMillis);
    }

    /** The server URI of a workspace file. */
    public static String uri(IFile file) {
        return ForgeConnection.uri(file.getLocation().toPath());
    }

    @Override
    public void bufferCreated(IFileBuffer buffer) {
        if (!(buffer instanceof ITextFileBuffer textBuffer)) {
            return;
        }
        IFile file = workspaceFile(buffer.getLocation());
        if (!ForgeServers.isForgeFile(file) || file.getLocation() == null) {
            return;
        }
        IDocument document = textBuffer.getDocument();
        String uri = uri(file);
        IProject project = file.getProject();
        IDocumentListener listener = new IDocumentListener() {
            @Override
            public void documentAboutToBeChanged(DocumentEvent event) {
                // Only the text after the change is sent.
            }

            @Override
            public void documentChanged(DocumentEvent event) {
                String text = event.getDocument().get();
                servers.submit(project, connection -> connection.change(uri, text));
            }
        };
        if (tracked.putIfAbsent(document, new Tracked(file, uri, listener)) != null) {
            return;
        }
        String text = document.get();
        document.addDocumentListener(listener);
        servers.submit(project, connection -> connection.open(uri, text));
    }

    @Override
    public void bufferDisposed(IFileBuffer buffer) {
        if (!(buffer instanceof ITextFileBuffer textBuffer)) {
            return;
        }
        Tracked entry = tracked.remove(textBuffer.getDocument());
        if (entry != null) {
            textBuffer.getDocument().removeDocumentListener(entry.listener());
            servers.submit(entry.file().getProject(), connection -> connection.close(entry.uri()));
        }
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        if (event.getDelta() == null) {
            return;
        }
        Map<IProject, List<FileEvent>> unopened = new ConcurrentHashMap<>();
        try {
            event.getDelta().accept(delta -> {
                IResource resource = delta.getResource();
                if (!ForgeServers.isForgeFile(resource) || resource.getLocation() == null) {
                    return true;
                }
                String uri = uri((IFile) resource);
                boolean open = tracked.values().stream().anyMatch(entry -> entry.uri().equals(uri));
                if (open && delta.getKind() == IResourceDelta.CHANGED && (delta.getFlags() & IResourceDelta.CONTENT) != 0) {
                    servers.submit(resource.getProject(), connection -> connection.save(uri));
                } else if (!open) {
                    FileChangeType type = switch (delta.getKind()) {
                        case IResourceDelta.ADDED -> FileChangeType.Created;
                        case IResourceDelta.REMOVED -> FileChangeType.Deleted;
                        default -> FileChangeType.Changed;
                    };
                    unopened.computeIfAbsent(resource.getProject(), key -> new ArrayList<>()).add(new FileEvent(uri, type));
                }
                return false;
            });
        } catch (CoreException e) {
            LaForgePlugin.log("Cannot read a workspace change", e);
        }
        unopened.forEach((project, events) -> servers.submit(project, connection -> connection.watchedFilesChanged(events)));
    }

    private static IFile workspaceFile(IPath location) {
        if (location == null || location.segmentCount() < 2) {
            return null;
        }
        return ResourcesPlugin.getWorkspace().getRoot().getFile(location);
    }

    // The other buffer events need no message to the server: content replacement (revert) and
    // moves arrive as document changes and resource deltas.

    @Override
    public void bufferContentAboutToBeReplaced(IFileBuffer buffer) {
    }

    @Override
    public void bufferContentReplaced(IFileBuffer buffer) {
    }

    @Override
    public void stateChanging(IFileBuffer buffer) {
    }

    @Override
    public void dirtyStateChanged(IFileBuffer buffer, boolean isDirty) {
    }

    @Override
    public void stateValidationChanged(IFileBuffer buffer, boolean isStateValidated) {
    }

    @Override
    public void underlyingFileMoved(IFileBuffer buffer, IPath path) {
    }

    @Override
    public void underlyingFileDeleted(IFileBuffer buffer) {
    }

    @Override
    public void stateChangeFailed(IFileBuffer buffer) {
    }
}
