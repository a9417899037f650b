package dev.laforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ForgeCli.main} in a real JVM: the process exit code is the command's, and nothing else
 * (library logging, stack traces) reaches the real stdout or stderr.
 */
class ProcessCliTest {

  @TempDir Path dir;

  private record Outcome(int exitCode, String out, String err) {}

  private Outcome forge(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ForgeCli.class.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile()).start();
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
      try {
        return p.getErrorStream().readAllBytes();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "forge did not finish");
    return new Outcome(p.exitValue(), out, new String(err.join(), StandardCharsets.UTF_8));
  }

  @Test
  void exitCodesAndStreamsOfARealProcess() throws IOException, InterruptedException {
    TestFiles.write(dir.resolve("broken.forge"), Sources.BROKEN);
    // Run in the temp folder with a relative path: diagnostics show the path as typed.
    Outcome broken = forge("check", "broken.forge");
    assertEquals(ExitCode.PROBLEMS, broken.exitCode(), broken.toString());
    assertTrue(broken.out().startsWith("broken.forge:1:7: error LF201: "), broken.toString());
    assertEquals("", broken.err(), "no logging noise on stderr");

    Outcome usage = forge("check", "--format", "yaml", "broken.forge");
    assertEquals(ExitCode.USAGE, usage.exitCode(), usage.toString());
    assertFalse(usage.err().contains("Exception") || usage.err().contains("\tat "), usage.toString());

    TestFiles.write(dir.resolve("forge.yaml"), "outDir: [unclosed\n");
    Outcome yaml = forge("generate");
    assertEquals(ExitCode.USAGE, yaml.exitCode(), yaml.toString());
    assertTrue(yaml.err().startsWith("forge: forge.yaml: not valid YAML"), yaml.toString());
    assertFalse(yaml.err().contains("Exception") || yaml.err().contains("\tat "), yaml.toString());
  }
}
