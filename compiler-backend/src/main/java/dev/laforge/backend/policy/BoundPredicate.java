package dev.laforge.backend.policy;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A predicate for one user: SQL text whose {@code ?} placeholders take {@code params} in order.
 * Context values only ever travel as parameters, never inside the text.
 *
 * @param sql a boolean condition, e.g. for {@code SELECT ... FROM "posts" AS "r" WHERE <sql>}
 * @param params Strings (uuids in lower case), Booleans, or nulls
 */
public record BoundPredicate(String sql, List<Object> params) {

  public BoundPredicate {
    params = Collections.unmodifiableList(new ArrayList<>(params));
  }

  /**
   * Sets the parameters on a statement from {@code firstIndex} (1-based) and returns the next free
   * index, so a predicate can follow other parameters of the same statement.
   */
  public int bindTo(PreparedStatement statement, int firstIndex) throws SQLException {
    int index = firstIndex;
    for (Object param : params) {
      if (param == null) {
        statement.setNull(index, Types.VARCHAR);
      } else if (param instanceof Boolean b) {
        statement.setBoolean(index, b);
      } else {
        statement.setString(index, param.toString());
      }
      index++;
    }
    return index;
  }
}
