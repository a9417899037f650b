package dev.laforge.language;

import static dev.laforge.language.Marked.clean;
import static dev.laforge.language.Marked.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.Expr;
import dev.laforge.backend.ir.Expr.Collection;
import dev.laforge.backend.ir.Expr.CollectionOp;
import dev.laforge.backend.ir.Expr.Compare;
import dev.laforge.backend.ir.Expr.CompareOp;
import dev.laforge.backend.ir.Expr.Literal;
import dev.laforge.backend.ir.Expr.Logical;
import dev.laforge.backend.ir.Expr.LogicalOp;
import dev.laforge.backend.ir.Expr.RecordPath;
import dev.laforge.backend.ir.Expr.UserAttribute;
import dev.laforge.backend.ir.Expr.VariablePath;
import dev.laforge.backend.ir.Rbac;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** DESIGN §2 policies and RBAC: every body form, operator, literal and collection predicate. */
class ParserPolicyTest {

  static final String DOMAIN = """
      enum Status { draft published }
      model Team {
        id: uuid pk
        tenantId: uuid tenant
        name: string
        org: belongsTo(Org)
        members: manyToMany(User)
        docs: hasMany(Doc)
      }
      model Org {
        id: uuid pk
        tenantId: uuid tenant
        ownerId: uuid
      }
      model User {
        id: uuid pk
        tenantId: uuid tenant
      }
      model Doc {
        id: uuid pk
        tenantId: uuid tenant
        ownerId: uuid
        title: string
        views: int
        published: boolean
        status: Status
        team: belongsTo(Team)
      }
      """;

  static final Expr OWNER_IS_USER = new Compare(CompareOp.EQ, path("ownerId"), new UserAttribute("id"));

  static RecordPath path(String... names) {
    return new RecordPath(List.of(names));
  }

  static Literal string(String s) {
    return Literal.string(s);
  }

  /** Loads the domain plus a {@code policy <model>.read { body }} and returns its expression. */
  static Expr readPolicy(String model, String body) {
    Domain d = clean(DOMAIN + "policy " + model + ".read {\n  " + body + "\n}\n");
    var policies = model(d, model).policies();
    assertEquals(1, policies.size());
    assertEquals(Action.READ, policies.get(0).action());
    return policies.get(0).expression();
  }

