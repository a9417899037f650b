package dev.laforge.language.ide.contentassist;

import java.util.HashMap;
import java.util.Map;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.xbase.lib.Pair;

/**
 * Keeps one proposal per label: the same word can be offered by several parser paths (a modifier
 * {@code unique} and an index {@code unique(...)}), and the client should see it once, with the
 * highest priority any path gave it.
 */
public class UniqueProposalAcceptor extends IdeContentProposalAcceptor {

  private final Map<String, Pair<Integer, ContentAssistEntry>> byLabel = new HashMap<>();

  @Override
  public void accept(ContentAssistEntry entry, int priority) {
    if (entry == null) {
      return;
    }
    String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
    Pair<Integer, ContentAssistEntry> seen = byLabel.get(label);
    if (seen != null) {
      if (seen.getKey() >= priority) {
        return;
      }
      entries.remove(seen);
    }
    super.accept(entry, priority);
    byLabel.put(label, Pair.of(priority, entry));
  }
}
