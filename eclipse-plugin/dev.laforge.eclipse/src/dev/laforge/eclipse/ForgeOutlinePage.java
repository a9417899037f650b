package dev.laforge.eclipse;

import java.util.List;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/** The outline of a .forge file from the server's document symbols; selecting a symbol reveals it. */
public final class ForgeOutlinePage extends ContentOutlinePage {

    private static final long REFRESH_DELAY_MILLIS = 400;

    private final ITextEditor editor;
    private final Job refresh = Job.create("LaForge outline", monitor -> {
        return refreshNow();
    });
    private final IDocumentListener documentListener = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
            // The outline follows the text after the change.
        }

        @Override
        public void documentChanged(DocumentEvent event) {
            refresh.schedule(REFRESH_DELAY_MILLIS);
        }
    };

    ForgeOutlinePage(ITextEditor editor) {
        this.editor = editor;
        refresh.setSystem(true);
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new SymbolContent());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                DocumentSymbol symbol = (DocumentSymbol) element;
                return symbol.getDetail() == null || symbol.getDetail().isBlank() ? symbol.getName() : symbol.getName() + " : " + symbol.getDetail();
            }
        });
        document().addDocumentListener(documentListener);
        refresh.schedule();
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (event.getStructuredSelection().getFirstElement() instanceof DocumentSymbol symbol) {
            IRegion region = DocumentPositions.region(document(), symbol.getSelectionRange());
            editor.selectAndReveal(region.getOffset(), region.getLength());
        }
    }

    @Override
    public void dispose() {
        document().removeDocumentListener(documentListener);
        refresh.cancel();
        super.dispose();
    }

    private IDocument document() {
        return editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    private IStatus refreshNow() {
        ForgeDocument forge = ForgeDocument.of(document());
        if (forge == null) {
            return Status.OK_STATUS;
        }
        List<Either<SymbolInformation, DocumentSymbol>> symbols = ForgeConnection.await(forge.connection().server()
            .getTextDocumentService().documentSymbol(new DocumentSymbolParams(forge.identifier())), ForgeDocument.TIMEOUT_MILLIS);
        if (symbols == null) {
            return Status.OK_STATUS;
        }
        List<DocumentSymbol> roots = symbols.stream().filter(Either::isRight).map(Either::getRight).toList();
        Control control = getControl();
        if (control != null && !control.isDisposed()) {
            control.getDisplay().asyncExec(() -> {
                if (!control.isDisposed()) {
                    getTreeViewer().setInput(roots);
                }
            });
        }
        return Status.OK_STATUS;
    }

    /** The symbol tree: the input is the list of top-level symbols. */
    private static final class SymbolContent implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            List<DocumentSymbol> children = ((DocumentSymbol) parent).getChildren();
            return children == null ? new Object[0] : children.toArray();
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
            return children != null && !children.isEmpty();
        }
    }
}
