package dev.laforge.language;

import static dev.laforge.language.Marked.clean;
import static dev.laforge.language.Marked.field;
import static dev.laforge.language.Marked.model;
import static dev.laforge.language.Marked.relation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.backend.diagnostics.DiagnosticCode;
import dev.laforge.backend.ir.DefaultValue;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.Field;
import dev.laforge.backend.ir.Index;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.Relation;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.ir.Validation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DESIGN §2 models: field types, modifiers, enums, relations, model options, docs, names. */
class ParserModelTest {

  /** Primary key and tenant, so that a model is valid and not reported as denying all access. */
  static final String KEYS = "id: uuid pk\n  tenantId: uuid tenant\n";

  static Model only(String body) {
    return model(clean("model M {\n  " + KEYS + body + "\n}\n"), "M");
  }

  @ParameterizedTest
  @CsvSource({
    "uuid, UUID", "string, STRING", "text, TEXT", "integer, INTEGER", "int, INTEGER", "bigint, BIGINT",
    "decimal, DECIMAL", "float, FLOAT", "boolean, BOOLEAN", "date, DATE", "datetime, DATETIME",
    "json, JSON", "jsonb, JSONB"
  })
  void everyPrimitiveFieldType(String keyword, ScalarType expected) {
    Field f = field(only("value: " + keyword), "value");
    assertEquals(expected, f.type());
    assertNull(f.enumType());
    assertEquals("value", f.column());
  }

  @Test
  void enumsAndEnumTypedFields() {
    Domain d = clean("enum PostStatus { draft, published archived }\nenum Level { low high }\n"
        + "model M {\n  " + KEYS + "  status: PostStatus default draft\n  level: Level optional\n}\n");
    assertEquals(List.of(new EnumType("Level", "level", List.of("low", "high"), null),
        new EnumType("PostStatus", "post_status", List.of("draft", "published", "archived"), null)), d.enums());
    Field status = field(model(d, "M"), "status");
    assertEquals(ScalarType.ENUM, status.type());
    assertEquals("PostStatus", status.enumType());
    assertEquals(new DefaultValue.EnumValue("draft"), status.defaultValue());
    assertTrue(field(model(d, "M"), "level").optional());
  }

  @Test
  void flagModifiers() {
    Model m = only("""
        email: string unique
          ssn: string pii residency(us-east) optional
          apiKey: string secret optional
          label: string column("display_label") renamedFrom("title")
          zoned: string residency(eu-west-1)
        """);
    Field id = field(m, "id");
    assertTrue(id.primaryKey());
    assertEquals(List.of(id), m.primaryKey());
    assertTrue(field(m, "tenantId").tenant());
    assertEquals("tenant_id", field(m, "tenantId").column());
    assertTrue(field(m, "email").unique());
    assertFalse(field(m, "email").optional());
    Field ssn = field(m, "ssn");
    assertTrue(ssn.pii() && ssn.optional() && !ssn.secret());
    assertEquals("us-east", ssn.residency());
    assertTrue(field(m, "apiKey").secret());
    assertEquals("display_label", field(m, "label").column());
    assertEquals("title", field(m, "label").renamedFrom());
    assertEquals("eu-west-1", field(m, "zoned").residency());
    assertFalse(field(m, "label").synthesized());
  }

