package dev.laforge.backend.policy;

import static dev.laforge.backend.testing.FieldBuilder.enumField;
import static dev.laforge.backend.testing.FieldBuilder.field;
import static dev.laforge.backend.testing.ModelBuilder.model;
import static dev.laforge.backend.testing.PolicyExprs.and;
import static dev.laforge.backend.testing.PolicyExprs.array;
import static dev.laforge.backend.testing.PolicyExprs.bool;
import static dev.laforge.backend.testing.PolicyExprs.eq;
import static dev.laforge.backend.testing.PolicyExprs.every;
import static dev.laforge.backend.testing.PolicyExprs.ge;
import static dev.laforge.backend.testing.PolicyExprs.gt;
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

import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.Expr;
import dev.laforge.backend.ir.Policy;
import dev.laforge.backend.ir.Relation.OnDelete;
import dev.laforge.backend.ir.ScalarType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The evaluator's truth tables: Kleene logic over NULL, two-valued hops and collections, context
 * decoding and the verdict texts. {@link Truth} values are read from a policy's verdict through
 * {@code check}, which evaluates {@code p}, {@code !p} and reports TRUE, FALSE or UNKNOWN.
 */
class PolicyEvaluatorTest {

  static final String TENANT = "11111111-1111-4111-8111-111111111111";
  static final String OTHER = "22222222-2222-4222-8222-222222222222";
  static final String ME = "33333333-3333-4333-8333-333333333333";
  static final UserContext USER = new UserContext(ME, TENANT, "member", List.of("member"), null);

  @ParameterizedTest(name = "{0} && {1} = {2}, {0} || {1} = {3}")
  @CsvSource({
      "TRUE, TRUE, TRUE, TRUE", "TRUE, FALSE, FALSE, TRUE", "TRUE, UNKNOWN, UNKNOWN, TRUE",
      "FALSE, TRUE, FALSE, TRUE", "FALSE, FALSE, FALSE, FALSE", "FALSE, UNKNOWN, FALSE, UNKNOWN",
      "UNKNOWN, TRUE, UNKNOWN, TRUE", "UNKNOWN, FALSE, FALSE, UNKNOWN", "UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN"})
  void andOrAreKleene(Truth a, Truth b, Truth and, Truth or) {
    Expr x = eq(rec("x"), bool(true));
    Expr y = eq(rec("y"), bool(true));
    assertEquals(and, truth(and(x, y), row("x", flag(a), "y", flag(b))));
    assertEquals(or, truth(or(x, y), row("x", flag(a), "y", flag(b))));
    assertEquals(a.not(), truth(not(x), row("x", flag(a))));
  }

  @Test
  void comparisonsWithNullAreUnknownButNullLiteralsTestForNull() {
    Map<String, Object> empty = row("x", null, "n", null, "title", null);
    assertEquals(Truth.UNKNOWN, truth(eq(rec("title"), str("a")), empty));
    assertEquals(Truth.UNKNOWN, truth(ne(rec("title"), str("a")), empty));
    assertEquals(Truth.UNKNOWN, truth(not(eq(rec("title"), str("a"))), empty));
    assertEquals(Truth.TRUE, truth(eq(rec("title"), nul()), empty));
    assertEquals(Truth.FALSE, truth(ne(rec("title"), nul()), empty));
    assertEquals(Truth.FALSE, truth(eq(rec("title"), nul()), row("title", "a")));
    assertEquals(Truth.TRUE, truth(eq(nul(), nul()), empty));
    assertEquals(Truth.UNKNOWN, truth(rec("x"), empty), "a NULL boolean field is UNKNOWN");
    assertEquals(Truth.UNKNOWN, truth(includes(array(str("a"), str("b")), rec("title")), empty));
    assertEquals(Truth.TRUE, truth(includes(array(str("a"), nul()), rec("title")), empty), "[.., null].includes(x) tests x == null");
    assertEquals(Truth.FALSE, truth(includes(array(), rec("title")), empty));
  }

