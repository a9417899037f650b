package dev.laforge.cli;

/** Exit codes of every forge command (docs/cli.md). */
final class ExitCode {
  static final int OK = 0;
  /** Diagnostics with errors, stale generated files, unformatted files. */
  static final int PROBLEMS = 1;
  /** Bad arguments, missing paths, unreadable files, invalid forge.yaml. */
  static final int USAGE = 2;
  /** A defect in forge itself; the message asks for a bug report. */
  static final int INTERNAL = 3;

  private ExitCode() {}
}
