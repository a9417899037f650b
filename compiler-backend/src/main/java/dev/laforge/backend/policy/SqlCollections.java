package dev.laforge.backend.policy;

import dev.laforge.backend.ir.Expr;
import dev.laforge.backend.ir.Field;
import dev.laforge.backend.ir.Relation;
import dev.laforge.backend.policy.SqlCompiler.Binding;
import dev.laforge.backend.policy.SqlCompiler.Operand;
import dev.laforge.backend.policy.SqlCompiler.Reached;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of {@code .some}, {@code .every} and {@code .includes} over to-many relations,
 * {@code user.roles}/{@code user.claims} and list literals, for {@link SqlCompiler}.
 */
final class SqlCollections {

  private final SqlCompiler compiler;

  SqlCollections(SqlCompiler compiler) {
    this.compiler = compiler;
  }

  Cond collection(Expr.Collection c, Map<String, Binding> scope, Map<Expr, Reached> reached) {
    if (c.receiver() instanceof Expr.ArrayLiteral array) {
      return array(c, array.elements(), scope, reached);
    }
    if (c.receiver() instanceof Expr.UserAttribute list) {
      return compiler.rlsMode() ? rlsList(c, list.name(), scope, reached) : boundList(c, list.name(), scope, reached);
    }
    Reached receiver = reached.get(c.receiver());
    if (receiver == null || !(receiver.resolved().end() instanceof Paths.ToMany many)) {
      throw new PolicyException("`" + ExprPrinter.print(c.receiver()) + "` is not a to-many relation, user.roles, user.claims or a list");
    }
    return rows(c, many, receiver.qualifier(), scope, reached);
  }

  /** EXISTS over the related rows the user may read; every is NOT EXISTS a row where the body is not TRUE. */
  private Cond rows(Expr.Collection c, Paths.ToMany many, String owner, Map<String, Binding> scope,
      Map<Expr, Reached> reached) {
    List<Sql> from = new ArrayList<>();
    List<Cond> conditions = new ArrayList<>();
    Field ownerKey = Paths.primaryKey(many.owner());
    Field targetKey = Paths.primaryKey(many.target());
    if (many.relation().kind() == Relation.RelationKind.MANY_TO_MANY) {
      JoinColumns join = JoinColumns.of(compiler.schema, many.owner(), many.relation(), many.target());
      String j = compiler.alias("j");
      String t = compiler.alias("t");
      from.add(Sql.of(compiler.quote(join.table()) + " AS " + j));
      from.add(Sql.of(compiler.quote(many.target().table()) + " AS " + t));
      conditions.add(Cond.primary(j + "." + compiler.quote(join.ownerColumn()) + " = " + compiler.column(owner, ownerKey).text()));
      conditions.add(Cond.primary(compiler.column(t, targetKey).text() + " = " + j + "." + compiler.quote(join.targetColumn())));
      return rowsOf(c, many, t, from, conditions, scope, reached);
    }
    String fkName = many.relation().foreignKey();
    Field fk = fkName == null ? null : many.target().field(fkName).orElse(null);
    if (fk == null) {
      throw new PolicyException("relation " + many.owner().name() + "." + many.relation().name() + " has no foreign key in " + many.target().name());
    }
    String t = compiler.alias("t");
    from.add(Sql.of(compiler.quote(many.target().table()) + " AS " + t));
    conditions.add(Cond.primary(compiler.column(t, fk).text() + " = " + compiler.column(owner, ownerKey).text()));
    return rowsOf(c, many, t, from, conditions, scope, reached);
  }

  private Cond rowsOf(Expr.Collection c, Paths.ToMany many, String t, List<Sql> from, List<Cond> conditions,
      Map<String, Binding> scope, Map<Expr, Reached> reached) {
    Cond visible = compiler.reachable(many.target(), t);
    if (visible != null) {
      conditions.add(visible);
    }
    if (c.op() == Expr.CollectionOp.INCLUDES) {
      Operand key = new Operand(compiler.column(t, Paths.primaryKey(many.target())),
          Semantics.type(Paths.primaryKey(many.target())), null);
      conditions.add(compiler.compare(Expr.CompareOp.EQ, key, compiler.operand(c.argument(), scope, reached)));
      return compiler.exists(from, conditions);
    }
    Map<String, Binding> inner = new HashMap<>(scope);
    inner.put(c.parameter(), new SqlCompiler.Row(many.target(), t));
    Cond body = compiler.bool(c.body(), inner);
    if (c.op() == Expr.CollectionOp.SOME) {
      conditions.add(body);
      return compiler.exists(from, conditions);
    }
    conditions.add(Cond.primary(Sql.concat(body.parenthesized(), " IS NOT TRUE")));
    return Cond.primary(Sql.concat("NOT ", compiler.exists(from, conditions).sql()));
  }

