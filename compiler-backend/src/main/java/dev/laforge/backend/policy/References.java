package dev.laforge.backend.policy;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.Expr;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.Relation;
import dev.laforge.backend.naming.Naming;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a policy expression touches once compiled to RLS: the tables its EXISTS subqueries read
 * (hop targets, to-many targets, join tables) and whether it has any subquery at all (every
 * context call is a {@code (SELECT ...)}). PostgreSQL's recursion check works on exactly this.
 * Walking also rejects expressions outside the policy language.
 */
final class References {

  final Set<String> tables = new TreeSet<>();
  boolean subqueries;

  private final Domain domain;

  private References(Domain domain) {
    this.domain = domain;
  }

  static References of(Domain domain, Model model, Iterable<Expr> expressions) {
    References refs = new References(domain);
    for (Expr e : expressions) {
      refs.walk(e, model, Map.of());
    }
    return refs;
  }

  /** The join table of a many-to-many relation, named as {@code SqlSchema} names it. */
  static String joinTable(Model owner, Relation relation, Model target) {
    return relation.joinTable() != null ? relation.joinTable() : Naming.joinTableName(owner.table(), target.table());
  }

  /** {@code rows} maps lambda parameters over rows to their model; list parameters are absent. */
  private void walk(Expr e, Model record, Map<String, Model> rows) {
    if (e instanceof Expr.Logical l) {
      walk(l.left(), record, rows);
      walk(l.right(), record, rows);
    } else if (e instanceof Expr.Not n) {
      walk(n.operand(), record, rows);
    } else if (e instanceof Expr.Compare c) {
      walk(c.left(), record, rows);
      walk(c.right(), record, rows);
    } else if (e instanceof Expr.ArrayLiteral a) {
      a.elements().forEach(x -> walk(x, record, rows));
    } else if (e instanceof Expr.UserAttribute) {
      subqueries = true;
    } else if (e instanceof Expr.RecordPath r) {
      path(record, r.path());
    } else if (e instanceof Expr.VariablePath v) {
      if (rows.containsKey(v.variable())) {
        path(rows.get(v.variable()), v.path());
      }
    } else if (e instanceof Expr.Collection c) {
      collection(c, record, rows);
    } else if (!(e instanceof Expr.Literal)) {
      throw Semantics.unsupported(e);
    }
  }

  private void collection(Expr.Collection c, Model record, Map<String, Model> rows) {
    Map<String, Model> inner = new HashMap<>(rows);
    if (c.parameter() != null) {
      inner.remove(c.parameter());
    }
    Model start = c.receiver() instanceof Expr.RecordPath ? record
        : c.receiver() instanceof Expr.VariablePath v ? rows.get(v.variable()) : null;
    if (start != null) {
      var path = c.receiver() instanceof Expr.RecordPath r ? r.path() : ((Expr.VariablePath) c.receiver()).path();
      Paths.Resolved resolved = path(start, path);
      if (!(resolved.end() instanceof Paths.ToMany many)) {
        throw new PolicyException("`" + ExprPrinter.print(c.receiver()) + "` is not a to-many relation, user.roles, user.claims or a list");
      }
      subqueries = true;
      tables.add(many.target().table());
      if (many.relation().kind() == Relation.RelationKind.MANY_TO_MANY) {
        tables.add(joinTable(many.owner(), many.relation(), many.target()));
      }
      if (c.parameter() != null) {
        inner.put(c.parameter(), many.target());
      }
    } else if (c.receiver() instanceof Expr.UserAttribute || c.receiver() instanceof Expr.ArrayLiteral) {
      walk(c.receiver(), record, rows);
    } else {
      throw new PolicyException("`" + ExprPrinter.print(c.receiver()) + "` is not a to-many relation, user.roles, user.claims or a list");
    }
    if (c.body() != null) {
      walk(c.body(), record, inner);
    }
    if (c.argument() != null) {
      walk(c.argument(), record, rows);
    }
  }

  private Paths.Resolved path(Model start, java.util.List<String> path) {
    Paths.Resolved resolved = Paths.resolve(domain, start, path);
    for (Paths.Hop hop : resolved.hops()) {
      subqueries = true;
      tables.add(hop.to().table());
    }
    return resolved;
  }
}
