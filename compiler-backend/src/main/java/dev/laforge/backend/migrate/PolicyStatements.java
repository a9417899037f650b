package dev.laforge.backend.migrate;

import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.policy.AccessRules;
import dev.laforge.backend.policy.RlsWriter;
import dev.laforge.backend.sql.SqlSchema;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CREATE POLICY statements the row-level-security writer generates for each table, by policy
 * name: for a model table the tenant guard and one permissive policy per action that has one; for
 * a join table its guard.
 */
final class PolicyStatements {

  static final String TENANT_GUARD = "tenant_guard";

  /** The suffix of the one policy of a many-to-many join table. */
  static final String JOIN_GUARD = "guard";

  private PolicyStatements() {}

  /** One generated policy; {@code action} is null for the tenant guard. */
  record Statement(String table, String name, Action action, String sql) {}

  /**
   * Table name, then policy name, to its statement: the model tables' policies, and the guard of
   * each many-to-many join table.
   *
   * @param rules the access rules of the domain
   * @param postgres its PostgreSQL schema, {@code SqlSchema.of(rules.domain(), Dialect.POSTGRES)}
   */
  static Map<String, Map<String, Statement>> of(AccessRules rules, SqlSchema postgres) {
    Domain domain = rules.domain();
    Map<String, Map<String, Statement>> byTable = new TreeMap<>();
    Map<String, Map<Action, String>> scripts = RlsWriter.policies(rules, postgres);
    for (Model model : domain.models()) {
      Map<String, Statement> byName = new TreeMap<>();
      for (Action action : Action.values()) {
        String script = scripts.get(model.name()).get(action);
        add(byName, model.table(), null, TENANT_GUARD, script);
        add(byName, model.table(), action, action.keyword(), script);
      }
      byTable.put(model.table(), byName);
    }
    for (Map.Entry<String, String> joinTable : RlsWriter.joinTables(rules, postgres).entrySet()) {
      Map<String, Statement> byName = new TreeMap<>();
      add(byName, joinTable.getKey(), null, JOIN_GUARD, joinTable.getValue());
      byTable.put(joinTable.getKey(), byName);
    }
    return byTable;
  }

  /** Finds {@code CREATE POLICY "<name>" ...} up to the line ending with {@code ;}, if present. */
  private static void add(Map<String, Statement> byName, String table, Action action, String suffix, String script) {
    String name = RlsWriter.policyName(table, suffix);
    String head = "CREATE POLICY " + Dialect.POSTGRES.quote(name) + " ";
    StringBuilder statement = null;
    for (String line : script.split("\n")) {
      if (statement == null && line.startsWith(head)) {
        statement = new StringBuilder(line);
      } else if (statement != null) {
        statement.append('\n').append(line);
      }
      if (statement != null && line.endsWith(";")) {
        byName.putIfAbsent(name, new Statement(table, name, action, statement.toString()));
        return;
      }
    }
  }
}
