package dev.laforge.language.ide.contentassist;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;

/**
 * Xtext's completion service with the Forge kinds ({@link ProposalKinds}) and string proposals
 * that replace the whole string literal under the cursor: completing {@code "dr‸"} to
 * {@code "draft"} does not leave the old closing quote behind.
 */
public class ForgeContentAssistService extends ContentAssistService {

  @Override
  protected CompletionItem toCompletionItem(ContentAssistEntry entry, int caretOffset, Position caretPosition, Document document) {
    CompletionItem item = super.toCompletionItem(entry, caretOffset, caretPosition, document);
    String proposal = entry.getProposal();
    String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
    if (proposal.length() >= 2 && (proposal.charAt(0) == '"' || proposal.charAt(0) == '\'') && prefix.startsWith(proposal.substring(0, 1))) {
      int end = restOfString(document.getContents(), caretOffset, proposal.charAt(0));
      if (end > caretOffset && item.getTextEdit() != null && item.getTextEdit().isLeft()) {
        TextEdit edit = item.getTextEdit().getLeft();
        edit.setRange(new Range(edit.getRange().getStart(), document.getPosition(end)));
      }
    }
    return item;
  }

  /** The end of the string literal the caret is in (after its closing quote), or the caret when there is none on the line. */
  private static int restOfString(String text, int caret, char quote) {
    for (int i = caret; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == quote) {
        return i + 1;
      }
      if (c == '\n' || c == '\r' || c == '\\' || Character.isWhitespace(c)) {
        return caret;
      }
    }
    return caret;
  }

  @Override
  protected CompletionItemKind translateKind(ContentAssistEntry entry) {
    CompletionItemKind kind = ProposalKinds.lspKind(entry.getKind());
    return kind != null ? kind : super.translateKind(entry);
  }
}
