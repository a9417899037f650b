package dev.laforge.backend.policy;

/**
 * A truth value of SQL's three-valued logic. {@code AND}, {@code OR} and {@code NOT} are Kleene's;
 * a policy allows only on {@link #TRUE}, so {@link #UNKNOWN} denies.
 */
public enum Truth {
  TRUE, FALSE, UNKNOWN;

  /** {@code null} is UNKNOWN. */
  public static Truth of(Boolean value) {
    return value == null ? UNKNOWN : value ? TRUE : FALSE;
  }

  public Truth and(Truth other) {
    if (this == FALSE || other == FALSE) {
      return FALSE;
    }
    return this == TRUE && other == TRUE ? TRUE : UNKNOWN;
  }

  public Truth or(Truth other) {
    if (this == TRUE || other == TRUE) {
      return TRUE;
    }
    return this == FALSE && other == FALSE ? FALSE : UNKNOWN;
  }

  public Truth not() {
    return this == UNKNOWN ? UNKNOWN : this == TRUE ? FALSE : TRUE;
  }

  /** SQL's {@code x IS TRUE}: the two-valued view that EXISTS and WHERE take. */
  public boolean isTrue() {
    return this == TRUE;
  }

  /** The value as SQL writes it: TRUE, FALSE or NULL. */
  public String sql() {
    return this == UNKNOWN ? "NULL" : name();
  }

  /** The value as the verdicts print it. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
