package dev.laforge.backend.policy;

import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import java.util.regex.Pattern;

/**
 * Compiles the access rules of a domain to parameterised SQL predicates for one dialect
 * (DESIGN.md section 3: MySQL/MariaDB and SQLite have no RLS, so the runtime adds the predicate
 * to every statement). The predicate means exactly what the evaluator and the RLS policies mean.
 */
public final class PredicateCompiler {

  /** Aliases the compiler gives subqueries ({@code t1}, {@code j2}, {@code l3}); the caller's may not look like them. */
  private static final Pattern RESERVED = Pattern.compile("[tjl][0-9]+", Pattern.CASE_INSENSITIVE);

  private final AccessRules rules;
  private final Dialect dialect;
  private final SqlSchema schema;

  public PredicateCompiler(Domain domain, Dialect dialect) {
    this(AccessRules.of(domain), dialect);
  }

  public PredicateCompiler(AccessRules rules, Dialect dialect) {
    this.rules = rules;
    this.dialect = dialect;
    this.schema = SqlSchema.of(rules.domain(), dialect);
  }

  /** The predicate for rows of {@code model} aliased {@code alias} in the caller's query. */
  public SqlPredicate predicate(String model, Action action, String alias) {
    if (alias == null || alias.isEmpty() || RESERVED.matcher(alias).matches()) {
      throw new IllegalArgumentException("alias '" + alias + "' is empty or looks like a subquery alias (t1, j1, l1)");
    }
    return new SqlPredicate(rules, schema, dialect, rules.rule(model, action), alias);
  }

  public Dialect dialect() {
    return dialect;
  }

  public AccessRules rules() {
    return rules;
  }
}
