package dev.laforge.eclipse;

import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * Quick fixes: the server's code actions for the marker's diagnostic, offered in the Problems
 * view and by Ctrl+1 in the editor.
 */
public final class ForgeMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {

    private static final IMarkerResolution[] NONE = {};

    @Override
    public boolean hasResolutions(IMarker marker) {
        return !marker.getAttribute(DiagnosticMarkers.CODE, "").isEmpty();
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        Diagnostic diagnostic = DiagnosticMarkers.diagnostic(marker);
        LaForgePlugin plugin = LaForgePlugin.getDefault();
        if (diagnostic == null || plugin == null || !(marker.getResource() instanceof IFile file) || file.getLocation() == null) {
            return NONE;
        }
        ForgeConnection connection = plugin.servers().connection(file.getProject(), ForgeDocument.TIMEOUT_MILLIS);
        if (connection == null) {
            return NONE;
        }
        CodeActionContext context = new CodeActionContext(List.of(diagnostic));
        context.setOnly(List.of(CodeActionKind.QuickFix));
        List<Either<Command, CodeAction>> actions = ForgeConnection.await(connection.server().getTextDocumentService()
            .codeAction(new CodeActionParams(new TextDocumentIdentifier(DocumentSync.uri(file)), diagnostic.getRange(), context)),
            ForgeDocument.TIMEOUT_MILLIS);
        if (actions == null) {
            return NONE;
        }
        return actions.stream()
            .filter(action -> action.isRight() && action.getRight().getEdit() != null)
            .map(action -> new Fix(action.getRight().getTitle(), action.getRight().getEdit()))
            .toArray(IMarkerResolution[]::new);
    }

    /** One code action: applying it applies its workspace edit. */
    private static final class Fix implements IMarkerResolution2 {

        private final String title;
        private final WorkspaceEdit edit;

        Fix(String title, WorkspaceEdit edit) {
            this.title = title;
            this.edit = edit;
        }

        @Override
        public String getLabel() {
            return title;
        }

        @Override
        public void run(IMarker marker) {
            WorkspaceEdits.apply(edit);
        }

        @Override
        public String getDescription() {
            return title;
        }

        @Override
        public org.eclipse.swt.graphics.Image getImage() {
            return null;
        }
    }
}
