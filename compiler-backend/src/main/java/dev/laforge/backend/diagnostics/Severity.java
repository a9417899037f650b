package dev.laforge.backend.diagnostics;

/** Severity of a diagnostic; only errors make {@code forge check} exit 1. */
public enum Severity { ERROR, WARNING, INFO }
