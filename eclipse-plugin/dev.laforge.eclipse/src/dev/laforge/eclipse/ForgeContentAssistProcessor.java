package dev.laforge.eclipse;

import java.util.List;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Content assist from the server's completion ({@code .} triggers it as the server announces). */
public final class ForgeContentAssistProcessor implements IContentAssistProcessor {

    private static final ICompletionProposal[] NONE = {};

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        ForgeDocument forge = ForgeDocument.of(viewer.getDocument());
        if (forge == null) {
            return NONE;
        }
        Either<List<CompletionItem>, CompletionList> answer = ForgeConnection.await(forge.connection().server()
            .getTextDocumentService().completion(new CompletionParams(forge.identifier(), forge.position(offset))),
            ForgeDocument.TIMEOUT_MILLIS);
        if (answer == null) {
            return NONE;
        }
        List<CompletionItem> items = answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
        return items.stream().map(item -> proposal(viewer.getDocument(), offset, item)).toArray(ICompletionProposal[]::new);
    }

    private static ICompletionProposal proposal(IDocument document, int offset, CompletionItem item) {
        String display = item.getDetail() == null || item.getDetail().isBlank() ? item.getLabel() : item.getLabel() + " : " + item.getDetail();
        if (item.getTextEdit() != null && item.getTextEdit().isLeft()) {
            TextEdit edit = item.getTextEdit().getLeft();
            IRegion region = DocumentPositions.region(document, edit.getRange());
            // The range ends where the request was made; text typed since then is replaced too.
            int length = Math.max(region.getLength(), offset - region.getOffset());
            return new CompletionProposal(edit.getNewText(), region.getOffset(), length, edit.getNewText().length(), null, display, null, null);
        }
        String text = item.getInsertText() == null ? item.getLabel() : item.getInsertText();
        IRegion word = WordRegions.at(document, offset);
        int prefixStart = word.getOffset();
        return new CompletionProposal(text, prefixStart, offset - prefixStart, text.length(), null, display, null, null);
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] {'.'};
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
