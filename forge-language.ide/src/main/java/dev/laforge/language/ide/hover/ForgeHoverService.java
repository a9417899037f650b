package dev.laforge.language.ide.hover;

import com.google.inject.Inject;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Hovers that show what a declaration compiles to: a model's table, a field's column, a
 * relation's foreign key or join table in the active dialect, a policy's row-level security, and
 * where a role or claim is used; doc comments first (see {@link HoverMarkdown}).
 */
public class ForgeHoverService extends HoverService {

  @Inject
  private DocumentExtensions documents;

  @Override
  public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
    if (document == null || resource == null) {
      return IHoverService.EMPTY_HOVER;
    }
    try {
      document.getOffSet(params.getPosition());
    } catch (IndexOutOfBoundsException e) {
      return IHoverService.EMPTY_HOVER;
    }
    return super.hover(document, resource, params, cancelIndicator);
  }

  /**
   * The significant region of a declaration without a name (a policy, a permission rule) may not
   * contain the hovered offset: the hover then covers the token under the cursor.
   */
  @Override
  protected Range getRange(HoverContext ctx) {
    Range range = super.getRange(ctx);
    if (range != null || ctx.getResource().getParseResult() == null) {
      return range;
    }
    ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(ctx.getResource().getParseResult().getRootNode(), ctx.getOffset());
    return leaf == null ? null : documents.newRange(ctx.getResource(), leaf.getTextRegion());
  }

  @Override
  protected MarkupContent getMarkupContent(HoverContext ctx) {
    String markdown = HoverMarkdown.of(ctx.getResource(), ctx.getElement());
    return markdown == null ? null : toMarkupContent(getKind(ctx), markdown);
  }
}
