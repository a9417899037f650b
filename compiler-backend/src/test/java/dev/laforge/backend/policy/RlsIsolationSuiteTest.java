package dev.laforge.backend.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.postgres.PostgresDdlWriter;
import dev.laforge.backend.testing.TestDatabases;
import dev.laforge.backend.testing.TestDatabases.PostgresSchema;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.postgresql.PGConnection;
import org.postgresql.PGStatement;

/**
 * Tenant isolation under the generated RLS on a real PostgreSQL (research "security and migration
 * safety", acceptance item 1): {@link TenantIsolationDomain} with its schema, {@code rls.sql} and
 * {@code app_role.sql} in a fresh schema, five tenants seeded by the owner, and an attacker that
 * logs in as a role this test creates (not superuser, not owner, no BYPASSRLS; member of
 * {@value AppRoleWriter#ROLE}) and sets its context per transaction with
 * {@code set_config(name, value, true)}, the runtime's {@code SET LOCAL}.
 *
 * <p>Every attack is a named dynamic test that runs on a fresh connection and asserts that no
 * foreign row comes back, and SQLSTATE 42501 where PostgreSQL refuses. Afterwards the owner
 * fingerprints every tenant's rows and asserts that no other tenant's rows changed; writes are
 * committed first so that this check means something, and the seed is restored when the
 * attacker's own tenant changed. Each attack prints a one-line summary; lines marked
 * {@code OBSERVED} document PostgreSQL behaviour that is not a row leak but that the runtime and
 * the design must know about.
 */
class RlsIsolationSuiteTest {

  private static final int TENANTS = 5;
  private static final List<String> TABLES = List.of("members", "projects", "tasks", "labels", "invoices");
  private static final String JOIN = "projects_labels";
  private static final Pattern TENANT_TOKEN = Pattern.compile("T(\\d)\\b");
  private static final Dialect PG = Dialect.POSTGRES;

  private static PostgresSchema db;
  private static Domain domain;
  private static String role;
  private static String password;
  private static PolicyDataset seed;
  /** Seeded id (lower case) to its tenant number. */
  private static final Map<String, Integer> TENANT_OF = new HashMap<>();
  private static Map<String, String> baseline;

  // ---------------------------------------------------------------- set-up

  @BeforeAll
  static void createSchemaSeedAndAttacker() throws SQLException {
    db = TestDatabases.postgresSchema();
    domain = TenantIsolationDomain.domain();
    db.execute(PostgresDdlWriter.write(domain));
    db.execute(RlsWriter.write(domain));
    db.execute(AppRoleWriter.write(domain));
    role = "lf_iso_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    password = UUID.randomUUID().toString();
    db.execute("CREATE ROLE " + role + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '"
        + password + "'");
    db.execute("GRANT " + AppRoleWriter.ROLE + " TO " + role);
    seed = seed();
    reseed();
    for (String table : TABLES) {
      db.execute("ANALYZE " + table);
    }
    baseline = fingerprints();
  }

  @AfterAll
  static void dropSchemaAndRole() throws SQLException, InterruptedException {
    if (db == null) {
      return;
    }
    db.close();
    try (Connection admin = TestDatabases.postgres(); Statement s = admin.createStatement()) {
      for (int attempt = 0; ; attempt++) {
        try {
          s.execute("DROP ROLE IF EXISTS " + role);
          return;
        } catch (SQLException e) {
          if (attempt >= 20) {
            throw e;
          }
          Thread.sleep(100); // a closed attacker backend may still be exiting
        }
      }
    }
  }

  static String tenant(int k) {
    return String.format("00000000-0000-4000-8000-%012d", k);
  }

  /** Seeded ids: kind a member, b project, c task, d label, e invoice; the tenant is in the first group. */
  static String id(char kind, int tenant, int n) {
    return String.format("%c%07d-0000-4000-8000-%012d", kind, tenant, n);
  }

  static String member(int k, int n) {
    return id('a', k, n);
  }

  static String project(int k, int n) {
    return id('b', k, n);
  }

  static String label(int k, int n) {
    return id('d', k, n);
  }

  /**
   * Per tenant k: members m1 admin, m2 accountant, m3 inactive member; projects p1 (open, owned
   * by m1), p2 (archived, owned by m2), p3 (archived, labelled public), p4 (archived unknown, no
   * owner); two tasks per project; labels public, internal, label-Tk; three invoices whose
   * amounts lie in [1000k, 1000k + 999], so that any aggregate over a foreign row shows.
   */
  private static PolicyDataset seed() {
    PolicyDataset d = new PolicyDataset(domain);
    for (int k = 1; k <= TENANTS; k++) {
      String[] roles = {"admin", "accountant", "member"};
      for (int n = 1; n <= 3; n++) {
        d.row("Member", "id", member(k, n), "tenantId", tenant(k), "email", "m" + n + "@T" + k + ".example",
            "role", roles[n - 1], "active", n != 3);
      }
    }
    for (int k = 1; k <= TENANTS; k++) {
      Object[][] projects = {{false, member(k, 1)}, {true, member(k, 2)}, {true, member(k, 3)}, {null, null}};
      for (int n = 1; n <= 4; n++) {
        d.row("Project", "id", project(k, n), "tenantId", tenant(k), "name", "project-T" + k + "-" + n,
            "secret", "secret-T" + k + "-p" + n, "archived", projects[n - 1][0], "budget", 1000 * k + n,
            "ownerId", projects[n - 1][1]);
      }
    }
    for (int k = 1; k <= TENANTS; k++) {
      String[] names = {TenantIsolationDomain.PUBLIC_LABEL, "internal", "label-T" + k};
      for (int n = 1; n <= 3; n++) {
        d.row("Label", "id", label(k, n), "tenantId", tenant(k), "name", names[n - 1]);
      }
    }
    for (int k = 1; k <= TENANTS; k++) {
      for (int n = 1; n <= 8; n++) {
        int p = (n + 1) / 2;
        d.row("Task", "id", id('c', k, n), "tenantId", tenant(k), "title", "task-T" + k + "-" + n,
            "status", n % 2 == 0 ? "done" : "todo", "points", 100 * k + n, "projectId", project(k, p),
            "assigneeId", n % 3 == 0 ? member(k, 3) : null);
      }
    }
    for (int k = 1; k <= TENANTS; k++) {
      Boolean[] paid = {true, false, null};
      for (int n = 1; n <= 3; n++) {
        d.row("Invoice", "id", id('e', k, n), "tenantId", tenant(k), "number", "INV-T" + k + "-" + n,
            "amount", 1000 * k + 10 * n, "paid", paid[n - 1], "projectId", project(k, 1));
      }
      d.link("Project", "labels", project(k, 3), label(k, 1));
      d.link("Project", "labels", project(k, 1), label(k, 2));
      d.link("Project", "labels", project(k, 2), label(k, 3));
    }
    d.rows.forEach((model, rows) -> rows.forEach(r -> TENANT_OF.put(((String) r.get("id")).toLowerCase(Locale.ROOT),
        Integer.parseInt(((String) r.get("tenantId")).substring(24)))));
    for (int k = 1; k <= TENANTS; k++) {
      TENANT_OF.put(tenant(k), k);
    }
    return d;
  }

  /** Empties every table and inserts the seed again, as the owner. */
  private static void reseed() throws SQLException {
    db.execute("TRUNCATE " + String.join(", ", TABLES) + ", " + JOIN + " CASCADE");
    seed.insertInto(db.connection(), PG);
  }

  /**
   * As the owner (a superuser, who bypasses RLS): a hash of every row per table and tenant, and
   * of the join table's pairs per (project tenant / label tenant).
   */
  private static Map<String, String> fingerprints() throws SQLException {
    Map<String, String> prints = new TreeMap<>();
    for (String table : TABLES) {
      for (List<String> row : ownerRows("SELECT CAST(tenant_id AS text), md5(string_agg(CAST(x AS text), '|' ORDER BY id))"
          + " FROM " + table + " AS x GROUP BY tenant_id")) {
        prints.put(table + ":" + TENANT_OF.get(row.get(0)), row.get(1));
      }
    }
    for (List<String> row : ownerRows("SELECT CAST(p.tenant_id AS text), CAST(l.tenant_id AS text),"
        + " md5(string_agg(j.project_id || '>' || j.label_id, '|' ORDER BY j.project_id, j.label_id))"
        + " FROM " + JOIN + " AS j LEFT JOIN projects AS p ON p.id = j.project_id LEFT JOIN labels AS l ON l.id = j.label_id"
        + " GROUP BY p.tenant_id, l.tenant_id")) {
      prints.put(JOIN + ":" + TENANT_OF.get(row.get(0)) + "/" + TENANT_OF.get(row.get(1)), row.get(2));
    }
    return prints;
  }

