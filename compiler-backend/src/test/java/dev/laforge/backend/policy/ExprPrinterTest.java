package dev.laforge.backend.policy;

import static dev.laforge.backend.testing.PolicyExprs.and;
import static dev.laforge.backend.testing.PolicyExprs.array;
import static dev.laforge.backend.testing.PolicyExprs.bool;
import static dev.laforge.backend.testing.PolicyExprs.eq;
import static dev.laforge.backend.testing.PolicyExprs.every;
import static dev.laforge.backend.testing.PolicyExprs.includes;
import static dev.laforge.backend.testing.PolicyExprs.lt;
import static dev.laforge.backend.testing.PolicyExprs.ne;
import static dev.laforge.backend.testing.PolicyExprs.not;
import static dev.laforge.backend.testing.PolicyExprs.nul;
import static dev.laforge.backend.testing.PolicyExprs.num;
import static dev.laforge.backend.testing.PolicyExprs.or;
import static dev.laforge.backend.testing.PolicyExprs.rec;
import static dev.laforge.backend.testing.PolicyExprs.some;
import static dev.laforge.backend.testing.PolicyExprs.str;
import static dev.laforge.backend.testing.PolicyExprs.user;
import static dev.laforge.backend.testing.PolicyExprs.var;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.laforge.backend.ir.Expr;
import dev.laforge.backend.ir.Policy;
import dev.laforge.backend.testing.PolicySampleDomains;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Printing in Forge syntax, with only the parentheses precedence needs, and parsing it back. */
class ExprPrinterTest {

  @Test
  void printsEachConstructInForgeSyntax() {
    assertEquals("record.published == true", ExprPrinter.print(eq(rec("published"), bool(true))));
    assertEquals("record.author.team.name != \"core\"", ExprPrinter.print(ne(rec("author", "team", "name"), str("core"))));
    assertEquals("record.score < 1.50", ExprPrinter.print(lt(rec("score"), num("1.50"))));
    assertEquals("record.x == null", ExprPrinter.print(eq(rec("x"), nul())));
    assertEquals("user.roles.includes(\"admin\")", ExprPrinter.print(includes(user("roles"), str("admin"))));
    assertEquals("record.tags.some(t => t.name == \"x\")", ExprPrinter.print(some(rec("tags"), "t", eq(var("t", "name"), str("x")))));
    assertEquals("[\"a\", \"b\"].includes(record.status)", ExprPrinter.print(includes(array(str("a"), str("b")), rec("status"))));
    assertEquals("record", ExprPrinter.print(rec()));
  }

  @Test
  void parenthesesOnlyWherePrecedenceNeedsThem() {
    Expr a = eq(rec("a"), bool(true));
    Expr b = eq(rec("b"), bool(true));
    Expr c = eq(rec("c"), bool(true));
    assertEquals("record.a == true || record.b == true && record.c == true", ExprPrinter.print(or(a, and(b, c))));
    assertEquals("(record.a == true || record.b == true) && record.c == true", ExprPrinter.print(and(or(a, b), c)));
    assertEquals("record.a == true || (record.b == true || record.c == true)",
        ExprPrinter.print(new Expr.Logical(Expr.LogicalOp.OR, a, or(b, c))));
    assertEquals("!(record.a == true)", ExprPrinter.print(not(a)));
    assertEquals("!!record.flag", ExprPrinter.print(not(not(rec("flag")))));
    assertEquals("(record.a == true) == false", ExprPrinter.print(eq(a, bool(false))));
  }

  @Test
  void escapesStringsSoTheyReadBackExactly() {
    String nasty = "quote \" backslash \\ newline \n tab \t cr \r nul \u0000 bell \u0007 é 😀";
    Expr e = eq(rec("title"), str(nasty));
    assertEquals("record.title == \"quote \\\" backslash \\\\ newline \\n tab \\t cr \\r nul \\u0000 bell \\u0007 é 😀\"",
        ExprPrinter.print(e));
    assertEquals(e, ForgeExprParser.parse(ExprPrinter.print(e)));
  }

  @Test
  void everyPolicyOfThePolicyBlogRoundTrips() {
    List<Expr> all = new ArrayList<>();
    PolicySampleDomains.blog().models().forEach(m -> m.policies().stream().map(Policy::expression).forEach(all::add));
    PolicySampleDomains.blog().rbac().permissions().stream().filter(p -> p.condition() != null).forEach(p -> all.add(p.condition()));
    for (Expr e : all) {
      assertEquals(e, ForgeExprParser.parse(ExprPrinter.print(e)), ExprPrinter.print(e));
    }
  }

  @Test
  void randomExpressionsRoundTrip() {
    Random random = new Random(20240501L);
    for (int i = 0; i < 2000; i++) {
      Expr e = randomBoolean(random, 4);
      String printed = ExprPrinter.print(e);
      assertEquals(e, ForgeExprParser.parse(printed), printed);
    }
  }

  private static Expr randomBoolean(Random random, int depth) {
    int choice = random.nextInt(depth <= 0 ? 3 : 9);
    return switch (choice) {
      case 0 -> eq(randomValue(random), randomValue(random));
      case 1 -> new Expr.Compare(Expr.CompareOp.values()[random.nextInt(6)], randomValue(random), randomValue(random));
      case 2 -> includes(random.nextBoolean() ? user("roles") : array(str("a"), num("2")), randomValue(random));
      case 3 -> new Expr.Logical(random.nextBoolean() ? Expr.LogicalOp.AND : Expr.LogicalOp.OR,
          randomBoolean(random, depth - 1), randomBoolean(random, depth - 1));
      case 4 -> not(randomBoolean(random, depth - 1));
      case 5 -> some(rec("tags"), "t", randomBoolean(random, depth - 1));
      case 6 -> every(var("t", "children"), "c", randomBoolean(random, depth - 1));
      case 7 -> eq(randomBoolean(random, depth - 1), bool(random.nextBoolean()));
      default -> rec("flag");
    };
  }

  private static Expr randomValue(Random random) {
    return switch (random.nextInt(7)) {
      case 0 -> rec("author", "id");
      case 1 -> user(random.nextBoolean() ? "id" : "tenantId");
      case 2 -> str(random.nextBoolean() ? "it's \"x\"" : "");
      case 3 -> num(random.nextBoolean() ? "0" : "12.5");
      case 4 -> nul();
      case 5 -> var("t", "name");
      default -> bool(random.nextBoolean());
    };
  }
}
