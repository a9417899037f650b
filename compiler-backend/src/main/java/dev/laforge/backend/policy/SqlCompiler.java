package dev.laforge.backend.policy;

import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.Expr;
import dev.laforge.backend.ir.Field;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles access rules to SQL conditions with the semantics of {@link Evaluation}. In RLS mode
 * (PostgreSQL policies) context values are {@code (SELECT laforge_...())} calls and rows reached
 * through relations carry their tenant guard, PostgreSQL adding their read policies itself; in
 * bound mode (predicates) context values are bind parameters and those rows carry their model's
 * whole read rule.
 */
final class SqlCompiler {

  /** A variable's value: a row at an SQL qualifier, or a list element's SQL. */
  sealed interface Binding permits Row, Element {}

  record Row(Model model, String qualifier) implements Binding {}

  record Element(Sql text) implements Binding {}

  /** What a path operand reached: the column and the qualifier of the row holding it. */
  record Reached(Paths.Resolved resolved, String qualifier) {}

  record Operand(Sql natural, Semantics.Type type, Expr.Literal literal) {}

  final AccessRules rules;
  final SqlSchema schema;
  final DialectSql sql;
  /** The context, or null in RLS mode. */
  final ContextValues values;
  private final String outerName;
  private final SqlCollections collections;
  private int aliases;

  private SqlCompiler(AccessRules rules, SqlSchema schema, Dialect dialect, ContextValues values, String outerName) {
    this.rules = rules;
    this.schema = schema;
    this.sql = new DialectSql(dialect);
    this.values = values;
    this.outerName = outerName;
    this.collections = new SqlCollections(this);
  }

  /** Policies on {@code table} ({@code schema} is the PostgreSQL one): its columns are qualified with the table name. */
  static SqlCompiler rls(AccessRules rules, SqlSchema schema, String table) {
    return new SqlCompiler(rules, schema, Dialect.POSTGRES, null, table);
  }

  /** A predicate over rows aliased {@code alias}, for one user. */
  static SqlCompiler bound(AccessRules rules, SqlSchema schema, Dialect dialect, ContextValues values, String alias) {
    return new SqlCompiler(rules, schema, dialect, values, alias);
  }

  boolean rlsMode() {
    return values == null;
  }

  /** The tenant guard of a row at {@code qualifier}, or null when its model has no tenant field. */
  Cond guard(AccessRule rule, String qualifier) {
    return rule.tenantGuard().map(g -> bool(g, scope(rule.model(), qualifier))).orElse(null);
  }

  /** The OR of the rule's clauses, or TRUE/FALSE when it has none (allowed within the tenant / denied). */
  Cond body(AccessRule rule, String qualifier) {
    return switch (rule.fallback()) {
      case ALLOW_WITHIN_TENANT -> Cond.primary(sql.constant(Truth.TRUE));
      case DENY -> Cond.primary(sql.constant(Truth.FALSE));
      case RULES -> Cond.or(rule.clauses().stream().map(c -> bool(c.condition(), scope(rule.model(), qualifier))).toList());
    };
  }

  /** The tenant guard AND the body. */
  Cond whole(AccessRule rule, String qualifier) {
    Cond guard = guard(rule, qualifier);
    Cond body = body(rule, qualifier);
    if (guard == null) {
      return body;
    }
    return rule.fallback() == AccessRule.Fallback.ALLOW_WITHIN_TENANT ? guard : Cond.and(List.of(guard, body));
  }

  /** What a row reached through a relation must satisfy to be seen at all. */
  Cond reachable(Model target, String qualifier) {
    AccessRule read = rules.rule(target, Action.READ);
    return rlsMode() ? guard(read, qualifier) : whole(read, qualifier);
  }

  String quote(String identifier) {
    return sql.quote(identifier);
  }

  /** A fresh alias such as {@code "t3"}, never the outer table's name. */
  String alias(String prefix) {
    String name;
    do {
      name = prefix + (++aliases);
    } while (name.equals(outerName));
    return quote(name);
  }

