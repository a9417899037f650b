package dev.laforge.backend.policy;

import static dev.laforge.backend.testing.PolicyExprs.and;
import static dev.laforge.backend.testing.PolicyExprs.eq;
import static dev.laforge.backend.testing.PolicyExprs.or;
import static dev.laforge.backend.testing.PolicyExprs.rec;
import static dev.laforge.backend.testing.PolicyExprs.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.Expr;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.Policy;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import dev.laforge.backend.sql.postgres.PostgresDdlWriter;
import dev.laforge.backend.testing.SampleDomains;
import dev.laforge.backend.testing.TestDatabases;
import dev.laforge.backend.testing.TestDatabases.PostgresSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the generated RLS and app-role scripts on a real PostgreSQL after the schema, in a fresh
 * schema per test, and checks that a non-owner role sees only its tenant's rows.
 */
class PostgresRlsExecutionTest {

  static final String TENANT_A = "00000000-0000-4000-8000-00000000000a";
  static final String TENANT_B = "00000000-0000-4000-8000-00000000000b";

  private PostgresSchema db;
  private final List<String> roles = new ArrayList<>();

  @BeforeEach
  void openSchema() {
    db = TestDatabases.postgresSchema();
  }

  @AfterEach
  void dropSchemaAndRoles() throws SQLException {
    if (db == null) {
      return;
    }
    Connection c = db.connection();
    if (!c.getAutoCommit()) {
      c.rollback();
      c.setAutoCommit(true);
    }
    db.close();
    try (Connection admin = TestDatabases.postgres(); var statement = admin.createStatement()) {
      for (String role : roles) {
        statement.execute("DROP ROLE IF EXISTS " + role);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"blog", "self-references", "every-type", "hostile-names", "policy-blog"})
  void scriptsRunTwiceAndEnableForceAndNameEveryPolicy(String name) throws SQLException {
    Domain domain = RlsWriterTest.CASES.get(name).get();
    db.execute(PostgresDdlWriter.write(domain));
    for (int run = 0; run < 2; run++) {
      db.execute(RlsWriter.write(domain));
      db.execute(AppRoleWriter.write(domain));
    }
    TreeSet<String> tables = new TreeSet<>();
    SqlSchema.of(domain, Dialect.POSTGRES).tables().forEach(t -> tables.add(t.name()));
    assertEquals(tables, strings("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        + " WHERE n.nspname = ? AND c.relkind = 'r' AND c.relrowsecurity AND c.relforcerowsecurity"));
    assertEquals(expectedPolicies(domain), strings("SELECT tablename || '.' || policyname FROM pg_policies WHERE schemaname = ?"));
  }

  @Test
  void renamedPoliciesDoNotLinger() throws SQLException {
    Domain domain = SampleDomains.blog();
    db.execute(PostgresDdlWriter.write(domain));
    db.execute("ALTER TABLE posts ENABLE ROW LEVEL SECURITY; CREATE POLICY laforge_posts_old ON posts USING (true)");
    db.execute(RlsWriter.write(domain));
    assertEquals(expectedPolicies(domain), strings("SELECT tablename || '.' || policyname FROM pg_policies WHERE schemaname = ?"));
  }

  @Test
  void aNonOwnerRoleSeesOnlyItsTenantAndNothingWithoutContext() throws SQLException {
    Domain domain = SampleDomains.blog();
    db.execute(PostgresDdlWriter.write(domain));
    db.execute(RlsWriter.write(domain));
    db.execute(AppRoleWriter.write(domain));
    for (String tenant : List.of(TENANT_A, TENANT_B)) {
      db.execute("INSERT INTO users (id, tenant_id, email) VALUES ('" + tenant.replace("-8000-", "-9000-") + "', '"
          + tenant + "', 'u" + tenant.charAt(tenant.length() - 1) + "@example.org')");
      db.execute("INSERT INTO posts (tenant_id, title, body, author_id, published) VALUES ('" + tenant + "', 'hello', 'body', '"
          + tenant.replace("-8000-", "-9000-") + "', true), ('" + tenant + "', 'draft', 'body', '"
          + tenant.replace("-8000-", "-9000-") + "', false)");
    }
    String role = freshRole();
    Connection c = db.connection();
    c.setAutoCommit(false);

    asRole(role, TENANT_A);
    assertEquals(List.of(TENANT_A, TENANT_A), column("SELECT tenant_id::text FROM posts"));
    assertEquals(List.of(TENANT_A), column("SELECT tenant_id::text FROM users"));
    assertEquals("42501", assertThrows(SQLException.class, () -> db.execute("INSERT INTO users (tenant_id, email)"
        + " VALUES ('" + TENANT_B + "', 'x@example.org')")).getSQLState());
    c.rollback();

    for (String unset : new String[] {null, "", "not-a-uuid", "00000000-0000-4000-8000-00000000000A "}) {
      asRole(role, unset);
      assertEquals(List.of("0", "0"), column("SELECT count(*)::text FROM posts UNION ALL SELECT count(*)::text FROM users"));
      c.rollback();
    }

    asRole(role, TENANT_A.toUpperCase());
    assertEquals(List.of("2"), column("SELECT count(*)::text FROM posts"), "an upper-case uuid is the same tenant");
    c.rollback();
    c.setAutoCommit(true);
  }

  @Test
  void theAppRoleIsNeitherSuperuserNorBypassRlsNorOwner() throws SQLException {
    Domain domain = SampleDomains.blog();
    db.execute(PostgresDdlWriter.write(domain));
    db.execute(RlsWriter.write(domain));
    db.execute(AppRoleWriter.write(domain));
    assertEquals(List.of("false false"), column("SELECT rolsuper || ' ' || rolbypassrls FROM pg_roles WHERE rolname = 'laforge_app'"));
    assertEquals(List.of(), column("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        + " AND pg_has_role('laforge_app', tableowner, 'USAGE')"));
  }

  @Test
  void hostileNamesAndLiteralsInPoliciesAgreeUnderRls() throws SQLException {
    Domain domain = hostileWithPolicies();
    PolicyDataset data = new PolicyDataset(domain)
        .row("Order", "id", "00000000-0000-4000-8000-000000000001", "user", SampleDomains.HOSTILE_DEFAULT, "kind", "a\\b")
        .row("Order", "id", "00000000-0000-4000-8000-000000000002", "user", "x'\\", "quoted", "it's", "kind", "it's")
        .row("Order", "id", "00000000-0000-4000-8000-000000000003", "user", "x'\\", "quoted", "it's", "kind", "\"q\"")
        .row("select", "from", "00000000-0000-4000-8000-000000000011", "orderId", "00000000-0000-4000-8000-000000000001")
        .row("select", "from", "00000000-0000-4000-8000-000000000013", "orderId", "00000000-0000-4000-8000-000000000003");
    db.execute(PostgresDdlWriter.write(domain));
    db.execute(RlsWriter.write(domain));
    db.execute(AppRoleWriter.write(domain));
    data.insertInto(db.connection(), Dialect.POSTGRES);
    String role = freshRole();
    Connection c = db.connection();
    for (String model : List.of("Order", "select")) {
      var m = domain.model(model).orElseThrow();
      List<String> byEvaluator = new ArrayList<>();
      for (var row : data.rows(model)) {
        if (new PolicyEvaluator().evaluate(domain, model, dev.laforge.backend.ir.Action.READ, data.record(m, row),
            UserContext.ANONYMOUS).allowed()) {
          byEvaluator.add((String) PolicyDataset.id(m, row));
        }
      }
      BoundPredicate predicate = new PredicateCompiler(domain, Dialect.POSTGRES)
          .predicate(model, dev.laforge.backend.ir.Action.READ, "r").bind(UserContext.ANONYMOUS);
      String pk = Dialect.POSTGRES.quote(Paths.primaryKey(m).column());
      List<String> byPredicate = new ArrayList<>();
      try (PreparedStatement query = c.prepareStatement("SELECT CAST(\"r\"." + pk + " AS text) FROM "
          + Dialect.POSTGRES.quote(m.table()) + " AS \"r\" WHERE " + predicate.sql() + " ORDER BY 1")) {
        predicate.bindTo(query, 1);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            byPredicate.add(rows.getString(1));
          }
        }
      }
      c.setAutoCommit(false);
      asRole(role, null);
      List<String> byRls = column("SELECT CAST(" + pk + " AS text) FROM " + Dialect.POSTGRES.quote(m.table()) + " ORDER BY 1");
      c.rollback();
      c.setAutoCommit(true);
      assertEquals(byEvaluator, byPredicate, model);
      assertEquals(byEvaluator, byRls, model);
      assertEquals(model.equals("Order") ? 3 : 1, byRls.size(), model + ": " + byRls);
    }
  }

  /** {@link SampleDomains#hostileNames()} with policies comparing its hostile columns, enum labels and literals. */
  static Domain hostileWithPolicies() {
    Domain base = SampleDomains.hostileNames();
    Expr orderRead = or(and(eq(rec("user"), str(SampleDomains.HOSTILE_DEFAULT)), eq(rec("kind"), str("a\\b"))),
        eq(rec("quoted"), str("it's")));
    Expr selectRead = eq(rec("order", "kind"), str("\"q\""));
    List<Model> models = base.models().stream().map(m -> new Model(m.name(), m.table(), m.doc(), m.fields(), m.relations(),
        m.indexes(), List.of(new Policy(m.name(), dev.laforge.backend.ir.Action.READ, m.name().equals("Order") ? orderRead : selectRead)),
        m.hooks(), m.actions())).toList();
    return new Domain(base.enums(), models, base.rbac());
  }

  /** A new role that is neither superuser nor owner, with the application role's privileges. */
  private String freshRole() throws SQLException {
    String role = "lf_rls_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    db.execute("CREATE ROLE " + role + " NOLOGIN NOSUPERUSER NOBYPASSRLS");
    roles.add(role);
    db.execute("GRANT " + AppRoleWriter.ROLE + " TO " + role);
    return role;
  }

  /** Inside the current transaction: become {@code role} with only a tenant in the context. */
  private void asRole(String role, String tenant) throws SQLException {
    db.execute("SET LOCAL ROLE " + role);
    Contexts.set(db.connection(), new UserContext(null, tenant, null, null, null));
  }

  static TreeSet<String> expectedPolicies(Domain domain) {
    AccessRules rules = AccessRules.of(domain);
    TreeSet<String> names = new TreeSet<>();
    for (AccessRule rule : rules.all()) {
      String table = rule.model().table();
      if (rule.tenantField() != null) {
        names.add(table + "." + RlsWriter.policyName(table, "tenant_guard"));
      }
      if (rule.fallback() != AccessRule.Fallback.DENY) {
        names.add(table + "." + RlsWriter.policyName(table, rule.action().keyword()));
      }
    }
    SqlSchema.of(domain, Dialect.POSTGRES).tables().stream().filter(SqlSchema.Table::joinTable)
        .forEach(t -> names.add(t.name() + "." + RlsWriter.policyName(t.name(), "guard")));
    return names;
  }

  private TreeSet<String> strings(String sql) throws SQLException {
    try (PreparedStatement query = db.connection().prepareStatement(sql)) {
      query.setString(1, db.name());
      try (ResultSet rows = query.executeQuery()) {
        TreeSet<String> values = new TreeSet<>();
        while (rows.next()) {
          values.add(rows.getString(1));
        }
        return values;
      }
    }
  }

  private List<String> column(String sql) throws SQLException {
    try (PreparedStatement query = db.connection().prepareStatement(sql); ResultSet rows = query.executeQuery()) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }
}
