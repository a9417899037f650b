package dev.laforge.language;

import dev.laforge.backend.diagnostics.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Loads in-memory .forge sources through the real parser, linker and validator. */
public final class ForgeTestSupport {

  private static final ForgeDomainLoader LOADER = ForgeDomainLoader.create();

  private ForgeTestSupport() {}

  /** Alternating path and content: load("a.forge", "model A {...}", "b.forge", "..."). */
  public static ForgeDomainLoader.Result load(String... pathsAndContents) {
    List<ForgeDomainLoader.Source> sources = new ArrayList<>();
    for (int i = 0; i < pathsAndContents.length; i += 2) {
      sources.add(new ForgeDomainLoader.Source(pathsAndContents[i], pathsAndContents[i + 1].getBytes(StandardCharsets.UTF_8)));
    }
    synchronized (LOADER) {
      return LOADER.load(sources);
    }
  }

  public static ForgeDomainLoader.Result loadWithPolicies(String content) {
    synchronized (LOADER) {
      return LOADER.loadAndCompilePolicies(List.of(new ForgeDomainLoader.Source("domain.forge", content.getBytes(StandardCharsets.UTF_8))));
    }
  }

  public static ForgeDomainLoader.Result loadOne(String content) {
    return load("domain.forge", content);
  }

  public static String render(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .map(d -> d.file() + ":" + d.line() + ":" + d.column() + ": " + d.severity().name().toLowerCase() + " " + d.code() + ": " + d.message())
        .collect(Collectors.joining("\n"));
  }
}
