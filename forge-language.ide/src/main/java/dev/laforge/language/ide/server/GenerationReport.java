package dev.laforge.language.ide.server;

import java.util.List;

/**
 * The {@code laforge/generated} notification: {@code ok} is false when nothing was written
 * ({@code message} says why: errors in the domain, policies that cannot compile, a write failure).
 * Paths are relative to {@code outDir}, a file URI.
 */
public record GenerationReport(String projectUri, String outDir, boolean ok, List<String> written, List<String> unchanged, String message) {}
