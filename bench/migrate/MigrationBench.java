import dev.laforge.backend.diagnostics.Diagnostic;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.migrate.ClassifiedOp;
import dev.laforge.backend.migrate.SchemaDiff;
import dev.laforge.backend.migrate.plan.MigrationPlan;
import dev.laforge.backend.migrate.plan.MigrationPlanner;
import dev.laforge.backend.migrate.plan.PlanMode;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.language.ForgeDomainLoader;
import dev.laforge.language.ForgeStandaloneSetup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Times the schema diff and the migration plan between two versions of a synthetic domain
 * (docs/performance.md, "Migrations"), in-process.
 *
 * <pre>
 *   java -cp headless-cli/target/forge-cli.jar bench/migrate/MigrationBench.java DIR
 *        [--every 20] [--warmup 20] [--iterations 50] [--out RESULT.json]
 * </pre>
 *
 * DIR is a domain written by bench/synthetic/generate.py (v1). v2 is v1 with every 20th model
 * (models 0, 20, 40, ... in declaration order; 5%) edited in its source text, cycling through five
 * edits that each give migration operations: add an optional field, add a field with a default,
 * drop a text/JSON field no index, policy or hook uses, widen an integer field to bigint, add an
 * index. An edit that does not fit a model (no such field) is replaced by the next one of the
 * cycle. Both versions are loaded once, as the CLI loads a project (parse, link, validate, map to
 * the IR, compile the policies); then, per dialect, SchemaDiff.between(v1, v2, dialect) followed by
 * MigrationPlanner.plan(diff, dialect, SAFE, ...) runs `warmup` times untimed and `iterations`
 * times timed with System.nanoTime. Prints a table and, with --out, writes every sample as JSON.
 * Exits with 1 when v2 does not load without errors or a dialect's diff has fewer operations than
 * models were edited.
 */
public class MigrationBench {

