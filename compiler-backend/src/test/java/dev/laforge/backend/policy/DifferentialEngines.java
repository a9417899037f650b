package dev.laforge.backend.policy;

import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.Expr;
import dev.laforge.backend.ir.Field;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import dev.laforge.backend.sql.mysql.MySqlDdlWriter;
import dev.laforge.backend.sql.postgres.PostgresDdlWriter;
import dev.laforge.backend.sql.postgres.PostgresFragments;
import dev.laforge.backend.sql.sqlite.SqliteDdlWriter;
import dev.laforge.backend.testing.TestDatabases;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One domain on every engine for {@link PolicyDifferentialTest}: its schema, {@code rls.sql} and
 * {@code app_role.sql} in a fresh PostgreSQL schema (with a NOLOGIN role granted
 * {@value AppRoleWriter#ROLE}), its MySQL DDL in a fresh MariaDB database and its SQLite DDL in
 * memory. {@link #load} replaces the rows everywhere (batched, one transaction per batch);
 * {@link #verdicts} answers, for one user, which rows each form allows, with one query per
 * engine and (model, action), except RLS inserts, which are tried row by row.
 *
 * <p>RLS is observed exactly, with nothing but the command's own policies in play: SELECT for
 * read; {@code UPDATE t SET <marker> = 'lf-marker'} without WHERE or RETURNING (which would add
 * the SELECT policies) for update, the marker being a text column the update rule does not read;
 * {@code DELETE FROM t} for delete; the row's own INSERT for create, after the owner deleted it.
 * Each attempt runs in a savepoint that is rolled back, with {@code session_replication_role =
 * replica} so that foreign-key triggers neither cascade nor interfere (RLS still applies).
 */
final class DifferentialEngines implements AutoCloseable {

  enum Engine {
    EVALUATOR("Java evaluator"), PG_RLS("PostgreSQL RLS"), PG_PREDICATE("PostgreSQL predicate"),
    MARIADB("MariaDB predicate"), SQLITE("SQLite predicate");

    final String label;

    Engine(String label) {
      this.label = label;
    }
  }

  private static final int BATCH = 100;
  private static final String MARKER = "lf-marker";
  private static final Dialect PG = Dialect.POSTGRES;

  final Domain domain;
  final AccessRules rules;
  /** The rules the evaluator uses: the domain's, except in the self-test that plants a disagreement. */
  private final AccessRules evaluatorRules;
  private final PolicyEvaluator evaluator = new PolicyEvaluator();
  private final Map<Dialect, PredicateCompiler> predicates = new EnumMap<>(Dialect.class);
  private final Map<Dialect, SqlSchema> schemas = new EnumMap<>(Dialect.class);
  private final List<Model> order;
  private final Map<String, String> markers = new LinkedHashMap<>();
  private TestDatabases.PostgresSchema pg;
  private String role;
  private TestDatabases.MariaDbDatabase maria;
  private Connection sqlite;

  private DifferentialEngines(Domain domain, Domain evaluatorDomain) {
    this.domain = domain;
    this.rules = AccessRules.of(domain);
    this.evaluatorRules = evaluatorDomain == domain ? rules : AccessRules.of(evaluatorDomain);
    for (Dialect dialect : Dialect.values()) {
      predicates.put(dialect, new PredicateCompiler(rules, dialect));
      schemas.put(dialect, SqlSchema.of(domain, dialect));
    }
    this.order = RandomPolicyData.insertionOrder(domain);
    for (Model model : domain.models()) {
      markers.put(model.name(), marker(model));
    }
  }

  static DifferentialEngines open(Domain domain) throws SQLException {
    return open(domain, domain);
  }

  /** The same, the evaluator reading {@code evaluatorDomain}'s rules (for the planted-disagreement self-test). */
  static DifferentialEngines open(Domain domain, Domain evaluatorDomain) throws SQLException {
    DifferentialEngines e = new DifferentialEngines(domain, evaluatorDomain);
    try {
      e.pg = TestDatabases.postgresSchema();
      e.pg.execute(PostgresDdlWriter.write(domain));
      e.pg.execute(RlsWriter.write(domain));
      e.pg.execute(AppRoleWriter.write(domain));
      e.role = "lf_diff_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      e.pg.execute("CREATE ROLE " + e.role + " NOLOGIN NOSUPERUSER NOBYPASSRLS; GRANT " + AppRoleWriter.ROLE + " TO " + e.role);
      e.maria = TestDatabases.mariadbDatabase();
      e.maria.execute(MySqlDdlWriter.write(domain));
      e.sqlite = TestDatabases.sqlite();
      try (Statement s = e.sqlite.createStatement()) {
        s.executeUpdate(SqliteDdlWriter.write(domain));
      }
      return e;
    } catch (Throwable t) {
      try {
        e.close();
      } catch (SQLException suppressed) {
        t.addSuppressed(suppressed);
      }
      throw t;
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      if (sqlite != null) {
        sqlite.close();
      }
      if (maria != null) {
        maria.close();
      }
    } finally {
      if (pg != null) {
        pg.close();
        if (role != null) {
          try (Connection admin = TestDatabases.postgres(); Statement s = admin.createStatement()) {
            s.execute("DROP ROLE IF EXISTS " + role);
          }
        }
      }
    }
  }

  /** A text column of the model that its update rule does not read, for observing RLS updates. */
  private String marker(Model model) {
    Set<String> read = new HashSet<>();
    for (AccessRule.Clause clause : rules.rule(model, Action.UPDATE).clauses()) {
      recordFields(clause.condition(), read);
    }
    return model.fields().stream()
        .filter(f -> (f.type() == ScalarType.STRING || f.type() == ScalarType.TEXT) && !f.primaryKey() && !f.tenant()
            && f.foreignKeyOf() == null && !read.contains(f.name()))
        .map(Field::column).findFirst()
        .orElseThrow(() -> new IllegalStateException(model.name() + " has no text column its update rule leaves alone"));
  }

  private static void recordFields(Expr e, Set<String> out) {
    if (e instanceof Expr.RecordPath p && !p.path().isEmpty()) {
      out.add(p.path().get(0));
    } else if (e instanceof Expr.Logical l) {
      recordFields(l.left(), out);
      recordFields(l.right(), out);
    } else if (e instanceof Expr.Not n) {
      recordFields(n.operand(), out);
    } else if (e instanceof Expr.Compare c) {
      recordFields(c.left(), out);
      recordFields(c.right(), out);
    } else if (e instanceof Expr.Collection c) {
      recordFields(c.receiver(), out);
      recordFields(c.body(), out);
      recordFields(c.argument(), out);
    } else if (e instanceof Expr.ArrayLiteral a) {
      a.elements().forEach(x -> recordFields(x, out));
    }
  }

  // ------------------------------------------------------------------ loading

  /** Replaces every row in the three databases with the dataset's. */
  void load(PolicyDataset data) throws SQLException {
    List<String> pgTables = tables(PG);
    pg.execute("TRUNCATE " + pgTables.stream().map(PG::quote).collect(Collectors.joining(", ")) + " CASCADE");
    insert(pg.connection(), PG, data);
    StringBuilder clear = new StringBuilder("SET FOREIGN_KEY_CHECKS = 0;");
    tables(Dialect.MYSQL).forEach(t -> clear.append(" DELETE FROM ").append(Dialect.MYSQL.quote(t)).append(';'));
    maria.execute(clear + " SET FOREIGN_KEY_CHECKS = 1");
    insert(maria.connection(), Dialect.MYSQL, data);
    try (Statement s = sqlite.createStatement()) {
      s.execute("PRAGMA foreign_keys = OFF");
      for (String table : tables(Dialect.SQLITE)) {
        s.execute("DELETE FROM " + Dialect.SQLITE.quote(table));
      }
      s.execute("PRAGMA foreign_keys = ON");
    }
    insert(sqlite, Dialect.SQLITE, data);
  }

  private List<String> tables(Dialect dialect) {
    return schemas.get(dialect).tables().stream().map(SqlSchema.Table::name).toList();
  }

  private void insert(Connection c, Dialect dialect, PolicyDataset data) throws SQLException {
    SqlSchema schema = schemas.get(dialect);
    c.setAutoCommit(false);
    try {
      for (Model model : order) {
        List<Map<String, Object>> rows = data.rows(model.name());
        if (rows.isEmpty()) {
          continue;
        }
        SqlSchema.Table table = table(schema, model.table());
        List<String> placeholders = new ArrayList<>();
        for (Field field : model.fields()) {
          placeholders.add(dialect == PG ? "CAST(? AS " + PostgresFragments.type(column(table, field)) + ")" : "?");
        }
        String sql = "INSERT INTO " + dialect.quote(model.table()) + " ("
            + model.fields().stream().map(f -> dialect.quote(f.column())).collect(Collectors.joining(", ")) + ") VALUES ("
            + String.join(", ", placeholders) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          int n = 0;
          for (Map<String, Object> row : rows) {
            int i = 1;
            for (Field field : model.fields()) {
              bind(ps, i++, dialect, field, row.get(field.name()));
            }
            ps.addBatch();
            if (++n % BATCH == 0) {
              ps.executeBatch();
              c.commit();
            }
          }
          ps.executeBatch();
          c.commit();
        }
      }
      for (Map.Entry<String, List<Map<String, Object>>> join : data.links.entrySet()) {
        if (join.getValue().isEmpty()) {
          continue;
        }
        List<String> sides = new ArrayList<>(join.getValue().get(0).keySet());
        List<String> columns = sides.stream()
            .map(side -> JoinColumns.columnsReferencing(schema, join.getKey(), data.model(side)).get(0)).toList();
        String uuid = dialect == PG ? "CAST(? AS uuid)" : "?";
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + dialect.quote(join.getKey()) + " ("
            + columns.stream().map(dialect::quote).collect(Collectors.joining(", ")) + ") VALUES (" + uuid + ", " + uuid + ")")) {
          int n = 0;
          for (Map<String, Object> pair : join.getValue()) {
            ps.setString(1, (String) pair.get(sides.get(0)));
            ps.setString(2, (String) pair.get(sides.get(1)));
            ps.addBatch();
            if (++n % BATCH == 0) {
              ps.executeBatch();
              c.commit();
            }
          }
          ps.executeBatch();
          c.commit();
        }
      }
    } catch (SQLException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  /** A value as the LaForge runtime stores it in each dialect (date-times in UTC, as millisecond text in SQLite). */
  private static void bind(PreparedStatement ps, int i, Dialect dialect, Field field, Object value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.VARCHAR);
    } else if (dialect == PG) {
      ps.setString(i, pgText(value));
    } else if (field.type() == ScalarType.DATETIME) {
      var instant = Temporal.instant(value);
      ps.setString(i, dialect == Dialect.MYSQL ? Temporal.mysqlText(instant) : Temporal.sqliteText(instant));
    } else if (value instanceof Boolean b) {
      ps.setBoolean(i, b);
    } else if (value instanceof Integer || value instanceof Long) {
      ps.setLong(i, ((Number) value).longValue());
    } else if (value instanceof BigDecimal d) {
      if (dialect == Dialect.MYSQL) {
        ps.setBigDecimal(i, d);
      } else {
        ps.setString(i, d.toPlainString());
      }
    } else if (value instanceof Double d) {
      ps.setDouble(i, d);
    } else {
      ps.setString(i, value.toString());
    }
  }

  static String pgText(Object value) {
    return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
  }

  private static SqlSchema.Table table(SqlSchema schema, String name) {
    return schema.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  private static SqlSchema.Column column(SqlSchema.Table table, Field field) {
    return table.columns().stream().filter(c -> c.name().equals(field.column())).findFirst().orElseThrow();
  }

  // ------------------------------------------------------------------ verdicts

  /**
   * For one user: per model and action, the ids each engine allows. {@code onlyModel} and
   * {@code onlyAction} (may be null) restrict the work, for the shrinker.
   */
  Map<String, Map<Action, Map<Engine, Set<String>>>> verdicts(PolicyDataset data, UserContext user, String onlyModel,
      Action onlyAction) throws SQLException {
    Map<String, Map<Action, Map<Engine, Set<String>>>> out = new LinkedHashMap<>();
    Connection c = pg.connection();
    c.setAutoCommit(false);
    try {
      Contexts.set(c, user);
      for (Model model : domain.models()) {
        if (onlyModel != null && !onlyModel.equals(model.name())) {
          continue;
        }
        Map<Action, Map<Engine, Set<String>>> byAction = new EnumMap<>(Action.class);
        for (Action action : Action.values()) {
          if (onlyAction != null && onlyAction != action) {
            continue;
          }
          Map<Engine, Set<String>> v = new EnumMap<>(Engine.class);
          Set<String> allowed = new TreeSet<>();
          for (Map<String, Object> row : data.rows(model.name())) {
            if (evaluator.evaluate(evaluatorRules, model.name(), action, data.record(model, row), user).allowed()) {
              allowed.add((String) PolicyDataset.id(model, row));
            }
          }
          v.put(Engine.EVALUATOR, allowed);
          v.put(Engine.PG_RLS, rls(c, model, action, data));
          v.put(Engine.PG_PREDICATE, select(c, PG, model, action, user));
          v.put(Engine.MARIADB, select(maria.connection(), Dialect.MYSQL, model, action, user));
          v.put(Engine.SQLITE, select(sqlite, Dialect.SQLITE, model, action, user));
          byAction.put(action, v);
        }
        out.put(model.name(), byAction);
      }
    } finally {
      c.rollback();
      c.setAutoCommit(true);
    }
    return out;
  }

  /** The rows a dialect's predicate selects. */
  private Set<String> select(Connection c, Dialect dialect, Model model, Action action, UserContext user) throws SQLException {
    BoundPredicate p = predicates.get(dialect).predicate(model.name(), action, "r").bind(user);
    String pk = dialect.quote("r") + "." + dialect.quote(Paths.primaryKey(model).column());
    String sql = "SELECT " + (dialect == PG ? "CAST(" + pk + " AS text)" : pk) + " FROM " + dialect.quote(model.table())
        + " AS " + dialect.quote("r") + " WHERE " + p.sql();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      p.bindTo(ps, 1);
      return ids(ps);
    }
  }

  /** What the non-owner role may do to each row under RLS, every attempt rolled back. */
  private Set<String> rls(Connection c, Model model, Action action, PolicyDataset data) throws SQLException {
    String table = PG.quote(model.table());
    String pk = PG.quote(Paths.primaryKey(model).column());
    Set<String> result = new TreeSet<>();
    switch (action) {
      case READ -> {
        exec(c, "SAVEPOINT lf_rls; SET LOCAL ROLE " + role);
        try (PreparedStatement ps = c.prepareStatement("SELECT CAST(" + pk + " AS text) FROM " + table)) {
          result.addAll(ids(ps));
        } finally {
          exec(c, "ROLLBACK TO SAVEPOINT lf_rls");
        }
      }
      case UPDATE -> {
        String marker = PG.quote(markers.get(model.name()));
        try {
          exec(c, "SAVEPOINT lf_rls; SET LOCAL ROLE " + role + "; UPDATE " + table + " SET " + marker + " = '" + MARKER
              + "'; RESET ROLE");
          try (PreparedStatement ps = c.prepareStatement("SELECT CAST(" + pk + " AS text) FROM " + table + " WHERE " + marker
              + " = '" + MARKER + "'")) {
            result.addAll(ids(ps));
          }
        } finally {
          exec(c, "ROLLBACK TO SAVEPOINT lf_rls");
        }
      }
      case DELETE -> {
        try {
          exec(c, "SAVEPOINT lf_rls; SET LOCAL session_replication_role = replica; SET LOCAL ROLE " + role + "; DELETE FROM "
              + table + "; RESET ROLE");
          try (PreparedStatement ps = c.prepareStatement("SELECT CAST(" + pk + " AS text) FROM " + table)) {
            Set<String> left = ids(ps);
            data.rows(model.name()).stream().map(r -> (String) PolicyDataset.id(model, r)).filter(id -> !left.contains(id))
                .forEach(result::add);
          }
        } finally {
          exec(c, "ROLLBACK TO SAVEPOINT lf_rls");
        }
      }
      case CREATE -> {
        for (Map<String, Object> row : data.rows(model.name())) {
          String id = (String) PolicyDataset.id(model, row);
          try {
            exec(c, "SAVEPOINT lf_rls; SET LOCAL session_replication_role = replica; DELETE FROM " + table + " WHERE " + pk
                + " = CAST(" + PG.quoteString(id) + " AS uuid); SET LOCAL ROLE " + role + "; " + insertLiteral(model, row));
            result.add(id);
          } catch (SQLException e) {
            if (!"42501".equals(e.getSQLState())) {
              throw e;
            }
          } finally {
            exec(c, "ROLLBACK TO SAVEPOINT lf_rls");
          }
        }
      }
    }
    return result;
  }

  /**
   * Per row, whether the non-owner role's {@code UPDATE t SET <marker> = ... WHERE <pk> = ?} and
   * {@code DELETE FROM t WHERE <pk> = ?} touch it: statements as a runtime writes them, whose
   * WHERE makes PostgreSQL apply the SELECT policies as well.
   */
  Map<Action, Set<String>> targetedWrites(PolicyDataset data, UserContext user, Model model) throws SQLException {
    String table = PG.quote(model.table());
    String pk = PG.quote(Paths.primaryKey(model).column());
    String marker = PG.quote(markers.get(model.name()));
    Map<Action, Set<String>> out = new EnumMap<>(Action.class);
    out.put(Action.UPDATE, new TreeSet<>());
    out.put(Action.DELETE, new TreeSet<>());
    Connection c = pg.connection();
    c.setAutoCommit(false);
    try {
      Contexts.set(c, user);
      for (Map<String, Object> row : data.rows(model.name())) {
        String id = (String) PolicyDataset.id(model, row);
        String where = " WHERE " + pk + " = CAST(" + PG.quoteString(id) + " AS uuid)";
        for (Action action : List.of(Action.UPDATE, Action.DELETE)) {
          exec(c, "SAVEPOINT lf_rls; SET LOCAL session_replication_role = replica; SET LOCAL ROLE " + role);
          try (Statement s = c.createStatement()) {
            int n = s.executeUpdate(action == Action.UPDATE ? "UPDATE " + table + " SET " + marker + " = '" + MARKER + "'" + where
                : "DELETE FROM " + table + where);
            if (n == 1) {
              out.get(action).add(id);
            }
          } finally {
            exec(c, "ROLLBACK TO SAVEPOINT lf_rls");
          }
        }
      }
    } finally {
      c.rollback();
      c.setAutoCommit(true);
    }
    return out;
  }

  /** The row's INSERT for PostgreSQL with every value as a typed literal. */
  String insertLiteral(Model model, Map<String, Object> row) {
    SqlSchema.Table table = table(schemas.get(PG), model.table());
    List<String> values = new ArrayList<>();
    for (Field field : model.fields()) {
      Object value = row.get(field.name());
      values.add(value == null ? "NULL"
          : "CAST(" + PG.quoteString(pgText(value)) + " AS " + PostgresFragments.type(column(table, field)) + ")");
    }
    return "INSERT INTO " + PG.quote(model.table()) + " ("
        + model.fields().stream().map(f -> PG.quote(f.column())).collect(Collectors.joining(", ")) + ") VALUES ("
        + String.join(", ", values) + ")";
  }

  /** The policies PostgreSQL holds for a table, as pg_policies prints them. */
  String policies(Model model) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (PreparedStatement ps = pg.connection().prepareStatement("SELECT policyname, permissive, cmd, qual, with_check"
        + " FROM pg_policies WHERE schemaname = ? AND tablename = ? ORDER BY policyname")) {
      ps.setString(1, pg.name());
      ps.setString(2, model.table());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.append("    ").append(rs.getString(1)).append(" ").append(rs.getString(2)).append(" FOR ").append(rs.getString(3));
          if (rs.getString(4) != null) {
            out.append(" USING (").append(rs.getString(4)).append(")");
          }
          if (rs.getString(5) != null) {
            out.append(" WITH CHECK (").append(rs.getString(5)).append(")");
          }
          out.append('\n');
        }
      }
    }
    return out.toString();
  }

  /** The predicate of every dialect for one user, for the report. */
  String predicates(String model, Action action, UserContext user) {
    StringBuilder out = new StringBuilder();
    for (Dialect dialect : Dialect.values()) {
      BoundPredicate p = predicates.get(dialect).predicate(model, action, "r").bind(user);
      out.append("    ").append(dialect.id()).append(": ").append(p.sql()).append("  ").append(p.params()).append('\n');
    }
    return out.toString();
  }

  Verdict explain(PolicyDataset data, String model, Action action, String id, UserContext user) {
    Model m = data.model(model);
    Map<String, Object> row = data.rows(model).stream().filter(r -> id.equals(PolicyDataset.id(m, r))).findFirst().orElseThrow();
    return evaluator.evaluate(evaluatorRules, model, action, data.record(m, row), user);
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static Set<String> ids(PreparedStatement ps) throws SQLException {
    Set<String> ids = new TreeSet<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }
}
