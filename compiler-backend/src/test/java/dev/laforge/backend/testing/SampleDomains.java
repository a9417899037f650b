package dev.laforge.backend.testing;

import static dev.laforge.backend.testing.FieldBuilder.enumField;
import static dev.laforge.backend.testing.FieldBuilder.field;
import static dev.laforge.backend.testing.ModelBuilder.model;

import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.DefaultValue;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.Expr;
import dev.laforge.backend.ir.ExtensionAction;
import dev.laforge.backend.ir.Hook;
import dev.laforge.backend.ir.Policy;
import dev.laforge.backend.ir.Rbac;
import dev.laforge.backend.ir.Relation.OnDelete;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.ir.Stmt;
import dev.laforge.backend.ir.Validation;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Hand-built IR domains shared by generator, JSON and database tests. */
public final class SampleDomains {

  /** The default of {@link #hostileNames()}: both quote characters and a backslash. */
  public static final String HOSTILE_DEFAULT = "it's \"quoted\" \\ back\\slash \\\\ é";

  /** Every sample domain by the name of its golden-file folder, in a fixed order. */
  public static final Map<String, Supplier<Domain>> CASES = cases();

  private SampleDomains() {}

  /** The names of {@link #CASES}, for {@code @MethodSource}. */
  public static List<String> caseNames() {
    return List.copyOf(CASES.keySet());
  }

  /** User, Post (belongsTo author, enum status, manyToMany tags) and Tag, with tenants. */
  public static Domain blog() {
    EnumType status = new EnumType("PostStatus", "post_status", List.of("draft", "published", "archived"), null);
    var user = model("User")
        .field(field("id", ScalarType.UUID).pk().defaultValue(new DefaultValue.Uuid()))
        .field(field("tenantId", ScalarType.UUID).tenant())
        .field(field("email", ScalarType.STRING).unique().validation(new Validation(3, 320, null, null, null, true)))
        .field(field("role", ScalarType.STRING).defaultValue(new DefaultValue.Text("member")))
        .hasMany("posts", "Post", "authorId")
        .build();
    var post = model("Post")
        .field(field("id", ScalarType.UUID).pk().defaultValue(new DefaultValue.Uuid()))
        .field(field("tenantId", ScalarType.UUID).tenant())
        .field(field("title", ScalarType.STRING).validation(new Validation(1, 200, null, null, null, false)))
        .field(field("slug", ScalarType.STRING).optional().unique())
        .field(field("body", ScalarType.TEXT))
        .field(enumField("status", "PostStatus").defaultValue(new DefaultValue.EnumValue("draft")))
        .field(field("published", ScalarType.BOOLEAN).defaultValue(new DefaultValue.Bool(false)))
        .field(field("publishedAt", ScalarType.DATETIME).optional())
        .belongsTo("author", "User", OnDelete.CASCADE, false)
        .manyToMany("tags", "Tag", "posts_tags")
        .index(false, "tenantId", "publishedAt")
        .policy(new Policy("Post", Action.READ, new Expr.Logical(Expr.LogicalOp.OR,
            new Expr.Compare(Expr.CompareOp.EQ, new Expr.RecordPath(List.of("published")), Expr.Literal.bool(true)),
            new Expr.Compare(Expr.CompareOp.EQ, new Expr.RecordPath(List.of("tenantId")),
                new Expr.UserAttribute("tenantId")))))
        .hook(new Hook("Post", Hook.HookEvent.BEFORE_CREATE, List.of(new Stmt.If(
            new Expr.Not(new Expr.RecordPath(List.of("slug"))),
            List.of(new Stmt.Assign("slug", new Expr.MethodCall(new Expr.RecordPath(List.of("title")), "replace",
                List.of(new Expr.Regex("\\s+", "g"), Expr.Literal.string("-"))))),
            List.of()))))
        .action(new ExtensionAction("Post", "publish", List.of(), List.of(
            new Stmt.Assign("published", Expr.Literal.bool(true)),
            new Stmt.Assign("publishedAt", new Expr.Now()),
            new Stmt.Return(new Expr.ObjectLiteral(List.of(
                new Expr.ObjectLiteral.Property("ok", Expr.Literal.bool(true)),
                new Expr.ObjectLiteral.Property("id", new Expr.RecordPath(List.of("id"))))))), false))
        .build();
    var tag = model("Tag")
        .field(field("id", ScalarType.UUID).pk().defaultValue(new DefaultValue.Uuid()))
        .field(field("name", ScalarType.STRING).unique())
        .manyToMany("posts", "Post", "posts_tags")
        .build();
    Rbac rbac = new Rbac(List.of("member", "admin", "editor"), List.of("can.publish.posts"),
        Map.of("editor", List.of("can.publish.posts")),
        List.of(new Rbac.Permission("Post", Action.DELETE, List.of("admin"), null),
            new Rbac.Permission("Post", Action.CREATE, List.of("editor", "admin"), new Expr.Compare(
                Expr.CompareOp.EQ, new Expr.UserAttribute("tenantId"), new Expr.RecordPath(List.of("tenantId"))))));
    return new Domain(List.of(status), List.of(post, tag, user), rbac);
  }

