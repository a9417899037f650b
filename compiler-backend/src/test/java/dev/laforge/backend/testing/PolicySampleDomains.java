package dev.laforge.backend.testing;

import static dev.laforge.backend.testing.FieldBuilder.enumField;
import static dev.laforge.backend.testing.FieldBuilder.field;
import static dev.laforge.backend.testing.ModelBuilder.model;
import static dev.laforge.backend.testing.PolicyExprs.and;
import static dev.laforge.backend.testing.PolicyExprs.array;
import static dev.laforge.backend.testing.PolicyExprs.bool;
import static dev.laforge.backend.testing.PolicyExprs.eq;
import static dev.laforge.backend.testing.PolicyExprs.every;
import static dev.laforge.backend.testing.PolicyExprs.gt;
import static dev.laforge.backend.testing.PolicyExprs.includes;
import static dev.laforge.backend.testing.PolicyExprs.ne;
import static dev.laforge.backend.testing.PolicyExprs.not;
import static dev.laforge.backend.testing.PolicyExprs.nul;
import static dev.laforge.backend.testing.PolicyExprs.or;
import static dev.laforge.backend.testing.PolicyExprs.rec;
import static dev.laforge.backend.testing.PolicyExprs.some;
import static dev.laforge.backend.testing.PolicyExprs.str;
import static dev.laforge.backend.testing.PolicyExprs.user;
import static dev.laforge.backend.testing.PolicyExprs.var;

import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.DefaultValue;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.Expr;
import dev.laforge.backend.ir.Policy;
import dev.laforge.backend.ir.Rbac;
import dev.laforge.backend.ir.Relation.OnDelete;
import dev.laforge.backend.ir.ScalarType;
import java.util.List;
import java.util.Map;

/**
 * A blog whose policies use every construct of the policy language: relation hops up to three
 * deep, hasMany and manyToMany collections, roles, claims and role-granted claims, list literals,
 * NULL-able fields under negation, dates, and a model without tenant. No policy cycle.
 */
public final class PolicySampleDomains {

  private PolicySampleDomains() {}

