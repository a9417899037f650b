/**
 * The policy compiler: one access rule per (model, action) ({@link dev.laforge.backend.policy.AccessRules}),
 * in three forms that must mean exactly the same thing — the Java
 * {@link dev.laforge.backend.policy.PolicyEvaluator}, parameterised SQL predicates per dialect
 * ({@link dev.laforge.backend.policy.PredicateCompiler}) and PostgreSQL row-level security
 * ({@link dev.laforge.backend.policy.RlsWriter}) — plus {@link dev.laforge.backend.policy.ExprPrinter}
 * and {@link dev.laforge.backend.policy.RlsSafetyCheck}.
 *
 * <p>Architecture invariant: knows nothing of Xtext, EMF, LSP or HTTP; its input is the IR. The
 * three forms agree on every record and user; tests prove it on real databases. Where a form
 * cannot express something, every form refuses it with a {@link dev.laforge.backend.policy.PolicyException}
 * rather than one of them guessing.
 *
 * <h2>The rule</h2>
 * The clauses of a (model, action) are every {@code policy Model.action} and every permission
 * rule for it; a permission rule holds when the user holds one of its grantees (or it names none)
 * AND its condition (if any). The user holds role r when {@code user.role == r ||
 * user.roles.includes(r)}; claim c when {@code user.claims.includes(c)} or a held role is granted
 * c by {@code claims { r: c }}. The rule is the OR of the clauses; without clauses, a model with a
 * tenant field allows the action within the tenant and a model without one denies it. A tenant
 * field adds the guard {@code record.tenant == user.tenantId}, AND-ed with everything, for every
 * action (RESTRICTIVE in RLS, with USING and WITH CHECK).
 *
 * <h2>Semantics: SQL's three-valued logic</h2>
 * <ul>
 *   <li>Values: a field is its column value; {@code user.id} and {@code user.tenantId} are uuids,
 *       {@code user.role} text; unset, empty and malformed context values are NULL (see
 *       {@link dev.laforge.backend.policy.UserContext}). An empty list is an unset list.
 *   <li>A comparison with a NULL operand is UNKNOWN; {@code && || !} are Kleene's; the verdict
 *       allows only on TRUE, so UNKNOWN denies (a missing context fails closed, never
 *       {@code IS NULL OR}). Comparing with the literal {@code null} is {@code IS [NOT] NULL}: TRUE
 *       or FALSE.
 *   <li>{@code === ==} are equality, {@code !== !=} inequality. Text compares exactly and orders by
 *       code point (no collation, no case folding, no trailing-space padding); uuids compare by
 *       value; enums as their label text; numbers exactly (as doubles when a float is involved);
 *       {@code date}/{@code datetime} chronologically, string literals read as ISO-8601 (no offset:
 *       UTC; a date against a datetime: midnight UTC). A literal the other side cannot hold (a
 *       malformed date) makes the comparison UNKNOWN. JSON values and arithmetic are refused.
 *   <li>Atoms are comparisons, bare boolean paths and collection calls. An atom whose paths cross
 *       belongsTo relations ({@code record.author.team.name}) is an EXISTS over the related rows:
 *       TRUE when they all exist, may be read by the user, and the atom is TRUE; FALSE otherwise
 *       (never UNKNOWN). "May be read" is the related model's read rule, tenant guard included:
 *       PostgreSQL applies the related table's SELECT policies inside a policy's subquery, so the
 *       other forms do the same. A path ending on a belongsTo relation ({@code record.author}) or
 *       naming its FK ({@code record.authorId}) is the FK column: no hop.
 *   <li>Over a to-many relation (hasMany by the FK in the target, manyToMany through the join
 *       table), only rows the user may read count: {@code some(x => p)} is EXISTS such a row where
 *       p is TRUE; {@code every(x => p)} is NOT EXISTS one where p is not TRUE; {@code includes(v)}
 *       is EXISTS one whose primary key equals v. These are TRUE or FALSE.
 *   <li>{@code user.roles}/{@code user.claims}: {@code includes(v)} is membership, UNKNOWN when the
 *       list is unset or v is NULL; {@code some}/{@code every} are UNKNOWN when the list is unset,
 *       else TRUE or FALSE. A list literal: {@code includes(v)} is {@code v IN (...)} (the OR of
 *       equalities, so UNKNOWN when v is NULL and nothing matches); {@code some}/{@code every}
 *       hold when the body is TRUE for some/every element.
 * </ul>
 *
 * <p>PostgreSQL rejects policies whose subqueries lead back to a table being checked ("infinite
 * recursion detected in policy"); {@link dev.laforge.backend.policy.AccessRules#of} refuses such
 * domains for every form.
 */
package dev.laforge.backend.policy;