  Cond bool(Expr e, Map<String, Binding> scope) {
    if (e instanceof Expr.Logical l) {
      List<Cond> parts = new ArrayList<>();
      flatten(l.op(), e, parts, scope);
      return l.op() == Expr.LogicalOp.AND ? Cond.and(parts) : Cond.or(parts);
    }
    if (e instanceof Expr.Not n) {
      return Cond.primary(Sql.concat("NOT ", bool(n.operand(), scope).parenthesized()));
    }
    if (e instanceof Expr.Literal l) {
      return switch (l.type()) {
        case BOOLEAN -> Cond.primary(sql.constant(Truth.of(Boolean.valueOf(l.text()))));
        case NULL -> Cond.primary(sql.constant(Truth.UNKNOWN));
        default -> throw new PolicyException("`" + ExprPrinter.print(l) + "` is not true or false");
      };
    }
    if (e instanceof Expr.Compare || e instanceof Expr.Collection || e instanceof Expr.RecordPath
        || e instanceof Expr.VariablePath) {
      return atom(e, scope);
    }
    throw Semantics.unsupported(e);
  }

  private void flatten(Expr.LogicalOp op, Expr e, List<Cond> parts, Map<String, Binding> scope) {
    if (e instanceof Expr.Logical l && l.op() == op) {
      flatten(op, l.left(), parts, scope);
      flatten(op, l.right(), parts, scope);
    } else {
      parts.add(bool(e, scope));
    }
  }

  /** An atom, wrapped in one EXISTS over the rows its paths hop to (so it is TRUE or FALSE). */
  private Cond atom(Expr e, Map<String, Binding> scope) {
    Map<Expr, Reached> reached = new IdentityHashMap<>();
    Map<String, String> hopAliases = new LinkedHashMap<>();
    List<Sql> from = new ArrayList<>();
    List<Cond> conditions = new ArrayList<>();
    for (Expr path : Atoms.directPaths(e, scope.keySet(), v -> scope.get(v) instanceof Row)) {
      Row start = (Row) scope.get(Atoms.root(path));
      Paths.Resolved resolved = Paths.resolve(rules.domain(), start.model(), Atoms.names(path));
      String qualifier = start.qualifier();
      String key = Atoms.root(path);
      for (Paths.Hop hop : resolved.hops()) {
        key = key + "." + hop.relation().name();
        String alias = hopAliases.get(key);
        if (alias == null) {
          alias = alias("t");
          hopAliases.put(key, alias);
          from.add(Sql.of(quote(hop.to().table()) + " AS " + alias));
          conditions.add(Cond.primary(column(alias, Paths.primaryKey(hop.to())).text() + " = "
              + column(qualifier, hop.foreignKey()).text()));
          Cond guard = reachable(hop.to(), alias);
          if (guard != null) {
            conditions.add(guard);
          }
        }
        qualifier = alias;
      }
      reached.put(path, new Reached(resolved, qualifier));
    }
    Cond core = core(e, scope, reached);
    if (from.isEmpty()) {
      return core;
    }
    conditions.add(core);
    return exists(from, conditions);
  }

  /** {@code EXISTS (SELECT 1 FROM a, b WHERE c AND d)}. */
  Cond exists(List<Sql> from, List<Cond> conditions) {
    return Cond.primary(Sql.concat("EXISTS (SELECT 1 FROM ", Sql.join(", ", from), " WHERE ",
        Cond.and(conditions).sql(), ")"));
  }

  private Cond core(Expr e, Map<String, Binding> scope, Map<Expr, Reached> reached) {
    if (e instanceof Expr.Compare c) {
      return compare(c.op(), operand(c.left(), scope, reached), operand(c.right(), scope, reached));
    }
    if (e instanceof Expr.Collection c) {
      return collections.collection(c, scope, reached);
    }
    Operand value = operand(e, scope, reached);
    if (value.type() != Semantics.Type.BOOLEAN) {
      throw new PolicyException("`" + ExprPrinter.print(e) + "` is not true or false");
    }
    return Cond.primary(value.natural());
  }

