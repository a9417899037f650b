package dev.laforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Runs the {@code forge} command in-process and captures its exit code, stdout and stderr. */
final class Cli {

  private Cli() {}

  /** The outcome of one command line. */
  record Result(String command, int exitCode, String out, String err) {

    List<String> outLines() {
      return out.lines().toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }

    /** Asserts the exit code; the failure message shows everything the command printed. */
    Result assertExit(int expected) {
      assertEquals(expected, exitCode, () -> "exit code of `" + command + "`\n" + transcript());
      return this;
    }

    /** Nothing printed looks like a Java stack trace or an exception name. */
    Result assertNoStackTrace() {
      for (String stream : List.of(out, err)) {
        assertFalse(stream.contains("Exception"), () -> "`" + command + "` printed an exception\n" + transcript());
        assertFalse(stream.contains("\tat "), () -> "`" + command + "` printed a stack trace\n" + transcript());
      }
      return this;
    }

    String transcript() {
      return "--- exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err + "---";
    }
  }

  /** Runs {@code forge args...}; arguments are converted with {@link String#valueOf}. */
  static Result run(Object... args) {
    String[] argv = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
         PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = ForgeCli.run(argv, o, e);
    }
    return new Result("forge " + String.join(" ", argv), code,
        out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
