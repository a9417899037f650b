package dev.laforge.eclipse;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Applies the server's edits (quick fixes, formatting) to documents. A file open in an editor is
 * changed in its document and stays unsaved; any other file is changed and saved.
 */
public final class WorkspaceEdits {

    private WorkspaceEdits() {
    }

    /**
     * Applies a workspace edit ({@code changes} or {@code documentChanges} of text edits).
     *
     * @return whether every edit was applied
     */
    public static boolean apply(WorkspaceEdit edit) {
        boolean applied = true;
        if (edit.getChanges() != null) {
            for (Map.Entry<String, List<TextEdit>> change : edit.getChanges().entrySet()) {
                applied &= apply(change.getKey(), change.getValue());
            }
        }
        if (edit.getDocumentChanges() != null) {
            for (var change : edit.getDocumentChanges()) {
                if (change.isLeft()) {
                    TextDocumentEdit documentEdit = change.getLeft();
                    List<TextEdit> edits = documentEdit.getEdits().stream().filter(e -> e.isLeft()).map(e -> e.getLeft()).toList();
                    applied &= apply(documentEdit.getTextDocument().getUri(), edits);
                } else {
                    applied = false;
                }
            }
        }
        return applied;
    }

    private static boolean apply(String uri, List<TextEdit> edits) {
        IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(URI.create(uri));
        if (files.length == 0) {
            return false;
        }
        IFile file = files[0];
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        boolean wasOpen = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE) != null;
        try {
            manager.connect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
            try {
                ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
                IDocument document = buffer.getDocument();
                runInDisplayThread(() -> apply(document, edits));
                if (!wasOpen) {
                    buffer.commit(new NullProgressMonitor(), true);
                }
            } finally {
                manager.disconnect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
            }
            return true;
        } catch (CoreException e) {
            LaForgePlugin.log("Cannot apply the server's edit to " + file.getFullPath(), e);
            return false;
        }
    }

    /** Applies text edits to a document, last first so that earlier offsets stay valid. */
    public static void apply(IDocument document, List<TextEdit> edits) {
        List<TextEdit> ordered = new ArrayList<>(edits);
        ordered.sort(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
            .thenComparing(e -> e.getRange().getStart().getCharacter()).reversed());
        try {
            for (TextEdit edit : ordered) {
                IRegion region = DocumentPositions.region(document, edit.getRange());
                document.replace(region.getOffset(), region.getLength(), edit.getNewText());
            }
        } catch (BadLocationException e) {
            LaForgePlugin.log("The server's edit does not fit the document", e);
        }
    }

    private static void runInDisplayThread(Runnable action) {
        // A document shown in an editor may only change in the display thread.
        if (PlatformUI.isWorkbenchRunning() && Display.getCurrent() == null) {
            PlatformUI.getWorkbench().getDisplay().syncExec(action);
        } else {
            action.run();
        }
    }
}