  Cond compare(Expr.CompareOp op, Operand a, Operand b) {
    Semantics.Mode mode = Semantics.mode(op, a.type(), a.literal(), b.type(), b.literal());
    if (a.literal() != null && b.literal() != null) {
      return Cond.primary(sql.constant(Semantics.compare(mode, op,
          Semantics.literal(mode, a.literal()), Semantics.literal(mode, b.literal()))));
    }
    if (mode == Semantics.Mode.UNKNOWN) {
      return Cond.primary(sql.constant(Truth.UNKNOWN));
    }
    if (mode == Semantics.Mode.NULL_TEST) {
      Operand tested = a.literal() != null ? b : a;
      return Cond.primary(Sql.concat(tested.natural(), op == Expr.CompareOp.EQ ? " IS NULL" : " IS NOT NULL"));
    }
    return Cond.primary(sql.compare(mode, op, render(a, mode), render(b, mode)));
  }

  /** An operand as a comparison mode needs it. */
  Sql render(Operand o, Semantics.Mode mode) {
    return o.literal() != null ? Sql.of(sql.literal(mode, o.literal())) : sql.value(o.natural(), o.type(), mode);
  }

  Operand operand(Expr e, Map<String, Binding> scope, Map<Expr, Reached> reached) {
    Expr.Literal literal = Semantics.literal(e);
    if (literal != null) {
      return new Operand(null, Semantics.type(literal), literal);
    }
    if (e instanceof Expr.VariablePath v && scope.get(v.variable()) instanceof Element element) {
      if (!v.path().isEmpty()) {
        throw new PolicyException("`" + ExprPrinter.print(v) + "`: a role or claim has no fields");
      }
      return new Operand(element.text(), Semantics.Type.TEXT, null);
    }
    if (e instanceof Expr.RecordPath || e instanceof Expr.VariablePath) {
      Reached r = reached.get(e);
      if (r == null) {
        throw new PolicyException("unknown variable in `" + ExprPrinter.print(e) + "`");
      }
      Field field = r.resolved().column().field();
      return new Operand(column(r.qualifier(), field), Semantics.type(field), null);
    }
    if (e instanceof Expr.UserAttribute u) {
      return switch (u.name()) {
        case "id" -> new Operand(context("laforge_user_id()", sql.uuidParam(), values == null ? null : values.userId()),
            Semantics.Type.UUID, null);
        case "tenantId" -> new Operand(context("laforge_tenant_id()", sql.uuidParam(), values == null ? null : values.tenantId()),
            Semantics.Type.UUID, null);
        case "role" -> new Operand(context("laforge_user_role()", sql.textParam(), values == null ? null : values.role()),
            Semantics.Type.TEXT, null);
        default -> throw new PolicyException("`user." + u.name() + "` is a list: use user." + u.name() + ".includes(...)");
      };
    }
    if (e instanceof Expr.Logical || e instanceof Expr.Not || e instanceof Expr.Compare || e instanceof Expr.Collection) {
      return new Operand(bool(e, scope).parenthesized(), Semantics.Type.BOOLEAN, null);
    }
    throw Semantics.unsupported(e);
  }

  /** A context value: a wrapped function call in RLS mode, else a bind parameter. */
  Sql context(String function, String placeholder, Object value) {
    return rlsMode() ? Sql.of("(SELECT " + function + ")") : Sql.param(placeholder, value);
  }

  Sql column(String qualifier, Field field) {
    return Sql.of(qualifier + "." + quote(field.column()));
  }

  /** A scope where {@code record} is a row of {@code model} at {@code qualifier}. */
  Map<String, Binding> scope(Model model, String qualifier) {
    Map<String, Binding> scope = new HashMap<>();
    scope.put("record", new Row(model, qualifier));
    return scope;
  }
}
