package dev.laforge.backend.migrate;

import java.util.Comparator;
import java.util.List;

/**
 * An operation and what makes it risky, findings sorted by code; no findings means safe.
 */
public record ClassifiedOp(MigrationOp op, List<Finding> findings) {

  public ClassifiedOp {
    findings = findings.stream().sorted(Comparator.comparing(Finding::code)).toList();
  }

  /** The risk of the first finding, or {@link Risk#SAFE} without findings. */
  public Risk risk() {
    return findings.isEmpty() ? Risk.SAFE : findings.get(0).risk();
  }

  public boolean safe() {
    return findings.isEmpty();
  }
}
