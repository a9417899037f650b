package dev.laforge.eclipse;

import java.net.URI;
import java.util.List;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** Go to definition: Ctrl+click (or F3 through the hyperlink) on a name opens its declaration. */
public final class ForgeHyperlinkDetector extends AbstractHyperlinkDetector {

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
        IRegion word = WordRegions.at(viewer.getDocument(), region.getOffset());
        if (word.getLength() == 0) {
            return null;
        }
        ForgeDocument forge = ForgeDocument.of(viewer.getDocument());
        if (forge == null) {
            return null;
        }
        Either<List<? extends Location>, List<? extends LocationLink>> answer = ForgeConnection.await(forge.connection().server()
            .getTextDocumentService().definition(new DefinitionParams(forge.identifier(), forge.position(region.getOffset()))),
            ForgeDocument.TIMEOUT_MILLIS);
        if (answer == null) {
            return null;
        }
        List<Declaration> targets = answer.isLeft()
            ? answer.getLeft().stream().map(l -> new Declaration(word, l.getUri(), l.getRange())).toList()
            : answer.getRight().stream().map(l -> new Declaration(word, l.getTargetUri(), l.getTargetSelectionRange())).toList();
        return targets.isEmpty() ? null : targets.toArray(IHyperlink[]::new);
    }

    /** A link to a declaration: opens its file and selects its name. */
    private record Declaration(IRegion region, String uri, Range range) implements IHyperlink {

        @Override
        public IRegion getHyperlinkRegion() {
            return region;
        }

        @Override
        public String getTypeLabel() {
            return "LaForge declaration";
        }

        @Override
        public String getHyperlinkText() {
            return "Open Declaration";
        }

        @Override
        public void open() {
            IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(URI.create(uri));
            if (files.length == 0) {
                return;
            }
            try {
                IEditorPart editor = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), files[0]);
                ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(files[0].getFullPath(), LocationKind.IFILE);
                if (editor instanceof ITextEditor textEditor && buffer != null) {
                    IRegion target = DocumentPositions.region(buffer.getDocument(), range);
                    textEditor.selectAndReveal(target.getOffset(), target.getLength());
                }
            } catch (PartInitException e) {
                LaForgePlugin.log("Cannot open " + uri, e);
            }
        }
    }
}
