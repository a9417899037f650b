package dev.laforge.backend.diagnostics;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Every stable diagnostic code with its kebab-case name and default severity. Codes never change
 * meaning once released; each has an entry in docs/diagnostics.md (anchor = lower-case code).
 * LF1xx syntax and linking, LF2xx schema semantics, LF3xx policies, RBAC and hooks, LF4xx risks of
 * a schema change between two versions of a domain (see {@code dev.laforge.backend.migrate}).
 */
public enum DiagnosticCode {
  LF100("invalid-input", Severity.ERROR),
  LF101("syntax-error", Severity.ERROR),
  LF102("unresolved-reference", Severity.ERROR),
  LF103("unknown-relation-target", Severity.ERROR),
  LF104("unknown-role-or-claim", Severity.ERROR),
  LF105("unknown-field", Severity.ERROR),
  LF106("unknown-model", Severity.ERROR),
  LF107("unknown-enum", Severity.ERROR),

  LF201("missing-primary-key", Severity.ERROR),
  LF202("optional-primary-key", Severity.ERROR),
  LF203("duplicate-model", Severity.ERROR),
  LF204("duplicate-field", Severity.ERROR),
  LF205("duplicate-enum", Severity.ERROR),
  LF206("duplicate-enum-value", Severity.ERROR),
  LF207("relation-cycle", Severity.ERROR),
  LF208("tenant-not-uuid", Severity.ERROR),
  LF209("multiple-tenant-fields", Severity.ERROR),
  LF210("default-type-mismatch", Severity.ERROR),
  LF211("identifier-too-long", Severity.ERROR),
  LF212("duplicate-role-or-claim", Severity.ERROR),
  LF213("ambiguous-inverse-relation", Severity.ERROR),
  LF214("implicit-foreign-key", Severity.INFO),
  LF215("foreign-key-not-uuid", Severity.ERROR),
  LF216("invalid-validation", Severity.ERROR),
  LF217("duplicate-table-or-column", Severity.ERROR),
  LF218("misplaced-modifier", Severity.ERROR),
  LF219("unsupported-relation-key", Severity.ERROR),

  LF301("duplicate-policy", Severity.ERROR),
  LF302("policy-chain-too-deep", Severity.ERROR),
  LF303("unknown-user-property", Severity.ERROR),
  LF304("incompatible-comparison", Severity.ERROR),
  LF305("unknown-enum-literal", Severity.ERROR),
  LF306("model-denies-all", Severity.WARNING),
  LF307("not-a-collection", Severity.ERROR),
  LF308("non-boolean-policy", Severity.ERROR),
  LF309("unknown-method", Severity.ERROR),
  LF310("empty-permission-rule", Severity.ERROR),
  LF311("policy-not-compilable", Severity.ERROR),

  LF401("drop-table", Severity.WARNING),
  LF402("drop-column", Severity.WARNING),
  LF403("narrowing-type-change", Severity.WARNING),
  LF404("enum-value-removed", Severity.WARNING),
  LF405("not-null-column-without-default", Severity.WARNING),
  LF406("set-not-null", Severity.WARNING),
  LF407("unique-over-existing-rows", Severity.WARNING),
  LF408("check-over-existing-rows", Severity.WARNING),
  LF409("foreign-key-over-existing-rows", Severity.WARNING),
  LF410("index-without-concurrently", Severity.WARNING),
  LF411("table-rewrite", Severity.WARNING),
  LF412("rename", Severity.WARNING),
  LF413("policy-weakened", Severity.WARNING);

  /** Where each code is documented; editors link to it. */
  public static final String DOCS_URL =
      "https://github.com/laforge-dev/laforge-java/blob/main/docs/diagnostics.md";

  private final String slug;
  private final Severity defaultSeverity;

  DiagnosticCode(String slug, Severity defaultSeverity) {
    this.slug = slug;
    this.defaultSeverity = defaultSeverity;
  }

  public String slug() {
    return slug;
  }

  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  public String docsUrl() {
    return DOCS_URL + "#" + name().toLowerCase(Locale.ROOT);
  }

  public static Optional<DiagnosticCode> parse(String code) {
    return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
  }
}
