package dev.laforge.backend.migrate;

import java.util.Locale;

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
  POLICY_WEAKENING;

  /** {@code safe}, {@code destructive}, {@code data-dependent}, ...: the name in reports and JSON. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
