package dev.laforge.backend.migrate.plan;

import dev.laforge.backend.migrate.ClassifiedOp;
import dev.laforge.backend.migrate.Finding;
import dev.laforge.backend.migrate.MigrationOp;
import dev.laforge.backend.naming.Dialect;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The migration of one dialect: the operations it applies, in the order their statements run,
 * and (in {@link PlanMode#SAFE}) the deferred ones, rendered as their non-destructive alternative
 * for the fallback file. The texts are deterministic: the same plan always gives the same bytes.
 */
public record MigrationPlan(Dialect dialect, List<PlannedOp> applied, List<PlannedOp> deferred) {

  public MigrationPlan {
    applied = List.copyOf(applied);
    deferred = List.copyOf(deferred);
  }

  /** True when there is nothing to apply and nothing deferred: no file is written. */
  public boolean isEmpty() {
    return applied.isEmpty() && deferred.isEmpty();
  }

  /**
   * The content of {@code <id>.sql}: a header listing the operations (and those deferred to the
   * fallback file, with their findings), then each operation as a comment, a {@code -- WARNING
   * LF4xx} line per finding, and its statements; empty when nothing is applied.
   */
  public String script() {
    if (applied.isEmpty()) {
      return "";
    }
    List<String> out = new ArrayList<>();
    out.add(Describe.comment("LaForge migration for " + dialectName() + ". Review it before applying it;"
        + " the .down.sql file of the same name undoes it."));
    out.add("-- Operations:");
    distinct(applied).forEach(op -> out.add(Describe.comment("  " + Describe.of(op.op()) + codes(op))));
    if (!deferred.isEmpty()) {
      out.add("-- Deferred to the _fallback.sql file of the same name (destructive or data-dependent):");
      distinct(deferred).forEach(op -> out.add(Describe.comment("  " + Describe.of(op.op()) + codes(op))));
    }
    Set<ClassifiedOp> warned = new HashSet<>();
    for (PlannedOp op : applied) {
      out.add("");
      out.add(Describe.comment(Describe.of(op.op().op())));
      if (warned.add(op.op())) {
        op.op().findings().forEach(f -> out.add(Describe.comment("WARNING " + f.code() + ": " + f.message())));
      }
      out.addAll(op.statements());
    }
    return String.join("\n", out) + "\n";
  }

  /**
   * The content of {@code <id>_fallback.sql}: a WARNING header saying nothing in it ran, then
   * each deferred operation with its findings and its non-destructive alternative; empty when
   * nothing is deferred.
   */
  public String fallbackScript() {
    if (deferred.isEmpty()) {
      return "";
    }
    List<String> out = new ArrayList<>();
    out.add(Describe.comment("WARNING: LaForge did not apply these operations: each may delete data or fail on"
        + " existing rows (" + dialectName() + ")."));
    out.add("-- Review every statement and complete the placeholders before running this file by hand;");
    out.add("-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.");
    out.add("-- To apply the operations directly instead, plan with --allow-destructive.");
    out.add("-- Operations:");
    distinct(deferred).forEach(op -> out.add(Describe.comment("  " + Describe.of(op.op()) + codes(op))));
    Set<ClassifiedOp> explained = new HashSet<>();
    for (PlannedOp op : deferred) {
      out.add("");
      out.add(Describe.comment(Describe.of(op.op().op())));
      if (explained.add(op.op())) {
        op.op().findings().forEach(f -> out.add(Describe.comment("WARNING " + f.code() + ": " + f.message())));
      }
      out.addAll(op.statements());
    }
    return String.join("\n", out) + "\n";
  }

  /**
   * The content of {@code <id>.down.sql}: the reverse of the applied operations, last first; an
   * operation without a reverse (what it deleted cannot be restored) is listed as a comment.
   * Empty when nothing is applied.
   */
  public String reverseScript() {
    if (applied.isEmpty()) {
      return "";
    }
    List<String> out = new ArrayList<>();
    out.add(Describe.comment("LaForge migration for " + dialectName() + ", reversed: undoes the .sql file of the"
        + " same name, last operation first."));
    for (int i = applied.size() - 1; i >= 0; i--) {
      PlannedOp op = applied.get(i);
      if (op.statements().stream().allMatch(s -> s.startsWith("--"))) {
        continue;
      }
      out.add("");
      out.add(Describe.comment("undo " + Describe.of(op.op().op())));
      if (op.reverse().isEmpty()) {
        out.add("-- no reverse: what this operation deleted or changed cannot be restored from the schema alone");
      } else {
        out.addAll(op.reverse());
      }
    }
    return String.join("\n", out) + "\n";
  }

  /**
   * The migration's name after its timestamp, from the operations applied and deferred:
   * {@code initial} for a first migration, else e.g. {@code add_posts_legacy} or
   * {@code drop_tags_and_more}; {@code [a-z0-9_]}, at most 60 characters.
   */
  public String slug() {
    List<MigrationOp> ops = new ArrayList<>();
    for (List<PlannedOp> list : List.of(applied, deferred)) {
      distinct(list).forEach(op -> ops.add(op.op()));
    }
    return Describe.slug(ops);
  }

  /** Every finding of the applied and deferred operations, each operation once. */
  public List<Finding> findings() {
    Set<ClassifiedOp> ops = new LinkedHashSet<>();
    applied.forEach(op -> ops.add(op.op()));
    deferred.forEach(op -> ops.add(op.op()));
    return ops.stream().flatMap(op -> op.findings().stream()).toList();
  }

  private String dialectName() {
    return switch (dialect) {
      case POSTGRES -> "PostgreSQL";
      case MYSQL -> "MySQL/MariaDB";
      case SQLITE -> "SQLite";
    };
  }

  private static List<ClassifiedOp> distinct(List<PlannedOp> ops) {
    Set<ClassifiedOp> seen = new LinkedHashSet<>();
    ops.forEach(op -> seen.add(op.op()));
    return List.copyOf(seen);
  }

  private static String codes(ClassifiedOp op) {
    if (op.findings().isEmpty()) {
      return "";
    }
    return " (" + String.join(", ", op.findings().stream().map(f -> f.code().name()).toList()) + ")";
  }
}
