package dev.laforge.backend.migrate;

import dev.laforge.backend.diagnostics.DiagnosticCode;

/**
 * Why an operation needs review: an LF4xx lint code, the kind of risk it stands for, and a
 * message naming the table and column.
 */
public record Finding(DiagnosticCode code, Risk risk, String message) {

  /** A finding with the risk that belongs to {@code code}. */
  public static Finding of(DiagnosticCode code, String message) {
    return new Finding(code, riskOf(code), message);
  }

  /** The risk an LF4xx code stands for. */
  public static Risk riskOf(DiagnosticCode code) {
    return switch (code) {
      case LF401, LF402, LF403, LF404 -> Risk.DESTRUCTIVE;
      case LF405, LF406, LF407, LF408, LF409 -> Risk.DATA_DEPENDENT;
      case LF410, LF411 -> Risk.LOCKING;
      case LF412 -> Risk.RENAME;
      case LF413 -> Risk.POLICY_WEAKENING;
      default -> throw new IllegalArgumentException(code + " is not a migration lint");
    };
  }
}
