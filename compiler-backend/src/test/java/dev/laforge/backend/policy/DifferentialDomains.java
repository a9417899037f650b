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
import static dev.laforge.backend.testing.PolicyExprs.le;
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

import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.DefaultValue;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.Policy;
import dev.laforge.backend.ir.Rbac;
import dev.laforge.backend.ir.Relation.OnDelete;
import dev.laforge.backend.ir.ScalarType;
import java.util.List;
import java.util.Map;

/**
 * A help desk for {@link PolicyDifferentialTest}, complementing {@code PolicySampleDomains.blog()}:
 * hops two relations deep, {@code some}/{@code every}/{@code includes} over hasMany and
 * manyToMany (with a hop and a context value inside the body, and one in a create rule),
 * {@code user.roles}/{@code user.claims} with literals and with record fields, enum and list
 * literals (a capitalised label), NULL-able fields of every type (decimal, float, date,
 * date-time) under negation and {@code == null}, code-point ordering against a character above
 * the UTF-16 surrogates, a literal with a quote and a backslash, and a model without tenant.
 */
final class DifferentialDomains {

  /** A string literal with a quote, a backslash and a LIKE wildcard. */
  static final String HOSTILE = "it's \\ 100%";
  /** U+FF5E: below U+1F600 in code points, above it in UTF-16 units. */
  static final String HIGH_BMP = "\uFF5E";

  private DifferentialDomains() {}

  static Domain helpdesk() {
    return helpdesk("agent");
  }

