package dev.laforge.backend.policy;

import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import dev.laforge.backend.sql.SqlScript;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * PostgreSQL row-level security for a domain (DESIGN.md section 3), to run after the schema: the
 * context functions, then per table ENABLE and FORCE ROW LEVEL SECURITY and its policies. Every
 * LaForge policy is named {@code laforge_...}; the script first drops all of them on its tables,
 * including ones a previous version created, so running it again converges on the domain.
 *
 * <p>Per model table: a RESTRICTIVE {@code laforge_<table>_tenant_guard} FOR ALL when the model
 * has a tenant field, and one PERMISSIVE policy per action with rules ({@code _create} FOR INSERT
 * WITH CHECK, {@code _read} FOR SELECT USING, {@code _update} FOR UPDATE USING and WITH CHECK,
 * {@code _delete} FOR DELETE USING). An action without rules gets {@code USING (true)} on a
 * tenant model and no permissive policy otherwise, which PostgreSQL treats as deny. Join tables
 * get one guard, see {@link PolicyGraph}.
 */
public final class RlsWriter {

  private static final Dialect PG = Dialect.POSTGRES;

  private RlsWriter() {}

  public static String write(Domain domain) {
    AccessRules rules = AccessRules.of(domain);
    SqlSchema schema = SqlSchema.of(domain, PG);
    Map<String, Model> models = domain.models().stream().collect(Collectors.toMap(Model::table, Function.identity()));
    List<String> sections = new ArrayList<>();
    sections.add(RlsFunctions.create());
    List<String> tables = schema.tables().stream().map(SqlSchema.Table::name).toList();
    sections.add(dropLeftovers(tables));
    for (SqlSchema.Table table : schema.tables()) {
      sections.add(table.joinTable()
          ? joinTable(rules, schema, table.name())
          : modelTable(rules, schema, models.get(table.name())));
    }
    return SqlScript.render(sections);
  }

  /**
   * The context functions policies call ({@code CREATE OR REPLACE FUNCTION}, as at the top of
   * {@link #write}), for a migration that creates policies on a database without them.
   */
  public static String contextFunctions() {
    return RlsFunctions.create();
  }

  /** The name of a LaForge policy on a table: {@code laforge_<table>_<suffix>}, shortened to fit. */
  public static String policyName(String table, String suffix) {
    return PG.constraintName("laforge", table, suffix);
  }

  private static String modelTable(AccessRules rules, SqlSchema schema, Model model) {
    String table = model.table();
    String q = PG.quote(table);
    List<String> lines = new ArrayList<>();
    lines.add(comment(model.name() + " (table " + table + ")"));
    lines.addAll(enable(table));
    lines.add(drop(table, "tenant_guard"));
    for (Action action : Action.values()) {
      lines.add(drop(table, action.keyword()));
    }
    lines.addAll(tenantGuard(rules, schema, model));
    for (Action action : Action.values()) {
      lines.addAll(permissive(rules, schema, rules.rule(model, action)));
    }
    return String.join("\n", lines);
  }

  /**
   * What the script holds for one (model, action), one line each: the RESTRICTIVE tenant guard of
   * the model's table when it has a tenant field, then the PERMISSIVE policy of the action
   * preceded by comments naming its clauses (or only the comment saying why there is none).
   *
   * @throws PolicyException when the model is unknown or the domain's policies cannot be compiled
   */
  public static String policy(Domain domain, String model, Action action) {
    AccessRules rules = AccessRules.of(domain);
    AccessRule rule = rules.rule(model, action);
    return policy(rules, SqlSchema.of(domain, PG), rule);
  }

  /**
   * {@link #policy(Domain, String, Action)} of every model and action, by model name then action,
   * from the domain's access rules and schema (each covers the whole domain: made once, not per
   * model and action).
   *
   * @param schema the PostgreSQL schema of {@code rules.domain()}: {@code SqlSchema.of(domain, Dialect.POSTGRES)}
   */
  public static Map<String, Map<Action, String>> policies(AccessRules rules, SqlSchema schema) {
    Map<String, Map<Action, String>> byModel = new LinkedHashMap<>();
    for (Model model : rules.domain().models()) {
      Map<Action, String> byAction = new EnumMap<>(Action.class);
      for (Action action : Action.values()) {
        byAction.put(action, policy(rules, schema, rules.rule(model, action)));
      }
      byModel.put(model.name(), byAction);
    }
    return byModel;
  }

  /**
   * What {@link #write(Domain)} holds for each many-to-many join table of the
   * schema (enabling row-level security and its guard), by table, without the model tables.
   *
   * @param schema the PostgreSQL schema of {@code rules.domain()}: {@code SqlSchema.of(domain, Dialect.POSTGRES)}
   */
  public static Map<String, String> joinTables(AccessRules rules, SqlSchema schema) {
    Map<String, String> byTable = new LinkedHashMap<>();
    for (SqlSchema.Table table : schema.tables()) {
      if (table.joinTable()) {
        byTable.put(table.name(), joinTable(rules, schema, table.name()));
      }
    }
    return byTable;
  }

  private static String policy(AccessRules rules, SqlSchema schema, AccessRule rule) {
    List<String> lines = new ArrayList<>(tenantGuard(rules, schema, rule.model()));
    lines.addAll(permissive(rules, schema, rule));
    return String.join("\n", lines);
  }

