package dev.laforge.language.ide.symbols;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.util.List;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightKind;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.occurrences.IDocumentHighlightService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Highlights every occurrence in this file of the symbol under the cursor: the declaration and
 * hook assignments ({@code record.x = ...}) as writes, all other references as reads.
 */
@Singleton
public class ForgeDocumentHighlightService implements IDocumentHighlightService {

  @Inject private SymbolFinder symbols;
  @Inject private Locations locations;

  @Override
  public List<? extends DocumentHighlight> getDocumentHighlights(Document document, XtextResource resource, DocumentHighlightParams params,
      CancelIndicator cancelIndicator) {
    int offset = document.getOffSet(params.getPosition());
    return symbols.at(resource, offset)
        .map(at -> symbols.occurrences(at.symbol(), List.of(resource)).stream()
            .map(o -> new DocumentHighlight(locations.range(o), o.write() ? DocumentHighlightKind.Write : DocumentHighlightKind.Read))
            .toList())
        .orElse(List.of());
  }
}