  @Test
  void relationHopsAreFalseWhenTheRowIsMissingUnreadableOrOutsideTheTenant() {
    Expr authorIsMe = eq(rec("author", "id"), user("id"));
    Expr notNamedAda = not(eq(rec("author", "name"), str("Ada")));
    Map<String, Object> me = row("id", ME, "tenantId", TENANT, "name", null, "active", true);
    assertEquals(Truth.TRUE, truth(authorIsMe, row("author", me)));
    assertEquals(Truth.FALSE, truth(authorIsMe, row("author", null)), "no author row");
    assertEquals(Truth.FALSE, truth(authorIsMe, row("author", row("id", ME, "tenantId", OTHER, "active", true))),
        "author in another tenant");
    assertEquals(Truth.FALSE, truth(authorIsMe, row("author", row("id", ME, "tenantId", TENANT, "active", false))),
        "author the user may not read");
    assertEquals(Truth.TRUE, truth(notNamedAda, row("author", me)), "a NULL name makes the hop FALSE, so its negation is TRUE");
    assertEquals(Truth.TRUE, truth(notNamedAda, row("author", null)));
    assertEquals(Truth.TRUE, truth(eq(rec("author"), user("id")), row("authorId", ME)), "record.author is the FK: no hop");
    assertEquals(Truth.UNKNOWN, truth(eq(rec("authorId"), user("id")), row("authorId", null)));
  }

  @Test
  void collectionsCountOnlyReadableRowsAndAreTwoValued() {
    Expr anyApproved = some(rec("comments"), "c", eq(var("c", "approved"), bool(true)));
    Expr allApproved = every(rec("comments"), "c", eq(var("c", "approved"), bool(true)));
    Map<String, Object> yes = row("id", "c1", "tenantId", TENANT, "approved", true);
    Map<String, Object> unknown = row("id", "c2", "tenantId", TENANT, "approved", null);
    Map<String, Object> foreign = row("id", "c3", "tenantId", OTHER, "approved", false);
    assertEquals(Truth.FALSE, truth(anyApproved, row("comments", List.of())));
    assertEquals(Truth.TRUE, truth(allApproved, row("comments", List.of())), "every over no rows");
    assertEquals(Truth.TRUE, truth(anyApproved, row("comments", List.of(yes, unknown))));
    assertEquals(Truth.FALSE, truth(allApproved, row("comments", List.of(yes, unknown))), "UNKNOWN is not TRUE");
    assertEquals(Truth.TRUE, truth(allApproved, row("comments", List.of(yes, foreign))), "rows of another tenant do not count");
    assertEquals(Truth.FALSE, truth(not(anyApproved), row("comments", List.of(yes))));
    assertEquals(Truth.TRUE, truth(includes(rec("comments"), str("c1")), row("comments", List.of(yes))));
    assertEquals(Truth.FALSE, truth(includes(rec("comments"), str("c3")), row("comments", List.of(yes, foreign))));
  }

  @Test
  void contextListsAreUnknownWhenUnset() {
    Expr admin = includes(user("roles"), str("admin"));
    UserContext none = new UserContext(ME, TENANT, null, null, null);
    UserContext empty = new UserContext(ME, TENANT, null, List.of(), List.of());
    UserContext admins = new UserContext(ME, TENANT, null, List.of("member", "admin"), null);
    assertEquals(Truth.UNKNOWN, truth(admin, row(), none));
    assertEquals(Truth.UNKNOWN, truth(admin, row(), empty), "an empty list is an unset list");
    assertEquals(Truth.UNKNOWN, truth(not(admin), row(), none), "so !includes denies without roles");
    assertEquals(Truth.TRUE, truth(admin, row(), admins));
    assertEquals(Truth.FALSE, truth(includes(user("roles"), str("editor")), row(), admins));
    assertEquals(Truth.TRUE, truth(includes(user("roles"), rec("title")), row("title", "admin"), admins));
    assertEquals(Truth.UNKNOWN, truth(includes(user("roles"), rec("title")), row("title", null), admins));
    assertEquals(Truth.UNKNOWN, truth(some(user("roles"), "r", eq(var("r"), str("admin"))), row(), none));
    assertEquals(Truth.TRUE, truth(some(user("roles"), "r", eq(var("r"), str("admin"))), row(), admins));
    assertEquals(Truth.FALSE, truth(every(user("roles"), "r", eq(var("r"), str("admin"))), row(), admins));
    assertEquals(Truth.TRUE, truth(some(array(str("x"), str("admin")), "r", includes(user("roles"), var("r"))), row(), admins));
  }

