package dev.laforge.backend.policy;

import dev.laforge.backend.ir.Action;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;

/**
 * The access rule of one (model, action) as an SQL condition over rows aliased {@link #alias()},
 * tenant guard included, for databases without RLS (and for PostgreSQL connections that bypass
 * it). {@link #bind} renders it for one user: the text depends on the user only through the
 * number of {@code ?} a list expands to.
 */
public final class SqlPredicate {

  private final AccessRules rules;
  private final SqlSchema schema;
  private final Dialect dialect;
  private final AccessRule rule;
  private final String alias;

  SqlPredicate(AccessRules rules, SqlSchema schema, Dialect dialect, AccessRule rule, String alias) {
    this.rules = rules;
    this.schema = schema;
    this.dialect = dialect;
    this.rule = rule;
    this.alias = alias;
  }

  public BoundPredicate bind(UserContext user) {
    SqlCompiler compiler = SqlCompiler.bound(rules, schema, dialect, ContextValues.of(user), alias);
    Sql sql = compiler.whole(rule, dialect.quote(alias)).sql();
    return new BoundPredicate(sql.text(), sql.params());
  }

  public String model() {
    return rule.model().name();
  }

  public Action action() {
    return rule.action();
  }

  public String alias() {
    return alias;
  }

  public Dialect dialect() {
    return dialect;
  }
}
