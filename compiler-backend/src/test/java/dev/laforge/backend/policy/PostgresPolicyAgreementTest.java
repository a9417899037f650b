package dev.laforge.backend.policy;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import dev.laforge.backend.sql.postgres.PostgresDdlWriter;
import dev.laforge.backend.testing.TestDatabases;
import dev.laforge.backend.testing.TestDatabases.PostgresSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three forms agree on a real PostgreSQL: for every user, model, action and row of
 * {@link PolicyBlogFixture}, the evaluator allows exactly the rows the predicate selects and the
 * rows RLS lets a non-owner role read, update, delete or insert.
 */
class PostgresPolicyAgreementTest {

  /** A text column per model that no rule of the model reads, so updating it changes no verdict. */
  private static final Map<String, String> MARKER = Map.of("Comment", "body", "Post", "title", "Setting", "value",
      "Tag", "name", "Team", "name", "User", "email");

  private static PostgresSchema db;
  private static String role;
  private static PolicyDataset data;
  private static AccessRules rules;
  private static SqlSchema schema;

  @BeforeAll
  static void createSchemaDataAndRole() throws SQLException {
    db = TestDatabases.postgresSchema();
    data = PolicyBlogFixture.dataset();
    rules = AccessRules.of(data.domain);
    schema = SqlSchema.of(data.domain, Dialect.POSTGRES);
    db.execute(PostgresDdlWriter.write(data.domain));
    db.execute(RlsWriter.write(data.domain));
    db.execute(AppRoleWriter.write(data.domain));
    data.insertInto(db.connection(), Dialect.POSTGRES);
    role = "lf_agree_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    db.execute("CREATE ROLE " + role + " NOLOGIN NOSUPERUSER NOBYPASSRLS; GRANT " + AppRoleWriter.ROLE + " TO " + role);
  }

  @AfterAll
  static void dropEverything() throws SQLException {
    if (db != null) {
      db.close();
      try (Connection admin = TestDatabases.postgres(); Statement s = admin.createStatement()) {
        s.execute("DROP ROLE IF EXISTS " + role);
      }
    }
  }

  @Test
  void evaluatorPredicateAndRlsAllowTheSameRows() throws SQLException {
    PolicyEvaluator evaluator = new PolicyEvaluator();
    PredicateCompiler predicates = new PredicateCompiler(rules, Dialect.POSTGRES);
    List<String> mismatches = new ArrayList<>();
    int allowed = 0;
    int denied = 0;
    for (Map.Entry<String, UserContext> user : PolicyBlogFixture.users().entrySet()) {
      for (Model model : data.domain.models()) {
        for (Action action : Action.values()) {
          TreeSet<String> byEvaluator = new TreeSet<>();
          for (Map<String, Object> row : data.rows(model.name())) {
            Verdict verdict = evaluator.evaluate(rules, model.name(), action, data.record(model, row), user.getValue());
            if (verdict.allowed()) {
              byEvaluator.add((String) PolicyDataset.id(model, row));
            }
          }
          allowed += byEvaluator.size();
          denied += data.rows(model.name()).size() - byEvaluator.size();
          BoundPredicate predicate = predicates.predicate(model.name(), action, "r").bind(user.getValue());
          TreeSet<String> byPredicate = select(model, predicate);
          TreeSet<String> byRls = rls(model, action, user.getValue());
          if (!byEvaluator.equals(byPredicate) || !byEvaluator.equals(byRls)) {
            mismatches.add(user.getKey() + " " + model.name() + "." + action.keyword() + ": evaluator " + byEvaluator
                + ", predicate " + byPredicate + ", RLS " + byRls + "\n  predicate: " + predicate.sql() + " " + predicate.params());
          }
        }
      }
    }
    if (!mismatches.isEmpty()) {
      fail(mismatches.size() + " disagreements:\n" + String.join("\n", mismatches));
    }
    assertTrue(allowed > 100 && denied > 100, "the fixture exercises both outcomes: " + allowed + " allowed, " + denied + " denied");
  }

  /** The predicate evaluated by the owner, who bypasses RLS. */
  private TreeSet<String> select(Model model, BoundPredicate predicate) throws SQLException {
    String pk = Dialect.POSTGRES.quote(Paths.primaryKey(model).column());
    try (PreparedStatement query = db.connection().prepareStatement("SELECT CAST(\"r\"." + pk + " AS text) FROM "
        + Dialect.POSTGRES.quote(model.table()) + " AS \"r\" WHERE " + predicate.sql())) {
      predicate.bindTo(query, 1);
      return ids(query);
    }
  }

  /** What the non-owner role may do under RLS, each attempt rolled back. */
  private TreeSet<String> rls(Model model, Action action, UserContext user) throws SQLException {
    Connection c = db.connection();
    String table = Dialect.POSTGRES.quote(model.table());
    String pk = Dialect.POSTGRES.quote(Paths.primaryKey(model).column());
    TreeSet<String> result = new TreeSet<>();
    c.setAutoCommit(false);
    try {
      switch (action) {
        case READ -> {
          become(user);
          result.addAll(ids(c.prepareStatement("SELECT CAST(" + pk + " AS text) FROM " + table)));
        }
        case UPDATE -> {
          become(user);
          db.execute("UPDATE " + table + " SET " + Dialect.POSTGRES.quote(Naming.column(model, MARKER.get(model.name())))
              + " = 'lf-marker'");
          db.execute("RESET ROLE");
          result.addAll(ids(c.prepareStatement("SELECT CAST(" + pk + " AS text) FROM " + table + " WHERE "
              + Dialect.POSTGRES.quote(Naming.column(model, MARKER.get(model.name()))) + " = 'lf-marker'")));
        }
        case DELETE -> {
          TreeSet<String> before = ids(c.prepareStatement("SELECT CAST(" + pk + " AS text) FROM " + table));
          become(user);
          db.execute("DELETE FROM " + table);
          db.execute("RESET ROLE");
          before.removeAll(ids(c.prepareStatement("SELECT CAST(" + pk + " AS text) FROM " + table)));
          result.addAll(before);
        }
        case CREATE -> {
          for (Map<String, Object> row : data.rows(model.name())) {
            String id = (String) PolicyDataset.id(model, row);
            db.execute("SAVEPOINT attempt");
            db.execute("DELETE FROM " + table + " WHERE " + pk + " = '" + id + "'");
            become(user);
            try {
              PolicyDataset.insert(c, Dialect.POSTGRES, schema, model, row);
              result.add(id);
            } catch (SQLException e) {
              if (!"42501".equals(e.getSQLState())) {
                throw e;
              }
            }
            db.execute("ROLLBACK TO SAVEPOINT attempt");
          }
        }
      }
    } finally {
      c.rollback();
      c.setAutoCommit(true);
    }
    return result;
  }

  private void become(UserContext user) throws SQLException {
    db.execute("SET LOCAL ROLE " + role);
    Contexts.set(db.connection(), user);
  }

  private static TreeSet<String> ids(PreparedStatement query) throws SQLException {
    try (query; ResultSet rows = query.executeQuery()) {
      TreeSet<String> ids = new TreeSet<>();
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
      return ids;
    }
  }

  /** Column names by field name. */
  private static final class Naming {
    static String column(Model model, String field) {
      return model.field(field).orElseThrow().column();
    }
  }
}
