package dev.laforge.lsp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import com.google.inject.Guice;
import org.eclipse.xtext.ide.server.LaunchArgs;
import org.eclipse.xtext.ide.server.ServerLauncher;
import org.eclipse.xtext.ide.server.ServerModule;

/**
 * Starts the Forge language server: over stdio by default, or on {@code --socket PORT} (loopback
 * only) for clients that connect over TCP. The Forge language is found through ISetup services.
 */
public final class ForgeLanguageServer {

  private ForgeLanguageServer() {}

  public static void main(String[] args) throws IOException {
    List<String> rest = new ArrayList<>();
    Integer port = null;
    for (int i = 0; i < args.length; i++) {
      if ("--socket".equals(args[i]) && i + 1 < args.length) {
        port = parsePort(args[++i]);
      } else if ("--stdio".equals(args[i])) {
        continue;
      } else if ("--help".equals(args[i])) {
        System.out.println("usage: forge-lsp-server [--socket PORT]   (stdio when no port is given)");
        return;
      } else {
        rest.add(args[i]);
      }
    }
    if (port == null) {
      ServerLauncher.main(rest.toArray(String[]::new));
      return;
    }
    try (ServerSocket server = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      System.err.println("forge-lsp-server: listening on 127.0.0.1:" + server.getLocalPort());
      try (Socket socket = server.accept()) {
        LaunchArgs launchArgs = ServerLauncher.createLaunchArgs(ServerLauncher.class.getName(), rest.toArray(String[]::new));
        launchArgs.setIn(socket.getInputStream());
        launchArgs.setOut(socket.getOutputStream());
        Guice.createInjector(new ServerModule()).getInstance(ServerLauncher.class).start(launchArgs);
      }
    }
  }

  private static int parsePort(String text) {
    try {
      int port = Integer.parseInt(text);
      if (port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      System.err.println("forge-lsp-server: --socket needs a port number (0-65535), got " + text);
      System.exit(2);
      return -1;
    }
  }
}
