package dev.laforge.cli;

import dev.laforge.lsp.ForgeLanguageServer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code forge lsp}: the language server in this process, over stdio or a loopback socket (docs/lsp.md). */
@Command(name = "lsp", mixinStandardHelpOptions = true,
    description = "Run the Forge language server (LSP) over stdio, or on a loopback TCP port with --socket.")
final class LspCommand implements Callable<Integer> {

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--stdio", description = "speak LSP over standard input/output (the default)")
  private boolean stdio;

  @Option(names = "--socket", paramLabel = "PORT", description = "listen on 127.0.0.1:PORT for one client instead of stdio (0 picks a free port)")
  private Integer port;

  @Option(names = "--trace", description = "log every LSP message to standard error")
  private boolean trace;

  @Override
  public Integer call() throws IOException {
    List<String> args = new ArrayList<>();
    if (port != null) {
      if (port < 0 || port > 65535) {
        spec.commandLine().getErr().println("forge: --socket needs a port number (0-65535), got " + port);
        return ExitCode.USAGE;
      }
      args.add("--socket");
      args.add(Integer.toString(port));
    }
    if (trace) {
      args.add("--trace");
    }
    return ForgeLanguageServer.run(args.toArray(String[]::new));
  }
}
