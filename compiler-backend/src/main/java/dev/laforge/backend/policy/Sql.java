package dev.laforge.backend.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A piece of SQL and the bind parameters of its {@code ?} placeholders, in order. Pieces are only
 * ever combined through these methods, so text and parameters cannot drift apart.
 */
record Sql(String text, List<Object> params) {

  Sql {
    params = Collections.unmodifiableList(new ArrayList<>(params));
  }

  static Sql of(String text) {
    return new Sql(text, List.of());
  }

  /** A placeholder expression such as {@code CAST(? AS uuid)} bound to {@code value} (may be null). */
  static Sql param(String placeholder, Object value) {
    List<Object> params = new ArrayList<>();
    params.add(value);
    return new Sql(placeholder, params);
  }

  /** Concatenates strings and pieces. */
  static Sql concat(Object... parts) {
    StringBuilder text = new StringBuilder();
    List<Object> params = new ArrayList<>();
    for (Object part : parts) {
      if (part instanceof Sql sql) {
        text.append(sql.text);
        params.addAll(sql.params);
      } else {
        text.append((String) part);
      }
    }
    return new Sql(text.toString(), params);
  }

  static Sql join(String separator, List<Sql> parts) {
    List<Object> all = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        all.add(separator);
      }
      all.add(parts.get(i));
    }
    return concat(all.toArray());
  }
}