  /** A category tree (belongsTo itself, set null on delete) and people befriending people. */
  public static Domain selfReferences() {
    var category = model("Category")
        .field(field("id", ScalarType.UUID).pk().defaultValue(new DefaultValue.Uuid()))
        .field(field("name", ScalarType.STRING))
        .belongsTo("parent", "Category", OnDelete.SET_NULL, true)
        .hasMany("children", "Category", "parentId")
        .build();
    var person = model("Person")
        .field(field("id", ScalarType.BIGINT).pk())
        .field(field("name", ScalarType.STRING))
        .manyToMany("friends", "Person", "people_people")
        .build();
    return new Domain(List.of(), List.of(category, person), null);
  }

  /** One model with a field of every scalar type, every kind of default and every validation. */
  public static Domain everyType() {
    EnumType level = new EnumType("Level", "level", List.of("low", "high"), null);
    var sample = model("Sample")
        .field(field("id", ScalarType.UUID).pk().defaultValue(new DefaultValue.Uuid()))
        .field(field("name", ScalarType.STRING).validation(new Validation(2, 40, null, null, "^[A-Za-z ]+$", false)))
        .field(field("code", ScalarType.STRING).optional().validation(new Validation(null, null, null, null, "^\\d{3}-\\w+$", false)))
        .field(field("nickname", ScalarType.STRING).optional().validation(new Validation(3, null, null, null, null, false)))
        .field(field("bio", ScalarType.TEXT).optional().validation(new Validation(null, 500, null, null, null, false)))
        .field(field("contact", ScalarType.STRING).optional().validation(new Validation(null, null, null, null, null, true)))
        .field(field("age", ScalarType.INTEGER).defaultValue(new DefaultValue.Number(BigDecimal.ZERO))
            .validation(new Validation(null, null, BigDecimal.ZERO, new BigDecimal("150"), null, false)))
        .field(field("views", ScalarType.BIGINT).defaultValue(new DefaultValue.Number(new BigDecimal("-1")))
            .validation(new Validation(null, null, new BigDecimal("-1"), null, null, false)))
        .field(field("price", ScalarType.DECIMAL).defaultValue(new DefaultValue.Number(new BigDecimal("9.99")))
            .validation(new Validation(null, null, null, new BigDecimal("1E+6"), null, false)))
        .field(field("ratio", ScalarType.FLOAT).optional().defaultValue(new DefaultValue.Null()))
        .field(field("active", ScalarType.BOOLEAN).defaultValue(new DefaultValue.Bool(true)))
        .field(field("birthday", ScalarType.DATE).optional())
        .field(field("createdAt", ScalarType.DATETIME).defaultValue(new DefaultValue.Now()))
        .field(field("settings", ScalarType.JSON).defaultValue(new DefaultValue.Text("{\"a\": \"\\n\"}")))
        .field(field("payload", ScalarType.JSONB).optional())
        .field(enumField("level", "Level").defaultValue(new DefaultValue.EnumValue("low")))
        .field(field("externalId", ScalarType.UUID).optional().unique())
        .index(true, "name", "birthday")
        .build();
    return new Domain(List.of(level), List.of(sample), null);
  }

  /**
   * Names that are SQL keywords or carry quote characters: model {@code Order} in table
   * {@code order}, model {@code select}, a field {@code user}, and {@link #HOSTILE_DEFAULT}.
   */
  public static Domain hostileNames() {
    EnumType kind = new EnumType("Kind", "ki\"nd", List.of("it's", "a\\b", "\"q\""), null);
    var order = model("Order").table("order")
        .field(field("id", ScalarType.UUID).pk().defaultValue(new DefaultValue.Uuid()))
        .field(field("user", ScalarType.STRING).defaultValue(new DefaultValue.Text(HOSTILE_DEFAULT))
            .validation(new Validation(null, null, null, null, "^[^']*'[^\\\\]*\\\\", false)))
        .field(field("quoted", ScalarType.STRING).column("we\"ird `col`").optional())
        .field(enumField("kind", "Kind").defaultValue(new DefaultValue.EnumValue("it's")))
        .build();
    var select = model("select").table("select")
        .field(field("from", ScalarType.UUID).pk())
        .belongsTo("order", "Order", OnDelete.RESTRICT, false)
        .index(false, "from", "orderId")
        .build();
    return new Domain(List.of(kind), List.of(order, select), null);
  }

  /** Table, column and enum names near the 63-byte limit, so every derived name must be shortened. */
  public static Domain longNames() {
    String longModel = "AnExtraordinarilyLongModelNameThatNeedsShortening";
    return new Domain(List.of(), List.of(
        model(longModel)
            .field(field("id", ScalarType.UUID).pk())
            .field(field("tenantIdentifierWithAVeryLongDescriptiveName", ScalarType.UUID).tenant())
            .field(field("aDescriptiveColumnNameThatIsLongToo", ScalarType.STRING).unique()
                .validation(new Validation(1, 10, null, null, null, false)))
            .belongsTo("parentRecordWithALongName", longModel, OnDelete.CASCADE, true)
            .manyToMany("labels", "ÉtiquetteAccentuéeAvecUnNomVraimentLong", "long_labels")
            .build(),
        model("ÉtiquetteAccentuéeAvecUnNomVraimentLong").field(field("id", ScalarType.UUID).pk()).build()), null);
  }

  private static Map<String, Supplier<Domain>> cases() {
    Map<String, Supplier<Domain>> cases = new LinkedHashMap<>();
    cases.put("blog", SampleDomains::blog);
    cases.put("self-references", SampleDomains::selfReferences);
    cases.put("every-type", SampleDomains::everyType);
    cases.put("hostile-names", SampleDomains::hostileNames);
    cases.put("long-names", SampleDomains::longNames);
    return java.util.Collections.unmodifiableMap(cases);
  }
}
