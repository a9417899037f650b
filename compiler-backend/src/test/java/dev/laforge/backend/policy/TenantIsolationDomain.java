package dev.laforge.backend.policy;

import static dev.laforge.backend.testing.FieldBuilder.enumField;
import static dev.laforge.backend.testing.FieldBuilder.field;
import static dev.laforge.backend.testing.ModelBuilder.model;
import static dev.laforge.backend.testing.PolicyExprs.bool;
import static dev.laforge.backend.testing.PolicyExprs.eq;
import static dev.laforge.backend.testing.PolicyExprs.includes;
import static dev.laforge.backend.testing.PolicyExprs.ne;
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
 * A multi-tenant project tracker for {@link RlsIsolationSuiteTest}, built with the IR builders.
 * Every model has a tenant field; together they cover what an attacker can aim at:
 *
 * <ul>
 *   <li>{@code Member}: no policy (allowed within the tenant); updated by permission (admin, or self).
 *   <li>{@code Project}: belongsTo {@code owner} (a Member), hasMany {@code tasks}, manyToMany
 *       {@code labels}; read and update hop through {@code owner}, read also over {@code labels}
 *       (so the join table is guarded by the labels side only).
 *   <li>{@code Task}: belongsTo {@code project} and {@code assignee}; read and update hop one and
 *       two relations deep; create has no rule (allowed within the tenant).
 *   <li>{@code Label}: no policy; manyToMany {@code projects}.
 *   <li>{@code Invoice}: governed by permissions only (roles, a claim granted by a role, a condition).
 * </ul>
 */
final class TenantIsolationDomain {

  static final String PUBLIC_LABEL = "public";

  private TenantIsolationDomain() {}

  static Domain domain() {
    EnumType status = new EnumType("TaskStatus", "task_status", List.of("todo", "doing", "done"), null);
    var member = model("Member")
        .field(field("id", ScalarType.UUID).pk().defaultValue(new DefaultValue.Uuid()))
        .field(field("tenantId", ScalarType.UUID).tenant())
        .field(field("email", ScalarType.STRING))
        .field(field("role", ScalarType.STRING))
        .field(field("active", ScalarType.BOOLEAN).optional())
        .hasMany("ownedProjects", "Project", "ownerId")
        .build();
    var project = model("Project")
        .field(field("id", ScalarType.UUID).pk().defaultValue(new DefaultValue.Uuid()))
        .field(field("tenantId", ScalarType.UUID).tenant())
        .field(field("name", ScalarType.STRING))
        .field(field("secret", ScalarType.STRING))
        .field(field("archived", ScalarType.BOOLEAN).optional())
        .field(field("budget", ScalarType.INTEGER))
        .belongsTo("owner", "Member", OnDelete.SET_NULL, true)
        .hasMany("tasks", "Task", "projectId")
        .manyToMany("labels", "Label", "projects_labels")
        .policy(new Policy("Project", Action.READ, or(ne(rec("archived"), bool(true)), eq(rec("owner", "id"), user("id")),
            some(rec("labels"), "l", eq(var("l", "name"), str(PUBLIC_LABEL))))))
        .policy(new Policy("Project", Action.UPDATE, or(eq(rec("owner", "id"), user("id")),
            includes(user("roles"), str("admin")))))
        .build();
    var task = model("Task")
        .field(field("id", ScalarType.UUID).pk().defaultValue(new DefaultValue.Uuid()))
        .field(field("tenantId", ScalarType.UUID).tenant())
        .field(field("title", ScalarType.STRING))
        .field(enumField("status", "TaskStatus").defaultValue(new DefaultValue.EnumValue("todo")))
        .field(field("points", ScalarType.INTEGER).optional())
        .belongsTo("project", "Project", OnDelete.CASCADE, false)
        .belongsTo("assignee", "Member", OnDelete.SET_NULL, true)
        .policy(new Policy("Task", Action.READ, or(ne(rec("project", "archived"), bool(true)),
            eq(rec("assignee", "id"), user("id")))))
        .policy(new Policy("Task", Action.UPDATE, or(eq(rec("project", "owner", "id"), user("id")),
            eq(rec("assignee", "id"), user("id")), includes(user("roles"), str("admin")))))
        .build();
    var label = model("Label")
        .field(field("id", ScalarType.UUID).pk().defaultValue(new DefaultValue.Uuid()))
        .field(field("tenantId", ScalarType.UUID).tenant())
        .field(field("name", ScalarType.STRING))
        .manyToMany("projects", "Project", "projects_labels")
        .build();
    var invoice = model("Invoice")
        .field(field("id", ScalarType.UUID).pk().defaultValue(new DefaultValue.Uuid()))
        .field(field("tenantId", ScalarType.UUID).tenant())
        .field(field("number", ScalarType.STRING))
        .field(field("amount", ScalarType.INTEGER))
        .field(field("paid", ScalarType.BOOLEAN).optional())
        .belongsTo("project", "Project", OnDelete.SET_NULL, true)
        .build();
    Rbac rbac = new Rbac(List.of("accountant", "admin", "auditor", "member"), List.of("invoices.read"),
        Map.of("auditor", List.of("invoices.read")),
        List.of(new Rbac.Permission("Invoice", Action.READ, List.of("accountant", "admin", "invoices.read"), null),
            new Rbac.Permission("Invoice", Action.CREATE, List.of("accountant"), null),
            new Rbac.Permission("Invoice", Action.UPDATE, List.of("admin"), null),
            new Rbac.Permission("Invoice", Action.DELETE, List.of("admin"), eq(rec("paid"), bool(false))),
            new Rbac.Permission("Member", Action.UPDATE, List.of("admin"), null),
            new Rbac.Permission("Member", Action.UPDATE, List.of(), eq(user("id"), rec("id")))));
    return new Domain(List.of(status), List.of(member, project, task, label, invoice), rbac);
  }
}
