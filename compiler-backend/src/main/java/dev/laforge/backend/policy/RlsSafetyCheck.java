package dev.laforge.backend.policy;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A static check of RLS text, ours or hand-edited (research: "security and migration safety", §2
 * and acceptance items 2 and 4): every table has ENABLE and FORCE ROW LEVEL SECURITY and nothing
 * switches either off; no policy tests a context value with {@code IS NULL OR}, which fails open;
 * every context call in a policy is wrapped as {@code (SELECT fn())}, so it runs once per
 * statement; no policy reads {@code current_setting} directly, around the functions that turn
 * missing and malformed values into NULL. Comments and string literals are ignored.
 */
public final class RlsSafetyCheck {

  private static final Dialect PG = Dialect.POSTGRES;
  private static final Pattern CONTEXT_CALL = Pattern.compile(
      "\\b(" + String.join("|", RlsFunctions.NAMES) + "|current_setting)\\s*\\(", Pattern.CASE_INSENSITIVE);
  private static final Pattern IS_NULL = Pattern.compile("\\bIS\\s+NULL\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern POLICY = Pattern.compile("^CREATE\\s+POLICY\\s+(\"(?:[^\"]|\"\")*\"|\\S+)",
      Pattern.CASE_INSENSITIVE);

  private RlsSafetyCheck() {}

  /** One problem: the table or policy concerned and what is wrong. */
  public record Violation(String subject, String message) {
    @Override
    public String toString() {
      return subject + ": " + message;
    }
  }

  /** Checks {@code rls} against every table of the domain's PostgreSQL schema. */
  public static List<Violation> check(Domain domain, String rls) {
    return check(SqlSchema.of(domain, PG).tables().stream().map(SqlSchema.Table::name).toList(), rls);
  }

  public static List<Violation> check(Collection<String> tables, String rls) {
    List<String> statements = SqlText.statements(rls);
    // Only statements that start with ALTER can match alterTable's pattern: the tables are checked
    // against those alone, each with its pattern compiled once (not once per statement).
    List<String> alters = statements.stream().filter(s -> s.regionMatches(true, 0, "ALTER", 0, 5)).toList();
    List<Violation> violations = new ArrayList<>();
    for (String table : tables) {
      for (String state : List.of("ENABLE", "FORCE")) {
        Pattern alter = alterTable(table, state + " ROW LEVEL SECURITY");
        if (alters.stream().noneMatch(s -> alter.matcher(s).matches())) {
          violations.add(new Violation(table, "no ALTER TABLE ... " + state + " ROW LEVEL SECURITY"));
        }
      }
      for (String off : List.of("DISABLE ROW LEVEL SECURITY", "NO FORCE ROW LEVEL SECURITY")) {
        Pattern alter = alterTable(table, off);
        if (alters.stream().anyMatch(s -> alter.matcher(s).matches())) {
          violations.add(new Violation(table, "ALTER TABLE ... " + off + " switches row-level security off"));
        }
      }
    }
    for (String statement : statements) {
      Matcher policy = POLICY.matcher(statement);
      if (policy.find()) {
        checkPolicy(policy.group(1), statement, violations);
      }
    }
    return violations;
  }

  /** {@code ALTER TABLE <table> <clause>}, the table quoted or (a plain lower-case name) not, in any case. */
  private static Pattern alterTable(String table, String clause) {
    String name = "(?:" + Pattern.quote(PG.quote(table))
        + (table.matches("[a-z_][a-z0-9_]*") ? "|" + Pattern.quote(table) : "") + ")";
    return Pattern.compile("^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?(?:\\S+\\.)?" + name + "\\s+"
        + clause.replace(" ", "\\s+") + "$", Pattern.CASE_INSENSITIVE);
  }

  private static void checkPolicy(String name, String statement, List<Violation> violations) {
    Matcher call = CONTEXT_CALL.matcher(statement);
    while (call.find()) {
      String function = call.group(1).toLowerCase(Locale.ROOT);
      if (function.equals("current_setting")) {
        violations.add(new Violation(name, "reads current_setting directly instead of through the laforge_ context functions"));
      } else if (!statement.substring(0, call.start()).stripTrailing().toUpperCase(Locale.ROOT).matches("(?s).*\\(\\s*SELECT")) {
        violations.add(new Violation(name, "calls " + function + "() without wrapping it as (SELECT " + function + "(...))"));
      }
    }
    Matcher isNull = IS_NULL.matcher(statement);
    while (isNull.find()) {
      int operandStart = SqlText.operandStart(statement, isNull.start());
      String operand = statement.substring(operandStart, isNull.start());
      if (!CONTEXT_CALL.matcher(operand).find()) {
        continue;
      }
      if (SqlText.wordAfter(statement, isNull.end()).equals("OR") || SqlText.wordBefore(statement, operandStart).equals("OR")) {
        violations.add(new Violation(name, "`" + operand.strip() + " IS NULL` joined with OR lets a missing context through (fails open)"));
      }
    }
  }
}