  @Test
  void contextValuesAreDecodedLikeTheSettings() {
    Expr mine = eq(rec("ownerId"), user("id"));
    assertEquals(Truth.TRUE, truth(mine, row("ownerId", ME), new UserContext(ME.toUpperCase(), TENANT, null, null, null)));
    assertEquals(Truth.UNKNOWN, truth(mine, row("ownerId", ME), new UserContext("", TENANT, null, null, null)));
    assertEquals(Truth.UNKNOWN, truth(mine, row("ownerId", "x"), new UserContext("x", TENANT, null, null, null)),
        "a malformed uuid is NULL");
    assertEquals(Truth.UNKNOWN, truth(eq(user("role"), str("")), row(), new UserContext(ME, TENANT, "", null, null)));
    assertEquals(Map.of(UserContext.USER_ID, "", UserContext.TENANT_ID, TENANT, UserContext.USER_ROLE, "",
        UserContext.USER_ROLES, "a,b", UserContext.USER_CLAIMS, ""),
        new UserContext(null, TENANT, null, Arrays.asList("a", null, "b"), null).settings());
  }

  @Test
  void valuesCompareByTypeTextByCodePointDatesByTime() {
    assertEquals(Truth.FALSE, truth(eq(rec("title"), str("Admin")), row("title", "admin")), "case matters");
    assertEquals(Truth.FALSE, truth(eq(rec("title"), str("a ")), row("title", "a")), "trailing spaces matter");
    assertEquals(Truth.TRUE, truth(lt(rec("title"), str("é")), row("title", "z")), "code point order");
    assertEquals(Truth.TRUE, truth(lt(rec("title"), str("😀")), row("title", "\uffff")), "code points, not UTF-16 units");
    assertEquals(Truth.TRUE, truth(eq(rec("score"), num("2")), row("score", new BigDecimal("2.00"))));
    assertEquals(Truth.TRUE, truth(eq(rec("score"), num("2")), row("score", 2L)));
    assertEquals(Truth.TRUE, truth(eq(rec("ratio"), num("0.1")), row("ratio", 0.1d)));
    assertEquals(Truth.TRUE, truth(eq(rec("status"), str("draft")), row("status", "draft")));
    assertEquals(Truth.FALSE, truth(eq(rec("status"), str("nope")), row("status", "draft")));
    assertEquals(Truth.TRUE, truth(eq(rec("ownerId"), str(ME.toUpperCase())), row("ownerId", ME)), "uuid literals by value");
    assertEquals(Truth.FALSE, truth(eq(rec("ownerId"), str("not-a-uuid")), row("ownerId", ME)));
    Expr after = gt(rec("at"), str("2024-01-01T00:00:00Z"));
    assertEquals(Truth.TRUE, truth(after, row("at", "2024-01-01T01:00:00+00:30")));
    assertEquals(Truth.FALSE, truth(after, row("at", "2024-01-01T01:00:00+01:00")), "the same instant is not after");
    assertEquals(Truth.FALSE, truth(after, row("at", "2024-01-01")), "a date is midnight UTC");
    assertEquals(Truth.UNKNOWN, truth(gt(rec("at"), str("2024-13-01")), row("at", "2024-01-01")), "a malformed literal");
    assertEquals(Truth.TRUE, truth(ge(rec("day"), str("2024-02-29")), row("day", "2024-03-01")));
    assertEquals(Truth.TRUE, truth(lt(rec("day"), rec("at")), row("day", "2024-03-01", "at", "2024-03-01T00:00:01Z")));
  }