  @Test
  void defaultsOfEveryKind() {
    Model m = only("""
        s: string default "member"
          single: string default 'x'
          n: integer default 42
          neg: integer default -5
          dec: decimal default -1.25
          yes: boolean default true
          no: boolean default false
          gone: string optional default null
          at: datetime default now()
          key: uuid default uuid()
          fixed: uuid default "123e4567-e89b-12d3-a456-426614174000"
          day: date default "2024-01-01"
          doc: json default "{}"
        """);
    assertEquals(new DefaultValue.Text("member"), field(m, "s").defaultValue());
    assertEquals(new DefaultValue.Text("x"), field(m, "single").defaultValue());
    assertEquals(new DefaultValue.Number(new BigDecimal("42")), field(m, "n").defaultValue());
    assertEquals(new DefaultValue.Number(new BigDecimal("-5")), field(m, "neg").defaultValue());
    assertEquals(new DefaultValue.Number(new BigDecimal("-1.25")), field(m, "dec").defaultValue());
    assertEquals(new DefaultValue.Bool(true), field(m, "yes").defaultValue());
    assertEquals(new DefaultValue.Bool(false), field(m, "no").defaultValue());
    assertEquals(new DefaultValue.Null(), field(m, "gone").defaultValue());
    assertEquals(new DefaultValue.Now(), field(m, "at").defaultValue());
    assertEquals(new DefaultValue.Uuid(), field(m, "key").defaultValue());
    assertEquals(new DefaultValue.Text("123e4567-e89b-12d3-a456-426614174000"), field(m, "fixed").defaultValue());
    assertEquals(new DefaultValue.Text("2024-01-01"), field(m, "day").defaultValue());
    assertNull(field(m, "id").defaultValue());
  }

  @Test
  void validationModifiers() {
    Model m = only("""
        email: string email length(3..320)
          title: text length(..200)
          code: string length(2..) pattern("^[A-Z]+$")
          age: int min(0) max(150)
          delta: decimal min(-10.5) max(-0.5)
        """);
    assertEquals(new Validation(3, 320, null, null, null, true), field(m, "email").validation());
    assertEquals(new Validation(null, 200, null, null, null, false), field(m, "title").validation());
    assertEquals(new Validation(2, null, null, null, "^[A-Z]+$", false), field(m, "code").validation());
    assertEquals(new Validation(null, null, new BigDecimal("0"), new BigDecimal("150"), null, false), field(m, "age").validation());
    assertEquals(new Validation(null, null, new BigDecimal("-10.5"), new BigDecimal("-0.5"), null, false),
        field(m, "delta").validation());
    assertTrue(field(m, "id").validation().isEmpty());
  }

  @Test
  void belongsToSynthesizesItsForeignKeyWithOnDelete() {
    Domain d = clean("model Team {\n  " + KEYS + "  members: hasMany(User.team)\n  admins: hasMany(User.adminOf)\n}\n"
        + "model User {\n  " + KEYS + """
          team: belongsTo(Team)
          adminOf: belongsTo(Team) optional onDelete(setNull)
          mentor: belongsTo(Team) onDelete(restrict)
          coach: belongsTo(Team) onDelete(cascade)
        }
        """);
    Model user = model(d, "User");
    Field fk = field(user, "teamId");
    assertEquals(new Field("teamId", "team_id", ScalarType.UUID, null, false, false, false, false, false, false, null, null,
        Validation.NONE, null, "team", true, null), fk);
    assertTrue(field(user, "adminOfId").optional());
    assertEquals("admin_of_id", field(user, "adminOfId").column());
    assertEquals(new Relation("team", Relation.RelationKind.BELONGS_TO, "Team", "teamId", Relation.OnDelete.CASCADE, false, null, null),
        relation(user, "team"));
    assertEquals(Relation.OnDelete.SET_NULL, relation(user, "adminOf").onDelete());
    assertTrue(relation(user, "adminOf").optional());
    assertEquals(Relation.OnDelete.RESTRICT, relation(user, "mentor").onDelete());
    assertEquals(Relation.OnDelete.CASCADE, relation(user, "coach").onDelete());
    Model team = model(d, "Team");
    assertEquals(new Relation("admins", Relation.RelationKind.HAS_MANY, "User", "adminOfId", null, true, null, null),
        relation(team, "admins"));
    assertEquals(List.of("id", "tenantId"), team.fields().stream().map(Field::name).toList());
  }

  @Test
  void hasManyFindsTheSingleBelongsToPointingBack() {
    Domain d = clean("model User {\n  " + KEYS + "  posts: hasMany(Post)\n}\nmodel Post {\n  " + KEYS + "  author: belongsTo(User)\n}\n");
    Relation posts = relation(model(d, "User"), "posts");
    assertEquals(Relation.RelationKind.HAS_MANY, posts.kind());
    assertEquals("Post", posts.target());
    assertEquals("authorId", posts.foreignKey());
    assertTrue(posts.toMany());
  }

