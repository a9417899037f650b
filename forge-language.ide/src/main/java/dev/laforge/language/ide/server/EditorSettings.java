package dev.laforge.language.ide.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.laforge.backend.diagnostics.DiagnosticCode;
import dev.laforge.backend.naming.Dialect;
import java.util.Locale;
import java.util.Optional;

/**
 * What the editor asked for, from {@code initializationOptions} and later from
 * {@code workspace/didChangeConfiguration} (under a {@code laforge} section): generate on save,
 * the dialect shown by hover and previews, where diagnostics link to, and an outDir override.
 * One value per server process, read by every service.
 */
public final class EditorSettings {

  /** The settings in force. {@code dialect} and {@code outDir} are empty when forge.yaml decides. */
  public record Values(boolean generateOnSave, Optional<Dialect> dialect, String docsBaseUrl, Optional<String> outDir) {

    /** The dialect hover and previews show: the editor's choice, else the project's first dialect. */
    public Dialect dialectOr(Dialect projectDefault) {
      return dialect.orElse(projectDefault);
    }

    /** The link of a diagnostic code: its entry in docs/diagnostics.md under the configured base. */
    public String docsUrl(DiagnosticCode code) {
      return docsBaseUrl + "#" + code.name().toLowerCase(Locale.ROOT);
    }
  }

  public static final Values DEFAULTS = new Values(true, Optional.empty(), DiagnosticCode.DOCS_URL, Optional.empty());

  private static volatile Values current = DEFAULTS;

  private EditorSettings() {}

  public static Values get() {
    return current;
  }

  /** Restores the defaults (a new server process, or a test). */
  public static void reset() {
    current = DEFAULTS;
  }

  /** Applies {@code initializationOptions}: a JSON object with the keys of {@link Values}. */
  public static void applyInitializationOptions(Object options) {
    if (options instanceof JsonObject json) {
      current = merge(current, json);
    }
  }

  /** Applies {@code workspace/didChangeConfiguration} settings: {@code {"laforge": {...}}} or the object itself. */
  public static void applyConfiguration(Object settings) {
    if (settings instanceof JsonObject json) {
      JsonElement section = json.get("laforge");
      current = merge(current, section instanceof JsonObject inner ? inner : json);
    }
  }

  static Values merge(Values base, JsonObject json) {
    boolean generateOnSave = bool(json, "generateOnSave").orElse(base.generateOnSave());
    Optional<Dialect> dialect = base.dialect();
    if (json.has("dialect")) {
      dialect = string(json, "dialect").flatMap(EditorSettings::dialect);
    }
    String docs = string(json, "docsBaseUrl").filter(s -> !s.isBlank()).orElse(base.docsBaseUrl());
    Optional<String> outDir = base.outDir();
    if (json.has("outDir")) {
      outDir = string(json, "outDir").filter(s -> !s.isBlank());
    }
    return new Values(generateOnSave, dialect, docs, outDir);
  }

  /** A dialect name as {@link Dialect#parse} reads it ({@code mariadb} is MySQL); anything else is ignored. */
  public static Optional<Dialect> dialect(String name) {
    try {
      return Optional.of(Dialect.parse(name));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<Boolean> bool(JsonObject json, String key) {
    JsonElement e = json.get(key);
    return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean() ? Optional.of(e.getAsBoolean()) : Optional.empty();
  }

  private static Optional<String> string(JsonObject json, String key) {
    JsonElement e = json.get(key);
    return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? Optional.of(e.getAsString()) : Optional.empty();
  }
}