  public static Domain blog() {
    EnumType status = new EnumType("PostStatus", "post_status", List.of("draft", "published", "archived"), null);
    var team = model("Team")
        .field(field("id", ScalarType.UUID).pk().defaultValue(new DefaultValue.Uuid()))
        .field(field("tenantId", ScalarType.UUID).tenant())
        .field(field("name", ScalarType.STRING))
        .field(field("open", ScalarType.BOOLEAN).optional())
        .hasMany("members", "User", "teamId")
        .policy(policy("Team", Action.READ, or(eq(rec("open"), bool(true)),
            some(rec("members"), "m", eq(var("m", "id"), user("id"))))))
        .build();
    var person = model("User")
        .field(field("id", ScalarType.UUID).pk().defaultValue(new DefaultValue.Uuid()))
        .field(field("tenantId", ScalarType.UUID).tenant())
        .field(field("email", ScalarType.STRING))
        .field(field("role", ScalarType.STRING))
        .field(field("active", ScalarType.BOOLEAN).optional())
        .belongsTo("team", "Team", OnDelete.SET_NULL, true)
        .hasMany("posts", "Post", "authorId")
        .policy(policy("User", Action.READ, or(ne(rec("active"), bool(false)), eq(rec("id"), user("id")))))
        .build();
    var post = model("Post")
        .field(field("id", ScalarType.UUID).pk().defaultValue(new DefaultValue.Uuid()))
        .field(field("tenantId", ScalarType.UUID).tenant())
        .field(field("title", ScalarType.STRING))
        .field(enumField("status", "PostStatus").defaultValue(new DefaultValue.EnumValue("draft")))
        .field(field("published", ScalarType.BOOLEAN).defaultValue(new DefaultValue.Bool(false)))
        .field(field("score", ScalarType.INTEGER).optional())
        .field(field("publishedAt", ScalarType.DATETIME).optional())
        .belongsTo("author", "User", OnDelete.SET_NULL, true)
        .manyToMany("tags", "Tag", "posts_tags")
        .hasMany("comments", "Comment", "postId")
        .policy(policy("Post", Action.READ, or(eq(rec("status"), str("published")), eq(rec("author", "id"), user("id")),
            includes(user("claims"), str("can.read.drafts")), some(rec("tags"), "t", eq(var("t", "name"), str("featured"))))))
        .policy(policy("Post", Action.UPDATE, and(eq(rec("author", "id"), user("id")), ne(rec("status"), str("archived")),
            or(eq(rec("publishedAt"), nul()), gt(rec("publishedAt"), str("2024-01-01T00:00:00Z"))))))
        .policy(policy("Post", Action.DELETE, and(eq(rec("author", "team", "name"), str("core")),
            includes(array(str("draft"), str("archived")), rec("status")))))
        .build();
    var comment = model("Comment")
        .field(field("id", ScalarType.UUID).pk().defaultValue(new DefaultValue.Uuid()))
        .field(field("tenantId", ScalarType.UUID).tenant())
        .field(field("body", ScalarType.TEXT))
        .field(field("approved", ScalarType.BOOLEAN).optional())
        .belongsTo("post", "Post", OnDelete.CASCADE, false)
        .belongsTo("author", "User", OnDelete.CASCADE, false)
        .policy(policy("Comment", Action.READ, or(not(eq(rec("approved"), bool(false))), eq(rec("author", "id"), user("id")))))
        .policy(policy("Comment", Action.CREATE, and(eq(rec("author", "id"), user("id")), eq(rec("post", "status"), str("published")))))
        .policy(policy("Comment", Action.UPDATE, or(eq(rec("post", "author", "team", "open"), bool(true)),
            includes(user("roles"), rec("author", "role")))))
        .build();
    var tag = model("Tag")
        .field(field("id", ScalarType.UUID).pk().defaultValue(new DefaultValue.Uuid()))
        .field(field("tenantId", ScalarType.UUID).tenant())
        .field(field("name", ScalarType.STRING))
        .field(field("kind", ScalarType.STRING).optional())
        .manyToMany("posts", "Post", "posts_tags")
        .policy(policy("Tag", Action.UPDATE, some(user("roles"), "r", or(eq(var("r"), str("admin")), eq(var("r"), rec("kind"))))))
        .policy(policy("Tag", Action.DELETE, and(some(array(str("admin"), str("editor")), "r", includes(user("roles"), var("r"))),
            not(eq(rec("kind"), str("system"))))))
        .build();
    var setting = model("Setting")
        .field(field("id", ScalarType.UUID).pk().defaultValue(new DefaultValue.Uuid()))
        .field(field("key", ScalarType.STRING))
        .field(field("value", ScalarType.STRING).optional())
        .policy(policy("Setting", Action.READ, and(ne(rec("key"), str("secret")), not(includes(user("roles"), str("guest"))))))
        .build();
    Rbac rbac = new Rbac(List.of("admin", "editor", "member"), List.of("can.publish.posts", "can.read.drafts"),
        Map.of("editor", List.of("can.publish.posts")),
        List.of(new Rbac.Permission("Post", Action.CREATE, List.of("editor", "can.publish.posts"),
                eq(user("tenantId"), rec("tenantId"))),
            new Rbac.Permission("Post", Action.UPDATE, List.of("admin"), null),
            new Rbac.Permission("Post", Action.DELETE, List.of("admin"),
                every(rec("comments"), "c", eq(var("c", "approved"), bool(true)))),
            new Rbac.Permission("User", Action.UPDATE, List.of("admin"), null),
            new Rbac.Permission("User", Action.UPDATE, List.of(), eq(user("id"), rec("id")))));
    return new Domain(List.of(status), List.of(comment, post, setting, tag, team, person), rbac);
  }

  private static Policy policy(String model, Action action, Expr expression) {
    return new Policy(model, action, expression);
  }
}
