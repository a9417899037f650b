package dev.laforge.language;

import static dev.laforge.language.Marked.clean;
import static dev.laforge.language.Marked.model;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.Expr;
import dev.laforge.backend.ir.Expr.Arithmetic;
import dev.laforge.backend.ir.Expr.ArithmeticOp;
import dev.laforge.backend.ir.Expr.Literal;
import dev.laforge.backend.ir.Expr.MethodCall;
import dev.laforge.backend.ir.Expr.RecordPath;
import dev.laforge.backend.ir.ExtensionAction;
import dev.laforge.backend.ir.Hook;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.Stmt;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DESIGN §2 hooks and extension actions: the statement language and the seed's examples. */
class ParserHookTest {

  static final String POST = """
      model Post {
        id: uuid pk
        tenantId: uuid tenant
        title: string
        slug: string optional
        views: int
        published: boolean default false
        publishedAt: datetime optional
        author: belongsTo(Author)
      }
      model Author {
        id: uuid pk
        tenantId: uuid tenant
      }
      """;

  static final Expr SEED_SLUG = new MethodCall(
      new MethodCall(new RecordPath(List.of("title")), "toLowerCase", List.of()),
      "replace", List.of(new Expr.Regex("\\s+", "g"), Literal.string("-")));

  static RecordPath path(String... names) {
    return new RecordPath(List.of(names));
  }

  static Literal number(String n) {
    return Literal.number(new BigDecimal(n));
  }

  static List<Stmt> hookBody(String body) {
    Model post = model(clean(POST + "hook Post.beforeUpdate {\n" + body + "\n}\n"), "Post");
    assertEquals(1, post.hooks().size());
    return post.hooks().get(0).body();
  }

  static Expr assigned(String expression) {
    List<Stmt> body = hookBody("record.slug = " + expression + ";");
    return ((Stmt.Assign) body.get(0)).value();
  }

  @ParameterizedTest
  @CsvSource({
    "beforeCreate, BEFORE_CREATE", "afterCreate, AFTER_CREATE", "beforeUpdate, BEFORE_UPDATE",
    "afterUpdate, AFTER_UPDATE", "beforeDelete, BEFORE_DELETE", "afterDelete, AFTER_DELETE"
  })
  void everyHookEvent(String event, Hook.HookEvent expected) {
    Model post = model(clean(POST + "hook Post." + event + " { }\n"), "Post");
    assertEquals(List.of(new Hook("Post", expected, List.of())), post.hooks());
  }

  @Test
  void seedHookParsesUnchanged() {
    List<Stmt> body = hookBody("""
          if (!record.slug && record.title) {
            record.slug = record.title.toLowerCase().replace(/\\s+/g, '-');
          }
        """);
    Expr condition = new Expr.Logical(Expr.LogicalOp.AND, new Expr.Not(path("slug")), path("title"));
    assertEquals(List.of(new Stmt.If(condition, List.of(new Stmt.Assign("slug", SEED_SLUG)), List.of())), body);
  }

  @Test
  void ifElseIfElseLetReturnReject() {
    List<Stmt> body = hookBody("""
          let n = record.views + 1
          if (n > 10) {
            reject("too many views");
          } else if (n == 5) {
            record.views = n;
            return;
          } else {
            return { ok: true, 'count': n, list: [1, 2], };
          }
        """);
    assertEquals(new Stmt.Let("n", new Arithmetic(ArithmeticOp.ADD, path("views"), number("1"))), body.get(0));
    Stmt.If outer = (Stmt.If) body.get(1);
    Expr n = new Expr.VariablePath("n", List.of());
    assertEquals(new Expr.Compare(Expr.CompareOp.GT, n, number("10")), outer.condition());
    assertEquals(List.of(new Stmt.Reject(Literal.string("too many views"))), outer.then());
    Stmt.If elseIf = (Stmt.If) outer.otherwise().get(0);
    assertEquals(1, outer.otherwise().size());
    assertEquals(List.of(new Stmt.Assign("views", n), new Stmt.Return(null)), elseIf.then());
    assertEquals(List.of(new Stmt.Return(new Expr.ObjectLiteral(List.of(
        new Expr.ObjectLiteral.Property("ok", Literal.bool(true)),
        new Expr.ObjectLiteral.Property("count", n),
        new Expr.ObjectLiteral.Property("list", new Expr.ArrayLiteral(List.of(number("1"), number("2")))))))), elseIf.otherwise());
  }

  @Test
  void arithmeticPrecedenceAndNegation() {
    List<Stmt> body = hookBody("record.views = -record.views + 2 * 3 - 10 / 5 % 4;");
    Expr product = new Arithmetic(ArithmeticOp.MUL, number("2"), number("3"));
    Expr remainder = new Arithmetic(ArithmeticOp.MOD, new Arithmetic(ArithmeticOp.DIV, number("10"), number("5")), number("4"));
    Expr expected = new Arithmetic(ArithmeticOp.SUB,
        new Arithmetic(ArithmeticOp.ADD, new Expr.Negate(path("views")), product), remainder);
    assertEquals(List.of(new Stmt.Assign("views", expected)), body);
    assertEquals(List.of(new Stmt.Assign("views", new Arithmetic(ArithmeticOp.MUL,
        new Arithmetic(ArithmeticOp.ADD, number("1"), number("2")), number("3")))), hookBody("record.views = (1 + 2) * 3;"));
  }

