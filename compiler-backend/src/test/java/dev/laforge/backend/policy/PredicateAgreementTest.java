package dev.laforge.backend.policy;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.mysql.MySqlDdlWriter;
import dev.laforge.backend.sql.sqlite.SqliteDdlWriter;
import dev.laforge.backend.testing.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The evaluator and the predicates agree on real MariaDB and SQLite, over the schemas their DDL
 * writers create (uuids and enums as text, booleans as 0/1, date-times as DATETIME(6) or text):
 * for every user, model, action and row of {@link PolicyBlogFixture}.
 */
class PredicateAgreementTest {

  @Test
  void evaluatorAndPredicatesAgreeOnMariaDb() throws SQLException {
    try (TestDatabases.MariaDbDatabase db = TestDatabases.mariadbDatabase()) {
      PolicyDataset data = PolicyBlogFixture.dataset();
      db.execute(MySqlDdlWriter.write(data.domain));
      data.insertInto(db.connection(), Dialect.MYSQL);
      agree(db.connection(), Dialect.MYSQL, data);
    }
  }

  @Test
  void evaluatorAndPredicatesAgreeOnSqlite() throws SQLException {
    try (Connection db = TestDatabases.sqlite()) {
      PolicyDataset data = PolicyBlogFixture.dataset();
      try (Statement statement = db.createStatement()) {
        statement.executeUpdate(SqliteDdlWriter.write(data.domain));
      }
      data.insertInto(db, Dialect.SQLITE);
      agree(db, Dialect.SQLITE, data);
    }
  }

  /** Also on PostgreSQL, for the predicate form alone (RLS is compared in {@link PostgresPolicyAgreementTest}). */
  static void agree(Connection db, Dialect dialect, PolicyDataset data) throws SQLException {
    AccessRules rules = AccessRules.of(data.domain);
    PolicyEvaluator evaluator = new PolicyEvaluator();
    PredicateCompiler predicates = new PredicateCompiler(rules, dialect);
    List<String> mismatches = new ArrayList<>();
    int allowed = 0;
    for (Map.Entry<String, UserContext> user : PolicyBlogFixture.users().entrySet()) {
      for (Model model : data.domain.models()) {
        for (Action action : Action.values()) {
          TreeSet<String> byEvaluator = new TreeSet<>();
          for (Map<String, Object> row : data.rows(model.name())) {
            if (evaluator.evaluate(rules, model.name(), action, data.record(model, row), user.getValue()).allowed()) {
              byEvaluator.add((String) PolicyDataset.id(model, row));
            }
          }
          allowed += byEvaluator.size();
          BoundPredicate predicate = predicates.predicate(model.name(), action, "r").bind(user.getValue());
          TreeSet<String> byPredicate = new TreeSet<>();
          try (PreparedStatement query = db.prepareStatement("SELECT " + dialect.quote("r") + "."
              + dialect.quote(Paths.primaryKey(model).column()) + " FROM " + dialect.quote(model.table()) + " AS "
              + dialect.quote("r") + " WHERE " + predicate.sql())) {
            predicate.bindTo(query, 1);
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                byPredicate.add(rows.getString(1));
              }
            }
          }
          if (!byEvaluator.equals(byPredicate)) {
            mismatches.add(user.getKey() + " " + model.name() + "." + action.keyword() + ": evaluator " + byEvaluator
                + ", predicate " + byPredicate + "\n  " + predicate.sql() + " " + predicate.params());
          }
        }
      }
    }
    if (!mismatches.isEmpty()) {
      fail(dialect.id() + ": " + mismatches.size() + " disagreements:\n" + String.join("\n", mismatches));
    }
    assertTrue(allowed > 100, "the fixture allows something: " + allowed);
  }
}
