package dev.laforge.backend.policy;

import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.Expr;
import dev.laforge.backend.ir.Model;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates policy expressions over in-memory rows with the semantics of the generated SQL
 * (see the package documentation): Kleene logic, NULL-propagating comparisons, and atoms over
 * relation hops or collections that are TRUE or FALSE, never UNKNOWN.
 */
final class Evaluation {

  private final AccessRules rules;
  private final ContextValues context;

  Evaluation(AccessRules rules, ContextValues context) {
    this.rules = rules;
    this.context = context;
  }

  /** A variable's value: a row of a model, or one element of {@code user.roles}/{@code user.claims}. */
  private sealed interface Binding permits Row, Element {}

  private record Row(Model model, Map<String, Object> values) implements Binding {}

  private record Element(String value) implements Binding {}

  /** What a path operand reached: the column and the row holding it. */
  private record Reached(Paths.Resolved resolved, Map<String, Object> row) {}

  private record Operand(Semantics.Type type, Object raw, Expr.Literal literal) {}

  /** The tenant guard AND the rule: whether a row reached through a relation may be read. */
  Truth allows(AccessRule rule, Map<String, Object> row) {
    Map<String, Binding> scope = Map.of("record", new Row(rule.model(), row));
    Truth guard = rule.tenantGuard().map(g -> bool(g, scope)).orElse(Truth.TRUE);
    Truth body = switch (rule.fallback()) {
      case ALLOW_WITHIN_TENANT -> Truth.TRUE;
      case DENY -> Truth.FALSE;
      case RULES -> rule.clauses().stream().map(c -> bool(c.condition(), scope)).reduce(Truth.FALSE, Truth::or);
    };
    return guard.and(body);
  }

  Truth evaluate(Expr e, Model model, Map<String, Object> row) {
    return bool(e, Map.of("record", new Row(model, row)));
  }

  private Truth bool(Expr e, Map<String, Binding> scope) {
    if (e instanceof Expr.Logical l) {
      Truth left = bool(l.left(), scope);
      Truth right = bool(l.right(), scope);
      return l.op() == Expr.LogicalOp.AND ? left.and(right) : left.or(right);
    }
    if (e instanceof Expr.Not n) {
      return bool(n.operand(), scope).not();
    }
    if (e instanceof Expr.Literal l) {
      return switch (l.type()) {
        case BOOLEAN -> Truth.of(Boolean.valueOf(l.text()));
        case NULL -> Truth.UNKNOWN;
        default -> throw new PolicyException("`" + ExprPrinter.print(l) + "` is not true or false");
      };
    }
    if (e instanceof Expr.Compare || e instanceof Expr.Collection || e instanceof Expr.RecordPath
        || e instanceof Expr.VariablePath) {
      return atom(e, scope);
    }
    throw Semantics.unsupported(e);
  }

  /** An atom: its relation hops must all reach readable rows, else it is FALSE. */
  private Truth atom(Expr e, Map<String, Binding> scope) {
    Map<Expr, Reached> reached = new IdentityHashMap<>();
    boolean hops = false;
    for (Expr path : Atoms.directPaths(e, scope.keySet(), v -> scope.get(v) instanceof Row)) {
      Row start = (Row) scope.get(Atoms.root(path));
      Paths.Resolved resolved = Paths.resolve(rules.domain(), start.model(), Atoms.names(path));
      Map<String, Object> row = start.values();
      for (Paths.Hop hop : resolved.hops()) {
        hops = true;
        Object next = row == null ? null : row.get(hop.relation().name());
        if (!(next instanceof Map<?, ?> map) || !readable(hop.to(), cast(map))) {
          return Truth.FALSE;
        }
        row = cast(map);
      }
      reached.put(path, new Reached(resolved, row));
    }
    Truth core = core(e, scope, reached);
    return hops ? Truth.of(core.isTrue()) : core;
  }

  private Truth core(Expr e, Map<String, Binding> scope, Map<Expr, Reached> reached) {
    if (e instanceof Expr.Compare c) {
      return compare(c.op(), operand(c.left(), scope, reached), operand(c.right(), scope, reached));
    }
    if (e instanceof Expr.Collection c) {
      return collection(c, scope, reached);
    }
    Operand value = operand(e, scope, reached);
    if (value.type() != Semantics.Type.BOOLEAN) {
      throw new PolicyException("`" + ExprPrinter.print(e) + "` is not true or false");
    }
    return Truth.of((Boolean) Semantics.value(Semantics.Mode.BOOLEAN, value.type(), value.raw()));
  }

  private Truth compare(Expr.CompareOp op, Operand a, Operand b) {
    Semantics.Mode mode = Semantics.mode(op, a.type(), a.literal(), b.type(), b.literal());
    return Semantics.compare(mode, op, value(mode, a), value(mode, b));
  }

  private static Object value(Semantics.Mode mode, Operand o) {
    return o.literal() != null ? Semantics.literal(mode, o.literal()) : Semantics.value(mode, o.type(), o.raw());
  }

