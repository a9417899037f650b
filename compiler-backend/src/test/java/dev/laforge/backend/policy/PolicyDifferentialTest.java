package dev.laforge.backend.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.Field;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.Relation;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.policy.DifferentialEngines.Engine;
import dev.laforge.backend.testing.PolicySampleDomains;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Differential test of the three policy forms on real databases (DESIGN.md section 3: "the three
 * forms must agree; tests prove it on real databases"): random datasets and users for
 * {@link PolicySampleDomains#blog()} and {@link DifferentialDomains#helpdesk()}, and for every
 * (user, record, action) the verdicts of PostgreSQL RLS, the PostgreSQL, MariaDB and SQLite
 * predicates and the Java evaluator must be equal. At least {@value #MIN_CASES} cases run; the
 * seed is fixed ({@code -Dlaforge.seed=...} replays another). A disagreement is shrunk (rows and
 * links removed, fields set to NULL, strings shortened, the user simplified, while it still
 * disagrees) and reported with all five verdicts, the rule, the predicates and the policies.
 */
class PolicyDifferentialTest {

  static final int MIN_CASES = 10_000;
  private static final long SEED = Long.getLong("laforge.seed", 20_240_601L);
  private static final int ROUNDS = Integer.getInteger("laforge.differential.rounds", 3);
  private static final int USERS = Integer.getInteger("laforge.differential.users", 20);
  private static final int ROWS = Integer.getInteger("laforge.differential.rows", 14);
  /** Disagreements shrunk and reported in full; the rest are counted. */
  private static final int SHRINK = 3;

  record Case(PolicyDataset data, UserContext user, String model, String id, Action action) {}

  record Disagreement(String domain, int round, Case c, Map<Engine, Boolean> verdicts) {}

  @Test
  void rlsPredicatesAndEvaluatorAgreeOnRandomCases() throws SQLException {
    long start = System.nanoTime();
    Map<String, Domain> domains = new LinkedHashMap<>();
    domains.put("blog", PolicySampleDomains.blog());
    domains.put("helpdesk", DifferentialDomains.helpdesk());
    Random random = new Random(SEED);
    long cases = 0;
    StringBuilder summary = new StringBuilder();
    List<String> reports = new ArrayList<>();
    int disagreements = 0;
    for (Map.Entry<String, Domain> domain : domains.entrySet()) {
      long domainStart = System.nanoTime();
      long domainCases = 0;
      Map<Engine, Long> allowed = new EnumMap<>(Engine.class);
      Map<String, long[]> coverage = new java.util.TreeMap<>();
      List<Disagreement> found = new ArrayList<>();
      try (DifferentialEngines engines = DifferentialEngines.open(domain.getValue())) {
        RandomPolicyData generator = new RandomPolicyData(domain.getValue(), random);
        for (int round = 1; round <= ROUNDS; round++) {
          PolicyDataset data = generator.dataset(ROWS);
          engines.load(data);
          for (int u = 0; u < USERS; u++) {
            UserContext user = generator.user(data);
            var verdicts = engines.verdicts(data, user, null, null);
            for (Model model : domain.getValue().models()) {
              for (Action action : Action.values()) {
                Map<Engine, Set<String>> byEngine = verdicts.get(model.name()).get(action);
                byEngine.forEach((engine, ids) -> allowed.merge(engine, (long) ids.size(), Long::sum));
                long[] cover = coverage.computeIfAbsent(model.name() + "." + action.keyword(), k -> new long[2]);
                cover[0] += byEngine.get(Engine.EVALUATOR).size();
                cover[1] += data.rows(model.name()).size();
                for (Map<String, Object> row : data.rows(model.name())) {
                  String id = (String) PolicyDataset.id(model, row);
                  domainCases++;
                  Map<Engine, Boolean> v = new EnumMap<>(Engine.class);
                  byEngine.forEach((engine, ids) -> v.put(engine, ids.contains(id)));
                  if (new HashSet<>(v.values()).size() > 1) {
                    found.add(new Disagreement(domain.getKey(), round, new Case(data, user, model.name(), id, action), v));
                  }
                }
              }
            }
          }
        }
        cases += domainCases;
        disagreements += found.size();
        Set<String> shrunk = new HashSet<>();
        for (Disagreement d : found) {
          if (shrunk.size() < SHRINK && shrunk.add(d.c().model() + "." + d.c().action())) {
            reports.add(shrink(engines, d).report());
          }
        }
        if (!found.isEmpty()) {
          reports.add(domain.getKey() + ": " + found.size() + " disagreeing cases in all, by rule: " + found.stream()
              .collect(Collectors.groupingBy(d -> d.c().model() + "." + d.c().action().keyword(), Collectors.counting())));
        }
      }
      summary.append(String.format(Locale.ROOT, "  %-9s %,7d cases (%d rounds x %d users), %d disagreements, %.1f s; allowed: %s%n",
          domain.getKey(), domainCases, ROUNDS, USERS, found.size(), (System.nanoTime() - domainStart) / 1e9, allowed));
      summary.append("            allowed/cases per rule: ").append(coverage.entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1]).collect(Collectors.joining(", "))).append('\n');
    }
    System.out.printf(Locale.ROOT, "Policy differential (seed %d): %,d (user, record, action) cases, %d disagreements, %.1f s%n%s",
        SEED, cases, disagreements, (System.nanoTime() - start) / 1e9, summary);
    if (!reports.isEmpty()) {
      fail(disagreements + " disagreements between the policy forms (seed " + SEED + ", replay with -Dlaforge.seed=" + SEED
          + "):\n" + String.join("\n", reports));
    }
    assertTrue(cases >= MIN_CASES, "at least " + MIN_CASES + " cases, ran " + cases);
  }

  /** A shrunk disagreement: the smallest case found, its verdicts, and the full report. */
  record Shrunk(Case min, Map<Engine, Boolean> verdicts, String report) {}

  /** Shrinks a disagreement on the engines of its domain and describes the smallest case found. */
  static Shrunk shrink(DifferentialEngines engines, Disagreement d) throws SQLException {
    Case original = d.c();
    Predicate<Case> disagrees = c -> {
      try {
        return verdicts(engines, c).values().stream().distinct().count() > 1;
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    };
    Shrinker shrinker = new Shrinker(disagrees, 400);
    Case min = shrinker.shrink(original);
    Map<Engine, Boolean> verdicts = verdicts(engines, min);
    AccessRule rule = engines.rules.rule(min.model(), min.action());
    StringBuilder out = new StringBuilder();
    out.append("DISAGREEMENT in ").append(d.domain()).append(' ').append(rule.name()).append(" (round ").append(d.round())
        .append("), shrunk from ").append(size(original.data())).append(" to ").append(size(min.data()))
        .append(" in ").append(shrinker.checks()).append(" checks\n");
    out.append("  original verdicts: ").append(words(d.verdicts())).append('\n');
    out.append("  minimal verdicts:  ").append(words(verdicts)).append('\n');
    out.append("  rule: ").append(rule.tenantGuard().map(g -> "tenant guard " + ExprPrinter.print(g) + " AND ").orElse(""))
        .append(rule.clauses().isEmpty() ? rule.fallback() : rule.clauses().stream().map(AccessRule.Clause::label)
            .collect(Collectors.joining(" OR ", "(", ")"))).append('\n');
    Verdict v = engines.explain(min.data(), min.model(), min.action(), min.id(), min.user());
    out.append("  evaluator: ").append(v.decidedBy()).append("; ").append(v.outcomes()).append('\n');
    out.append("  user: ").append(min.user()).append(" -> settings ").append(min.user().settings()).append('\n');
    out.append("  record: ").append(min.model()).append(' ').append(row(min.data(), min.model(), min.id())).append('\n');
    min.data().rows.forEach((model, rows) -> rows.stream()
        .filter(r -> !(model.equals(min.model()) && min.id().equals(PolicyDataset.id(min.data().model(model), r))))
        .forEach(r -> out.append("  related: ").append(model).append(' ').append(r).append('\n')));
    min.data().links.forEach((table, pairs) -> pairs.forEach(p -> out.append("  link: ").append(table).append(' ')
        .append(p).append('\n')));
    out.append("  predicates:\n").append(engines.predicates(min.model(), min.action(), min.user()));
    out.append("  RLS policies on ").append(min.data().model(min.model()).table()).append(":\n")
        .append(engines.policies(min.data().model(min.model())));
    return new Shrunk(min, verdicts, out.toString());
  }

  /**
   * The whole pipeline on real databases against a known disagreement: the evaluator alone reads
   * {@code Note.read} with the role "Agent" instead of "agent". The run must find disagreements,
   * and the shrinker must bring one down to a note with its ticket and account, the evaluator
   * alone disagreeing.
   */
  @Test
  void aPlantedDisagreementIsFoundAndShrunkOnTheRealDatabases() throws SQLException {
    Domain domain = DifferentialDomains.helpdesk();
    try (DifferentialEngines engines = DifferentialEngines.open(domain, DifferentialDomains.helpdesk("Agent"))) {
      RandomPolicyData generator = new RandomPolicyData(domain, new Random(SEED));
      Disagreement planted = null;
      int found = 0;
      for (int round = 1; round <= 5 && planted == null; round++) {
        PolicyDataset data = generator.dataset(ROWS);
        engines.load(data);
        for (int u = 0; u < USERS; u++) {
          UserContext user = generator.user(data);
          Map<Engine, Set<String>> byEngine = engines.verdicts(data, user, "Note", Action.READ).get("Note").get(Action.READ);
          for (Map<String, Object> row : data.rows("Note")) {
            String id = (String) row.get("id");
            Map<Engine, Boolean> v = new EnumMap<>(Engine.class);
            byEngine.forEach((engine, ids) -> v.put(engine, ids.contains(id)));
            if (new HashSet<>(v.values()).size() > 1) {
              found++;
              if (planted == null) {
                planted = new Disagreement("helpdesk (planted)", round, new Case(data, user, "Note", id, Action.READ), v);
              }
            }
          }
        }
      }
      assertTrue(planted != null, "the planted disagreement was found");
      Shrunk shrunk = shrink(engines, planted);
      System.out.println("Planted disagreement (" + found + " cases) shrunk, as a real one would be reported:\n" + shrunk.report());
      Map<Engine, Boolean> v = shrunk.verdicts();
      assertTrue(v.get(Engine.EVALUATOR) != v.get(Engine.PG_RLS), shrunk.report());
      assertEquals(1, new HashSet<>(List.of(v.get(Engine.PG_RLS), v.get(Engine.PG_PREDICATE), v.get(Engine.MARIADB),
          v.get(Engine.SQLITE))).size(), shrunk.report());
      assertEquals(3, shrunk.min().data().rows.values().stream().mapToInt(List::size).sum(), shrunk.report());
      assertEquals(0, shrunk.min().data().links.values().stream().mapToInt(List::size).sum(), shrunk.report());
      List<String> roles = shrunk.min().user().roles();
      assertTrue(roles != null && roles.size() == 1 && Set.of("agent", "Agent").contains(roles.get(0)), shrunk.report());
    }
  }

  /**
   * The contract a runtime without RLS must keep to agree with PostgreSQL: an {@code UPDATE} or
   * {@code DELETE} with a WHERE clause (as every runtime statement has) touches a row under RLS
   * only when the update/delete rule AND the read rule allow it, because PostgreSQL adds the
   * SELECT policies as soon as a statement reads a column. So the MySQL/SQLite runtime must add
   * the read predicate to such statements too; the count of rows where the two differ shows how
   * often it would matter.
   */
  @Test
  void targetedUpdatesAndDeletesUnderRlsAlsoNeedTheReadRule() throws SQLException {
    Domain domain = PolicySampleDomains.blog();
    try (DifferentialEngines engines = DifferentialEngines.open(domain)) {
      RandomPolicyData generator = new RandomPolicyData(domain, new Random(SEED + 1));
      PolicyDataset data = generator.dataset(ROWS);
      engines.load(data);
      List<String> mismatches = new ArrayList<>();
      int cases = 0;
      int writableButHidden = 0;
      for (int u = 0; u < USERS / 2; u++) {
        UserContext user = generator.user(data);
        var verdicts = engines.verdicts(data, user, null, null);
        for (Model model : domain.models()) {
          Map<Action, Set<String>> targeted = engines.targetedWrites(data, user, model);
          Set<String> read = verdicts.get(model.name()).get(Action.READ).get(Engine.EVALUATOR);
          for (Action action : List.of(Action.UPDATE, Action.DELETE)) {
            Set<String> rule = verdicts.get(model.name()).get(action).get(Engine.EVALUATOR);
            for (Map<String, Object> row : data.rows(model.name())) {
              String id = (String) PolicyDataset.id(model, row);
              cases++;
              boolean expected = rule.contains(id) && read.contains(id);
              writableButHidden += rule.contains(id) && !read.contains(id) ? 1 : 0;
              if (expected != targeted.get(action).contains(id)) {
                mismatches.add(user + " " + model.name() + "." + action.keyword() + " " + id + ": rule " + rule.contains(id)
                    + ", read " + read.contains(id) + ", PostgreSQL touched " + targeted.get(action).contains(id));
              }
            }
          }
        }
      }
      System.out.println("Targeted writes under RLS: " + cases + " (user, row, update/delete) cases; in " + writableButHidden
          + " the rule allows the write but not the read, and PostgreSQL refuses it (WHERE adds the SELECT policies)");
      assertEquals(List.of(), mismatches);
      assertTrue(writableButHidden > 0, "the dataset has rows a user may write but not read");
    }
  }

  /** The five verdicts for one case: its dataset loaded alone. */
  private static Map<Engine, Boolean> verdicts(DifferentialEngines engines, Case c) throws SQLException {
    engines.load(c.data());
    Map<Engine, Set<String>> ids = engines.verdicts(c.data(), c.user(), c.model(), c.action()).get(c.model()).get(c.action());
    Map<Engine, Boolean> v = new EnumMap<>(Engine.class);
    ids.forEach((engine, set) -> v.put(engine, set.contains(c.id())));
    return v;
  }

  private static String words(Map<Engine, Boolean> verdicts) {
    return verdicts.entrySet().stream().map(e -> e.getKey().label + "=" + (e.getValue() ? "allow" : "deny"))
        .collect(Collectors.joining(", "));
  }

  private static Map<String, Object> row(PolicyDataset data, String model, String id) {
    Model m = data.model(model);
    return data.rows(model).stream().filter(r -> id.equals(PolicyDataset.id(m, r))).findFirst().orElseThrow();
  }

  /** Rows, links, non-null fields and string length: what shrinking makes smaller. */
  static String size(PolicyDataset data) {
    int rows = 0;
    int fields = 0;
    int chars = 0;
    for (List<Map<String, Object>> list : data.rows.values()) {
      for (Map<String, Object> row : list) {
        rows++;
        for (Object value : row.values()) {
          if (value != null) {
            fields++;
            chars += value instanceof String s ? s.length() : 0;
          }
        }
      }
    }
    int links = data.links.values().stream().mapToInt(List::size).sum();
    return rows + " rows/" + links + " links/" + fields + " values/" + chars + " chars";
  }

  // ------------------------------------------------------------------ shrinking

  /**
   * Greedy shrinking of a failing case: first the rows reachable from the record through its
   * relations (with the parents their foreign keys need), then, pass after pass while anything
   * changes, each row removed (with the rows that require it; optional references set to NULL),
   * each link removed, each optional value set to NULL, each string shortened to "" or its
   * first character, and each part of the user's context dropped.
   */
  static final class Shrinker {
    private final Predicate<Case> fails;
    private final int budget;
    private int checks;

    Shrinker(Predicate<Case> fails, int budget) {
      this.fails = fails;
      this.budget = budget;
    }

    Case shrink(Case c) {
      Case best = c;
      Case local = neighbourhood(best);
      if (!size(local.data()).equals(size(best.data())) && test(local)) {
        best = local;
      }
      boolean changed = true;
      while (changed && checks < budget) {
        changed = false;
        for (Function<Case, List<Case>> step : List.<Function<Case, List<Case>>>of(Shrinker::withoutRows,
            Shrinker::withoutLinks, Shrinker::withNulls, Shrinker::withShorterStrings, Shrinker::simplerUsers)) {
          boolean progress = true;
          while (progress && checks < budget) {
            progress = false;
            for (Case candidate : step.apply(best)) {
              if (checks >= budget) {
                break;
              }
              if (test(candidate)) {
                best = candidate;
                progress = true;
                changed = true;
                break;
              }
            }
          }
        }
      }
      return best;
    }

    int checks() {
      return checks;
    }

    private boolean test(Case c) {
      checks++;
      return fails.test(c);
    }

    /** The record and every row within three relation steps of it, plus the parents their keys need. */
    static Case neighbourhood(Case c) {
      PolicyDataset data = c.data();
      Set<String> keep = new LinkedHashSet<>();
      ArrayDeque<Object[]> queue = new ArrayDeque<>();
      queue.add(new Object[] {c.model(), c.id(), 0});
      keep.add(c.model() + ":" + c.id());
      while (!queue.isEmpty()) {
        Object[] at = queue.poll();
        String modelName = (String) at[0];
        String id = (String) at[1];
        int depth = (Integer) at[2];
        Model model = data.model(modelName);
        Map<String, Object> row = find(data, modelName, id);
        if (row == null) {
          continue;
        }
        for (Relation relation : model.relations()) {
          List<String> next = new ArrayList<>();
          Model target = data.model(relation.target());
          switch (relation.kind()) {
            case BELONGS_TO -> {
              Object fk = row.get(relation.foreignKey());
              if (fk != null) {
                next.add((String) fk);
              }
            }
            case HAS_MANY -> data.rows(target.name()).stream().filter(r -> id.equals(r.get(relation.foreignKey())))
                .forEach(r -> next.add((String) PolicyDataset.id(target, r)));
            default -> data.links.getOrDefault(References.joinTable(model, relation, target), List.of()).stream()
                .filter(p -> id.equals(p.get(model.name()))).forEach(p -> next.add((String) p.get(target.name())));
          }
          for (String n : next) {
            boolean required = relation.kind() == Relation.RelationKind.BELONGS_TO;
            if ((depth < 3 || required) && keep.add(target.name() + ":" + n)) {
              queue.add(new Object[] {target.name(), n, required ? depth : depth + 1});
            }
          }
        }
      }
      PolicyDataset out = new PolicyDataset(data.domain);
      for (Map.Entry<String, List<Map<String, Object>>> e : data.rows.entrySet()) {
        Model model = data.model(e.getKey());
        for (Map<String, Object> row : e.getValue()) {
          if (keep.contains(e.getKey() + ":" + PolicyDataset.id(model, row))) {
            out.rows.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new LinkedHashMap<>(row));
          }
        }
      }
      data.links.forEach((table, pairs) -> pairs.stream()
          .filter(p -> p.entrySet().stream().allMatch(s -> keep.contains(s.getKey() + ":" + s.getValue())))
          .forEach(p -> out.links.computeIfAbsent(table, k -> new ArrayList<>()).add(new LinkedHashMap<>(p))));
      return new Case(out, c.user(), c.model(), c.id(), c.action());
    }

    private static List<Case> withoutRows(Case c) {
      List<Case> out = new ArrayList<>();
      c.data().rows.forEach((model, rows) -> rows.forEach(row -> {
        String id = (String) PolicyDataset.id(c.data().model(model), row);
        if (!(model.equals(c.model()) && id.equals(c.id()))) {
          PolicyDataset copy = copy(c.data());
          if (remove(copy, model, id, c)) {
            out.add(new Case(copy, c.user(), c.model(), c.id(), c.action()));
          }
        }
      }));
      return out;
    }

    /** Removes a row and what requires it; false when that would remove the case's record. */
    private static boolean remove(PolicyDataset data, String modelName, String id, Case c) {
      if (modelName.equals(c.model()) && id.equals(c.id())) {
        return false;
      }
      Model model = data.model(modelName);
      List<Map<String, Object>> rows = data.rows.get(modelName);
      if (rows == null || !rows.removeIf(r -> id.equals(PolicyDataset.id(model, r)))) {
        return true;
      }
      data.links.values().forEach(pairs -> pairs.removeIf(p -> id.equals(p.get(modelName))));
      for (Model other : data.domain.models()) {
        for (Relation relation : other.relations()) {
          if (relation.kind() != Relation.RelationKind.BELONGS_TO || !relation.target().equals(modelName)) {
            continue;
          }
          Field fk = other.field(relation.foreignKey()).orElseThrow();
          for (Map<String, Object> child : new ArrayList<>(data.rows(other.name()))) {
            if (id.equals(child.get(fk.name()))) {
              if (fk.optional()) {
                child.put(fk.name(), null);
              } else if (!remove(data, other.name(), (String) PolicyDataset.id(other, child), c)) {
                return false;
              }
            }
          }
        }
      }
      return true;
    }

    private static List<Case> withoutLinks(Case c) {
      List<Case> out = new ArrayList<>();
      c.data().links.forEach((table, pairs) -> {
        for (int i = 0; i < pairs.size(); i++) {
          PolicyDataset copy = copy(c.data());
          copy.links.get(table).remove(i);
          out.add(new Case(copy, c.user(), c.model(), c.id(), c.action()));
        }
      });
      return out;
    }

    private static List<Case> withNulls(Case c) {
      return edits(c, (field, value) -> field.optional() && value != null ? List.of(NULL) : List.of());
    }

    private static List<Case> withShorterStrings(Case c) {
      return edits(c, (field, value) -> {
        if (!(value instanceof String s) || field.foreignKeyOf() != null
            || (field.type() != ScalarType.STRING && field.type() != ScalarType.TEXT) || s.isEmpty()) {
          return List.of();
        }
        String first = s.substring(0, s.offsetByCodePoints(0, 1));
        return first.equals(s) ? List.of("") : List.of("", first);
      });
    }

    private static final Object NULL = new Object();

    /** Every single-value edit {@code change} proposes (NULL for null), on every row but never on keys or tenants. */
    private static List<Case> edits(Case c, java.util.function.BiFunction<Field, Object, List<Object>> change) {
      List<Case> out = new ArrayList<>();
      c.data().rows.forEach((modelName, rows) -> {
        Model model = c.data().model(modelName);
        for (int i = 0; i < rows.size(); i++) {
          for (Field field : model.fields()) {
            if (field.primaryKey() || field.tenant()) {
              continue;
            }
            for (Object replacement : change.apply(field, rows.get(i).get(field.name()))) {
              PolicyDataset copy = copy(c.data());
              copy.rows.get(modelName).get(i).put(field.name(), replacement == NULL ? null : replacement);
              out.add(new Case(copy, c.user(), c.model(), c.id(), c.action()));
            }
          }
        }
      });
      return out;
    }

    private static List<Case> simplerUsers(Case c) {
      UserContext u = c.user();
      List<UserContext> users = new ArrayList<>();
      if (u.id() != null) {
        users.add(new UserContext(null, u.tenantId(), u.role(), u.roles(), u.claims()));
      }
      if (u.tenantId() != null) {
        users.add(new UserContext(u.id(), null, u.role(), u.roles(), u.claims()));
      }
      if (u.role() != null) {
        users.add(new UserContext(u.id(), u.tenantId(), null, u.roles(), u.claims()));
      }
      if (u.roles() != null) {
        users.add(new UserContext(u.id(), u.tenantId(), u.role(), null, u.claims()));
        for (int i = 0; i < u.roles().size() && u.roles().size() > 1; i++) {
          List<String> fewer = new ArrayList<>(u.roles());
          fewer.remove(i);
          users.add(new UserContext(u.id(), u.tenantId(), u.role(), fewer, u.claims()));
        }
      }
      if (u.claims() != null) {
        users.add(new UserContext(u.id(), u.tenantId(), u.role(), u.roles(), null));
        for (int i = 0; i < u.claims().size() && u.claims().size() > 1; i++) {
          List<String> fewer = new ArrayList<>(u.claims());
          fewer.remove(i);
          users.add(new UserContext(u.id(), u.tenantId(), u.role(), u.roles(), fewer));
        }
      }
      return users.stream().map(x -> new Case(c.data(), x, c.model(), c.id(), c.action())).toList();
    }

    static PolicyDataset copy(PolicyDataset data) {
      PolicyDataset out = new PolicyDataset(data.domain);
      data.rows.forEach((model, rows) -> out.rows.put(model,
          rows.stream().map(r -> (Map<String, Object>) new LinkedHashMap<>(r)).collect(Collectors.toCollection(ArrayList::new))));
      data.links.forEach((table, pairs) -> out.links.put(table,
          pairs.stream().map(p -> (Map<String, Object>) new LinkedHashMap<>(p)).collect(Collectors.toCollection(ArrayList::new))));
      return out;
    }

    private static Map<String, Object> find(PolicyDataset data, String model, String id) {
      Model m = data.model(model);
      return data.rows(model).stream().filter(r -> id.equals(PolicyDataset.id(m, r))).findFirst().orElse(null);
    }
  }

  /**
   * The shrinker on its own, against a known cause: a ticket "fails" when its label is not empty
   * and one of its notes is internal. From a random dataset it must come down to that ticket, its
   * required account and one internal note, with every other optional value NULL, a
   * one-character label and an empty user context.
   */
  @Test
  void theShrinkerFindsTheSmallestFailingCase() {
    Domain domain = DifferentialDomains.helpdesk();
    Random random = new Random(7);
    RandomPolicyData generator = new RandomPolicyData(domain, random);
    PolicyDataset data = generator.dataset(20);
    Model ticketModel = domain.model("Ticket").orElseThrow();
    Map<String, Object> ticket = data.rows("Ticket").get(0);
    String ticketId = (String) PolicyDataset.id(ticketModel, ticket);
    ticket.put("label", "a longer label");
    Map<String, Object> note = new LinkedHashMap<>(data.rows("Note").get(0));
    note.put("id", "99999999-0000-4000-8000-000000000099");
    note.put("ticketId", ticketId);
    note.put("internal", true);
    data.rows.get("Note").add(note);
    Predicate<Case> fails = c -> {
      Map<String, Object> t = Shrinker.find(c.data(), "Ticket", c.id());
      return t != null && t.get("label") instanceof String s && !s.isEmpty()
          && c.data().rows("Note").stream().anyMatch(n -> c.id().equals(n.get("ticketId")) && Boolean.TRUE.equals(n.get("internal")));
    };
    Case start = new Case(data, new UserContext("x", RandomPolicyData.TENANTS.get(0), "admin", List.of("a", "b"), List.of("c")),
        "Ticket", ticketId, Action.UPDATE);
    assertTrue(fails.test(start));
    Shrinker shrinker = new Shrinker(fails, 2_000);
    Case min = shrinker.shrink(start);
    assertTrue(fails.test(min));
    assertEquals(Set.of("Account", "Ticket", "Note"), min.data().rows.entrySet().stream().filter(e -> !e.getValue().isEmpty())
        .map(Map.Entry::getKey).collect(Collectors.toSet()), size(min.data()));
    assertEquals(3, min.data().rows.values().stream().mapToInt(List::size).sum(), size(min.data()));
    assertEquals(0, min.data().links.values().stream().mapToInt(List::size).sum());
    Map<String, Object> minTicket = Shrinker.find(min.data(), "Ticket", ticketId);
    assertEquals(1, ((String) minTicket.get("label")).length());
    for (Map.Entry<String, Object> e : minTicket.entrySet()) {
      Field field = ticketModel.field(e.getKey()).orElseThrow();
      if (field.optional() && !e.getKey().equals("label")) {
        assertNull(e.getValue(), e.getKey() + " should have been set to NULL");
      }
    }
    assertEquals(new UserContext(null, null, null, null, null), min.user());
    System.out.println("Shrinker self-test: " + size(start.data()) + " -> " + size(min.data()) + " in " + shrinker.checks()
        + " checks");
  }
}
