package dev.laforge.lsp;

import com.google.inject.Guice;
import dev.laforge.language.ide.server.ForgeLanguageClient;
import dev.laforge.language.ide.server.ForgeServerModule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Starts the Forge language server: over stdio by default, or on {@code --socket PORT} (loopback
 * only) for clients that connect over TCP. Standard output carries only the protocol: anything
 * else the process prints goes to standard error.
 */
public final class ForgeLanguageServer {

  static final String USAGE = "usage: forge-lsp-server [--stdio | --socket PORT] [--trace]";

  private ForgeLanguageServer() {}

  public static void main(String[] args) throws IOException {
    System.exit(run(args));
  }

  /** Runs the server until the client disconnects or sends exit; returns the process exit code. */
  public static int run(String[] args) throws IOException {
    Integer port = null;
    boolean trace = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--socket" -> {
          if (i + 1 >= args.length) {
            System.err.println("forge-lsp-server: --socket needs a port number (0-65535)");
            return 2;
          }
          port = parsePort(args[++i]);
          if (port == null) {
            return 2;
          }
        }
        case "--stdio" -> { }
        case "--trace" -> trace = true;
        case "--help", "-h" -> {
          System.err.println(USAGE);
          return 0;
        }
        default -> {
          System.err.println("forge-lsp-server: unknown option " + args[i] + "\n" + USAGE);
          return 2;
        }
      }
    }
    InputStream in = System.in;
    PrintStream out = System.out;
    // Stray prints must never corrupt the protocol stream.
    System.setOut(System.err);
    System.setIn(new ByteArrayInputStream(new byte[0]));
    if (port == null) {
      return serve(in, out, trace);
    }
    try (ServerSocket server = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      System.err.println("forge-lsp-server: listening on 127.0.0.1:" + server.getLocalPort());
      try (Socket socket = server.accept()) {
        return serve(socket.getInputStream(), socket.getOutputStream(), trace);
      }
    }
  }

  /** Serves one client on these streams until it disconnects or sends exit; returns the exit code. */
  static int serve(InputStream in, OutputStream out, boolean trace) {
    LanguageServerImpl server = Guice.createInjector(ForgeServerModule.create()).getInstance(LanguageServerImpl.class);
    Launcher<ForgeLanguageClient> launcher = Launcher.createLauncher(server, ForgeLanguageClient.class, in, out, false,
        trace ? new PrintWriter(System.err, true) : null);
    server.connect(launcher.getRemoteProxy());
    Future<Void> listening = launcher.startListening();
    try {
      listening.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      System.err.println("forge-lsp-server: connection failed: " + e.getCause());
      return 1;
    }
    return 0;
  }

  private static Integer parsePort(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    System.err.println("forge-lsp-server: --socket needs a port number (0-65535), got " + text);
    return null;
  }
}
