package dev.laforge.language.ide.contentassist;

import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;

/**
 * Completion item kinds beyond those {@link ContentAssistEntry} names: enum members and
 * constants (roles and claims), with their LSP counterparts.
 */
public final class ProposalKinds {

  public static final String ENUM_MEMBER = "ENUM_MEMBER";
  public static final String CONSTANT = "CONSTANT";
  public static final String EVENT = "EVENT";

  private ProposalKinds() {}

  /** The LSP kind of a Forge-specific entry kind, or null for the kinds Xtext already maps. */
  public static CompletionItemKind lspKind(String kind) {
    if (kind == null) {
      return null;
    }
    return switch (kind) {
      case ENUM_MEMBER -> CompletionItemKind.EnumMember;
      case CONSTANT -> CompletionItemKind.Constant;
      case EVENT -> CompletionItemKind.Event;
      default -> null;
    };
  }
}