  static final Pattern MODEL = Pattern.compile("(?m)^model (\\w+)[^\\n]*\\{\\n");
  static final String[] KINDS = {"add optional field", "add field with default", "drop unused field",
      "integer to bigint", "add index"};
  static final Pattern UNUSED = Pattern.compile("(?m)^  (description|notes|attributes|payload): [^\\n]*\\n");
  static final Pattern INTEGER = Pattern.compile("(?m)^  (quantity|rating|position): (integer|int)\\b");
  static final String TIMESTAMP = "20261124000000";

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: MigrationBench DIR [--every 20] [--warmup 20] [--iterations 50] [--out FILE]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int every = 20;
    int warmup = 20;
    int iterations = 50;
    Path out = null;
    for (int i = 1; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--every" -> every = Integer.parseInt(args[i + 1]);
        case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
        case "--iterations" -> iterations = Integer.parseInt(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }

    Map<String, String> v1Text = new TreeMap<>();
    try (var files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".forge")).toList()) {
        v1Text.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    Map<String, Integer> edits = new LinkedHashMap<>();
    Map<String, String> v2Text = edit(v1Text, every, edits);
    int models = v1Text.values().stream().mapToInt(t -> (int) MODEL.matcher(t).results().count()).sum();
    int edited = edits.values().stream().mapToInt(Integer::intValue).sum();

    long t0 = System.nanoTime();
    ForgeDomainLoader loader = new ForgeStandaloneSetup().createInjectorAndDoEMFRegistration()
        .getInstance(ForgeDomainLoader.class);
    long t1 = System.nanoTime();
    Domain v1 = load(loader, v1Text, "v1");
    long t2 = System.nanoTime();
    Domain v2 = load(loader, v2Text, "v2");
    long t3 = System.nanoTime();
    System.out.printf("%d models in %d files; %d edited (every %dth): %s%n", models, v1Text.size(), edited, every,
        edits.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
    System.out.printf("load (not timed below): language setup %.0f ms, v1 %.0f ms, v2 %.0f ms%n",
        ms(t1 - t0), ms(t2 - t1), ms(t3 - t2));

    StringBuilder json = new StringBuilder();
    json.append("{\n  \"models\": ").append(models).append(",\n  \"files\": ").append(v1Text.size())
        .append(",\n  \"edited_models\": ").append(edited).append(",\n  \"edits\": {")
        .append(edits.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue()).collect(Collectors.joining(", ")))
        .append("},\n  \"warmup\": ").append(warmup).append(",\n  \"iterations\": ").append(iterations)
        .append(",\n  \"java\": \"").append(System.getProperty("java.vm.name")).append(' ')
        .append(System.getProperty("java.runtime.version")).append("\",\n  \"cores\": ")
        .append(Runtime.getRuntime().availableProcessors()).append(",\n  \"load_average_before\": ")
        .append(String.format(java.util.Locale.ROOT, "%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
        .append(",\n  \"load_ms\": {\"language_setup\": ").append(round(ms(t1 - t0))).append(", \"v1\": ")
        .append(round(ms(t2 - t1))).append(", \"v2\": ").append(round(ms(t3 - t2))).append("},\n  \"dialects\": {");

    boolean ok = true;
    System.out.println();
    System.out.println("| dialect | operations (applied / deferred) | diff median / p95 | plan median / p95 | diff+plan median / p95 / min |");
    System.out.println("|---|---|---|---|---|");
    String separator = "\n";
    for (Dialect dialect : Dialect.values()) {
      for (int i = 0; i < warmup; i++) {
        MigrationPlanner.plan(SchemaDiff.between(v1, v2, dialect), dialect, PlanMode.SAFE, TIMESTAMP);
      }
      double[] diffMs = new double[iterations];
      double[] planMs = new double[iterations];
      double[] totalMs = new double[iterations];
      SchemaDiff diff = null;
      MigrationPlan plan = null;
      for (int i = 0; i < iterations; i++) {
        long a = System.nanoTime();
        diff = SchemaDiff.between(v1, v2, dialect);
        long b = System.nanoTime();
        plan = MigrationPlanner.plan(diff, dialect, PlanMode.SAFE, TIMESTAMP);
        long c = System.nanoTime();
        diffMs[i] = ms(b - a);
        planMs[i] = ms(c - b);
        totalMs[i] = ms(c - a);
      }
      int ops = diff.ops().size();
      int statements = plan.applied().stream().mapToInt(p -> p.statements().size()).sum()
          + plan.deferred().stream().mapToInt(p -> p.statements().size()).sum();
      Map<String, Long> byKind = diff.ops().stream().collect(Collectors.groupingBy(
          (ClassifiedOp op) -> op.op().getClass().getSimpleName(), TreeMap::new, Collectors.counting()));
      System.out.printf("| %s | %d (%d / %d) | %.1f / %.1f ms | %.1f / %.1f ms | %.1f / %.1f / %.1f ms |%n",
          dialect, ops, plan.applied().size(), plan.deferred().size(), median(diffMs), p95(diffMs), median(planMs),
          p95(planMs), median(totalMs), p95(totalMs), min(totalMs));
      System.out.println("    operations: " + byKind);
      if (ops < edited) {
        System.err.printf("%s: only %d operations for %d edited models%n", dialect, ops, edited);
        ok = false;
      }
      json.append(separator).append("    \"").append(dialect.name().toLowerCase()).append("\": {\"operations\": ").append(ops)
          .append(", \"applied\": ").append(plan.applied().size()).append(", \"deferred\": ").append(plan.deferred().size())
          .append(", \"statements\": ").append(statements).append(", \"operations_by_kind\": {")
          .append(byKind.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue()).collect(Collectors.joining(", ")))
          .append("},\n      \"diff_ms\": ").append(stats(diffMs)).append(",\n      \"plan_ms\": ").append(stats(planMs))
          .append(",\n      \"diff_plus_plan_ms\": ").append(stats(totalMs)).append('}');
      separator = ",\n";
    }
    json.append("\n  }\n}\n");
    if (out != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.writeString(out, json.toString(), StandardCharsets.UTF_8);
      System.out.println("wrote " + out);
    }
    System.exit(ok ? 0 : 1);
  }

  /** v2: every `every`th model of v1 (counted over the files in name order) edited; counts the edits by kind. */
  static Map<String, String> edit(Map<String, String> v1, int every, Map<String, Integer> counts) {
    Map<String, String> v2 = new TreeMap<>();
    int index = 0;
    for (Map.Entry<String, String> file : v1.entrySet()) {
      String text = file.getValue();
      StringBuilder edited = new StringBuilder();
      int copied = 0;
      Matcher header = MODEL.matcher(text);
      while (header.find()) {
        if (index % every == 0) {
          int end = text.indexOf("\n}\n", header.end()) + 1;
          edited.append(text, copied, header.end());
          edited.append(editBody(text.substring(header.end(), end), (index / every) % KINDS.length, counts));
          copied = end;
        }
        index++;
      }
      v2.put(file.getKey(), edited.append(text.substring(copied)).toString());
    }
    return v2;
  }

  /** The members of one model with edit `kind` applied, or the next kind that fits. */
  static String editBody(String body, int kind, Map<String, Integer> counts) {
    for (int k = kind; ; k = (k + 1) % KINDS.length) {
      String result = switch (k) {
        case 0 -> body + "  benchNote: string optional length(..200)\n";
        case 1 -> body + "  benchCount: integer min(0) default 0\n";
        case 2 -> {
          Matcher m = UNUSED.matcher(body);
          yield m.find() ? body.substring(0, m.start()) + body.substring(m.end()) : null;
        }
        case 3 -> {
          Matcher m = INTEGER.matcher(body);
          yield m.find() ? body.substring(0, m.start(2)) + "bigint" + body.substring(m.end(2)) : null;
        }
        default -> body.contains("index(tenantId, name)") ? null : body + "  index(tenantId, name)\n";
      };
      if (result != null) {
        counts.merge(KINDS[k], 1, Integer::sum);
        return result;
      }
    }
  }

  static Domain load(ForgeDomainLoader loader, Map<String, String> text, String label) {
    List<ForgeDomainLoader.Source> sources = new ArrayList<>();
    text.forEach((name, content) -> sources.add(new ForgeDomainLoader.Source(name, content.getBytes(StandardCharsets.UTF_8))));
    ForgeDomainLoader.Result result = loader.loadAndCompilePolicies(sources);
    if (result.hasErrors() || result.domain() == null) {
      result.diagnostics().stream().filter(Diagnostic::isError).limit(20).forEach(d ->
          System.err.printf("%s %s:%d:%d %s%n", label, d.file(), d.line(), d.column(), d.message()));
      System.err.println(label + " has errors");
      System.exit(1);
    }
    return result.domain();
  }

  static double ms(long nanos) {
    return nanos / 1e6;
  }

  static double round(double ms) {
    return Math.round(ms * 100) / 100.0;
  }

  static double median(double[] samples) {
    double[] s = samples.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /** Nearest-rank 95th percentile, as bench/lsp/lsp_latency.py. */
  static double p95(double[] samples) {
    double[] s = samples.clone();
    Arrays.sort(s);
    return s[Math.max(1, (int) Math.ceil(s.length * 0.95)) - 1];
  }

  static double min(double[] samples) {
    return Arrays.stream(samples).min().orElse(Double.NaN);
  }

  static String stats(double[] samples) {
    return String.format(java.util.Locale.ROOT, "{\"median\": %.2f, \"p95\": %.2f, \"min\": %.2f, \"samples\": [%s]}", median(samples),
        p95(samples), min(samples), Arrays.stream(samples).mapToObj(x -> String.format(java.util.Locale.ROOT, "%.2f", x)).collect(Collectors.joining(", ")));
  }
}