  @Test
  void verdictsSayWhichClauseDecided() {
    Domain blog = dev.laforge.backend.testing.SampleDomains.blog();
    PolicyEvaluator evaluator = new PolicyEvaluator();
    Map<String, Object> post = row("id", OTHER, "tenantId", TENANT, "published", true);
    UserContext editor = new UserContext(ME, TENANT, "editor", null, null);
    assertEquals("policy Post.read: record.published == true || record.tenantId == user.tenantId",
        evaluator.evaluate(blog, "Post", Action.READ, post, editor).decidedBy());
    assertEquals("permission create: editor | admin if user.tenantId == record.tenantId",
        evaluator.evaluate(blog, "Post", Action.CREATE, post, editor).decidedBy());
    Verdict delete = evaluator.evaluate(blog, "Post", Action.DELETE, post, editor);
    assertEquals(false, delete.allowed());
    assertEquals("no rule for Post.delete holds: permission delete: admin is unknown", delete.decidedBy());
    assertEquals("no policy for Post.update: allowed within the tenant",
        evaluator.evaluate(blog, "Post", Action.UPDATE, post, editor).decidedBy());
    assertEquals("no policy or permission for Tag.delete: denied",
        evaluator.evaluate(blog, "Tag", Action.DELETE, row("id", OTHER), editor).decidedBy());
    assertEquals("tenant guard: record.tenantId != user.tenantId",
        evaluator.evaluate(blog, "Post", Action.READ, row("tenantId", OTHER, "published", true), editor).decidedBy());
    assertEquals("tenant guard: user.tenantId is not set",
        evaluator.evaluate(blog, "Post", Action.READ, post, UserContext.ANONYMOUS).decidedBy());
    assertEquals("[tenant guard: record.tenantId == user.tenantId -> true, permission delete: admin -> unknown]",
        delete.outcomes().toString());
  }

  /** The truth of {@code expr} as Thing's read policy on {@code row}, for {@link #USER}. */
  static Truth truth(Expr expr, Map<String, Object> row) {
    return truth(expr, row, USER);
  }

  static Truth truth(Expr expr, Map<String, Object> row, UserContext user) {
    PolicyEvaluator evaluator = new PolicyEvaluator();
    Domain domain = domain(expr);
    boolean allowed = evaluator.evaluate(domain, "Thing", Action.READ, row, user).allowed();
    boolean negationAllowed = evaluator.evaluate(domain(not(expr)), "Thing", Action.READ, row, user).allowed();
    return allowed ? Truth.TRUE : negationAllowed ? Truth.FALSE : Truth.UNKNOWN;
  }

  /** Thing (no tenant, read policy {@code expr}), with an author and comments that have tenants. */
  static Domain domain(Expr readPolicy) {
    EnumType status = new EnumType("Status", "status", List.of("draft", "done"), null);
    var thing = model("Thing")
        .field(field("id", ScalarType.UUID).pk())
        .field(field("title", ScalarType.STRING).optional())
        .field(field("x", ScalarType.BOOLEAN).optional())
        .field(field("y", ScalarType.BOOLEAN).optional())
        .field(field("flag", ScalarType.BOOLEAN).optional())
        .field(field("score", ScalarType.DECIMAL).optional())
        .field(field("ratio", ScalarType.FLOAT).optional())
        .field(enumField("status", "Status").optional())
        .field(field("ownerId", ScalarType.UUID).optional())
        .field(field("at", ScalarType.DATETIME).optional())
        .field(field("day", ScalarType.DATE).optional())
        .belongsTo("author", "Person", OnDelete.SET_NULL, true)
        .hasMany("comments", "Note", "thingId")
        .policy(new Policy("Thing", Action.READ, readPolicy))
        .build();
    var person = model("Person")
        .field(field("id", ScalarType.UUID).pk())
        .field(field("tenantId", ScalarType.UUID).tenant())
        .field(field("name", ScalarType.STRING).optional())
        .field(field("active", ScalarType.BOOLEAN).optional())
        .policy(new Policy("Person", Action.READ, eq(rec("active"), bool(true))))
        .build();
    var note = model("Note")
        .field(field("id", ScalarType.STRING).pk())
        .field(field("tenantId", ScalarType.UUID).tenant())
        .field(field("approved", ScalarType.BOOLEAN).optional())
        .field(field("thingId", ScalarType.UUID))
        .build();
    return new Domain(List.of(status), List.of(note, person, thing), null);
  }

  static Map<String, Object> row(Object... fieldsAndValues) {
    Map<String, Object> row = new HashMap<>();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      row.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
    }
    return row;
  }

  private static Boolean flag(Truth t) {
    return t == Truth.UNKNOWN ? null : t == Truth.TRUE;
  }
}