  private Truth collection(Expr.Collection c, Map<String, Binding> scope, Map<Expr, Reached> reached) {
    if (c.receiver() instanceof Expr.ArrayLiteral array) {
      Truth result = c.op() == Expr.CollectionOp.EVERY ? Truth.TRUE : Truth.FALSE;
      for (Expr element : array.elements()) {
        if (c.op() == Expr.CollectionOp.INCLUDES) {
          result = result.or(compare(Expr.CompareOp.EQ, operand(c.argument(), scope, reached), operand(element, scope, reached)));
        } else {
          boolean holds = bool(Substitution.apply(c.body(), c.parameter(), element), scope).isTrue();
          result = c.op() == Expr.CollectionOp.SOME ? result.or(Truth.of(holds)) : result.and(Truth.of(holds));
        }
      }
      return result;
    }
    if (c.receiver() instanceof Expr.UserAttribute list) {
      List<String> values = context.list(list.name());
      if (values == null) {
        return Truth.UNKNOWN;
      }
      if (c.op() == Expr.CollectionOp.INCLUDES) {
        Operand argument = operand(c.argument(), scope, reached);
        Semantics.mode(Expr.CompareOp.EQ, Semantics.Type.TEXT, null, argument.type(), argument.literal());
        Object text = argument.literal() != null ? argument.literal().text() : Semantics.value(Semantics.Mode.TEXT, argument.type(), argument.raw());
        return ContextValues.member(values, (String) text);
      }
      boolean some = false;
      boolean every = true;
      for (String value : values) {
        Map<String, Binding> inner = new HashMap<>(scope);
        inner.put(c.parameter(), new Element(value));
        boolean holds = bool(c.body(), inner).isTrue();
        some |= holds;
        every &= holds;
      }
      return Truth.of(c.op() == Expr.CollectionOp.SOME ? some : every);
    }
    Reached receiver = reached.get(c.receiver());
    if (receiver == null || !(receiver.resolved().end() instanceof Paths.ToMany many)) {
      throw new PolicyException("`" + ExprPrinter.print(c.receiver()) + "` is not a to-many relation, user.roles, user.claims or a list");
    }
    Object rows = receiver.row() == null ? null : receiver.row().get(many.relation().name());
    boolean some = false;
    boolean every = true;
    for (Object item : rows instanceof List<?> list ? list : List.of()) {
      if (!(item instanceof Map<?, ?> map) || !readable(many.target(), cast(map))) {
        continue;
      }
      Map<String, Binding> inner = new HashMap<>(scope);
      Row row = new Row(many.target(), cast(map));
      boolean holds;
      if (c.op() == Expr.CollectionOp.INCLUDES) {
        Operand key = new Operand(Semantics.type(Paths.primaryKey(many.target())),
            row.values().get(Paths.primaryKey(many.target()).name()), null);
        holds = compare(Expr.CompareOp.EQ, key, operand(c.argument(), scope, reached)).isTrue();
      } else {
        inner.put(c.parameter(), row);
        holds = bool(c.body(), inner).isTrue();
      }
      some |= holds;
      every &= holds;
    }
    return Truth.of(c.op() == Expr.CollectionOp.EVERY ? every : some);
  }

  private Operand operand(Expr e, Map<String, Binding> scope, Map<Expr, Reached> reached) {
    Expr.Literal literal = Semantics.literal(e);
    if (literal != null) {
      return new Operand(Semantics.type(literal), null, literal);
    }
    if (e instanceof Expr.VariablePath v && scope.get(v.variable()) instanceof Element element) {
      if (!v.path().isEmpty()) {
        throw new PolicyException("`" + ExprPrinter.print(v) + "`: a role or claim has no fields");
      }
      return new Operand(Semantics.Type.TEXT, element.value(), null);
    }
    if (e instanceof Expr.RecordPath || e instanceof Expr.VariablePath) {
      Reached r = reached.get(e);
      if (r == null) {
        throw new PolicyException("unknown variable in `" + ExprPrinter.print(e) + "`");
      }
      Paths.Column column = r.resolved().column();
      return new Operand(Semantics.type(column.field()), r.row() == null ? null : r.row().get(column.field().name()), null);
    }
    if (e instanceof Expr.UserAttribute u) {
      return switch (u.name()) {
        case "id" -> new Operand(Semantics.Type.UUID, context.userId(), null);
        case "tenantId" -> new Operand(Semantics.Type.UUID, context.tenantId(), null);
        case "role" -> new Operand(Semantics.Type.TEXT, context.role(), null);
        default -> throw new PolicyException("`user." + u.name() + "` is a list: use user." + u.name() + ".includes(...)");
      };
    }
    if (e instanceof Expr.Logical || e instanceof Expr.Not || e instanceof Expr.Compare || e instanceof Expr.Collection) {
      Truth t = bool(e, scope);
      return new Operand(Semantics.Type.BOOLEAN, t == Truth.UNKNOWN ? null : t.isTrue(), null);
    }
    throw Semantics.unsupported(e);
  }

  private boolean readable(Model model, Map<String, Object> row) {
    return allows(rules.rule(model, Action.READ), row).isTrue();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }
}
