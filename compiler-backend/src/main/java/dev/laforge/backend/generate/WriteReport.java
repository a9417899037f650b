package dev.laforge.backend.generate;

import java.util.List;

/**
 * What {@link OutputWriter#write} did or, in check mode, would do. All lists are sorted paths.
 *
 * @param written files created or replaced (always empty in check mode)
 * @param unchanged files whose content was already correct
 * @param stale files that exist with different content (check mode only)
 * @param missing files that do not exist yet (check mode only)
 */
public record WriteReport(List<String> written, List<String> unchanged, List<String> stale, List<String> missing) {

  public WriteReport {
    written = written.stream().sorted().toList();
    unchanged = unchanged.stream().sorted().toList();
    stale = stale.stream().sorted().toList();
    missing = missing.stream().sorted().toList();
  }

  /** True when nothing had to be, or would have to be, written: what {@code --check} asserts. */
  public boolean upToDate() {
    return written.isEmpty() && stale.isEmpty() && missing.isEmpty();
  }
}
