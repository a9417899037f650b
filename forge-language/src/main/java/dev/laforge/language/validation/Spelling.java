package dev.laforge.language.validation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * "Did you mean" suggestions: the names nearest to a misspelt one by edit distance (ignoring
 * case), kept only when they are plausibly typos of it. Messages and quick fixes share it.
 */
public final class Spelling {

  private Spelling() {}

  /** The candidate nearest to {@code word} when it is plausibly a typo, else null. */
  public static String closest(String word, Collection<String> candidates) {
    List<String> nearest = suggestions(word, candidates, 1);
    return nearest.isEmpty() ? null : nearest.get(0);
  }

  /**
   * Up to {@code limit} candidates within {@code max(2, length / 3)} edits of {@code word}, nearest
   * first (ties by name); {@code word} itself is never suggested.
   */
  public static List<String> suggestions(String word, Collection<String> candidates, int limit) {
    if (word == null) {
      return List.of();
    }
    String lower = word.toLowerCase();
    int allowed = Math.max(2, word.length() / 3);
    return candidates.stream()
        .filter(c -> c != null && !c.isEmpty() && !c.equals(word))
        .distinct()
        .filter(c -> distance(lower, c.toLowerCase()) <= allowed)
        .sorted(Comparator.comparingInt((String c) -> distance(lower, c.toLowerCase())).thenComparing(c -> c))
        .limit(limit)
        .toList();
  }

  /** Levenshtein distance: insertions, deletions and substitutions of one character each cost 1. */
  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
