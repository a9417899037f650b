package dev.laforge.backend.migrate.introspect;

import dev.laforge.backend.migrate.PolicyDefinition;
import dev.laforge.backend.migrate.SchemaState;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The schema of a live database as {@link Introspector} read it: the relational shape in the same
 * terms as a declared domain ({@link SqlSchema}), each column's type as the database reports it,
 * and on PostgreSQL row-level security per table and its policies. Anything the IR cannot
 * represent is kept as a note, e.g. a column of a type LaForge never declares (read as text).
 *
 * @param columnTypes table, then column, to its type as the dialect reports it (see
 *     {@link dev.laforge.backend.migrate.ColumnTypes})
 * @param rowSecurity table to its row-level-security switches; empty except on PostgreSQL
 * @param policies table, then policy name, to the policy as {@code pg_policies} shows it
 * @param notes what was read only approximately, sorted
 * @param leftovers {@code *_deprecated_*} tables and columns a safe migration left behind, sorted
 */
public record LiveSchema(
    Dialect dialect,
    SqlSchema schema,
    Map<String, Map<String, String>> columnTypes,
    Map<String, RowSecurity> rowSecurity,
    Map<String, Map<String, PolicyDefinition>> policies,
    List<String> notes,
    List<String> leftovers) {

  public LiveSchema {
    columnTypes = Collections.unmodifiableMap(new TreeMap<>(columnTypes));
    rowSecurity = Collections.unmodifiableMap(new TreeMap<>(rowSecurity));
    policies = Collections.unmodifiableMap(new TreeMap<>(policies));
    notes = notes.stream().sorted().distinct().toList();
    leftovers = leftovers.stream().sorted().distinct().toList();
  }

  /** {@code ENABLE} and {@code FORCE ROW LEVEL SECURITY} of one PostgreSQL table. */
  public record RowSecurity(boolean enabled, boolean forced) {}

  /** This schema as one side of {@link dev.laforge.backend.migrate.SchemaDiff#between(SchemaState, SchemaState, Dialect)}. */
  public SchemaState state() {
    return new SchemaState(schema, columnTypes, policies, null);
  }
}
