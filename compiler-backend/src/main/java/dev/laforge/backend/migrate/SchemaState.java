package dev.laforge.backend.migrate;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.policy.RlsWriter;
import dev.laforge.backend.sql.SqlSchema;
import dev.laforge.backend.sql.sqlite.SqliteFragments;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One side of a schema-level comparison ({@link SchemaDiff#between(SchemaState, SchemaState,
 * Dialect)}): the relational schema, each column's type as the dialect stores it (see {@link
 * ColumnTypes}) and, on PostgreSQL, the row-level-security policies by table and name. It is
 * built from a declared domain with {@link #of}, or read from a live database by
 * {@code dev.laforge.backend.migrate.introspect.Introspector}.
 *
 * @param domain the domain the state was derived from, or null when it was read from a database;
 *     column renames and policy weakening are judged only when both sides have one
 */
public record SchemaState(
    SqlSchema schema,
    Map<String, Map<String, String>> columnTypes,
    Map<String, Map<String, PolicyDefinition>> policies,
    Domain domain) {

  public SchemaState {
    columnTypes = copy(columnTypes);
    policies = copy(policies);
  }

  /**
   * The state a validated domain declares for a dialect: its {@link SqlSchema} as that dialect
   * stores it (on MySQL/MariaDB a single-column unique index is a UNIQUE constraint, which is how
   * the database reports both; on SQLite a validation with only a pattern or email has no CHECK,
   * as SQLite has no REGEXP), its column types, and on PostgreSQL every policy of the
   * generated row-level-security script, join tables included.
   *
   * @throws IllegalArgumentException when the domain is not valid
   * @throws dev.laforge.backend.policy.PolicyException when its policies cannot be compiled
   */
  public static SchemaState of(Domain domain, Dialect dialect) {
    SqlSchema schema = stored(SqlSchema.of(domain, dialect), dialect);
    Map<String, Map<String, PolicyDefinition>> policies = dialect == Dialect.POSTGRES
        ? parsePolicies(RlsWriter.write(domain))
        : Map.of();
    return new SchemaState(schema, ColumnTypes.declared(SqlSchema.of(domain, dialect), dialect), policies, domain);
  }

  /** The same state with other policies, e.g. the declared ones as the database itself prints them. */
  public SchemaState withPolicies(Map<String, Map<String, PolicyDefinition>> replacement) {
    return new SchemaState(schema, columnTypes, replacement, domain);
  }

  /**
   * A schema as the dialect stores it. SQLite keeps only the CHECKs it can express. MySQL/MariaDB cannot tell a UNIQUE constraint from a
   * unique index, so a single-column unique index becomes the UNIQUE constraint of its column.
   */
  public static SqlSchema stored(SqlSchema schema, Dialect dialect) {
    if (dialect == Dialect.SQLITE) {
      List<SqlSchema.Table> tables = schema.tables().stream().map(t -> new SqlSchema.Table(t.name(), t.columns(),
          t.primaryKeyName(), t.primaryKey(), t.uniques(),
          t.checks().stream().filter(c -> SqliteFragments.check(c) != null).toList(), t.joinTable())).toList();
      return new SqlSchema(schema.enums(), tables, schema.foreignKeys(), schema.indexes());
    }
    if (dialect != Dialect.MYSQL) {
      return schema;
    }
    Map<String, List<SqlSchema.Unique>> extra = new TreeMap<>();
    List<SqlSchema.Index> indexes = new ArrayList<>();
    for (SqlSchema.Index index : schema.indexes()) {
      if (index.unique() && index.columns().size() == 1) {
        extra.computeIfAbsent(index.table(), t -> new ArrayList<>()).add(new SqlSchema.Unique(index.name(), index.columns().get(0)));
      } else {
        indexes.add(index);
      }
    }
    List<SqlSchema.Table> tables = schema.tables().stream().map(t -> {
      List<SqlSchema.Unique> uniques = new ArrayList<>(t.uniques());
      uniques.addAll(extra.getOrDefault(t.name(), List.of()));
      uniques.sort(Comparator.comparing(SqlSchema.Unique::name));
      return new SqlSchema.Table(t.name(), t.columns(), t.primaryKeyName(), t.primaryKey(), uniques, t.checks(), t.joinTable());
    }).toList();
    return new SqlSchema(schema.enums(), tables, schema.foreignKeys(), indexes);
  }

  /** Every {@code CREATE POLICY} of a generated row-level-security script, in parts. */
  static Map<String, Map<String, PolicyDefinition>> parsePolicies(String script) {
    Map<String, Map<String, PolicyDefinition>> byTable = new TreeMap<>();
    List<String> statement = null;
    for (String line : script.split("\n")) {
      if (statement == null && line.startsWith("CREATE POLICY ")) {
        statement = new ArrayList<>();
      }
      if (statement != null) {
        statement.add(line);
        if (line.endsWith(";")) {
          PolicyDefinition policy = parsePolicy(statement);
          byTable.computeIfAbsent(policy.table(), t -> new TreeMap<>()).put(policy.name(), policy);
          statement = null;
        }
      }
    }
    return byTable;
  }

  /** {@code CREATE POLICY "n" ON "t" AS PERMISSIVE FOR SELECT}, then {@code USING (...)} and {@code WITH CHECK (...)} lines. */
  private static PolicyDefinition parsePolicy(List<String> lines) {
    String head = lines.get(0);
    int[] at = {"CREATE POLICY ".length()};
    String name = SqlIdentifiers.read(head, at);
    at[0] += " ON ".length();
    String table = SqlIdentifiers.read(head, at);
    String rest = head.substring(at[0]).trim();
    boolean permissive = rest.startsWith("AS PERMISSIVE");
    String command = rest.substring(rest.indexOf("FOR ") + 4).trim();
    String using = null;
    String withCheck = null;
    for (String line : lines.subList(1, lines.size())) {
      String part = line.trim();
      if (part.endsWith(";")) {
        part = part.substring(0, part.length() - 1);
      }
      if (part.startsWith("USING (")) {
        using = part.substring("USING (".length(), part.length() - 1);
      } else if (part.startsWith("WITH CHECK (")) {
        withCheck = part.substring("WITH CHECK (".length(), part.length() - 1);
      }
    }
    return new PolicyDefinition(table, name, command, permissive, List.of("public"), using, withCheck, String.join("\n", lines));
  }

  private static <V> Map<String, Map<String, V>> copy(Map<String, Map<String, V>> map) {
    Map<String, Map<String, V>> copy = new TreeMap<>();
    map.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
    return Collections.unmodifiableMap(copy);
  }
}
