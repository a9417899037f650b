package dev.laforge.backend.policy;

import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.Expr;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.Relation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which tables the RLS policies of each table read, and the check PostgreSQL applies to them.
 *
 * <p>PostgreSQL expands the policies of every table a policy's subquery reads (their SELECT
 * policies), and fails with "infinite recursion detected in policy" when it reaches a table
 * already being expanded whose policies have a subquery. Every context call is a subquery, so in
 * practice: no chain of policy references may come back to a table. The compiler rejects such
 * domains up front, in every form, instead of generating RLS that fails at query time.
 *
 * <p>Join tables of many-to-many relations are guarded by EXISTS on their sides' rows, so their
 * pairs are visible only to users who may read the rows they link. A side is left out of the
 * guard when that would create such a cycle, or when the side's own rules traverse the join
 * table (the guard would then add "the outer row is readable" to those rules under RLS only).
 */
final class PolicyGraph {

  private final Map<String, Set<String>> anyEdges = new TreeMap<>();
  private final Map<String, Set<String>> selectEdges = new TreeMap<>();
  private final Map<String, Boolean> selectSubqueries = new TreeMap<>();
  private final Map<String, List<Model>> joinGuards = new TreeMap<>();

  private PolicyGraph() {}

  static PolicyGraph of(AccessRules rules) {
    PolicyGraph graph = new PolicyGraph();
    List<Model> models = rules.domain().models().stream().sorted(Comparator.comparing(Model::table)).toList();
    for (Model model : models) {
      Set<String> any = new TreeSet<>();
      for (Action action : Action.values()) {
        References refs = references(rules, rules.rule(model, action));
        any.addAll(refs.tables);
        if (action == Action.READ) {
          graph.selectEdges.put(model.table(), refs.tables);
          graph.selectSubqueries.put(model.table(), model.tenantField().isPresent() || refs.subqueries);
        }
      }
      graph.anyEdges.put(model.table(), any);
    }
    graph.requireNoCycle();
    for (Map.Entry<String, List<Model>> join : joinTables(rules).entrySet()) {
      graph.chooseGuard(join.getKey(), join.getValue());
    }
    return graph;
  }

  /** The sides whose rows guard a join table, sorted by table; empty means no guard. */
  List<Model> joinGuard(String joinTable) {
    return joinGuards.getOrDefault(joinTable, List.of());
  }

  /** Every join table of the domain, sorted. */
  Set<String> joinTables() {
    return joinGuards.keySet();
  }

  private static References references(AccessRules rules, AccessRule rule) {
    List<Expr> expressions = rule.clauses().stream().map(AccessRule.Clause::condition).toList();
    return References.of(rules.domain(), rule.model(), expressions);
  }

  /** Each join table with its side models (one for a self-relation), sorted by table name. */
  private static Map<String, List<Model>> joinTables(AccessRules rules) {
    Map<String, List<Model>> joins = new TreeMap<>();
    for (Model model : rules.domain().models()) {
      for (Relation relation : model.relations()) {
        if (relation.kind() == Relation.RelationKind.MANY_TO_MANY) {
          Model target = Paths.target(rules.domain(), relation);
          String name = References.joinTable(model, relation, target);
          Set<Model> sides = new LinkedHashSet<>(List.of(model, target));
          joins.putIfAbsent(name, sides.stream().sorted(Comparator.comparing(Model::table)).toList());
        }
      }
    }
    return joins;
  }

  private void chooseGuard(String joinTable, List<Model> sides) {
    List<Model> chosen = new ArrayList<>();
    Set<String> edges = new TreeSet<>();
    anyEdges.put(joinTable, edges);
    selectEdges.put(joinTable, edges);
    for (Model side : sides) {
      if (anyEdges.get(side.table()).contains(joinTable)) {
        continue;
      }
      edges.add(side.table());
      selectSubqueries.put(joinTable, true);
      // The graph had no cycle before this edge, so a new one must pass through the join table.
      if (cycleFrom(joinTable, anyEdges.get(joinTable)) == null) {
        chosen.add(side);
      } else {
        edges.remove(side.table());
        selectSubqueries.put(joinTable, !edges.isEmpty());
      }
    }
    selectSubqueries.putIfAbsent(joinTable, false);
    joinGuards.put(joinTable, List.copyOf(chosen));
  }

  private void requireNoCycle() {
    List<String> cycle = firstCycle();
    if (cycle != null) {
      throw new PolicyException("the policies of " + String.join(" -> ", cycle) + " refer to each other in a cycle;"
          + " PostgreSQL would fail every query on these tables with \"infinite recursion detected in policy\"."
          + " Break the cycle, for example by comparing a foreign key (record.authorId) instead of following the relation");
    }
  }

  /**
   * The first chain of policy references that comes back to a table whose SELECT policies have
   * subqueries, or null. Every such cycle passes through a table that is itself a root (its own
   * policies start the chain), so searching from each of those tables for itself finds them all.
   */
  private List<String> firstCycle() {
    for (Map.Entry<String, Set<String>> root : anyEdges.entrySet()) {
      List<String> cycle = cycleFrom(root.getKey(), root.getValue());
      if (cycle != null) {
        return cycle;
      }
    }
    return null;
  }

  /** A chain of policy references from {@code table} back to itself, or null. */
  private List<String> cycleFrom(String table, Set<String> firstEdges) {
    if (!selectSubqueries.getOrDefault(table, false)) {
      return null;
    }
    Map<String, String> cameFrom = new java.util.HashMap<>();
    java.util.ArrayDeque<String> queue = new java.util.ArrayDeque<>();
    for (String next : firstEdges) {
      if (cameFrom.putIfAbsent(next, table) == null) {
        queue.add(next);
      }
    }
    while (!queue.isEmpty()) {
      String current = queue.poll();
      if (current.equals(table)) {
        List<String> cycle = new ArrayList<>(List.of(table));
        for (String at = cameFrom.get(table); !at.equals(table); at = cameFrom.get(at)) {
          cycle.add(0, at);
        }
        cycle.add(0, table);
        return cycle;
      }
      if (!selectSubqueries.getOrDefault(current, false)) {
        continue;
      }
      for (String next : selectEdges.getOrDefault(current, Set.of())) {
        if (cameFrom.putIfAbsent(next, current) == null) {
          queue.add(next);
        }
      }
    }
    return null;
  }
}
