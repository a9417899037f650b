package dev.laforge.eclipse;

import java.util.stream.Collectors;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkedString;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Hover: the server's Markdown (doc comment, what the declaration is, the SQL/RLS it compiles to). */
public final class ForgeHoverProvider implements ITextHover {

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        ForgeDocument forge = ForgeDocument.of(viewer.getDocument());
        if (forge == null) {
            return null;
        }
        Hover hover = ForgeConnection.await(forge.connection().server().getTextDocumentService()
            .hover(new HoverParams(forge.identifier(), forge.position(region.getOffset()))), ForgeDocument.TIMEOUT_MILLIS);
        if (hover == null || hover.getContents() == null) {
            return null;
        }
        Either<java.util.List<Either<String, MarkedString>>, org.eclipse.lsp4j.MarkupContent> contents = hover.getContents();
        if (contents.isRight()) {
            return contents.getRight().getValue();
        }
        return contents.getLeft().stream()
            .map(part -> part.isLeft() ? part.getLeft() : part.getRight().getValue())
            .collect(Collectors.joining("\n\n"));
    }

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        return WordRegions.at(viewer.getDocument(), offset);
    }
}
