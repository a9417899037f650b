package dev.laforge.backend.migrate;

import dev.laforge.backend.naming.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One PostgreSQL row-level-security policy in parts, as the generated script states it or as
 * {@code pg_policies} shows it: which command, permissive or restrictive, the roles, and the
 * {@code USING} and {@code WITH CHECK} expressions (null when absent).
 *
 * @param command ALL, SELECT, INSERT, UPDATE or DELETE
 * @param roles the roles it applies to, sorted; {@code public} for everyone
 * @param sql the whole {@code CREATE POLICY} statement
 */
public record PolicyDefinition(
    String table, String name, String command, boolean permissive, List<String> roles, String using, String withCheck,
    String sql) {

  public PolicyDefinition {
    roles = roles.stream().sorted().toList();
  }

  /** A definition whose statement is rebuilt from its parts (as for a policy read from a database). */
  public static PolicyDefinition of(String table, String name, String command, boolean permissive, List<String> roles,
      String using, String withCheck) {
    Dialect pg = Dialect.POSTGRES;
    StringBuilder sql = new StringBuilder("CREATE POLICY ").append(pg.quote(name)).append(" ON ").append(pg.quote(table))
        .append(permissive ? " AS PERMISSIVE" : " AS RESTRICTIVE").append(" FOR ").append(command);
    List<String> sorted = roles.stream().sorted().toList();
    if (!sorted.equals(List.of("public"))) {
      sql.append(" TO ").append(String.join(", ", sorted.stream().map(pg::quote).toList()));
    }
    if (using != null) {
      sql.append("\n  USING (").append(using).append(")");
    }
    if (withCheck != null) {
      sql.append("\n  WITH CHECK (").append(withCheck).append(")");
    }
    return new PolicyDefinition(table, name, command, permissive, roles, using, withCheck, sql.append(';').toString());
  }

  /** The restrictive tenant guard, whose removal opens a table to every tenant. */
  public boolean restrictive() {
    return !permissive;
  }

  /** The parts in which {@code other} differs, e.g. {@code [USING, WITH CHECK]}; empty when none. */
  public List<String> differences(PolicyDefinition other) {
    List<String> parts = new ArrayList<>();
    if (!command.equals(other.command)) {
      parts.add("command");
    }
    if (permissive != other.permissive) {
      parts.add("PERMISSIVE/RESTRICTIVE");
    }
    if (!roles.equals(other.roles)) {
      parts.add("roles");
    }
    if (!Objects.equals(using, other.using)) {
      parts.add("USING");
    }
    if (!Objects.equals(withCheck, other.withCheck)) {
      parts.add("WITH CHECK");
    }
    return parts;
  }
}
