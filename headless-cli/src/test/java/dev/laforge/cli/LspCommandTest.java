package dev.laforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code forge lsp} in a real JVM: a language server on stdio that answers initialize and exits on exit. */
class LspCommandTest {

  @Test
  void forgeLspSpeaksLspOnStdio(@TempDir Path dir) throws Exception {
    TestFiles.write(dir.resolve("a.forge"), "model A {\n  id: uuid pk\n}\n");
    Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ForgeCli.class.getName(), "lsp"))
        .directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      send(p.getOutputStream(), "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\""
          + dir.toUri() + "\",\"capabilities\":{}}}");
      String init = read(p.getInputStream());
      assertTrue(init.contains("\"id\":1") && init.contains("\"hoverProvider\""), init);
      send(p.getOutputStream(), "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\",\"params\":null}");
      String shutdown = read(p.getInputStream());
      assertTrue(shutdown.contains("\"id\":2"), shutdown);
      send(p.getOutputStream(), "{\"jsonrpc\":\"2.0\",\"method\":\"exit\",\"params\":null}");
      assertTrue(p.waitFor(30, TimeUnit.SECONDS), "forge lsp did not exit");
      assertEquals(0, p.exitValue());
    } finally {
      p.destroyForcibly();
    }
  }

  @Test
  void aBadPortIsAUsageError() {
    var err = new ByteArrayOutputStream();
    int code = ForgeCli.run(new String[] {"lsp", "--socket", "70000"}, new java.io.PrintStream(new ByteArrayOutputStream()),
        new java.io.PrintStream(err));
    assertEquals(ExitCode.USAGE, code);
  }

  private static void send(OutputStream in, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    in.write(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    in.write(bytes);
    in.flush();
  }

  private static String read(InputStream out) throws IOException {
    StringBuilder header = new StringBuilder();
    while (!header.toString().endsWith("\r\n\r\n")) {
      int b = out.read();
      if (b < 0) {
        throw new AssertionError("server closed its output after: " + header);
      }
      header.append((char) b);
    }
    int length = 0;
    for (String line : header.toString().split("\r\n")) {
      if (line.toLowerCase().startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    return new String(out.readNBytes(length), StandardCharsets.UTF_8);
  }
}
