package dev.laforge.language.ide.server;

import org.eclipse.lsp4j.jsonrpc.services.JsonNotification;
import org.eclipse.lsp4j.services.LanguageClient;

/** The LSP client plus the notifications only LaForge sends. */
public interface ForgeLanguageClient extends LanguageClient {

  /** After generate on save: what was written, or why nothing was. Clients may ignore it. */
  @JsonNotification("laforge/generated")
  void generated(GenerationReport report);
}
