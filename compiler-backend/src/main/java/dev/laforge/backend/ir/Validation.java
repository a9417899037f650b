package dev.laforge.backend.ir;

import java.math.BigDecimal;

/**
 * Validation modifiers of a field; each becomes a CHECK constraint where the dialect can express
 * it, an API-schema constraint and a runtime check. Absent bounds are null.
 */
public record Validation(
    Integer minLength, Integer maxLength, BigDecimal min, BigDecimal max, String pattern, boolean email) {

  public static final Validation NONE = new Validation(null, null, null, null, null, false);

  public boolean isEmpty() {
    return equals(NONE);
  }
}