  static Expr docPolicy(String body) {
    return readPolicy("Doc", body);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "({ user, record }) => record.ownerId === user.id",
    "({ record, user }) => record.ownerId === user.id",
    "({ record }) => record.ownerId === user.id",
    "({}) => record.ownerId === user.id",
    "(record) => record.ownerId === user.id",
    "(user) => record.ownerId === user.id",
    "() => record.ownerId === user.id",
    "record.ownerId === user.id",
    "{ return record.ownerId === user.id; }",
    "{ return record.ownerId === user.id }",
    "return record.ownerId === user.id;",
    "return record.ownerId === user.id",
    "({ user, record }) => { return record.ownerId === user.id; }",
    "() => return record.ownerId === user.id;",
    "(record.ownerId === user.id)"
  })
  void everyPolicyBodyForm(String body) {
    assertEquals(OWNER_IS_USER, docPolicy(body));
  }

  @ParameterizedTest
  @CsvSource({"===, EQ", "==, EQ", "!==, NE", "!=, NE", "<, LT", "<=, LE", ">, GT", ">=, GE"})
  void everyComparisonOperator(String op, CompareOp expected) {
    assertEquals(new Compare(expected, path("views"), Literal.number(new java.math.BigDecimal("10"))),
        docPolicy("record.views " + op + " 10"));
  }

  @Test
  void logicNegationAndParentheses() {
    Expr e = docPolicy("!(record.published || record.views > 0) && record.title != \"x\" || !record.published");
    Expr inner = new Logical(LogicalOp.OR, path("published"), new Compare(CompareOp.GT, path("views"), Literal.number(java.math.BigDecimal.ZERO)));
    Expr and = new Logical(LogicalOp.AND, new Expr.Not(inner), new Compare(CompareOp.NE, path("title"), string("x")));
    assertEquals(new Logical(LogicalOp.OR, and, new Expr.Not(path("published"))), e);
  }

  @Test
  void andBindsTighterThanOr() {
    assertEquals(new Logical(LogicalOp.OR, path("published"), new Logical(LogicalOp.AND, path("published"), path("published"))),
        docPolicy("record.published || record.published && record.published"));
  }

  @Test
  void literals() {
    Expr e = docPolicy("record.published == true && record.published != false && record.title != null"
        + " && record.title == 'single' && record.views >= 2.5 && record.status == \"draft\"");
    List<Expr> leaves = new java.util.ArrayList<>();
    collectRight(e, leaves);
    assertEquals(List.of(Literal.bool(true), Literal.bool(false), Literal.nullValue(), string("single"),
        Literal.number(new java.math.BigDecimal("2.5")), string("draft")), leaves);
    assertEquals(Literal.bool(true), docPolicy("true"));
    assertEquals(Literal.bool(false), docPolicy("false"));
  }

  /** The right operands of the comparisons of a left-nested chain of &&, in source order. */
  private static void collectRight(Expr e, List<Expr> out) {
    if (e instanceof Logical l) {
      collectRight(l.left(), out);
      collectRight(l.right(), out);
    } else if (e instanceof Compare c) {
      out.add(c.right());
    }
  }

  @Test
  void userContextProperties() {
    Expr e = docPolicy("record.tenantId == user.tenantId && user.role == \"admin\" && record.ownerId == user.id");
    assertEquals(new Compare(CompareOp.EQ, path("tenantId"), new UserAttribute("tenantId")),
        ((Logical) ((Logical) e).left()).left());
    assertEquals(new Compare(CompareOp.EQ, new UserAttribute("role"), string("admin")), ((Logical) ((Logical) e).left()).right());
  }

  @Test
  void relationChainsAndForeignKeyAliases() {
    assertEquals(new Compare(CompareOp.EQ, path("team", "org", "ownerId"), new UserAttribute("id")),
        docPolicy("record.team.org.ownerId == user.id"));
    assertEquals(new Compare(CompareOp.EQ, path("teamId"), path("team", "id")), docPolicy("record.teamId == record.team.id"));
    assertEquals(new Compare(CompareOp.NE, path("team", "name"), string("")), docPolicy("(record.team).name != \"\""));
    Collection some = (Collection) readPolicy("Team", "record.docs.some(d => ((d).team).name == \"a\")");
    assertEquals(new Compare(CompareOp.EQ, new VariablePath("d", List.of("team", "name")), string("a")), some.body());
  }

  @Test
  void someAndEveryOverToManyRelations() {
    Expr some = readPolicy("Team", "record.docs.some(d => d.ownerId == user.id)");
    assertEquals(new Collection(CollectionOp.SOME, path("docs"), "d",
        new Compare(CompareOp.EQ, new VariablePath("d", List.of("ownerId")), new UserAttribute("id")), null), some);
    Expr every = readPolicy("Team", "record.docs.every((d) => d.published && d.team.name == \"a\")");
    Collection c = (Collection) every;
    assertEquals(CollectionOp.EVERY, c.op());
    assertEquals(new Logical(LogicalOp.AND, new VariablePath("d", List.of("published")),
        new Compare(CompareOp.EQ, new VariablePath("d", List.of("team", "name")), string("a"))), c.body());
    assertNull(c.argument());
  }

  @Test
  void includesOverRelationsUserListsAndArrays() {
    assertEquals(new Collection(CollectionOp.INCLUDES, path("members"), null, null, new UserAttribute("id")),
        readPolicy("Team", "record.members.includes(user.id)"));
    assertEquals(new Collection(CollectionOp.INCLUDES, new UserAttribute("roles"), null, null, string("admin")),
        docPolicy("user.roles.includes(\"admin\")"));
    assertEquals(new Collection(CollectionOp.INCLUDES, new UserAttribute("claims"), null, null, string("can.read")),
        docPolicy("user.claims.includes('can.read')"));
    assertEquals(new Collection(CollectionOp.INCLUDES, new Expr.ArrayLiteral(List.of(string("draft"), string("published"))),
        null, null, path("status")), docPolicy("[\"draft\", \"published\"].includes(record.status)"));
    assertEquals(new Collection(CollectionOp.SOME, new UserAttribute("roles"), "r",
        new Compare(CompareOp.EQ, new VariablePath("r", List.of()), string("x")), null), docPolicy("user.roles.some(r => r == \"x\")"));
  }

  @Test
  void rolesClaimsAndPermissions() {
    Domain d = clean(DOMAIN + """
        roles { admin, editor member }
        claims {
          can.publish.posts
          can.manage.users, can.read
          admin: can.manage.users | can.publish.posts
          editor: can.read
        }
        permissions {
          model Doc {
            create: editor | admin if user.tenantId === record.tenantId
            read: member | can.read,
            update: if user.id == record.ownerId
            delete: admin
          }
          model Team { read: can.manage.users }
        }
        """);
    Rbac rbac = d.rbac();
    assertEquals(List.of("admin", "editor", "member"), rbac.roles());
    assertEquals(List.of("can.manage.users", "can.publish.posts", "can.read"), rbac.claims());
    assertEquals(Map.of("admin", List.of("can.manage.users", "can.publish.posts"), "editor", List.of("can.read")), rbac.roleClaims());
    List<Rbac.Permission> doc = rbac.permissions().stream().filter(p -> p.model().equals("Doc")).toList();
    assertEquals(List.of(
        new Rbac.Permission("Doc", Action.CREATE, List.of("editor", "admin"),
            new Compare(CompareOp.EQ, new UserAttribute("tenantId"), path("tenantId"))),
        new Rbac.Permission("Doc", Action.READ, List.of("member", "can.read"), null),
        new Rbac.Permission("Doc", Action.UPDATE, List.of(), new Compare(CompareOp.EQ, new UserAttribute("id"), path("ownerId"))),
        new Rbac.Permission("Doc", Action.DELETE, List.of("admin"), null)), doc);
    assertEquals(List.of(new Rbac.Permission("Team", Action.READ, List.of("can.manage.users"), null)),
        rbac.permissions().stream().filter(p -> p.model().equals("Team")).toList());
  }

  @Test
  void policiesForEveryActionAreSortedByAction() {
    Domain d = clean(DOMAIN + """
        policy Doc.delete { false }
        policy Doc.update { record.ownerId == user.id }
        policy Doc.create { true }
        policy Doc.read { record.published }
        """);
    assertEquals(List.of(Action.CREATE, Action.READ, Action.UPDATE, Action.DELETE),
        model(d, "Doc").policies().stream().map(dev.laforge.backend.ir.Policy::action).toList());
  }
}
