package dev.laforge.backend.migrate.plan;

/** Which operations a migration applies directly. */
public enum PlanMode {
  /**
   * The default: destructive and data-dependent operations are not applied; they are written to
   * the fallback file as their non-destructive alternative, for review.
   */
  SAFE,
  /** Every operation is applied directly, including drops and changes that may fail on existing rows. */
  ALLOW_DESTRUCTIVE
}
