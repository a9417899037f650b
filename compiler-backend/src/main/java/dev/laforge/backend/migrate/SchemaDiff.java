package dev.laforge.backend.migrate;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The typed difference between the previous version of a domain (the snapshot) and the current
 * one, for one dialect: classified operations in a fixed order (enums, tables, columns,
 * constraints, foreign keys, indexes, policies; names sorted within each group) and rename hints.
 * The same two domains always give the same diff, whatever the order of their models.
 *
 * @param before the dialect's schema of the previous domain, which the operations start from
 * @param after the dialect's schema of the current domain, which the operations lead to
 * @param keptPolicies the row-level-security policies both sides have unchanged, table to policy
 *     name to CREATE POLICY statement: PostgreSQL refuses to change the type of a column a policy
 *     reads, so a planner drops and re-creates them around such a change
 */
public record SchemaDiff(List<ClassifiedOp> ops, List<RenameHint> hints, SqlSchema before, SqlSchema after,
    Map<String, Map<String, String>> keptPolicies) {

  public SchemaDiff {
    ops = List.copyOf(ops);
    hints = List.copyOf(hints);
    Map<String, Map<String, String>> kept = new TreeMap<>();
    keptPolicies.forEach((table, policies) -> kept.put(table, Collections.unmodifiableMap(new TreeMap<>(policies))));
    keptPolicies = Collections.unmodifiableMap(kept);
  }

  /**
   * Compares two validated domains. Columns are paired across a rename only when the current
   * field declares {@code renamedFrom("<previous field name>")}; tables are paired by name.
   * Policies are the PostgreSQL row-level-security policies of the model tables whatever the
   * dialect: they state the access rules the other dialects enforce outside the database, so a
   * weakened rule is reported for every dialect; a planner for those dialects skips the policy
   * operations themselves.
   *
   * @throws IllegalArgumentException when a domain is not valid (see {@code SqlSchema.of})
   * @throws dev.laforge.backend.policy.PolicyException when a domain's policies cannot be compiled
   */
  public static SchemaDiff between(Domain previous, Domain current, Dialect dialect) {
    return new SchemaDiffer(previous, current, dialect).diff();
  }

  /**
   * Compares two schema states, e.g. a live database read by the introspector with the state a
   * domain declares ({@link SchemaState#of}), or two databases. Tables, columns and constraints
   * are matched as in {@link #between(Domain, Domain, Dialect)}, but column types are compared as
   * the dialect stores them, validation CHECKs by name only (a database's CHECK is not read back
   * into a validation), defaults by value, and policies by their parts (command, permissive or
   * restrictive, roles, USING, WITH CHECK). Column renames ({@code renamedFrom}) and policy
   * weakening are judged only when both states carry their domain. On MySQL/MariaDB and SQLite,
   * enums are column types, so enum operations are left out and a changed label list is a changed
   * column type.
   */
  public static SchemaDiff between(SchemaState before, SchemaState after, Dialect dialect) {
    return new SchemaDiffer(before, after, dialect).diff();
  }

  /** The operations alone, in order. */
  public List<MigrationOp> operations() {
    return ops.stream().map(ClassifiedOp::op).toList();
  }

  /** Every finding of every operation, in operation order. */
  public List<Finding> findings() {
    return ops.stream().flatMap(op -> op.findings().stream()).toList();
  }

  public boolean isEmpty() {
    return ops.isEmpty();
  }
}