  @Test
  void hasManyWithoutInverseAddsAnOptionalForeignKeyToTheTarget() {
    Marked src = Marked.of("model Company {\n  " + KEYS + "  deals: hasMany(⟦Deal⟧)\n}\nmodel Deal {\n  " + KEYS + "}\n");
    ForgeDomainLoader.Result result = src.assertExactly(src.expect(DiagnosticCode.LF214));
    assertEquals("Deal", result.diagnostics().get(0).data().get("0"));
    assertEquals("companyId", result.diagnostics().get(0).data().get("1"));
    Model deal = model(result.domain(), "Deal");
    Field fk = field(deal, "companyId");
    assertEquals(ScalarType.UUID, fk.type());
    assertTrue(fk.optional() && fk.synthesized());
    assertEquals("company_id", fk.column());
    assertEquals("companyId", relation(model(result.domain(), "Company"), "deals").foreignKey());
    Relation back = relation(deal, "company");
    assertEquals(Relation.RelationKind.BELONGS_TO, back.kind());
    assertEquals("Company", back.target());
  }

  @Test
  void hasManyUsesAUuidFieldNamedAfterTheOwner() {
    Domain d = clean("model Company {\n  " + KEYS + "  deals: hasMany(Deal)\n}\nmodel Deal {\n  " + KEYS + "  companyId: uuid\n}\n");
    assertEquals("companyId", relation(model(d, "Company"), "deals").foreignKey());
    assertFalse(field(model(d, "Deal"), "companyId").synthesized());
  }

  @Test
  void explicitForeignKeyFieldBesideItsRelation() {
    Domain d = clean("model Team {\n  " + KEYS + "}\nmodel Player {\n  " + KEYS + "  teamId: uuid\n  team: belongsTo(Team)\n}\n");
    Model player = model(d, "Player");
    assertEquals(List.of("id", "tenantId", "teamId"), player.fields().stream().map(Field::name).toList());
    Field fk = field(player, "teamId");
    assertEquals("team", fk.foreignKeyOf());
    assertFalse(fk.synthesized());
    assertEquals("teamId", relation(player, "team").foreignKey());
  }

  @Test
  void manyToManyJoinTableAndSelfReference() {
    Domain d = clean("model Post table(\"articles\") {\n  " + KEYS + "  tags: manyToMany(Tag)\n}\nmodel Tag {\n  " + KEYS
        + "  posts: manyToMany(Post)\n}\nmodel Category {\n  " + KEYS + "  parent: belongsTo(Category) optional\n}\n");
    Relation tags = relation(model(d, "Post"), "tags");
    assertEquals(new Relation("tags", Relation.RelationKind.MANY_TO_MANY, "Tag", null, null, true, "articles_tags", null), tags);
    assertEquals("articles_tags", relation(model(d, "Tag"), "posts").joinTable());
    Relation parent = relation(model(d, "Category"), "parent");
    assertEquals("Category", parent.target());
    assertTrue(field(model(d, "Category"), "parentId").optional());
  }

  @Test
  void tableOptionsAndCompositeIndexes() {
    Domain d = clean("model Post table(\"articles\") {\n  " + KEYS + """
          author: belongsTo(Order)
          publishedAt: datetime optional
          slug: string
          index(tenantId, publishedAt)
          unique(tenantId, slug),
          index(author)
        }
        model Order {
          table("purchase_orders")
        """ + "  " + KEYS + "}\nmodel Company {\n  " + KEYS + "}\n");
    Model post = model(d, "Post");
    assertEquals("articles", post.table());
    assertEquals(List.of(new Index(List.of("tenantId", "publishedAt"), false), new Index(List.of("tenantId", "slug"), true),
        new Index(List.of("authorId"), false)), post.indexes());
    assertEquals("purchase_orders", model(d, "Order").table());
    assertEquals("companies", model(d, "Company").table());
  }