  /** The help desk with another role literal in {@code Note.read}: a planted disagreement for the self-test. */
  static Domain helpdesk(String noteReaderRole) {
    EnumType tier = new EnumType("Tier", "account_tier", List.of("free", "pro", "enterprise"), null);
    EnumType severity = new EnumType("Severity", "ticket_severity", List.of("low", "normal", "high", "Urgent"), null);
    EnumType status = new EnumType("TicketStatus", "ticket_status", List.of("open", "pending", "closed"), null);
    var agent = model("Agent")
        .field(field("id", ScalarType.UUID).pk().defaultValue(new DefaultValue.Uuid()))
        .field(field("tenantId", ScalarType.UUID).tenant())
        .field(field("handle", ScalarType.STRING))
        .field(field("level", ScalarType.INTEGER).optional())
        .field(field("title", ScalarType.STRING).optional())
        .field(field("active", ScalarType.BOOLEAN).optional())
        .field(field("joinedOn", ScalarType.DATE).optional())
        .manyToMany("watching", "Ticket", "tickets_watchers")
        .policy(policy("Agent", Action.READ, or(ne(rec("active"), bool(false)), eq(rec("id"), user("id")))))
        .policy(policy("Agent", Action.UPDATE, or(eq(user("id"), rec("id")), includes(user("roles"), str("lead")))))
        .policy(policy("Agent", Action.DELETE, and(lt(rec("level"), num("3")), eq(user("role"), str("admin")),
            ne(rec("id"), user("id")))))
        .build();
    var account = model("Account")
        .field(field("id", ScalarType.UUID).pk().defaultValue(new DefaultValue.Uuid()))
        .field(field("tenantId", ScalarType.UUID).tenant())
        .field(field("name", ScalarType.STRING))
        .field(enumField("tier", "Tier"))
        .field(field("region", ScalarType.STRING).optional())
        .field(field("balance", ScalarType.DECIMAL).optional())
        .field(field("score", ScalarType.FLOAT).optional())
        .field(field("since", ScalarType.DATE).optional())
        .field(field("locked", ScalarType.BOOLEAN).optional())
        .belongsTo("manager", "Agent", OnDelete.SET_NULL, true)
        .hasMany("tickets", "Ticket", "accountId")
        .policy(policy("Account", Action.READ, or(eq(rec("tier"), str("enterprise")), eq(rec("manager", "id"), user("id")),
            eq(rec("region"), nul()), includes(user("claims"), rec("region")), ge(rec("name"), str(HIGH_BMP)))))
        .policy(policy("Account", Action.UPDATE, or(and(gt(rec("balance"), num("100.5")), le(rec("score"), num("0.5"))),
            and(not(eq(rec("locked"), bool(true))), ge(rec("manager", "level"), num("2"))))))
        .policy(policy("Account", Action.DELETE, and(lt(rec("since"), str("2020-01-01")), ne(rec("tier"), str("enterprise")))))
        .build();
    var ticket = model("Ticket")
        .field(field("id", ScalarType.UUID).pk().defaultValue(new DefaultValue.Uuid()))
        .field(field("tenantId", ScalarType.UUID).tenant())
        .field(field("subject", ScalarType.STRING))
        .field(enumField("severity", "Severity").optional())
        .field(enumField("status", "TicketStatus"))
        .field(field("priority", ScalarType.INTEGER).optional())
        .field(field("budget", ScalarType.DECIMAL).optional())
        .field(field("weight", ScalarType.FLOAT).optional())
        .field(field("dueOn", ScalarType.DATE).optional())
        .field(field("closedAt", ScalarType.DATETIME).optional())
        .field(field("label", ScalarType.STRING).optional())
        .field(field("confidential", ScalarType.BOOLEAN).optional())
        .belongsTo("account", "Account", OnDelete.CASCADE, false)
        .belongsTo("assignee", "Agent", OnDelete.SET_NULL, true)
        .hasMany("notes", "Note", "ticketId")
        .manyToMany("watchers", "Agent", "tickets_watchers")
        .policy(policy("Ticket", Action.READ, or(ne(rec("confidential"), bool(true)), eq(rec("assignee", "id"), user("id")),
            includes(rec("watchers"), user("id")), includes(user("claims"), str("tickets.read.all")),
            eq(rec("label"), str(HOSTILE)))))
        .policy(policy("Ticket", Action.UPDATE, or(
            and(eq(rec("account", "manager", "handle"), user("role")), ne(rec("status"), str("closed"))),
            and(every(rec("notes"), "n", eq(var("n", "internal"), bool(false))), ge(rec("priority"), num("3"))),
            some(rec("watchers"), "w", and(gt(var("w", "level"), num("3")), eq(var("w", "title"), user("role")))))))
        .policy(policy("Ticket", Action.DELETE, and(eq(rec("status"), str("closed")), lt(rec("closedAt"), str("2024-01-01")))))
        .policy(policy("Ticket", Action.CREATE, or(ne(rec("account", "tier"), str("free")),
            some(user("roles"), "r", or(eq(var("r"), str("agent")), eq(var("r"), rec("label")))),
            and(includes(array(str("high"), str("Urgent")), rec("severity")), ne(user("role"), nul())),
            some(rec("notes"), "n", eq(var("n", "body"), str("escalate"))),
            and(le(rec("dueOn"), str("2024-03-10T12:00:00+02:00")), gt(rec("weight"), num("-1.5"))),
            and(ge(rec("budget"), num("99.9999999999")), lt(rec("budget"), rec("priority"))))))
        .build();
    var note = model("Note")
        .field(field("id", ScalarType.UUID).pk().defaultValue(new DefaultValue.Uuid()))
        .field(field("tenantId", ScalarType.UUID).tenant())
        .field(field("body", ScalarType.STRING))
        .field(field("internal", ScalarType.BOOLEAN).optional())
        .field(field("rating", ScalarType.FLOAT).optional())
        .field(field("createdOn", ScalarType.DATE).optional())
        .field(field("at", ScalarType.DATETIME).optional())
        .field(field("marker", ScalarType.STRING).optional())
        .belongsTo("ticket", "Ticket", OnDelete.CASCADE, false)
        .belongsTo("author", "Agent", OnDelete.SET_NULL, true)
        .policy(policy("Note", Action.READ, or(ne(rec("internal"), bool(true)), includes(user("roles"), str(noteReaderRole)),
            eq(rec("author", "id"), user("id")))))
        .policy(policy("Note", Action.CREATE, and(eq(rec("author", "id"), user("id")), ne(rec("ticket", "status"), str("closed")))))
        .policy(policy("Note", Action.UPDATE, or(and(ge(rec("createdOn"), str("2024-06-01")), lt(rec("body"), str("m"))),
            and(gt(rec("at"), str("2024-03-10T12:00:00+02:00")), ne(rec("rating"), num("2.5"))),
            eq(rec("authorId"), user("id")))))
        .build();
    var catalog = model("Catalog")
        .field(field("id", ScalarType.UUID).pk().defaultValue(new DefaultValue.Uuid()))
        .field(field("code", ScalarType.STRING))
        .field(field("visibility", ScalarType.STRING).optional())
        .field(field("rank", ScalarType.INTEGER).optional())
        .policy(policy("Catalog", Action.READ, or(ne(rec("visibility"), str("private")), includes(user("roles"), str("admin")))))
        .policy(policy("Catalog", Action.UPDATE, and(every(user("roles"), "r", ne(var("r"), str("guest"))),
            eq(user("role"), str("admin")))))
        .policy(policy("Catalog", Action.DELETE, and(eq(rec("rank"), nul()), ne(user("tenantId"), nul()))))
        .build();
    Rbac rbac = new Rbac(List.of("admin", "agent", "finance", "guest", "lead"), List.of("accounts.write", "tickets.read.all"),
        Map.of("finance", List.of("accounts.write"), "lead", List.of("tickets.read.all")),
        List.of(new Rbac.Permission("Agent", Action.CREATE, List.of("admin"), null),
            new Rbac.Permission("Account", Action.CREATE, List.of("admin", "accounts.write"), null),
            new Rbac.Permission("Ticket", Action.READ, List.of("lead"), null),
            new Rbac.Permission("Ticket", Action.DELETE, List.of("admin"),
                some(rec("notes"), "n", ge(var("n", "rating"), num("4.5"))))));
    return new Domain(List.of(tier, severity, status), List.of(agent, account, ticket, note, catalog), rbac);
  }

  private static Policy policy(String model, Action action, dev.laforge.backend.ir.Expr expression) {
    return new Policy(model, action, expression);
  }
}
