package dev.laforge.eclipse;

import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;

/**
 * A .forge document as the editor features need it: the document, its URI on the server, and the
 * server connection once the document's latest edit has reached it.
 *
 * @param document the document
 * @param uri the document's URI
 * @param connection the project's language server
 */
public record ForgeDocument(IDocument document, String uri, ForgeConnection connection) {

    /** How long an editor feature waits for the server before it gives up (startup, busy server). */
    public static final long TIMEOUT_MILLIS = 5000;

    /** The .forge document, or null when the document is no synchronised .forge file or no server runs. */
    public static ForgeDocument of(IDocument document) {
        LaForgePlugin plugin = LaForgePlugin.getDefault();
        if (plugin == null || document == null) {
            return null;
        }
        String uri = plugin.documentSync().uriOf(document);
        if (uri == null) {
            return null;
        }
        ForgeConnection connection = plugin.documentSync().connectionOf(document, TIMEOUT_MILLIS);
        return connection == null ? null : new ForgeDocument(document, uri, connection);
    }

    /** The identifier of the document in requests. */
    public TextDocumentIdentifier identifier() {
        return new TextDocumentIdentifier(uri);
    }

    /** The LSP position of an offset. */
    public Position position(int offset) {
        return DocumentPositions.position(document, offset);
    }
}