  @Test
  void docCommentsReachModelsFieldsAndEnums() {
    Domain d = clean("""
        // an ordinary comment is not documentation
        /// A person who belongs to one tenant.
        /// Second line.
        model User {
          /// Primary key.
          id: uuid pk
          tenantId: uuid tenant
          /* block comment */
          /// Login address.
          email: string
          /// The team.
          team: belongsTo(Team)
        }
        /// Status values.
        enum Status { on off }
        model Team {
        """ + "  " + KEYS + "}\n");
    Model user = model(d, "User");
    assertEquals("A person who belongs to one tenant.\nSecond line.", user.doc());
    assertEquals("Primary key.", field(user, "id").doc());
    assertNull(field(user, "tenantId").doc());
    assertEquals("Login address.", field(user, "email").doc());
    assertEquals("The team.", relation(user, "team").doc());
    assertNull(model(d, "Team").doc());
    assertEquals("Status values.", d.enumType("Status").orElseThrow().doc());
  }

  @Test
  void commasBetweenFieldsAreOptional() {
    Domain d = clean("model Parent { id: uuid pk, tenantId: uuid tenant, }\n"
        + "model Child { id: uuid pk, tenantId: uuid tenant, parent: belongsTo(Parent), name: string }\n"
        + "model Mixed { id: uuid pk tenantId: uuid tenant, a: int b: int, }\n");
    assertEquals(List.of("id", "tenantId", "parentId", "name"), model(d, "Child").fields().stream().map(Field::name).toList());
    assertEquals(4, model(d, "Mixed").fields().size());
  }

  @Test
  void idIsThePrimaryKeyWhenNoFieldIsMarked() {
    Model m = model(clean("model M { id: uuid default uuid()\n tenantId: uuid tenant }"), "M");
    assertTrue(field(m, "id").primaryKey());
    assertFalse(field(m, "tenantId").primaryKey());
  }

  @Test
  void keywordsMayBeUsedAsNames() {
    Domain d = clean("model Order {\n  " + KEYS + """
          user: uuid
          email: string email
          index: int
          date: date
          default: string default "x"
          model: string
          table: string
          record: string optional
          index(index, date)
        }
        policy Order.read { record.user == user.id && record.model != record.default && record.index > 0 }
        hook Order.beforeCreate { record.email = record.email.trim(); record.date = now(); }
        """);
    Model order = model(d, "Order");
    assertEquals("orders", order.table());
    assertEquals(List.of("id", "tenantId", "user", "email", "index", "date", "default", "model", "table", "record"),
        order.fields().stream().map(Field::name).toList());
    assertTrue(field(order, "email").validation().email());
    assertEquals(ScalarType.DATE, field(order, "date").type());
    assertEquals(List.of(new Index(List.of("index", "date"), false)), order.indexes());
    assertEquals(1, order.policies().size());
    assertEquals(2, order.hooks().get(0).body().size());
  }

  @Test
  void namesResolveAcrossSeveralFiles() {
    Domain d = clean(
        "models/users.forge", "model User {\n  " + KEYS + "  role: Role default member\n  posts: hasMany(Post)\n}\n",
        "models/posts.forge", "model Post {\n  " + KEYS + "  author: belongsTo(User)\n}\n",
        "enums.forge", "enum Role { member admin }",
        "rbac.forge", "roles { editor }\npermissions { model Post { create: editor } }",
        "policies/post.forge", "policy Post.read { record.author.role == \"admin\" }\nhook User.beforeCreate { record.role = \"member\"; }");
    assertEquals(List.of("Post", "User"), d.models().stream().map(Model::name).toList());
    assertEquals("authorId", relation(model(d, "User"), "posts").foreignKey());
    assertEquals("Role", field(model(d, "User"), "role").enumType());
    assertEquals(1, model(d, "Post").policies().size());
    assertEquals(1, model(d, "User").hooks().size());
    assertEquals(List.of("editor"), d.rbac().roles());
    assertEquals("Post", d.rbac().permissions().get(0).model());
  }
}