  /** A list literal: includes is the OR of equalities (SQL's IN); some/every hold when TRUE for some/every element. */
  private Cond array(Expr.Collection c, List<Expr> elements, Map<String, Binding> scope, Map<Expr, Reached> reached) {
    if (c.op() != Expr.CollectionOp.INCLUDES) {
      List<Cond> parts = new ArrayList<>();
      for (Expr element : elements) {
        Cond body = compiler.bool(Substitution.apply(c.body(), c.parameter(), element), scope);
        parts.add(Cond.primary(Sql.concat(body.parenthesized(), " IS TRUE")));
      }
      boolean some = c.op() == Expr.CollectionOp.SOME;
      if (parts.isEmpty()) {
        return Cond.primary(compiler.sql.constant(some ? Truth.FALSE : Truth.TRUE));
      }
      return some ? Cond.or(parts) : Cond.and(parts);
    }
    Operand subject = compiler.operand(c.argument(), scope, reached);
    List<Operand> items = elements.stream().map(e -> compiler.operand(e, scope, reached)).toList();
    if (items.isEmpty()) {
      return Cond.primary(compiler.sql.constant(Truth.FALSE));
    }
    Semantics.Mode common = null;
    boolean inList = subject.literal() == null;
    for (Operand item : items) {
      Semantics.Mode mode = Semantics.mode(Expr.CompareOp.EQ, subject.type(), subject.literal(), item.type(), item.literal());
      inList &= item.literal() != null && (common == null || common == mode)
          && mode != Semantics.Mode.NULL_TEST && mode != Semantics.Mode.UNKNOWN;
      common = mode;
    }
    if (inList) {
      List<Sql> literals = new ArrayList<>();
      for (Operand item : items) {
        literals.add(compiler.render(item, common));
      }
      Sql left = compiler.render(subject, common);
      left = common == Semantics.Mode.TEXT ? compiler.sql.textSubject(left) : left;
      return Cond.primary(Sql.concat(left, " IN (", Sql.join(", ", literals), ")"));
    }
    List<Cond> parts = new ArrayList<>();
    for (Operand item : items) {
      parts.add(compiler.compare(Expr.CompareOp.EQ, subject, item));
    }
    return Cond.or(parts);
  }

  /** {@code user.roles}/{@code user.claims} through the context functions; UNKNOWN when the list is unset. */
  private Cond rlsList(Expr.Collection c, String list, Map<String, Binding> scope, Map<Expr, Reached> reached) {
    String all = "(SELECT laforge_user_" + list + "())";
    if (c.op() == Expr.CollectionOp.INCLUDES) {
      Operand item = compiler.operand(c.argument(), scope, reached);
      Semantics.Mode mode = Semantics.mode(Expr.CompareOp.EQ, Semantics.Type.TEXT, null, item.type(), item.literal());
      if (mode == Semantics.Mode.NULL_TEST) {
        return Cond.primary(compiler.sql.constant(Truth.UNKNOWN));
      }
      if (item.literal() != null && list.equals("claims")) {
        return Cond.primary("(SELECT laforge_has_claim(" + compiler.sql.dialect().quoteString(item.literal().text()) + "))");
      }
      // ANY((SELECT f())) would be read as ANY over the subquery's rows; the cast makes it an array.
      return Cond.primary(Sql.concat(compiler.render(item, Semantics.Mode.TEXT), " = ANY(CAST(", all, " AS text[]))"));
    }
    String l = compiler.alias("l");
    Map<String, Binding> inner = new HashMap<>(scope);
    inner.put(c.parameter(), new SqlCompiler.Element(Sql.of(l + ".\"v\"")));
    Cond body = compiler.bool(c.body(), inner);
    boolean some = c.op() == Expr.CollectionOp.SOME;
    Sql where = some ? body.sql() : Sql.concat(body.parenthesized(), " IS NOT TRUE");
    return Cond.primary(Sql.concat("CASE WHEN ", all, " IS NULL THEN NULL ELSE ", some ? "" : "NOT ",
        "EXISTS (SELECT 1 FROM unnest(", all, ") AS ", l, "(\"v\") WHERE ", where, ") END"));
  }

  /** The same over the bound context: membership of a literal is computed and bound; the list is expanded. */
  private Cond boundList(Expr.Collection c, String list, Map<String, Binding> scope, Map<Expr, Reached> reached) {
    List<String> values = compiler.values.list(list);
    if (c.op() == Expr.CollectionOp.INCLUDES) {
      Operand item = compiler.operand(c.argument(), scope, reached);
      Semantics.Mode mode = Semantics.mode(Expr.CompareOp.EQ, Semantics.Type.TEXT, null, item.type(), item.literal());
      if (mode == Semantics.Mode.NULL_TEST || values == null) {
        return Cond.primary(compiler.sql.constant(Truth.UNKNOWN));
      }
      if (item.literal() != null) {
        Truth member = ContextValues.member(values, item.literal().text());
        return Cond.primary(Sql.param(compiler.sql.booleanParam(), member == Truth.UNKNOWN ? null : member.isTrue()));
      }
      List<Sql> params = values.stream().map(v -> Sql.param(compiler.sql.textParam(), v)).toList();
      Sql subject = compiler.sql.textSubject(compiler.render(item, Semantics.Mode.TEXT));
      return Cond.primary(Sql.concat(subject, " IN (", Sql.join(", ", params), ")"));
    }
    if (values == null) {
      return Cond.primary(compiler.sql.constant(Truth.UNKNOWN));
    }
    List<Cond> parts = new ArrayList<>();
    for (String value : values) {
      Map<String, Binding> inner = new HashMap<>(scope);
      inner.put(c.parameter(), new SqlCompiler.Element(Sql.param(compiler.sql.textParam(), value)));
      parts.add(Cond.primary(Sql.concat(compiler.bool(c.body(), inner).parenthesized(), " IS TRUE")));
    }
    return c.op() == Expr.CollectionOp.SOME ? Cond.or(parts) : Cond.and(parts);
  }
}