  private static List<List<String>> ownerRows(String sql) throws SQLException {
    try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
      return rows(rs);
    }
  }

  /** A new connection as the attacker role, on the test schema: a connection from the application's pool. */
  static Connection attackerConnection() throws SQLException {
    String url = System.getenv("LAFORGE_TEST_PG_URL");
    Properties properties = new Properties();
    properties.setProperty("user", role);
    properties.setProperty("password", password);
    properties.setProperty("connectTimeout", "5");
    Connection c;
    try {
      c = DriverManager.getConnection(url == null || url.isBlank() ? TestDatabases.DEFAULT_PG_URL : url, properties);
    } catch (SQLException e) {
      return fail("the owner could connect, but the attacker role " + role + " cannot log in (check pg_hba.conf): "
          + e.getMessage());
    }
    try (Statement s = c.createStatement()) {
      s.execute("SET search_path TO " + db.name());
      try (ResultSet rs = s.executeQuery("SELECT CAST(session_user AS text), CAST(current_user AS text)")) {
        rs.next();
        assertEquals(List.of(role, role), List.of(rs.getString(1), rs.getString(2)),
            "the attacker connection logs in as the attacker role (no user= in LAFORGE_TEST_PG_URL)");
      }
    }
    return c;
  }

  // ---------------------------------------------------------------- the role

  @Test
  void theAttackerRoleIsNeitherSuperuserNorOwnerNorBypassRls() throws Exception {
    try (Connection c = attackerConnection()) {
      Session s = new Session(c, 1);
      assertEquals(List.of(role, "false", "false"), s.rows("SELECT CAST(current_user AS text), CAST(rolsuper AS text),"
          + " CAST(rolbypassrls AS text) FROM pg_roles WHERE rolname = current_user").get(0));
      assertEquals("0", s.one("SELECT count(*) FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace"
          + " WHERE n.nspname = current_schema() AND c.relkind = 'r' AND pg_has_role(current_user, c.relowner, 'MEMBER')"),
          "the attacker owns no table, directly or through a role");
      assertEquals("0", s.one("SELECT count(*) FROM pg_roles AS r WHERE pg_has_role(current_user, r.oid, 'MEMBER')"
          + " AND (r.rolsuper OR r.rolbypassrls)"), "no role the attacker can SET ROLE to bypasses RLS");
      assertEquals("true", s.one("SELECT CAST(pg_has_role(current_user, 'laforge_app', 'MEMBER') AS text)"));
      List<String> tables = new ArrayList<>(TABLES);
      tables.add(JOIN);
      for (String table : tables) {
        assertEquals(List.of("true", "true", "true"), s.rows("SELECT CAST(c.relrowsecurity AS text),"
            + " CAST(c.relforcerowsecurity AS text), CAST(row_security_active(c.oid) AS text) FROM pg_class AS c"
            + " WHERE c.oid = CAST(? AS regclass)", table).get(0), table + ": ENABLE, FORCE, and active for the attacker");
      }
      assertEquals(List.of(), RlsSafetyCheck.check(domain, RlsWriter.write(domain)));
      System.out.println("RLS isolation: attacker role " + role + " is not superuser, owns nothing, has no BYPASSRLS;"
          + " ENABLE+FORCE on " + tables.size() + " tables");
    }
  }

  /** The checks every attack relies on do fail on a leak: a changed foreign row, a foreign value. */
  @Test
  void theHarnessDetectsAForeignChangeAndAForeignValue() throws Throwable {
    Attack sabotage = new Attack("harness self-test: the owner changes tenant 2, which must be detected", 1, s -> {
      db.execute("UPDATE invoices SET amount = amount + 1 WHERE tenant_id = '" + tenant(2) + "'");
      return "changed tenant 2 as the owner";
    });
    AssertionError changed = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> run(sabotage, false));
    assertTrue(changed.getMessage().contains("invoices:2"), changed.getMessage());
    assertEquals(baseline, fingerprints(), "restored after the sabotage");
    org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> assertOwn(1, "probe", List.of("x " + project(2, 1) + " y")));
    org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> assertOwn(1, "probe", List.of("secret-T3-p1")));
    assertOwn(1, "probe", List.of("secret-T1-p1", project(1, 2).toUpperCase(Locale.ROOT)));
  }

  // ---------------------------------------------------------------- the attacks

  @TestFactory
  Stream<DynamicTest> attacks() {
    return attackList().stream().map(a -> DynamicTest.dynamicTest(a.name() + " [tenant " + a.tenant() + "]", () -> run(a, true)));
  }

  /** Runs an attack on a fresh connection, then checks and restores the data as the owner; {@code print}: the summary line. */
  private static void run(Attack attack, boolean print) throws Throwable {
    String summary = null;
    Throwable failure = null;
    try (Connection c = attackerConnection()) {
      summary = attack.body().run(new Session(c, attack.tenant()));
    } catch (Throwable t) {
      failure = t;
    }
    Map<String, String> after = fingerprints();
    try {
      assertForeignUnchanged(attack, after);
    } catch (AssertionError e) {
      if (failure != null) {
        e.addSuppressed(failure);
      }
      failure = e;
    } finally {
      if (!after.equals(baseline)) {
        reseed();
        assertEquals(baseline, fingerprints(), "the seed was restored");
      }
    }
    if (failure != null) {
      if (print) {
        System.out.printf("RLS attack %-62s tenant %d: FAILED: %s%n", attack.name(), attack.tenant(), failure);
      }
      throw failure;
    }
    if (print) {
      System.out.printf("RLS attack %-62s tenant %d: %s%n", attack.name(), attack.tenant(), summary);
    }
  }

  /** No row of another tenant, nor a join pair between two other tenants' rows, changed. */
  private static void assertForeignUnchanged(Attack attack, Map<String, String> after) {
    Set<String> keys = new TreeSet<>(baseline.keySet());
    keys.addAll(after.keySet());
    List<String> changed = new ArrayList<>();
    for (String key : keys) {
      if (Objects.equals(baseline.get(key), after.get(key))) {
        continue;
      }
      List<String> tenants = List.of(key.substring(key.indexOf(':') + 1).split("/"));
      if (!tenants.contains(String.valueOf(attack.tenant()))) {
        changed.add(key);
      }
    }
    assertEquals(List.of(), changed, attack.name() + ": rows of other tenants changed (owner's view)");
  }

  /** One attack: run by tenant {@code tenant}'s connection; returns its summary line. */
  record Attack(String name, int tenant, Body body) {}

  @FunctionalInterface
  interface Body {
    String run(Session s) throws Exception;
  }

  private static List<Attack> attackList() {
    List<Attack> list = new ArrayList<>();
    Adder add = (name, body) -> list.add(new Attack(name, list.size() % TENANTS + 1, body));

    // ---- reading another tenant's rows
    add.add("A01 read foreign rows by id (every table)", s -> {
      s.begin(s.admin());
      int own = 0;
      for (String table : TABLES) {
        assertEquals(List.of(), s.col("SELECT CAST(id AS text) FROM " + table + " WHERE id = ANY(CAST(? AS uuid[]))",
            array(s.foreignIds(table))), table);
        own += s.col("SELECT CAST(id AS text) FROM " + table + " WHERE id = ANY(CAST(? AS uuid[]))", array(s.ownIds(table))).size();
      }
      assertTrue(own > 10, "control: own rows are visible by id");
      return "0 of " + TABLES.stream().mapToInt(t -> s.foreignIds(t).size()).sum() + " foreign ids visible; " + own
          + " own visible";
    });
    add.add("A02 scan every table and the join table", s -> {
      s.begin(s.admin());
      StringBuilder out = new StringBuilder();
      for (String table : TABLES) {
        List<List<String>> rows = s.rows("SELECT CAST(id AS text), CAST(tenant_id AS text) FROM " + table);
        s.assertOwn(table, rows.stream().flatMap(List::stream).toList());
        assertFalse(rows.isEmpty(), "control: the attacker sees its own " + table);
        out.append(table).append('=').append(rows.size()).append(' ');
      }
      List<List<String>> pairs = s.rows("SELECT CAST(project_id AS text), CAST(label_id AS text) FROM " + JOIN);
      s.assertOwn(JOIN, pairs.stream().flatMap(List::stream).toList());
      return "only own rows: " + out + JOIN + "=" + pairs.size();
    });
    add.add("A03 filter by another tenant's tenant_id", s -> {
      s.begin(s.admin());
      for (int v : s.victims()) {
        for (String table : TABLES) {
          assertEquals("0", s.one("SELECT count(*) FROM " + table + " WHERE tenant_id = CAST(? AS uuid)", tenant(v)), table);
        }
      }
      return "count(*) = 0 for 4 foreign tenant_ids x 5 tables";
    });
    add.add("A04 tautologies: OR true, tenant_id <> own, IS DISTINCT FROM", s -> {
      s.begin(s.admin());
      List<String> ids = new ArrayList<>();
      ids.addAll(s.col("SELECT CAST(id AS text) FROM projects WHERE tenant_id <> CAST(? AS uuid) OR 1 = 1", s.own()));
      ids.addAll(s.col("SELECT CAST(id AS text) FROM invoices WHERE tenant_id IS DISTINCT FROM CAST(? AS uuid)", s.own()));
      ids.addAll(s.col("SELECT CAST(id AS text) FROM tasks WHERE true OR tenant_id IS NULL"));
      s.assertOwn("tautologies", ids);
      assertEquals(0, s.col("SELECT CAST(id AS text) FROM invoices WHERE tenant_id <> CAST(? AS uuid)", s.own()).size());
      return ids.size() + " rows, all own";
    });
    add.add("A05 JOIN own rows to a foreign tenant's related rows", s -> {
      s.begin(s.admin());
      int v = s.victim();
      // Plant own rows whose foreign keys point at the victim's rows (FK checks bypass RLS).
      s.update("INSERT INTO tasks (id, tenant_id, title, project_id, assignee_id) VALUES (CAST(? AS uuid), CAST(? AS uuid),"
          + " 'planted', CAST(? AS uuid), CAST(? AS uuid))", id('c', s.tenant, 99), s.own(), project(v, 1), member(v, 1));
      s.update("INSERT INTO invoices (id, tenant_id, number, amount, project_id) VALUES (CAST(? AS uuid), CAST(? AS uuid),"
          + " 'planted', 1, CAST(? AS uuid))", id('e', s.tenant, 99), s.own(), project(v, 1));
      List<String> seen = new ArrayList<>();
      seen.addAll(s.col("SELECT p.secret FROM tasks AS t JOIN projects AS p ON p.id = t.project_id"));
      seen.addAll(s.col("SELECT m.email FROM tasks AS t JOIN members AS m ON m.id = t.assignee_id"));
      seen.addAll(s.col("SELECT p.secret FROM invoices AS i JOIN projects AS p ON p.id = i.project_id"));
      seen.addAll(s.col("SELECT CAST(p.id AS text) FROM invoices AS i RIGHT JOIN projects AS p ON p.id = i.project_id"));
      seen.addAll(s.col("SELECT CAST(p.id AS text) FROM projects AS p FULL JOIN tasks AS t ON t.project_id = p.id"
          + " WHERE p.id IS NOT NULL"));
      s.assertOwn("joins", seen);
      assertEquals(List.of("null"), s.col("SELECT coalesce(p.secret, 'null') FROM invoices AS i LEFT JOIN projects AS p"
          + " ON p.id = i.project_id WHERE i.number = 'planted'"), "the planted invoice's foreign project stays invisible");
      return seen.size() + " joined values, all own; planted references to tenant " + v + " join to nothing";
    });
    add.add("A06 LATERAL and correlated subqueries into foreign rows", s -> {
      s.begin(s.admin());
      int v = s.victim();
      s.update("INSERT INTO tasks (id, tenant_id, title, project_id) VALUES (CAST(? AS uuid), CAST(? AS uuid), 'planted',"
          + " CAST(? AS uuid))", id('c', s.tenant, 99), s.own(), project(v, 2));
      List<String> seen = new ArrayList<>(s.col("SELECT p.secret FROM tasks AS t LEFT JOIN LATERAL"
          + " (SELECT secret FROM projects WHERE id = t.project_id) AS p ON true WHERE p.secret IS NOT NULL"));
      seen.addAll(s.col("SELECT (SELECT secret FROM projects AS p WHERE p.id = t.project_id) FROM tasks AS t"
          + " WHERE t.title = 'planted'").stream().filter(Objects::nonNull).toList());
      seen.addAll(s.col("SELECT x.email FROM members AS m CROSS JOIN LATERAL (SELECT email FROM members AS o"
          + " WHERE o.tenant_id <> m.tenant_id) AS x"));
      s.assertOwn("lateral", seen);
      return seen.size() + " values through LATERAL/correlated subqueries, all own";
    });
    add.add("A07 scalar subqueries by foreign id", s -> {
      s.begin(s.admin());
      int probes = 0;
      for (String id : s.foreignIds("projects")) {
        assertNull(s.one("SELECT (SELECT secret FROM projects WHERE id = CAST(? AS uuid))", id));
        probes++;
      }
      for (String id : s.foreignIds("invoices")) {
        assertNull(s.one("SELECT CAST((SELECT amount FROM invoices WHERE id = CAST(? AS uuid)) AS text)", id));
        probes++;
      }
      return probes + " scalar subqueries, all NULL";
    });
    add.add("A08 EXISTS probes on foreign ids and secrets", s -> {
      s.begin(s.admin());
      int probes = 0;
      for (String id : s.foreignIds("invoices")) {
        assertEquals("false", s.one("SELECT CAST(EXISTS (SELECT 1 FROM invoices WHERE id = CAST(? AS uuid)) AS text)", id));
        probes++;
      }
      for (int v : s.victims()) {
        assertEquals("false", s.one("SELECT CAST(EXISTS (SELECT 1 FROM projects WHERE secret LIKE ?) AS text)",
            "secret-T" + v + "%"));
        assertEquals("false", s.one("SELECT CAST(EXISTS (SELECT 1 FROM tasks AS t WHERE EXISTS (SELECT 1 FROM projects AS p"
            + " WHERE p.id = t.project_id AND p.tenant_id = CAST(? AS uuid))) AS text)", tenant(v)));
        probes += 2;
      }
      assertEquals("true", s.one("SELECT CAST(EXISTS (SELECT 1 FROM projects WHERE secret LIKE ?) AS text)",
          "secret-T" + s.tenant + "%"), "control");
      return probes + " EXISTS probes, all false";
    });
    add.add("A09 IN / ANY subqueries through relations", s -> {
      s.begin(s.admin());
      List<String> ids = new ArrayList<>();
      for (int v : s.victims()) {
        ids.addAll(s.col("SELECT CAST(id AS text) FROM tasks WHERE project_id IN (SELECT id FROM projects"
            + " WHERE tenant_id = CAST(? AS uuid))", tenant(v)));
        ids.addAll(s.col("SELECT CAST(id AS text) FROM projects WHERE id = ANY(ARRAY(SELECT project_id FROM invoices"
            + " WHERE tenant_id = CAST(? AS uuid)))", tenant(v)));
        ids.addAll(s.col("SELECT CAST(project_id AS text) FROM " + JOIN + " WHERE label_id IN (SELECT id FROM labels"
            + " WHERE tenant_id = CAST(? AS uuid))", tenant(v)));
      }
      assertEquals(List.of(), ids);
      return "0 rows from IN/ANY subqueries over 4 foreign tenants";
    });
    add.add("A10 UNION across every table", s -> {
      s.begin(s.admin());
      List<String> tenants = s.col(TABLES.stream().map(t -> "SELECT CAST(tenant_id AS text) FROM " + t)
          .collect(Collectors.joining(" UNION ")));
      assertEquals(List.of(s.own()), tenants);
      return "UNION of 5 tables yields only the own tenant_id";
    });
    add.add("A11 CTE and window functions", s -> {
      s.begin(s.admin());
      List<List<String>> rows = s.rows("WITH x AS (SELECT tenant_id, amount FROM invoices) SELECT CAST(tenant_id AS text),"
          + " CAST(count(*) OVER () AS text), CAST(sum(amount) OVER () AS text),"
          + " CAST(rank() OVER (ORDER BY amount DESC) AS text) FROM x");
      s.assertOwn("cte", rows.stream().map(r -> r.get(0)).toList());
      assertEquals(String.valueOf(s.ownIds("invoices").size()), rows.get(0).get(1));
      return rows.size() + " window rows, count over () = own invoices";
    });
    add.add("A12 count(*) probes", s -> {
      s.begin(s.admin());
      StringBuilder out = new StringBuilder();
      for (String table : TABLES) {
        String all = s.one("SELECT count(*) FROM " + table);
        assertEquals(s.one("SELECT count(*) FROM " + table + " WHERE tenant_id = CAST(? AS uuid)", s.own()), all, table);
        assertEquals("0", s.one("SELECT count(*) FROM " + table + " WHERE tenant_id <> CAST(? AS uuid)", s.own()), table);
        out.append(table).append('=').append(all).append(' ');
      }
      String pairs = s.one("SELECT count(*) FROM " + JOIN);
      assertEquals(s.one("SELECT count(*) FROM " + JOIN + " AS j JOIN labels AS l ON l.id = j.label_id"), pairs);
      return "counts equal own-tenant counts: " + out.toString().trim();
    });
    add.add("A13 sum / max / min / avg probes", s -> {
      s.begin(s.admin());
      int k = s.tenant;
      List<String> agg = s.rows("SELECT CAST(sum(amount) AS text), CAST(max(amount) AS text), CAST(min(amount) AS text),"
          + " CAST(round(avg(amount)) AS text) FROM invoices").get(0);
      int ownSum = seed.rows("Invoice").stream().filter(r -> r.get("tenantId").equals(tenant(k)))
          .mapToInt(r -> (Integer) r.get("amount")).sum();
      assertEquals(String.valueOf(ownSum), agg.get(0), "sum(amount) over own invoices only");
      assertTrue(Integer.parseInt(agg.get(1)) < 1000 * (k + 1) && Integer.parseInt(agg.get(2)) >= 1000 * k, agg.toString());
      List<String> budget = s.rows("SELECT CAST(max(budget) AS text), CAST(min(budget) AS text) FROM projects").get(0);
      assertTrue(Integer.parseInt(budget.get(0)) < 1000 * (k + 1) && Integer.parseInt(budget.get(1)) >= 1000 * k);
      String points = s.one("SELECT CAST(max(points) AS text) FROM tasks");
      assertTrue(Integer.parseInt(points) < 100 * (k + 1));
      return "sum=" + agg.get(0) + " max=" + agg.get(1) + " min=" + agg.get(2) + ": within own ranges";
    });
    add.add("A14 string_agg / array_agg / json_agg probes", s -> {
      s.begin(s.admin());
      List<String> text = new ArrayList<>();
      text.add(s.one("SELECT string_agg(secret, ',') FROM projects"));
      text.add(s.one("SELECT CAST(array_agg(email) AS text) FROM members"));
      text.add(s.one("SELECT CAST(json_agg(i) AS text) FROM invoices AS i"));
      text.add(s.one("SELECT string_agg(title, ',') FROM tasks"));
      for (String t : text) {
        s.assertOwn("aggregate", List.of(t));
      }
      return "aggregated text mentions only own tenant (" + text.stream().mapToInt(String::length).sum() + " chars)";
    });
    add.add("A15 GROUP BY tenant_id and DISTINCT", s -> {
      s.begin(s.admin());
      List<List<String>> groups = s.rows("SELECT CAST(tenant_id AS text), CAST(count(*) AS text) FROM tasks GROUP BY tenant_id");
      assertEquals(1, groups.size());
      assertEquals(s.own(), groups.get(0).get(0));
      assertEquals("1", s.one("SELECT count(DISTINCT tenant_id) FROM (SELECT tenant_id FROM members UNION ALL"
          + " SELECT tenant_id FROM invoices) AS x"));
      return "one group (own) of " + groups.get(0).get(1) + " tasks";
    });
    add.add("A16 leaky function (pg_temp, COST 0.0000001, RAISE NOTICE)", s -> {
      s.begin(s.admin());
      String created = s.error("CREATE FUNCTION pg_temp.leak(text) RETURNS boolean LANGUAGE plpgsql COST 0.0000001"
          + " AS $$BEGIN RAISE NOTICE 'leak: %', $1; RETURN true; END$$");
      if (created != null) {
        assertEquals("42501", created);
        return "cannot create a temporary function (42501)";
      }
      List<String> notices = new ArrayList<>();
      notices.addAll(s.notices("SELECT id FROM projects WHERE pg_temp.leak(secret)"));
      notices.addAll(s.notices("SELECT id FROM tasks WHERE pg_temp.leak(title) AND points > 0"));
      notices.addAll(s.notices("SELECT id FROM invoices WHERE pg_temp.leak(number) OR amount < 0"));
      notices.addAll(s.notices("SELECT p.id FROM projects AS p JOIN tasks AS t ON t.project_id = p.id"
          + " WHERE pg_temp.leak(p.secret || '/' || t.title)"));
      s.assertOwn("notices", notices);
      assertFalse(notices.isEmpty(), "control: the function saw own rows");
      return notices.size() + " notices, all about own rows";
    });
    add.add("A17 error oracle: division by zero on foreign rows", s -> {
      s.begin(s.admin());
      String visible = s.one("SELECT count(*) FROM projects");
      assertEquals(visible, s.one("SELECT count(*) FROM projects WHERE 1 / (CASE WHEN tenant_id <> CAST(? AS uuid)"
          + " THEN 0 ELSE 1 END) = 1", s.own()));
      assertEquals(s.one("SELECT count(*) FROM tasks"), s.one("SELECT count(*) FROM tasks WHERE 1 / (CASE WHEN"
          + " tenant_id <> CAST(? AS uuid) THEN 0 ELSE 1 END) = 1 OR points = 0", s.own()));
      return "no 22012: the user's quals never ran on foreign rows";
    });
    add.add("A18 error oracle: failing casts on foreign rows", s -> {
      s.begin(s.admin());
      assertEquals(s.one("SELECT count(*) FROM invoices"), s.one("SELECT count(*) FROM invoices WHERE CAST(CASE WHEN"
          + " tenant_id <> CAST(? AS uuid) THEN 'x' ELSE '1' END AS integer) = 1", s.own()));
      assertEquals(s.one("SELECT count(*) FROM members"), s.one("SELECT count(*) FROM members WHERE CAST(CASE WHEN"
          + " email LIKE '%T' || ? || '.example' THEN '1' ELSE 'x' END AS integer) = 1", String.valueOf(s.tenant)));
      return "no 22P02: casts ran on own rows only";
    });
    add.add("A19 temporary view over the tables", s -> {
      s.begin(s.admin());
      String created = s.error("CREATE TEMP VIEW lf_v AS SELECT i.id, i.tenant_id, p.secret FROM invoices AS i"
          + " LEFT JOIN projects AS p ON p.id = i.project_id");
      if (created != null) {
        assertEquals("42501", created);
        return "cannot create a temporary view (42501)";
      }
      List<String> values = s.rows("SELECT CAST(id AS text), CAST(tenant_id AS text), secret FROM lf_v").stream()
          .flatMap(List::stream).filter(Objects::nonNull).toList();
      s.assertOwn("view", values);
      return values.size() + " values through a temp view, all own";
    });
    add.add("A20 COPY ... TO STDOUT", s -> {
      s.begin(s.admin());
      String copied = s.copyOut("COPY projects TO STDOUT") + s.copyOut("COPY (SELECT * FROM tasks) TO STDOUT")
          + s.copyOut("COPY invoices (id, tenant_id, amount) TO STDOUT");
      List<String> lines = List.of(copied.split("\n"));
      s.assertOwn("copy", lines);
      return lines.size() + " copied lines, all own";
    });
    add.add("A21 statistics side channel (pg_stats)", s -> {
      String ownerStats;
      try (Statement st = db.connection().createStatement();
          ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stats WHERE schemaname = '" + db.name()
              + "' AND tablename = 'projects'")) {
        rs.next();
        ownerStats = rs.getString(1);
      }
      assertTrue(Integer.parseInt(ownerStats) > 0, "control: the owner analyzed the tables");
      s.begin(s.admin());
      assertEquals("0", s.one("SELECT count(*) FROM pg_stats WHERE schemaname = current_schema()"));
      assertEquals(List.of(), s.col("SELECT CAST(most_common_vals AS text) FROM pg_stats WHERE tablename = 'projects'"));
      return "pg_stats shows 0 of the owner's " + ownerStats + " rows for projects";
    });
    add.add("A22 EXPLAIN ANALYZE on a forced sequential scan", s -> {
      s.begin(s.admin());
      s.exec("SET LOCAL enable_indexscan = off");
      s.exec("SET LOCAL enable_bitmapscan = off");
      String plan = String.join("\n", s.col("EXPLAIN (ANALYZE, VERBOSE, COSTS OFF) SELECT * FROM invoices"));
      s.assertOwn("plan", List.of(plan));
      Matcher removed = Pattern.compile("Rows Removed by Filter: (\\d+)").matcher(plan);
      int count = 0;
      while (removed.find()) {
        count += Integer.parseInt(removed.group(1));
      }
      return "no foreign value in the plan; OBSERVED: 'Rows Removed by Filter: " + count
          + "' reveals how many rows other tenants have (a PostgreSQL row-count side channel)";
    });
    add.add("A23 server-prepared generic plan reused across tenants", s -> {
      s.exec("SET plan_cache_mode = force_generic_plan");
      int executions = 0;
      try (PreparedStatement ps = s.c.prepareStatement("SELECT CAST(id AS text), CAST(tenant_id AS text), secret FROM projects"
          + " WHERE budget > ?")) {
        ps.unwrap(PGStatement.class).setPrepareThreshold(1);
        for (int round = 0; round < 2; round++) {
          for (int k = 1; k <= TENANTS; k++) {
            s.begin(s.admin(k));
            ps.setInt(1, 0);
            List<String> values;
            try (ResultSet rs = ps.executeQuery()) {
              values = rows(rs).stream().flatMap(List::stream).toList();
            }
            assertFalse(values.isEmpty());
            assertOwn(k, "prepared", values);
            s.commit();
            executions++;
          }
        }
      }
      return executions + " executions of one server-side generic plan under 5 tenants: each saw only its own rows";
    });

    // ---- writing another tenant's rows
    add.add("B01 UPDATE foreign rows by id (every table), committed", s -> {
      s.begin(s.admin());
      int changed = 0;
      for (String table : TABLES) {
        String column = table.equals("members") ? "email" : table.equals("invoices") ? "number"
            : table.equals("tasks") ? "title" : "name";
        changed += s.update("UPDATE " + table + " SET " + column + " = 'pwned' WHERE id = ANY(CAST(? AS uuid[]))",
            array(s.foreignIds(table)));
      }
      assertEquals(0, changed);
      s.commit();
      return "0 rows updated; owner sees every foreign row unchanged";
    });
    add.add("B02 UPDATE without WHERE, committed", s -> {
      s.begin(s.admin());
      int invoices = s.update("UPDATE invoices SET amount = amount + 1");
      int labels = s.update("UPDATE labels SET name = 'pwned'");
      assertEquals(s.ownIds("invoices").size(), invoices, "admin updates every own invoice, nothing else");
      assertEquals(s.ownIds("labels").size(), labels);
      s.commit();
      return invoices + " invoices and " + labels + " labels updated, all own; foreign rows unchanged";
    });
    add.add("B03 DELETE foreign rows by id (every table), committed", s -> {
      s.begin(s.admin());
      int deleted = 0;
      for (String table : List.of("invoices", "tasks", "labels", "projects", "members")) {
        deleted += s.update("DELETE FROM " + table + " WHERE id = ANY(CAST(? AS uuid[]))", array(s.foreignIds(table)));
      }
      deleted += s.update("DELETE FROM " + JOIN + " WHERE project_id = ANY(CAST(? AS uuid[]))", array(s.foreignIds("projects")));
      assertEquals(0, deleted);
      s.commit();
      return "0 rows deleted; owner sees every foreign row";
    });
    add.add("B04 DELETE without WHERE, committed", s -> {
      s.begin(s.admin());
      int tasks = s.update("DELETE FROM tasks");
      int pairs = s.update("DELETE FROM " + JOIN);
      int projects = s.update("DELETE FROM projects");
      assertEquals(s.ownIds("tasks").size(), tasks);
      assertEquals(s.ownIds("projects").size(), projects);
      s.commit();
      return tasks + " tasks, " + pairs + " pairs, " + projects + " projects deleted, all own; foreign rows intact";
    });
    add.add("B05 UPDATE ... RETURNING", s -> {
      s.begin(s.admin());
      List<String> values = s.rows("UPDATE projects SET budget = budget RETURNING CAST(id AS text), CAST(tenant_id AS text),"
          + " secret").stream().flatMap(List::stream).toList();
      values = new ArrayList<>(values);
      values.addAll(s.rows("UPDATE tasks SET points = coalesce(points, 0) WHERE tenant_id <> CAST(? AS uuid) OR true"
          + " RETURNING CAST(id AS text), title", s.own()).stream().flatMap(List::stream).toList());
      s.assertOwn("returning", values);
      s.rollback();
      return values.size() + " returned values, all own";
    });
    add.add("B06 DELETE ... RETURNING", s -> {
      s.begin(s.admin());
      List<String> values = new ArrayList<>(s.rows("DELETE FROM invoices WHERE amount >= 0 RETURNING CAST(id AS text),"
          + " CAST(tenant_id AS text), number").stream().flatMap(List::stream).toList());
      values.addAll(s.rows("DELETE FROM tasks RETURNING CAST(project_id AS text), title").stream().flatMap(List::stream).toList());
      s.assertOwn("returning", values);
      assertFalse(values.isEmpty());
      s.rollback();
      return values.size() + " returned values, all own";
    });
    add.add("B07 UPDATE ... FROM / subquery reading foreign rows", s -> {
      s.begin(s.admin());
      int v = s.victim();
      assertEquals(0, s.update("UPDATE tasks AS t SET title = p.secret FROM projects AS p WHERE p.id = t.project_id"
          + " AND p.tenant_id = CAST(? AS uuid)", tenant(v)));
      int copied = s.update("UPDATE tasks SET title = coalesce((SELECT secret FROM projects WHERE id = CAST(? AS uuid)),"
          + " 'nothing')", project(v, 1));
      assertEquals(List.of("nothing"), s.col("SELECT DISTINCT title FROM tasks"));
      s.commit();
      return "UPDATE ... FROM foreign rows: 0 rows; subquery copied 'nothing' into " + copied + " own tasks";
    });
    add.add("B08 INSERT with another tenant's tenant_id (every table)", s -> {
      s.begin(s.admin());
      int v = s.victim();
      List<String> states = new ArrayList<>();
      states.add(s.error("INSERT INTO members (tenant_id, email, role) VALUES (CAST(? AS uuid), 'x@evil', 'admin')", tenant(v)));
      states.add(s.error("INSERT INTO projects (tenant_id, name, secret, budget) VALUES (CAST(? AS uuid), 'x', 'x', 1)", tenant(v)));
      states.add(s.error("INSERT INTO tasks (tenant_id, title, project_id) VALUES (CAST(? AS uuid), 'x', CAST(? AS uuid))",
          tenant(v), project(v, 1)));
      states.add(s.error("INSERT INTO labels (tenant_id, name) VALUES (CAST(? AS uuid), 'x')", tenant(v)));
      states.add(s.error("INSERT INTO invoices (tenant_id, number, amount) VALUES (CAST(? AS uuid), 'x', 1)", tenant(v)));
      states.add(s.error("INSERT INTO labels (tenant_id, name) SELECT CAST(? AS uuid), 'x' FROM generate_series(1, 3)", tenant(v)));
      assertEquals(List.of("42501", "42501", "42501", "42501", "42501", "42501"), states);
      s.commit();
      return "6 inserts into tenant " + v + ": all 42501";
    });
    add.add("B09 INSERT ... SELECT copying foreign rows", s -> {
      s.begin(s.admin());
      int v = s.victim();
      int copied = s.update("INSERT INTO labels (tenant_id, name) SELECT CAST(? AS uuid), name FROM labels"
          + " WHERE tenant_id = CAST(? AS uuid)", s.own(), tenant(v));
      copied += s.update("INSERT INTO projects (tenant_id, name, secret, budget) SELECT CAST(? AS uuid), name, secret, budget"
          + " FROM projects WHERE tenant_id <> CAST(? AS uuid)", s.own(), s.own());
      assertEquals(0, copied);
      s.commit();
      return "0 foreign rows copied";
    });
    add.add("B10 UPDATE moving own rows to another tenant", s -> {
      s.begin(s.admin());
      int v = s.victim();
      List<String> states = new ArrayList<>();
      for (String table : TABLES) {
        states.add(s.error("UPDATE " + table + " SET tenant_id = CAST(? AS uuid) WHERE id = CAST(? AS uuid)", tenant(v),
            s.ownIds(table).get(0)));
      }
      states.add(s.error("UPDATE projects SET tenant_id = CAST(? AS uuid)", tenant(v)));
      assertEquals(List.of("42501", "42501", "42501", "42501", "42501", "42501"), states);
      s.commit();
      return "6 moves to tenant " + v + ": all 42501";
    });
    add.add("B11 INSERT ... ON CONFLICT DO UPDATE on a foreign row's key", s -> {
      s.begin(s.admin());
      int v = s.victim();
      String own = s.error("INSERT INTO projects (id, tenant_id, name, secret, budget, archived) VALUES (CAST(? AS uuid),"
          + " CAST(? AS uuid), 'x', 'x', 0, false) ON CONFLICT (id) DO UPDATE SET name = 'pwned', secret = excluded.secret",
          project(v, 1), s.own());
      String foreign = s.error("INSERT INTO projects (id, tenant_id, name, secret, budget, archived) VALUES (CAST(? AS uuid),"
          + " CAST(? AS uuid), 'x', 'x', 0, false) ON CONFLICT (id) DO UPDATE SET name = 'pwned'", project(v, 1), tenant(v));
      String invoice = s.error("INSERT INTO invoices (id, tenant_id, number, amount) VALUES (CAST(? AS uuid), CAST(? AS uuid),"
          + " 'x', 0) ON CONFLICT (id) DO UPDATE SET amount = 0", id('e', v, 1), s.own());
      assertEquals(List.of("42501", "42501", "42501"), List.of(own, foreign, invoice));
      s.commit();
      return "own/foreign tenant_id, project and invoice keys: all 42501; foreign rows unchanged";
    });
    add.add("B12 INSERT ... ON CONFLICT DO NOTHING on a foreign row's key", s -> {
      s.begin(s.admin());
      int v = s.victim();
      int inserted = s.update("INSERT INTO projects (id, tenant_id, name, secret, budget, archived) VALUES (CAST(? AS uuid),"
          + " CAST(? AS uuid), 'x', 'x', 0, false) ON CONFLICT DO NOTHING", project(v, 1), s.own());
      int fresh = s.update("INSERT INTO projects (id, tenant_id, name, secret, budget, archived) VALUES (CAST(? AS uuid),"
          + " CAST(? AS uuid), 'x', 'x', 0, false) ON CONFLICT DO NOTHING", UUID.randomUUID().toString(), s.own());
      String foreignTenant = s.error("INSERT INTO projects (id, tenant_id, name, secret, budget, archived) VALUES"
          + " (CAST(? AS uuid), CAST(? AS uuid), 'x', 'x', 0, false) ON CONFLICT DO NOTHING", project(v, 1), tenant(v));
      String plain = s.error("INSERT INTO projects (id, tenant_id, name, secret, budget, archived) VALUES (CAST(? AS uuid),"
          + " CAST(? AS uuid), 'x', 'x', 0, false)", project(v, 1), s.own());
      assertEquals(0, inserted, "the foreign row is not replaced");
      assertEquals("42501", foreignTenant);
      s.commit();
      return "0 rows changed, foreign tenant_id 42501; OBSERVED: a foreign key inserts " + inserted + " row vs " + fresh
          + " for a fresh key, and a plain INSERT fails " + plain + ": the key's existence in another tenant shows"
          + " (PostgreSQL's unique-index oracle)";
    });
    add.add("B13 MERGE into foreign rows", s -> {
      s.begin(s.admin());
      int v = s.victim();
      String upsert = s.error("MERGE INTO projects AS p USING (VALUES (CAST(? AS uuid))) AS src(id) ON p.id = src.id"
          + " WHEN MATCHED THEN UPDATE SET name = 'pwned' WHEN NOT MATCHED THEN INSERT (id, tenant_id, name, secret, budget,"
          + " archived) VALUES (src.id, CAST(? AS uuid), 'x', 'x', 0, false)", project(v, 1), s.own());
      String foreign = s.error("MERGE INTO projects AS p USING (VALUES (CAST(? AS uuid))) AS src(id) ON p.id = src.id"
          + " WHEN NOT MATCHED THEN INSERT (tenant_id, name, secret, budget) VALUES (CAST(? AS uuid), 'x', 'x', 0)",
          UUID.randomUUID().toString(), tenant(v));
      int deleted = s.update("MERGE INTO invoices AS i USING (SELECT unnest(CAST(? AS uuid[])) AS id) AS src ON i.id = src.id"
          + " WHEN MATCHED THEN DELETE", array(s.foreignIds("invoices")));
      assertTrue(Set.of("23505", "42501").contains(upsert), "MERGE on a foreign key: " + upsert);
      assertEquals("42501", foreign);
      assertEquals(0, deleted);
      s.commit();
      return "MERGE on a foreign key: " + upsert + " (the invisible row falls into NOT MATCHED); foreign tenant insert:"
          + " 42501; WHEN MATCHED THEN DELETE: 0 rows";
    });
    add.add("B14 TRUNCATE", s -> {
      s.begin(s.admin());
      List<String> states = new ArrayList<>();
      for (String table : List.of("invoices", "projects", JOIN)) {
        states.add(s.error("TRUNCATE " + table + " CASCADE"));
      }
      assertEquals(List.of("42501", "42501", "42501"), states);
      s.commit();
      return "TRUNCATE of 3 tables: all 42501";
    });
    add.add("B15 plant a reference to a foreign row (FK checks bypass RLS)", s -> {
      s.begin(s.admin());
      int v = s.victim();
      String planted = s.error("INSERT INTO tasks (id, tenant_id, title, project_id, assignee_id) VALUES (CAST(? AS uuid),"
          + " CAST(? AS uuid), 'planted', CAST(? AS uuid), CAST(? AS uuid))", id('c', s.tenant, 98), s.own(), project(v, 2),
          member(v, 2));
      String missing = s.error("INSERT INTO tasks (tenant_id, title, project_id) VALUES (CAST(? AS uuid), 'probe',"
          + " CAST(? AS uuid))", s.own(), UUID.randomUUID().toString());
      // The planted row is the attacker's own; nothing of the victim comes through it.
      List<String> through = new ArrayList<>(s.col("SELECT p.secret FROM tasks AS t JOIN projects AS p ON p.id = t.project_id"
          + " WHERE t.title = 'planted'"));
      through.addAll(s.col("SELECT m.email FROM tasks AS t JOIN members AS m ON m.id = t.assignee_id WHERE t.title = 'planted'"));
      assertEquals(List.of(), through);
      s.setContext(new UserContext(member(v, 2), s.own(), "member", null, null));
      assertEquals(0, s.update("UPDATE tasks SET title = 'owned' WHERE title = 'planted'"),
          "hops through the planted keys with the victim owner's forged user id grant nothing");
      s.commit();
      return "0 foreign values through the planted row, forged-owner update 0 rows; OBSERVED: an own row may reference"
          + " tenant " + v + "'s project (" + (planted == null ? "accepted" : planted) + "), and a random project id fails "
          + missing + ": foreign keys reveal whether an id exists in any tenant";
    });
    add.add("B16 link own 'public' label to a foreign archived project (join table)", s -> {
      int v = s.victim();
      Map<String, List<List<String>>> before = victimView(v);
      s.begin(s.admin());
      String link = s.error("INSERT INTO " + JOIN + " (project_id, label_id) VALUES (CAST(? AS uuid), CAST(? AS uuid))",
          project(v, 2), label(s.tenant, 1));
      String reverse = s.error("INSERT INTO " + JOIN + " (project_id, label_id) VALUES (CAST(? AS uuid), CAST(? AS uuid))",
          project(s.tenant, 2), label(v, 1));
      assertEquals("42501", reverse, "a foreign label may not be linked");
      List<String> visible = s.rows("SELECT CAST(project_id AS text), CAST(label_id AS text) FROM " + JOIN).stream()
          .flatMap(List::stream).toList();
      s.commit();
      assertEquals(before, victimView(v), "the victim sees its projects and links exactly as before");
      return "foreign label: 42501; victim's view unchanged (its archived project stays hidden); OBSERVED: linking an own"
          + " label to tenant " + v + "'s project is " + (link == null ? "accepted" : link)
          + " (the join table is guarded on the labels side only), so the attacker's own pairs name a foreign project id ("
          + visible.stream().filter(x -> TENANT_OF.getOrDefault(x, s.tenant) != s.tenant).count() + " such value)";
    });
    add.add("B17 relation hops with a forged user id", s -> {
      int v = s.victim();
      // Own project 1, now archived, names the victim's admin as its owner (a cross-tenant key, as B15 shows possible).
      db.execute("UPDATE projects SET owner_id = '" + member(v, 1) + "', archived = true WHERE id = '" + project(s.tenant, 1)
          + "'");
      s.begin(new UserContext(member(v, 1), s.own(), "member", List.of("member"), null));
      List<String> projects = s.col("SELECT CAST(id AS text) FROM projects");
      assertFalse(projects.contains(project(s.tenant, 1)), "owner.id == user.id must not hold through a foreign member");
      s.assertOwn("projects", projects);
      int updated = s.update("UPDATE projects SET name = 'x' WHERE owner_id = CAST(? AS uuid)", member(v, 1));
      updated += s.update("UPDATE projects SET name = 'x'");
      updated += s.update("UPDATE tasks SET title = 'x' WHERE project_id = CAST(? AS uuid)", project(s.tenant, 1));
      assertEquals(0, updated);
      s.commit();
      return "owner hops to a foreign member are FALSE: 0 reads/updates granted by the victim's user id";
    });

    // ---- the context
    add.add("C01 no context at all", s -> {
      s.beginWithoutContext();
      int rows = s.countAll();
      assertEquals(0, rows);
      assertEquals(0, s.update("UPDATE projects SET name = 'x'") + s.update("DELETE FROM tasks"));
      assertEquals("42501", s.error("INSERT INTO labels (tenant_id, name) VALUES (CAST(? AS uuid), 'x')", s.own()));
      s.commit();
      return "0 rows in 6 tables, 0 updated/deleted, insert 42501";
    });
    add.add("C02 empty-string context", s -> {
      s.begin(UserContext.ANONYMOUS);
      assertEquals(0, s.countAll());
      s.setContext(new UserContext("", "", "", List.of(""), List.of("")));
      assertEquals(0, s.countAll());
      return "0 rows with every setting ''";
    });
    add.add("C03 malformed and injected tenant ids", s -> {
      String own = s.own();
      List<String> values = List.of("not-a-uuid", "' OR 1=1 --", own + "' OR '1'='1", "{" + own + "}",
          own.replace("-", ""), " " + own, own + " ", own + "\n", own + "," + tenant(s.victim()), "*", "%", "NULL",
          own.substring(0, 35), own + "0", "x".repeat(100_000), own.replace('0', 'g'));
      for (String value : values) {
        s.begin(new UserContext(member(s.tenant, 1), value, "admin", List.of("admin"), null));
        assertEquals(0, s.countAll(), "tenant setting " + printable(value));
        s.rollback();
      }
      return values.size() + " malformed values: 0 rows each, no error (braces and hyphen-less forms that PostgreSQL's"
          + " uuid input accepts are refused too)";
    });
    add.add("C04 upper-case tenant and user ids", s -> {
      s.begin(s.admin());
      TreeSet<String> lower = new TreeSet<>(s.col("SELECT CAST(id AS text) FROM projects"));
      s.rollback();
      UserContext admin = s.admin();
      s.begin(new UserContext(admin.id().toUpperCase(Locale.ROOT), admin.tenantId().toUpperCase(Locale.ROOT), admin.role(),
          admin.roles(), admin.claims()));
      TreeSet<String> upper = new TreeSet<>(s.col("SELECT CAST(id AS text) FROM projects"));
      assertEquals(lower, upper, "an upper-case uuid names the same tenant and user");
      s.assertOwn("upper", new ArrayList<>(upper));
      return upper.size() + " projects with upper-case ids = lower-case; nothing foreign";
    });
    add.add("C05 another tenant's id with a mismatched user id", s -> {
      int v = s.victim();
      // The attacker's own user id in the victim's tenant: RLS trusts the context, so the runtime must derive the tenant
      // from the authenticated user; what matters here is that nothing of two tenants mixes.
      s.begin(new UserContext(member(s.tenant, 1), tenant(v), "member", null, null));
      List<String> ids = new ArrayList<>();
      for (String table : TABLES) {
        ids.addAll(s.col("SELECT CAST(id AS text) FROM " + table));
      }
      assertTrue(ids.stream().allMatch(i -> TENANT_OF.get(i) == v), "only the context tenant's rows");
      assertFalse(ids.contains(project(v, 2)), "the victim's owner-only project needs the victim's user");
      assertEquals(0, s.update("UPDATE members SET email = email"), "Member.update needs admin or self");
      s.rollback();
      // The victim's user id inside the attacker's tenant: nothing of the victim.
      s.begin(new UserContext(member(v, 1), s.own(), "admin", List.of("admin"), null));
      List<String> own = new ArrayList<>();
      for (String table : TABLES) {
        own.addAll(s.col("SELECT CAST(id AS text) FROM " + table));
      }
      s.assertOwn("victim user in own tenant", own);
      return ids.size() + " rows, all of tenant " + v + " and none needing the victim's user; victim user in own tenant: "
          + own.size() + " own rows";
    });
    add.add("C06 injection through role, roles and claims settings", s -> {
      int k = s.tenant;
      List<UserContext> crafted = List.of(
          new UserContext(member(k, 3), s.own(), "admin' OR '1'='1", List.of("x') OR true --"), List.of("invoices.read' OR 'a'='a")),
          new UserContext(member(k, 3), s.own(), "ADMIN", List.of("Admin", " admin", "admin "), List.of("INVOICES.READ")),
          new UserContext(member(k, 3), s.own(), "member", List.of("{admin}", "\"admin\""), List.of("invoices.read ")),
          new UserContext(member(k, 3), s.own(), "accountant\u0000", null, null));
      int tried = 0;
      String refused = null;
      for (UserContext user : crafted) {
        String state = s.tryBegin(user);
        if (state != null) {
          assertTrue(user.role().indexOf(0) >= 0, "only a NUL byte may be refused, got " + state + " for " + user);
          refused = state;
          s.rollback();
          tried++;
          continue;
        }
        assertEquals("0", s.one("SELECT count(*) FROM invoices"), "no role/claim grants invoices: " + user);
        assertEquals(1, s.update("UPDATE members SET email = email"), "Member.update: only self");
        assertEquals("42501", s.error("INSERT INTO invoices (tenant_id, number, amount) VALUES (CAST(? AS uuid), 'x', 1)",
            s.own()));
        s.rollback();
        tried++;
      }
      return tried + " crafted role/roles/claims: no grant (injected text is a value, never SQL); a NUL byte is refused ("
          + refused + ")";
    });

    // ---- pooled connections and the lifetime of the context
    add.add("D01 session-level SET, then SET LOCAL for another tenant", s -> {
      int v = s.victim();
      int w = s.third();
      s.exec("SET laforge.tenant_id = '" + tenant(v) + "'");
      s.exec("SET laforge.user_roles = 'admin'");
      s.begin(s.admin(w));
      List<String> ids = new ArrayList<>();
      for (String table : TABLES) {
        ids.addAll(s.col("SELECT CAST(tenant_id AS text) FROM " + table));
      }
      s.commit();
      assertOwn(w, "SET LOCAL after session SET", ids);
      return "after a session-level SET to tenant " + v + ", a request setting every key LOCAL for tenant " + w
          + " saw only tenant " + w + " (" + ids.size() + " rows)";
    });
    add.add("D02 session-level SET survives COMMIT (documented pooling hazard)", s -> {
      int v = s.victim();
      s.exec("SET laforge.tenant_id = '" + tenant(v) + "'");
      s.begin(s.admin());
      s.commit();
      s.beginWithoutContext();
      List<String> leftover = s.col("SELECT CAST(tenant_id AS text) FROM tasks");
      String setting = s.one("SELECT current_setting('laforge.tenant_id', true)");
      s.commit();
      assertEquals(tenant(v), setting, "PostgreSQL keeps a session-level value after the LOCAL one ends");
      assertOwn(v, "leftover", leftover);
      s.exec("SELECT set_config('laforge.tenant_id', '" + tenant(v) + "', false)");
      s.beginWithoutContext();
      int viaSetConfig = s.col("SELECT id FROM tasks").size();
      s.commit();
      s.exec("RESET laforge.tenant_id");
      s.beginWithoutContext();
      assertEquals(0, s.countAll(), "after RESET nothing is visible");
      s.commit();
      return "OBSERVED: after session-level SET (or set_config(..., false)) a later transaction without context sees"
          + " tenant " + v + "'s rows (" + leftover.size() + " and " + viaSetConfig + " tasks): the runtime must only ever"
          + " use SET LOCAL / set_config(..., true), and set every key in every request, as UserContext.settings() does";
    });
    add.add("D03 SET LOCAL only: the context ends with the transaction", s -> {
      s.begin(s.admin());
      assertTrue(s.countAll() > 0, "control");
      s.commit();
      s.beginWithoutContext();
      assertEquals(0, s.countAll(), "after COMMIT");
      assertEquals("", s.one("SELECT current_setting('laforge.tenant_id', true)"), "'' after SET LOCAL ended");
      s.commit();
      s.begin(s.admin());
      s.rollback();
      s.beginWithoutContext();
      assertEquals(0, s.countAll(), "after ROLLBACK");
      s.commit();
      s.c.setAutoCommit(true);
      Contexts.set(s.c, s.admin());
      assertEquals(0, s.countAll(), "set_config(..., true) in autocommit lasts one statement");
      s.begin(s.admin());
      s.exec("SAVEPOINT sp");
      s.setContext(s.admin(s.victim()));
      s.exec("ROLLBACK TO SAVEPOINT sp");
      List<String> ids = s.col("SELECT CAST(tenant_id AS text) FROM projects");
      s.assertOwn("after savepoint rollback", ids);
      assertFalse(ids.isEmpty());
      s.commit();
      return "0 rows after COMMIT, after ROLLBACK and in autocommit; ROLLBACK TO SAVEPOINT restores the own tenant";
    });

    // ---- privilege escalation
    add.add("E01 disable or un-force RLS", s -> {
      s.begin(s.admin());
      List<String> states = new ArrayList<>();
      for (String table : List.of("projects", "invoices", JOIN)) {
        states.add(s.error("ALTER TABLE " + table + " DISABLE ROW LEVEL SECURITY"));
        states.add(s.error("ALTER TABLE " + table + " NO FORCE ROW LEVEL SECURITY"));
      }
      assertEquals(List.of("42501", "42501", "42501", "42501", "42501", "42501"), states);
      return "DISABLE / NO FORCE on 3 tables: all 42501";
    });
    add.add("E02 drop, alter or add policies", s -> {
      s.begin(s.admin());
      List<String> states = List.of(
          s.error("DROP POLICY \"laforge_projects_tenant_guard\" ON projects"),
          s.error("ALTER POLICY \"laforge_invoices_tenant_guard\" ON invoices USING (true)"),
          s.error("CREATE POLICY evil ON projects AS PERMISSIVE FOR ALL USING (true)"),
          s.error("DROP POLICY \"laforge_projects_labels_guard\" ON " + JOIN));
      assertEquals(List.of("42501", "42501", "42501", "42501"), states);
      return "DROP/ALTER/CREATE POLICY: all 42501";
    });
    add.add("E03 SET ROLE / SESSION AUTHORIZATION to the owner", s -> {
      String owner;
      try (Statement st = db.connection().createStatement();
          ResultSet rs = st.executeQuery("SELECT tableowner FROM pg_tables WHERE schemaname = '" + db.name()
              + "' AND tablename = 'projects'")) {
        rs.next();
        owner = rs.getString(1);
      }
      s.begin(s.admin());
      List<String> states = List.of(s.error("SET ROLE " + PG.quote(owner)), s.error("SET SESSION AUTHORIZATION " + PG.quote(owner)),
          s.error("SET ROLE postgres"));
      assertEquals(List.of("42501", "42501", "42501"), states);
      assertNull(s.error("SET LOCAL ROLE " + AppRoleWriter.ROLE), "the attacker may become laforge_app");
      List<String> ids = s.col("SELECT CAST(tenant_id AS text) FROM invoices");
      s.assertOwn("as laforge_app", ids);
      return "SET ROLE/SESSION AUTHORIZATION " + owner + ": 42501; as laforge_app still only own rows (" + ids.size() + ")";
    });
    add.add("E04 row_security = off", s -> {
      s.begin(s.admin());
      s.exec("SET LOCAL row_security = off");
      List<String> states = List.of(s.error("SELECT * FROM projects"), s.error("SELECT count(*) FROM invoices"),
          s.error("UPDATE labels SET name = name"));
      assertEquals(List.of("42501", "42501", "42501"), states);
      return "with row_security = off every query on an RLS table fails 42501";
    });
    add.add("E05 grant oneself BYPASSRLS, ownership or replica mode", s -> {
      s.begin(s.admin());
      List<String> states = List.of(
          s.error("ALTER ROLE CURRENT_USER BYPASSRLS"),
          s.error("ALTER ROLE CURRENT_USER SUPERUSER"),
          s.error("ALTER TABLE projects OWNER TO CURRENT_USER"),
          s.error("SET session_replication_role = replica"),
          s.error("CREATE TABLE evil (id int)"),
          s.error("GRANT pg_read_all_data TO CURRENT_USER"));
      assertEquals(List.of("42501", "42501", "42501", "42501", "42501", "42501"), states);
      return "BYPASSRLS, SUPERUSER, OWNER TO, replica mode, CREATE TABLE, pg_read_all_data: all 42501";
    });
    add.add("E06 replace or shadow the context functions", s -> {
      int v = s.victim();
      s.begin(s.admin());
      List<String> states = List.of(
          s.error("CREATE OR REPLACE FUNCTION laforge_tenant_id() RETURNS uuid LANGUAGE sql AS $$SELECT CAST('" + tenant(v)
              + "' AS uuid)$$"),
          s.error("ALTER FUNCTION laforge_tenant_id() SECURITY DEFINER"),
          s.error("DROP FUNCTION laforge_user_roles()"));
      assertEquals(List.of("42501", "42501", "42501"), states);
      String shadow = s.error("CREATE FUNCTION pg_temp.laforge_tenant_id() RETURNS uuid LANGUAGE sql AS $$SELECT CAST('"
          + tenant(v) + "' AS uuid)$$");
      String setting = s.error("CREATE FUNCTION pg_temp.current_setting(text, boolean) RETURNS text LANGUAGE sql"
          + " AS $$SELECT '" + tenant(v) + "'$$");
      s.exec("SET LOCAL search_path TO pg_temp, " + db.name());
      List<String> ids = new ArrayList<>();
      for (String table : TABLES) {
        ids.addAll(s.col("SELECT CAST(tenant_id AS text) FROM " + db.name() + "." + table));
      }
      s.assertOwn("shadowed", ids);
      assertFalse(ids.isEmpty());
      return "replace/alter/drop: 42501; shadows in pg_temp (" + (shadow == null ? "created" : shadow) + ", "
          + (setting == null ? "created" : setting) + ") with pg_temp first on the search_path change nothing: "
          + ids.size() + " own rows";
    });
    add.add("E07 direct calls of the context functions with crafted settings", s -> {
      String own = s.own();
      List<UserContext> contexts = List.of(
          UserContext.ANONYMOUS,
          new UserContext("not-a-uuid", "' OR 1=1 --", "", List.of(), List.of()),
          new UserContext(own.toUpperCase(Locale.ROOT), "{" + own + "}", " admin", List.of("admin", "editor"), List.of("a", "b")),
          new UserContext(own + "\n", own.replace("-", ""), "admin') OR (true", List.of("x') OR true --", "{admin}"),
              List.of("invoices.read' OR 'a'='a")),
          new UserContext(own, own, "a,b", List.of("", ""), List.of(",")),
          new UserContext("x".repeat(10_000), own + ";DROP TABLE projects", "ü😀", List.of("ü😀", "Admin "), List.of("invoices.read")));
      for (UserContext user : contexts) {
        s.begin(user);
        List<String> got = s.rows("SELECT CAST(laforge_user_id() AS text), CAST(laforge_tenant_id() AS text), laforge_user_role(),"
            + " CAST(laforge_user_roles() AS text), CAST(laforge_user_claims() AS text), CAST(laforge_has_claim('invoices.read')"
            + " AS text), CAST(laforge_has_claim('a') AS text)").get(0);
        ContextValues expected = ContextValues.of(user);
        assertEquals(expected.userId(), got.get(0), "user id for " + user);
        assertEquals(expected.tenantId(), got.get(1), "tenant id for " + user);
        assertEquals(expected.role(), got.get(2), "role for " + user);
        assertEquals(pgArray(expected.roles()), got.get(3), "roles for " + user);
        assertEquals(pgArray(expected.claims()), got.get(4), "claims for " + user);
        assertEquals(truth(ContextValues.member(expected.claims(), "invoices.read")), got.get(5), "has_claim for " + user);
        assertEquals(truth(ContextValues.member(expected.claims(), "a")), got.get(6), "has_claim for " + user);
        s.rollback();
      }
      return contexts.size() + " crafted contexts: the SQL functions decode exactly as ContextValues (NULL, never an error)";
    });
    return list;
  }

  @FunctionalInterface
  private interface Adder {
    void add(String name, Body body);
  }

  /** What tenant {@code v}'s admin sees of its projects and links, read through RLS. */
  private static Map<String, List<List<String>>> victimView(int v) throws SQLException {
    try (Connection c = attackerConnection()) {
      Session victim = new Session(c, v);
      victim.begin(victim.admin());
      Map<String, List<List<String>>> view = new LinkedHashMap<>();
      view.put("projects", victim.rows("SELECT CAST(id AS text), name, CAST(archived AS text) FROM projects ORDER BY id"));
      view.put(JOIN, victim.rows("SELECT CAST(project_id AS text), CAST(label_id AS text) FROM " + JOIN + " ORDER BY 1, 2"));
      view.put("tasks", victim.rows("SELECT CAST(id AS text) FROM tasks ORDER BY id"));
      victim.rollback();
      return view;
    }
  }

  // ---------------------------------------------------------------- helpers

  /** The attacker's connection and tenant. */
  static final class Session {
    final Connection c;
    final int tenant;

    Session(Connection c, int tenant) {
      this.c = c;
      this.tenant = tenant;
    }

    String own() {
      return tenant(tenant);
    }

    int victim() {
      return tenant % TENANTS + 1;
    }

    int third() {
      return victim() % TENANTS + 1;
    }

    List<Integer> victims() {
      List<Integer> v = new ArrayList<>();
      for (int k = 1; k <= TENANTS; k++) {
        if (k != tenant) {
          v.add(k);
        }
      }
      return v;
    }

    /** The tenant's admin: every role and claim the domain knows, so any leak would show. */
    UserContext admin() {
      return admin(tenant);
    }

    UserContext admin(int k) {
      return new UserContext(member(k, 1), tenant(k), "admin", List.of("admin", "accountant"), List.of("invoices.read"));
    }

    List<String> ownIds(String table) {
      return ids(table, true);
    }

    List<String> foreignIds(String table) {
      return ids(table, false);
    }

    private List<String> ids(String table, boolean own) {
      String model = switch (table) {
        case "members" -> "Member";
        case "projects" -> "Project";
        case "tasks" -> "Task";
        case "labels" -> "Label";
        default -> "Invoice";
      };
      return seed.rows(model).stream().filter(r -> r.get("tenantId").equals(own()) == own).map(r -> (String) r.get("id"))
          .toList();
    }

    void begin(UserContext user) throws SQLException {
      c.setAutoCommit(false);
      setContext(user);
    }

    /** Begins and sets the context; returns the SQLSTATE when set_config refuses a value, else null. */
    String tryBegin(UserContext user) throws SQLException {
      c.setAutoCommit(false);
      try {
        setContext(user);
        return null;
      } catch (SQLException e) {
        return e.getSQLState();
      }
    }

    void beginWithoutContext() throws SQLException {
      c.setAutoCommit(false);
    }

    void setContext(UserContext user) throws SQLException {
      Contexts.set(c, user);
    }

    void commit() throws SQLException {
      c.commit();
    }

    void rollback() throws SQLException {
      c.rollback();
    }

    void exec(String sql) throws SQLException {
      try (Statement st = c.createStatement()) {
        st.execute(sql);
      }
    }

    List<List<String>> rows(String sql, Object... params) throws SQLException {
      try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
        return RlsIsolationSuiteTest.rows(rs);
      }
    }

    List<String> col(String sql, Object... params) throws SQLException {
      return rows(sql, params).stream().map(r -> r.get(0)).collect(Collectors.toCollection(ArrayList::new));
    }

    String one(String sql, Object... params) throws SQLException {
      List<String> values = col(sql, params);
      assertEquals(1, values.size(), sql);
      return values.get(0);
    }

    int update(String sql, Object... params) throws SQLException {
      try (PreparedStatement ps = prepare(sql, params)) {
        return ps.executeUpdate();
      }
    }

    /**
     * Runs a statement that should fail, inside a savepoint when a transaction is open so that the
     * transaction goes on; returns the SQLSTATE, or null when it succeeded.
     */
    String error(String sql, Object... params) throws SQLException {
      boolean tx = !c.getAutoCommit();
      if (tx) {
        exec("SAVEPOINT lf_attempt");
      }
      try (PreparedStatement ps = prepare(sql, params)) {
        ps.execute();
        if (tx) {
          exec("RELEASE SAVEPOINT lf_attempt");
        }
        return null;
      } catch (SQLException e) {
        if (tx) {
          exec("ROLLBACK TO SAVEPOINT lf_attempt");
        }
        return e.getSQLState();
      }
    }

    /** The notices a query raised. */
    List<String> notices(String sql) throws SQLException {
      List<String> out = new ArrayList<>();
      try (Statement st = c.createStatement()) {
        try (ResultSet rs = st.executeQuery(sql)) {
          while (rs.next()) {
            rs.getString(1);
          }
        }
        for (SQLWarning w = st.getWarnings(); w != null; w = w.getNextWarning()) {
          out.add(w.getMessage());
        }
      }
      return out;
    }

    String copyOut(String sql) throws SQLException {
      StringWriter out = new StringWriter();
      try {
        c.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, out);
      } catch (java.io.IOException e) {
        throw new SQLException(e);
      }
      return out.toString();
    }

    /** Rows visible in every table, the join table included. */
    int countAll() throws SQLException {
      int total = 0;
      for (String table : TABLES) {
        total += Integer.parseInt(one("SELECT count(*) FROM " + table));
      }
      return total + Integer.parseInt(one("SELECT count(*) FROM " + JOIN));
    }

    void assertOwn(String what, Collection<String> values) {
      RlsIsolationSuiteTest.assertOwn(tenant, what, values);
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
      PreparedStatement ps = c.prepareStatement(sql);
      for (int i = 0; i < params.length; i++) {
        ps.setString(i + 1, (String) params[i]);
      }
      return ps;
    }
  }

  /**
   * Fails when a value names another tenant than {@code tenant}: a seeded id or tenant id of
   * another tenant anywhere in it, or a token {@code T<n>} (every seeded text carries its tenant).
   */
  static void assertOwn(int tenant, String what, Collection<String> values) {
    List<String> foreign = new ArrayList<>();
    Pattern uuid = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    for (String value : values) {
      if (value == null) {
        continue;
      }
      Matcher ids = uuid.matcher(value);
      while (ids.find()) {
        Integer t = TENANT_OF.get(ids.group().toLowerCase(Locale.ROOT));
        if (t != null && t != tenant) {
          foreign.add(ids.group() + " (tenant " + t + ") in " + abbreviate(value));
        }
      }
      Matcher tokens = TENANT_TOKEN.matcher(value);
      while (tokens.find()) {
        if (Integer.parseInt(tokens.group(1)) != tenant) {
          foreign.add(tokens.group() + " in " + abbreviate(value));
        }
      }
    }
    assertEquals(List.of(), foreign, what + ": values of other tenants leaked to tenant " + tenant);
  }

  private static String abbreviate(String value) {
    return value.length() > 120 ? value.substring(0, 120) + "..." : value;
  }

  static List<List<String>> rows(ResultSet rs) throws SQLException {
    int columns = rs.getMetaData().getColumnCount();
    List<List<String>> rows = new ArrayList<>();
    while (rs.next()) {
      List<String> row = new ArrayList<>();
      for (int i = 1; i <= columns; i++) {
        row.add(rs.getString(i));
      }
      rows.add(row);
    }
    return rows;
  }

  private static String array(List<String> ids) {
    return "{" + String.join(",", ids) + "}";
  }

  private static String pgArray(List<String> values) {
    if (values == null) {
      return null;
    }
    return "{" + values.stream().map(v -> v.isEmpty() || v.matches(".*[\\s,{}\"\\\\].*") || v.equalsIgnoreCase("null")
        ? "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : v).collect(Collectors.joining(",")) + "}";
  }

  private static String truth(Truth t) {
    return t == Truth.UNKNOWN ? null : t == Truth.TRUE ? "true" : "false";
  }

  private static String printable(String value) {
    String shown = value.length() > 60 ? value.substring(0, 60) + "...(" + value.length() + " chars)" : value;
    return "'" + shown.replace("\n", "\\n") + "'";
  }

}
