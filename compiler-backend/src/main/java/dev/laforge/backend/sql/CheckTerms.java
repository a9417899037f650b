package dev.laforge.backend.sql;

import dev.laforge.backend.ir.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The terms of a column's validation CHECK, in the fixed order length, min, max, pattern, email,
 * shared by every dialect: only the length function and the regex match are spelled differently.
 */
public final class CheckTerms {

  private CheckTerms() {}

  /**
   * @param quotedColumn the column, already quoted for the dialect
   * @param lengthFunction {@code char_length}, {@code CHAR_LENGTH} or {@code length}
   * @param regexMatch renders "the column matches this pattern", or null when the dialect has no
   *     regular expressions (then pattern and email produce no term)
   */
  public static List<String> of(String quotedColumn, Validation validation, String lengthFunction, UnaryOperator<String> regexMatch) {
    String c = quotedColumn;
    List<String> terms = new ArrayList<>();
    Integer minLength = validation.minLength();
    Integer maxLength = validation.maxLength();
    String length = lengthFunction + "(" + c + ")";
    if (minLength != null && maxLength != null) {
      terms.add(length + " BETWEEN " + minLength + " AND " + maxLength);
    } else if (minLength != null) {
      terms.add(length + " >= " + minLength);
    } else if (maxLength != null) {
      terms.add(length + " <= " + maxLength);
    }
    if (validation.min() != null) {
      terms.add(c + " >= " + validation.min().toPlainString());
    }
    if (validation.max() != null) {
      terms.add(c + " <= " + validation.max().toPlainString());
    }
    if (regexMatch != null && validation.pattern() != null) {
      terms.add(regexMatch.apply(validation.pattern()));
    }
    if (regexMatch != null && validation.email()) {
      terms.add(regexMatch.apply(SqlSchema.Check.EMAIL_PATTERN));
    }
    return terms;
  }
}
