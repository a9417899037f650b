package dev.laforge.language.ide.server;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter the server advances before every build (an edit, an opened, closed or changed file).
 * Read services cache what they derive from the workspace (e.g. a project's IR) for one
 * generation: while it does not change, no build ran, so the ASTs they read are the same.
 */
public final class BuildGeneration {

  private static final AtomicLong GENERATION = new AtomicLong();

  private BuildGeneration() {}

  public static long current() {
    return GENERATION.get();
  }

  static void advance() {
    GENERATION.incrementAndGet();
  }
}