  private static List<String> tenantGuard(AccessRules rules, SqlSchema schema, Model model) {
    AccessRule any = rules.rule(model, Action.READ);
    if (any.tenantField() == null) {
      return List.of();
    }
    String table = model.table();
    String q = PG.quote(table);
    String guard = SqlCompiler.rls(rules, schema, table).guard(any, q).sql().text();
    return List.of(
        "CREATE POLICY " + PG.quote(policyName(table, "tenant_guard")) + " ON " + q + " AS RESTRICTIVE FOR ALL",
        "  USING (" + guard + ")",
        "  WITH CHECK (" + guard + ");");
  }

  private static List<String> permissive(AccessRules rules, SqlSchema schema, AccessRule rule) {
    String table = rule.model().table();
    List<String> lines = new ArrayList<>();
    switch (rule.fallback()) {
      case DENY -> {
        lines.add(comment("no policy or permission for " + rule.name() + ": denied (no permissive policy)"));
        return lines;
      }
      case ALLOW_WITHIN_TENANT -> lines.add(comment("no policy for " + rule.name() + ": allowed within the tenant"));
      case RULES -> rule.clauses().forEach(c -> lines.add(comment(c.label())));
    }
    String condition = SqlCompiler.rls(rules, schema, table).body(rule, PG.quote(table)).sql().text();
    String command = switch (rule.action()) {
      case CREATE -> "INSERT";
      case READ -> "SELECT";
      case UPDATE -> "UPDATE";
      case DELETE -> "DELETE";
    };
    lines.add("CREATE POLICY " + PG.quote(policyName(table, rule.action().keyword())) + " ON " + PG.quote(table)
        + " AS PERMISSIVE FOR " + command);
    switch (rule.action()) {
      case CREATE -> lines.add("  WITH CHECK (" + condition + ");");
      case UPDATE -> {
        lines.add("  USING (" + condition + ")");
        lines.add("  WITH CHECK (" + condition + ");");
      }
      default -> lines.add("  USING (" + condition + ");");
    }
    return lines;
  }

  /**
   * A join table's pairs are visible, and may be written, only when the rows they link may be
   * read: EXISTS on each side PostgreSQL's recursion check allows (see {@link PolicyGraph}).
   */
  private static String joinTable(AccessRules rules, SqlSchema schema, String table) {
    String q = PG.quote(table);
    List<String> lines = new ArrayList<>();
    lines.add(comment("join table " + table));
    lines.addAll(enable(table));
    lines.add(drop(table, "guard"));
    SqlCompiler compiler = SqlCompiler.rls(rules, schema, table);
    List<String> terms = new ArrayList<>();
    for (Model side : rules.graph().joinGuard(table)) {
      for (String column : JoinColumns.columnsReferencing(schema, table, side)) {
        String alias = compiler.alias("t");
        terms.add("EXISTS (SELECT 1 FROM " + PG.quote(side.table()) + " AS " + alias + " WHERE "
            + alias + "." + PG.quote(Paths.primaryKey(side).column()) + " = " + q + "." + PG.quote(column) + ")");
      }
    }
    if (terms.isEmpty()) {
      lines.add("-- not guarded: the rules of both sides traverse this table, and a guard reading them would make"
          + " PostgreSQL recurse; its pairs are visible to every role granted access to it");
      terms.add("true");
    } else {
      lines.add("-- a pair is visible, and may be written, when the rows it links may be read");
    }
    String guard = String.join(" AND ", terms);
    lines.add("CREATE POLICY " + PG.quote(policyName(table, "guard")) + " ON " + q + " AS PERMISSIVE FOR ALL");
    lines.add("  USING (" + guard + ")");
    lines.add("  WITH CHECK (" + guard + ");");
    return String.join("\n", lines);
  }

  /** An SQL comment line; line breaks in names become spaces, so no name can end the comment. */
  static String comment(String text) {
    return "-- " + text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]", " ");
  }

  private static List<String> enable(String table) {
    return List.of("ALTER TABLE " + PG.quote(table) + " ENABLE ROW LEVEL SECURITY;",
        "ALTER TABLE " + PG.quote(table) + " FORCE ROW LEVEL SECURITY;");
  }

  private static String drop(String table, String suffix) {
    return "DROP POLICY IF EXISTS " + PG.quote(policyName(table, suffix)) + " ON " + PG.quote(table) + ";";
  }

  /** Drops every {@code laforge_%} policy left on these tables, so renamed or removed rules do not linger. */
  private static String dropLeftovers(List<String> tables) {
    String names = tables.stream().map(PG::quoteString).collect(Collectors.joining(", "));
    String body = String.join("\n",
        "DECLARE",
        "  leftover record;",
        "BEGIN",
        "  FOR leftover IN SELECT schemaname, tablename, policyname FROM pg_policies",
        "      WHERE schemaname = current_schema() AND policyname LIKE " + PG.quoteString("laforge\\_%"),
        "        AND tablename IN (" + names + ")",
        "  LOOP",
        "    EXECUTE format('DROP POLICY %I ON %I.%I', leftover.policyname, leftover.schemaname, leftover.tablename);",
        "  END LOOP;",
        "END");
    return "-- Drop every LaForge policy first, including those of rules since renamed or removed.\n"
        + "DO " + DollarQuote.quote(body) + ";";
  }
}
