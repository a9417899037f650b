package dev.laforge.eclipse.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.laforge.eclipse.DocumentPositions;
import dev.laforge.eclipse.WorkspaceEdits;
import java.util.List;
import org.eclipse.jface.text.Document;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

/** Server edits and positions applied to documents. */
class WorkspaceEditsTest {

    @Test
    void editsApplyLastFirst() {
        Document document = new Document("model  Tag {\n  name:string\n}\n");
        WorkspaceEdits.apply(document, List.of(
            new TextEdit(new Range(new Position(0, 5), new Position(0, 7)), " "),
            new TextEdit(new Range(new Position(1, 7), new Position(1, 7)), " "),
            new TextEdit(new Range(new Position(0, 12), new Position(0, 12)), "\n  id: uuid pk default uuid()")));
        assertEquals("model Tag {\n  id: uuid pk default uuid()\n  name: string\n}\n", document.get());
    }

    @Test
    void positionsOutsideTheDocumentAreClamped() {
        Document document = new Document("ab\ncd");
        assertEquals(4, DocumentPositions.offset(document, new Position(1, 1)));
        assertEquals(2, DocumentPositions.offset(document, new Position(0, 99)));
        assertEquals(5, DocumentPositions.offset(document, new Position(7, 0)));
        assertEquals(new Position(1, 1), DocumentPositions.position(document, 4));
    }
}
