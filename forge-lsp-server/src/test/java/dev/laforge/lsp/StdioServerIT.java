package dev.laforge.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the shaded server jar as a real process and speaks JSON-RPC over stdio: initialize,
 * didOpen of a broken file, and waits for publishDiagnostics carrying the LF code; garbage,
 * unknown methods and a cancelled request get their JSON-RPC error codes.
 */
class StdioServerIT {

  @Test
  @org.junit.jupiter.api.Timeout(180)
  void initializeAndPublishCodedDiagnostics(@TempDir Path workspace) throws Exception {
    Path jar = Path.of("target", "forge-lsp-server.jar").toAbsolutePath();
    assertTrue(Files.isRegularFile(jar), "shaded jar missing: " + jar);
    Path file = workspace.resolve("broken.forge");
    String text = "model Broken {\n  name: string\n}\n";
    Files.writeString(file, text);
    Process server = new ProcessBuilder("java", "-jar", jar.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      OutputStream in = server.getOutputStream();
      InputStream out = server.getInputStream();
      send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\""
          + workspace.toUri() + "\",\"capabilities\":{}}}");
      String init = readUntil(out, "\"id\":1", Duration.ofSeconds(60));
      assertTrue(init.contains("\"capabilities\""), init);
      send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
      send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"" + file.toUri()
          + "\",\"languageId\":\"forge\",\"version\":1,\"text\":" + json(text) + "}}}");
      String diagnostics = readUntil(out, "LF201", Duration.ofSeconds(60));
      assertTrue(diagnostics.contains("textDocument/publishDiagnostics"), diagnostics);
      // Garbage is skipped and unknown methods get MethodNotFound; the server carries on.
      send(in, "{this is not json");
      send(in, "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"laforge/noSuchRequest\",\"params\":{}}");
      String unknown = readUntil(out, "\"id\":7", Duration.ofSeconds(30));
      assertTrue(unknown.contains("-32601"), unknown);

      // A request cancelled while it waits for a build answers RequestCancelled (-32800).
      StringBuilder big = new StringBuilder();
      for (int i = 0; i < 400; i++) {
        big.append("model M").append(i).append(" {\n  id: uuid pk\n  name: string\n").append(i > 0 ? "  prev: belongsTo(M" + (i - 1) + ")\n" : "")
            .append("}\n\n");
      }
      Path bigFile = workspace.resolve("big.forge");
      send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"" + bigFile.toUri()
          + "\",\"languageId\":\"forge\",\"version\":1,\"text\":" + json(big.toString()) + "}}}");
      send(in, "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"" + bigFile.toUri()
          + "\"},\"position\":{\"line\":1000,\"character\":3}}}");
      send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":8}}");
      String cancelled = readUntil(out, "\"id\":8", Duration.ofSeconds(60));
      String response8 = cancelled.substring(cancelled.lastIndexOf("{\"jsonrpc\""));
      assertTrue(response8.contains("-32800"), "expected RequestCancelled, got " + response8);

      send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\",\"params\":null}");
      readUntil(out, "\"id\":2", Duration.ofSeconds(30));
      send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\",\"params\":null}");
      assertEquals(true, server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "server did not exit");
    } finally {
      server.destroyForcibly();
    }
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private static void send(OutputStream in, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    in.write(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    in.write(bytes);
    in.flush();
  }

  /** Reads framed messages until one contains {@code marker}; returns everything read. */
  private static String readUntil(InputStream out, String marker, Duration timeout) throws IOException {
    Instant deadline = Instant.now().plus(timeout);
    StringBuilder all = new StringBuilder();
    while (Instant.now().isBefore(deadline)) {
      String message = readMessage(out);
      all.append(message).append('\n');
      if (message.contains(marker)) {
        return all.toString();
      }
    }
    throw new AssertionError("timed out waiting for " + marker + " in:\n" + all);
  }

  private static String readMessage(InputStream out) throws IOException {
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    int length = -1;
    while (true) {
      int b = out.read();
      if (b < 0) {
        throw new AssertionError("server closed its output");
      }
      header.write(b);
      String h = header.toString(StandardCharsets.US_ASCII);
      if (h.endsWith("\r\n\r\n")) {
        for (String line : h.split("\r\n")) {
          if (line.toLowerCase().startsWith("content-length:")) {
            length = Integer.parseInt(line.substring(15).trim());
          }
        }
        break;
      }
    }
    return new String(out.readNBytes(length), StandardCharsets.UTF_8);
  }
}
