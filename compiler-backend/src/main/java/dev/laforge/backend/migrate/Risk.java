package dev.laforge.backend.migrate;

/** The kind of risk a {@link Finding} names; an operation without findings is {@link #SAFE}. */
public enum Risk {
  /** Nothing to review. */
  SAFE,
  /** Data is deleted or may be lost (dropped table or column, narrowing type, removed enum value). */
  DESTRUCTIVE,
  /** Succeeds or fails depending on the rows already stored (new NOT NULL, UNIQUE, CHECK, FK). */
  DATA_DEPENDENT,
  /** Holds a lock that blocks reads or writes while it runs (index build, table rewrite). */
  LOCKING,
  /** Breaks application code still running against the old names. */
  RENAME,
  /** Lets some request through that the previous policies denied. */
  POLICY_WEAKENING
}