  @Test
  void stringMethodsAndLength() {
    assertEquals(new MethodCall(new MethodCall(path("title"), "trim", List.of()), "toUpperCase", List.of()),
        assigned("record.title.trim().toUpperCase()"));
    assertEquals(new MethodCall(path("title"), "slice", List.of(number("0"), number("20"))), assigned("record.title.slice(0, 20)"));
    assertEquals(new Arithmetic(ArithmeticOp.ADD, Literal.string("n"), new Expr.Length(path("title"))),
        assigned("'n' + record.title.length"));
    List<Stmt> body = hookBody("""
          if (record.title.startsWith("a") || record.title.endsWith("z") || record.title.includes("m")) { return; }
        """);
    Expr.Logical or = (Expr.Logical) ((Stmt.If) body.get(0)).condition();
    assertEquals(new MethodCall(path("title"), "includes", List.of(Literal.string("m"))), or.right());
    assertEquals(new MethodCall(path("title"), "endsWith", List.of(Literal.string("z"))), ((Expr.Logical) or.left()).right());
  }

  @Test
  void regexObjectArrayNowAndUuid() {
    assertEquals(new MethodCall(path("title"), "replace", List.of(new Expr.Regex("^[a-z]+\\/x", "gi"), Literal.string(""))),
        assigned("record.title.replace(/^[a-z]+\\/x/gi, \"\")"));
    assertEquals(new MethodCall(path("title"), "replace", List.of(new Expr.Regex("a", ""), Literal.string("b"))),
        assigned("record.title.replace(/a/, 'b')"));
    List<Stmt> body = hookBody("record.publishedAt = now(); record.authorId = uuid(); let o = {}; let a = [];");
    assertEquals(List.of(new Stmt.Assign("publishedAt", new Expr.Now()), new Stmt.Assign("authorId", new Expr.NewUuid()),
        new Stmt.Let("o", new Expr.ObjectLiteral(List.of())), new Stmt.Let("a", new Expr.ArrayLiteral(List.of()))), body);
  }

  @Test
  void assigningARelationSetsItsForeignKey() {
    assertEquals(List.of(new Stmt.Assign("authorId", new Expr.NewUuid())), hookBody("record.author = uuid();"));
  }

  @Test
  void extensionActionsAndServices() {
    Domain d = clean(POST + """
        extend Post {
          publish() {
            record.published = true;
            record.publishedAt = now();
            return { ok: true, id: record.id };
          }
          rename(title, suffix) {
            let t = title + suffix;
            record.title = t;
          }
        }
        extend Post.service {
          archive(reason) { reject(reason); }
        }
        """);
    List<ExtensionAction> actions = model(d, "Post").actions();
    assertEquals(3, actions.size());
    ExtensionAction publish = actions.get(0);
    assertEquals("publish", publish.name());
    assertEquals(List.of(), publish.params());
    assertFalse(publish.service());
    assertEquals(new Stmt.Assign("published", Literal.bool(true)), publish.body().get(0));
    assertEquals(new Stmt.Return(new Expr.ObjectLiteral(List.of(new Expr.ObjectLiteral.Property("ok", Literal.bool(true)),
        new Expr.ObjectLiteral.Property("id", path("id"))))), publish.body().get(2));
    ExtensionAction rename = actions.get(1);
    assertEquals(List.of("title", "suffix"), rename.params());
    assertEquals(new Stmt.Let("t", new Arithmetic(ArithmeticOp.ADD, new Expr.VariablePath("title", List.of()),
        new Expr.VariablePath("suffix", List.of()))), rename.body().get(0));
    ExtensionAction archive = actions.get(2);
    assertTrue(archive.service());
    assertEquals(List.of(new Stmt.Reject(new Expr.VariablePath("reason", List.of()))), archive.body());
  }

  @Test
  void blogExampleLoads() throws IOException {
    Path file = repoRoot().resolve("examples/blog/domain.forge");
    assumeTrue(Files.isRegularFile(file), "examples/blog/domain.forge is not there yet");
    ForgeDomainLoader.Result result = ForgeTestSupport.load("domain.forge", Files.readString(file));
    assertFalse(result.hasErrors(), () -> ForgeTestSupport.render(result.diagnostics()));
    Domain d = result.domain();
    assertNotNull(d);
    Model user = model(d, "User");
    Model post = model(d, "Post");
    assertNotNull(user);
    Stmt.If slugIf = post.hooks().stream().flatMap(h -> h.body().stream())
        .filter(Stmt.If.class::isInstance).map(Stmt.If.class::cast).findFirst()
        .orElseThrow(() -> new AssertionError("no if in the hooks of Post: " + post.hooks()));
    Stmt.Assign slug = slugIf.then().stream().filter(Stmt.Assign.class::isInstance).map(Stmt.Assign.class::cast)
        .filter(a -> a.field().equals("slug")).findFirst()
        .orElseThrow(() -> new AssertionError("no assignment of slug in " + slugIf));
    MethodCall replace = (MethodCall) slug.value();
    assertEquals("replace", replace.method());
    assertEquals(new Expr.Regex("\\s+", "g"), replace.arguments().get(0));
  }

  /** LAFORGE_REPO_ROOT, else the nearest folder upwards from the working directory that holds mvnw. */
  static Path repoRoot() {
    String env = System.getenv("LAFORGE_REPO_ROOT");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("mvnw"))) {
        return p;
      }
    }
    return Path.of("").toAbsolutePath();
  }
}
