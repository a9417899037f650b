package dev.laforge.eclipse;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Conversions between LSP positions (line, UTF-16 column) and document offsets. */
public final class DocumentPositions {

    private DocumentPositions() {
    }

    /** The offset of a position, clamped to the document (a server may lag one edit behind). */
    public static int offset(IDocument document, Position position) {
        try {
            int lines = document.getNumberOfLines();
            if (position.getLine() >= lines) {
                return document.getLength();
            }
            IRegion line = document.getLineInformation(Math.max(0, position.getLine()));
            return line.getOffset() + Math.min(Math.max(0, position.getCharacter()), line.getLength());
        } catch (BadLocationException e) {
            return document.getLength();
        }
    }

    /** The region of a range. */
    public static IRegion region(IDocument document, Range range) {
        int start = offset(document, range.getStart());
        int end = Math.max(start, offset(document, range.getEnd()));
        return new Region(start, end - start);
    }

    /** The position of an offset. */
    public static Position position(IDocument document, int offset) {
        try {
            int line = document.getLineOfOffset(offset);
            return new Position(line, offset - document.getLineOffset(line));
        } catch (BadLocationException e) {
            return new Position(0, 0);
        }
    }
}
