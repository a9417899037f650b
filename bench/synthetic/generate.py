#!/usr/bin/env python3
"""Generate a synthetic multi-tenant Forge domain for benchmarks and stress tests.

    python3 bench/synthetic/generate.py --models N --out DIR [--files K] [--seed S]

Writes N models spread over K `.forge` files (default: one file per 50 models) plus a
`forge.yaml` and a `manifest.json` with the counts, into DIR. The output depends only on the
arguments: the same --models/--files/--seed always produce byte-identical files.

The domain is valid Forge v1 by construction:
- model 0 is `User`; every other model has `id: uuid pk`, exactly one `tenantId: uuid tenant`,
  and 6-12 scalar or enum fields of mixed types with validation/pii/secret modifiers;
- `belongsTo` only points at models with a LOWER index (plus optional self-references), so there
  are no relation cycles; `setNull` is used only on optional relations;
- every `hasMany` names its inverse (`hasMany(Child.field)`), so it is never ambiguous;
- `manyToMany` pairs are unique and declared on one side only;
- policy relation chains are at most 3 hops; enum comparisons use declared values;
- table names are distinct and every identifier stays well under 63 bytes.

Python 3 standard library only.
"""

import argparse
import json
import math
import os
import random
import re
import sys

# ------------------------------------------------------------------------------------------------
# Vocabulary. Model names are <Area><Noun>; areas also name the per-area claims.

AREAS = [
    "Billing", "Catalog", "Fleet", "Inventory", "Payroll", "Clinic", "Freight", "Store",
    "Campaign", "Sourcing", "Project", "Support", "Audit", "Course", "Booking", "Lab",
    "Field", "Partner", "Tax", "Asset", "Studio", "Venue", "Grant", "Legal",
]

NOUNS = [
    "Account", "Order", "Item", "Invoice", "Shipment", "Route", "Vehicle", "Driver",
    "Supplier", "Contract", "Batch", "Schedule", "Request", "Review", "Report", "Budget",
    "Ledger", "Entry", "Visit", "Session", "Task", "Milestone", "Document", "Note",
    "Rule", "Rate", "Slot", "Crew", "Region", "Site", "Device", "License",
    "Quota", "Claim", "Refund", "Voucher", "Bundle", "Sample", "Survey", "Credit",
]

ENUM_VALUE_SETS = [
    ["draft", "active", "archived"],
    ["open", "inProgress", "done", "cancelled"],
    ["pending", "approved", "rejected"],
    ["scheduled", "running", "completed", "failed"],
    ["proposed", "accepted", "declined", "expired"],
    ["planned", "onTrack", "atRisk", "blocked", "finished"],
]

KIND_VALUE_SETS = [
    ["internal", "external"],
    ["standard", "express", "overnight"],
    ["manual", "automatic", "imported"],
    ["primary", "secondary", "backup"],
]

# Shared enums declared once (in the first file) and used by many models.
SHARED_ENUMS = {
    "Priority": ["low", "normal", "high", "critical"],
    "Visibility": ["private", "team", "tenant"],
}

# (name, type, modifiers) -- the scalar field pool. `name`/`code` are handled separately.
SCALAR_POOL = [
    ("description", "text", "optional"),
    ("notes", "text", "optional length(..4000)"),
    ("quantity", "integer", "min(0) default 0"),
    ("position", "int", "min(0) default 0"),
    ("sequence", "bigint", "min(1)"),
    ("amount", "decimal", "min(0) default 0"),
    ("unitCost", "decimal", "optional min(0)"),
    ("discountRate", "float", "optional min(0) max(1)"),
    ("weightKg", "float", "optional min(0)"),
    ("score", "float", "min(0) max(100) default 0"),
    ("active", "boolean", "default true"),
    ("archived", "boolean", "default false"),
    ("effectiveOn", "date", "optional"),
    ("dueOn", "date", "optional"),
    ("startedAt", "datetime", "optional"),
    ("finishedAt", "datetime", "optional"),
    ("createdAt", "datetime", "default now()"),
    ("attributes", "jsonb", "optional"),
    ("payload", "json", "optional"),
    ("externalRef", "string", "optional length(..120) column(\"ext_ref\")"),
    ("contactEmail", "string", "optional email pii"),
    ("contactPhone", "string", "optional pii pattern(\"^\\\\+?[0-9 ()-]{6,20}$\")"),
    ("taxNumber", "string", "optional pii residency(eu-central)"),
    ("apiToken", "string", "optional secret"),
    ("rating", "integer", "optional min(1) max(5)"),
    ("label", "string", "optional length(..80)"),
    ("currencyCode", "string", "default \"EUR\" pattern(\"^[A-Z]{3}$\")"),
    ("url", "string", "optional length(..2048)"),
]

ROLES = ["admin", "manager", "member", "auditor", "integration"]


def camel(name):
    return name[0].lower() + name[1:]


def snake(name):
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def plural(word):
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    return word + "s"


# ------------------------------------------------------------------------------------------------
# Domain model (in memory) and generation.


class Field:
    def __init__(self, name, type_, mods=""):
        self.name, self.type, self.mods = name, type_, mods

    def render(self):
        mods = (" " + self.mods) if self.mods else ""
        return "  %s: %s%s" % (self.name, self.type, mods)


class Model:
    def __init__(self, index, name, area):
        self.index, self.name, self.area = index, name, area
        self.fields = []            # Field, in declaration order
        self.names = set()
        self.indexes = []           # "index(a, b)" / "unique(a, b)"
        self.parents = []           # (fieldName, targetModel, optional)
        self.enum = None            # (enumName, values) for `status`
        self.kind_enum = None
        self.m2m_user = None        # field name of a manyToMany(User)
        self.has_owner = False
        self.doc = ""

    def add(self, name, type_, mods=""):
        if name in self.names:
            return False
        self.names.add(name)
        self.fields.append(Field(name, type_, mods))
        return True

    def scalar(self, name):
        for f in self.fields:
            if f.name == name:
                return f
        return None


def model_names(n, rng):
    combos = ["%s%s" % (a, b) for a in AREAS for b in NOUNS]
    rng.shuffle(combos)
    names = []
    round_ = 1
    while len(names) < n:
        for c in combos:
            if len(names) >= n:
                break
            names.append(c if round_ == 1 else "%s%d" % (c, round_))
        round_ += 1
    return names


def area_of(name):
    for a in AREAS:
        if name.startswith(a):
            return a
    return AREAS[0]


def build(n_models, seed):
    rng = random.Random(seed)
    models = []

    user = Model(0, "User", "Identity")
    user.doc = "A person who signs in to one tenant."
    user.add("id", "uuid", "pk default uuid()")
    user.add("tenantId", "uuid", "tenant")
    user.add("email", "string", "email pii length(3..320)")
    user.add("fullName", "string", "length(1..200)")
    user.add("role", "string", "default \"member\"")
    user.add("active", "boolean", "default true")
    user.add("lastSeenAt", "datetime", "optional")
    user.add("mfaSecret", "string", "optional secret")
    user.indexes.append("unique(tenantId, email)")
    models.append(user)

    enums = dict(SHARED_ENUMS)
    enum_order = list(SHARED_ENUMS)
    m2m_pairs = set()

    for i, name in enumerate(model_names(max(0, n_models - 1), rng), start=1):
        m = Model(i, name, area_of(name))
        noun = snake(name).replace("_", " ")
        m.doc = "Synthetic %s record (model %d)." % (noun, i)
        m.add("id", "uuid", "pk default uuid()")
        m.add("tenantId", "uuid", "tenant")

        # Display field first, then 5-11 more data fields from the pool / enums.
        n_data = rng.randint(6, 12)
        if rng.random() < 0.5:
            m.add("name", "string", "length(1..200)")
        else:
            m.add("code", "string", "length(1..32) pattern(\"^[A-Z0-9][A-Z0-9-]*$\")")
            m.add("name", "string", "optional length(..200)")
            n_data -= 1
        n_data -= 1

        if rng.random() < 0.45 and n_data > 0:
            values = rng.choice(ENUM_VALUE_SETS)
            ename = name + "Status"
            enums[ename] = values
            enum_order.append(ename)
            m.enum = (ename, values)
            m.add("status", ename, "default %s" % values[0])
            n_data -= 1
        if rng.random() < 0.15 and n_data > 0:
            values = rng.choice(KIND_VALUE_SETS)
            ename = name + "Kind"
            enums[ename] = values
            enum_order.append(ename)
            m.kind_enum = (ename, values)
            m.add("kind", ename, "default %s" % values[0])
            n_data -= 1
        if rng.random() < 0.2 and n_data > 0:
            shared = rng.choice(sorted(SHARED_ENUMS))
            fname = "priority" if shared == "Priority" else "visibility"
            default = "normal" if shared == "Priority" else "team"
            m.add(fname, shared, "default %s" % default)
            n_data -= 1

        pool = list(SCALAR_POOL)
        rng.shuffle(pool)
        for fname, ftype, fmods in pool:
            if n_data <= 0:
                break
            if m.add(fname, ftype, fmods):
                n_data -= 1

        # Owner (to User), parents (lower index only), optional self-reference.
        if rng.random() < 0.6:
            optional = rng.random() < 0.3
            mods = "optional onDelete(setNull)" if optional else "onDelete(%s)" % rng.choice(["restrict", "cascade"])
            m.add("owner", "belongsTo(User)", mods)
            m.parents.append(("owner", user, optional))
            m.has_owner = True

        candidates = list(range(1, i))
        n_parents = min(len(candidates), rng.choices([0, 1, 2, 3], weights=[15, 40, 30, 15])[0])
        chosen = []
        while len(chosen) < n_parents:
            if rng.random() < 0.6:
                j = rng.randint(max(1, i - 10), i - 1)
            else:
                j = rng.randint(1, i - 1)
            if j not in chosen:
                chosen.append(j)
        for j in sorted(chosen):
            parent = models[j]
            fname = camel(parent.name)
            optional = rng.random() < 0.3
            if optional:
                mods = "optional onDelete(%s)" % rng.choice(["setNull", "setNull", "cascade"])
            else:
                mods = "onDelete(%s)" % rng.choice(["cascade", "cascade", "restrict"])
            if m.add(fname, "belongsTo(%s)" % parent.name, mods):
                m.parents.append((fname, parent, optional))
                # Inverse side on the parent, always naming its belongsTo.
                if rng.random() < 0.35:
                    parent.add(camel(plural(m.name)), "hasMany(%s.%s)" % (m.name, fname))

        if rng.random() < 0.05:
            m.add("parent", "belongsTo(%s)" % name, "optional onDelete(setNull)")
            m.add("children", "hasMany(%s.parent)" % name)

        if m.has_owner and rng.random() < 0.12:
            user.add("owned" + plural(name), "hasMany(%s.owner)" % name)

        # manyToMany: to User (members/watchers) or to another model; each pair once.
        if rng.random() < 0.12:
            if rng.random() < 0.5:
                fname = rng.choice(["members", "watchers"])
                pair = tuple(sorted([name, "User"]))
                if pair not in m2m_pairs and m.add(fname, "manyToMany(User)"):
                    m2m_pairs.add(pair)
                    m.m2m_user = fname
            elif i > 1:
                target = models[rng.randint(1, i - 1)]
                pair = tuple(sorted([name, target.name]))
                if pair not in m2m_pairs and m.add(camel(plural(target.name)), "manyToMany(%s)" % target.name):
                    m2m_pairs.add(pair)

        # Composite indexes over declared scalar fields.
        scalars = [f.name for f in m.fields
                   if f.name not in ("id", "tenantId") and "(" not in f.type
                   and f.type not in ("text", "json", "jsonb")]
        if m.scalar("code") is not None:
            m.indexes.append("unique(tenantId, code)")
        if scalars and rng.random() < 0.4:
            cols = ["tenantId"] + rng.sample(scalars, min(len(scalars), rng.choice([1, 1, 2])))
            if not (len(cols) == 2 and cols[1] == "code"):
                m.indexes.append("index(%s)" % ", ".join(cols))

        models.append(m)

    return models, enums, enum_order, rng


# ------------------------------------------------------------------------------------------------
# Policies, RBAC, hooks.


def owner_paths(m, max_parent_hops=2):
    """Chains of belongsTo field names from m to a model with an owner (<= 2 parents + owner)."""
    paths = []
    if m.has_owner:
        paths.append([])
    for fname, parent, _ in m.parents:
        if parent.index == 0:
            continue
        if parent.has_owner:
            paths.append([fname])
        if max_parent_hops >= 2:
            for f2, p2, _ in parent.parents:
                if p2.index != 0 and p2.has_owner:
                    paths.append([fname, f2])
    return paths


def read_policy(m, rng):
    """`[guard &&] (who || who || role)`: ownership through 0-2 parents, team membership,
    a status/role combination, and a claim or role that sees everything."""
    who = []
    paths = owner_paths(m)
    rng.shuffle(paths)
    if paths and rng.random() < 0.5:
        paths.sort(key=len, reverse=True)  # prefer the deepest chain (3 hops) half of the time
    for path in paths[:rng.randint(1, 2)]:
        who.append("record.%s == user.id" % ".".join(path + ["owner", "id"]))
    if m.m2m_user:
        who.append("record.%s.some(m => m.id == user.id)" % m.m2m_user)
    for fname, parent, _ in m.parents:
        if parent.m2m_user and parent.index != 0:
            who.append("record.%s.%s.some(m => m.id == user.id)" % (fname, parent.m2m_user))
            break
    if m.enum and rng.random() < 0.4:
        values = m.enum[1]
        who.append('([%s].includes(record.status) && user.roles.includes("member"))'
                   % ", ".join('"%s"' % v for v in values[:2]))
    if rng.random() < 0.6:
        who.append('user.claims.includes("can.view.%s")' % m.area.lower())
    who.append(rng.choice(['user.roles.includes("admin")', 'user.role == "manager"',
                           'user.roles.includes("auditor")']))
    guard = None
    if m.scalar("archived") is not None and rng.random() < 0.4:
        guard = "!record.archived"
    elif m.scalar("active") is not None and rng.random() < 0.3:
        guard = "record.active == true"
    if guard and len(who) > 2:
        return "policy %s.read {\n  %s && (\n    %s\n  )\n}" % (m.name, guard, "\n    || ".join(who))
    if guard:
        return "policy %s.read { %s && (%s) }" % (m.name, guard, " || ".join(who))
    if len(who) > 2:
        return "policy %s.read {\n  %s\n}" % (m.name, "\n  || ".join(who))
    if rng.random() < 0.3:
        return "policy %s.read {\n  ({ user, record }) => %s\n}" % (m.name, " || ".join(who))
    return "policy %s.read { %s }" % (m.name, " || ".join(who))


def update_policy(m, rng):
    who = []
    paths = owner_paths(m, max_parent_hops=1)
    if paths:
        who.append("record.%s == user.id" % ".".join(rng.choice(paths) + ["owner", "id"]))
    if m.m2m_user:
        who.append("record.%s.includes(user.id)" % m.m2m_user)
    who.append('user.claims.includes("can.manage.%s")' % m.area.lower())
    guard = None
    if m.enum:
        ename, values = m.enum
        guard = 'record.status != "%s"' % values[-1]
    elif m.scalar("archived") is not None:
        guard = "!record.archived"
    who_expr = " || ".join(who)
    if guard and len(who) > 1:
        return "policy %s.update { %s && (%s) }" % (m.name, guard, who_expr)
    if guard:
        return "policy %s.update { %s && %s }" % (m.name, guard, who_expr)
    return "policy %s.update { %s }" % (m.name, who_expr)


def hook_for(m, rng):
    """A beforeCreate/beforeUpdate hook, or None when the model has nothing to normalise."""
    if m.scalar("code") is not None and rng.random() < 0.5:
        return "\n".join([
            "hook %s.beforeCreate {" % m.name,
            "  let normalized = record.code.trim().toUpperCase();",
            "  if (normalized.length == 0) {",
            "    reject(\"%s needs a code\");" % m.name,
            "  }",
            "  record.code = normalized;",
            "}",
        ])
    if m.enum and m.scalar("finishedAt") is not None:
        ename, values = m.enum
        return "\n".join([
            "hook %s.beforeUpdate {" % m.name,
            "  if (record.status == \"%s\" && !record.finishedAt) {" % values[-1],
            "    record.finishedAt = now();",
            "  } else if (record.status == \"%s\") {" % values[0],
            "    record.finishedAt = null;",
            "  }",
            "}",
        ])
    if m.scalar("quantity") is not None and m.scalar("amount") is not None:
        return "\n".join([
            "hook %s.beforeUpdate {" % m.name,
            "  if (record.quantity < 0) {",
            "    reject(\"Quantity cannot be negative\");",
            "  }",
            "  let total = record.amount * record.quantity;",
            "  if (total > 1000000) {",
            "    reject(\"Amounts above one million need a manual approval\");",
            "  }",
            "}",
        ])
    if m.scalar("name") is not None and "optional" not in m.scalar("name").mods:
        return "\n".join([
            "hook %s.beforeCreate {" % m.name,
            "  record.name = record.name.trim();",
            "  if (record.name.length == 0) {",
            "    reject(\"%s needs a name\");" % m.name,
            "  }",
            "}",
        ])
    return None


def extension_for(m):
    if m.scalar("archived") is None:
        return None
    return "\n".join([
        "extend %s {" % m.name,
        "  archive(reason) {",
        "    if (record.archived) {",
        "      reject(\"Already archived\");",
        "    }",
        "    record.archived = true;",
        "    return { ok: true, id: record.id, reason: reason };",
        "  }",
        "}",
    ])


def rbac_block(models, rng, policies_by_model):
    areas = sorted({m.area for m in models if m.index != 0})
    out = ["roles {", "  " + " ".join(ROLES), "}", "", "claims {", "  can.manage.users"]
    for a in areas:
        out.append("  can.view.%s can.manage.%s" % (a.lower(), a.lower()))
    out.append("")
    out.append("  admin: can.manage.users" + "".join(" | can.manage.%s" % a.lower() for a in areas))
    if areas:
        out.append("  manager: " + " | ".join("can.manage.%s" % a.lower() for a in areas))
        out.append("  auditor: " + " | ".join("can.view.%s" % a.lower() for a in areas))
    out.append("}")
    out.append("")
    out.append("permissions {")
    out.append("  model User {")
    out.append("    create: can.manage.users")
    out.append("    delete: admin")
    out.append("  }")
    for m in models[1:]:
        if rng.random() >= 0.3:
            continue
        rules = ["    create: member | manager | admin"]
        if "update" not in policies_by_model.get(m.name, ()):
            if m.has_owner:
                rules.append('    update: if user.id == record.owner.id || user.roles.includes("manager")')
            else:
                rules.append("    update: manager | can.manage.%s" % m.area.lower())
        if m.enum:
            rules.append('    delete: admin | can.manage.%s if record.status == "%s"' % (m.area.lower(), m.enum[1][0]))
        else:
            rules.append("    delete: admin | can.manage.%s" % m.area.lower())
        out.append("")
        out.append("  model %s {" % m.name)
        out.extend(rules)
        out.append("  }")
    out.append("}")
    return "\n".join(out)


def render_model(m):
    lines = ["/// " + m.doc, "model %s {" % m.name]
    lines.extend(f.render() for f in m.fields)
    lines.extend("  " + ix for ix in m.indexes)
    lines.append("}")
    return "\n".join(lines)


def generate(n_models, n_files, seed):
    models, enums, enum_order, rng = build(n_models, seed)
    n_files = max(1, min(n_files, len(models)))
    base, extra = divmod(len(models), n_files)
    bounds, start = [], 0
    for k in range(n_files):
        size = base + (1 if k < extra else 0)
        bounds.append((start, start + size))
        start += size

    policies = {}
    stats = {"models": len(models), "fields": 0, "enums": len(enums), "policies": 0,
             "permissionModels": 0, "hooks": 0, "extensions": 0, "belongsTo": 0, "hasMany": 0,
             "manyToMany": 0, "indexes": 0, "maxPolicyHops": 0}
    # Policies first (the RBAC block avoids duplicating an update policy with a permission rule).
    for m in models[1:]:
        texts = []
        if rng.random() < 0.85:
            texts.append(("read", read_policy(m, rng)))
            if rng.random() < 0.8:
                texts.append(("update", update_policy(m, rng)))
        policies[m.name] = texts
    policies[models[0].name] = [("read", "policy User.read { record.active || record.id == user.id || user.claims.includes(\"can.manage.users\") }"),
                                ("update", "policy User.update { record.id == user.id || user.claims.includes(\"can.manage.users\") }")]
    policies_by_model = {k: {a for a, _ in v} for k, v in policies.items()}
    rbac = rbac_block(models, rng, policies_by_model)
    stats["permissionModels"] = rbac.count("  model ")

    hooks = {}
    budget = max(2, len(models) // 15)
    for m in models[1:]:
        if budget <= 0:
            break
        if rng.random() < 0.25:
            h = hook_for(m, rng)
            if h:
                hooks[m.name] = h
                budget -= 1
    if not hooks:
        for m in models[1:]:
            h = hook_for(m, rng)
            if h:
                hooks[m.name] = h
                break
    extensions = {}
    for m in models[1:]:
        if len(extensions) >= max(1, len(models) // 40):
            break
        e = extension_for(m)
        if e and rng.random() < 0.3:
            extensions[m.name] = e

    files = []
    model_enum = {}
    for m in models:
        for e in (m.enum, m.kind_enum):
            if e:
                model_enum.setdefault(m.name, []).append(e[0])
    for k in range(n_files):
        chunk = models[bounds[k][0]:bounds[k][1]]
        parts = ["// Synthetic LaForge domain, file %d of %d (seed %d, %d models in total)."
                 % (k + 1, n_files, seed, len(models)),
                 "// Generated by bench/synthetic/generate.py -- do not edit; regenerate instead."]
        if k == 0:
            parts.append("")
            parts.append(rbac)
            for ename in sorted(SHARED_ENUMS):
                parts.append("")
                parts.append("enum %s { %s }" % (ename, " ".join(SHARED_ENUMS[ename])))
        for m in chunk:
            for ename in model_enum.get(m.name, []):
                parts.append("")
                parts.append("enum %s { %s }" % (ename, " ".join(enums[ename])))
            parts.append("")
            parts.append(render_model(m))
            for _, text in policies.get(m.name, []):
                parts.append("")
                parts.append(text)
                stats["policies"] += 1
            if m.name in hooks:
                parts.append("")
                parts.append(hooks[m.name])
                stats["hooks"] += 1
            if m.name in extensions:
                parts.append("")
                parts.append(extensions[m.name])
                stats["extensions"] += 1
            stats["fields"] += len(m.fields)
            stats["indexes"] += len(m.indexes)
            for f in m.fields:
                for kind in ("belongsTo", "hasMany", "manyToMany"):
                    if f.type.startswith(kind + "("):
                        stats[kind] += 1
        files.append(("domain_%03d.forge" % (k + 1), "\n".join(parts) + "\n"))

    for texts in policies.values():
        for _, text in texts:
            for chain in re.findall(r"record((?:\.\w+)+)", text):
                segs = chain.split(".")[1:]
                # `a.b.owner.id` and `a.members.some` both traverse every segment but the last.
                hops = len(segs) - 1
                stats["maxPolicyHops"] = max(stats["maxPolicyHops"], hops)
    return files, stats


def main(argv=None):
    ap = argparse.ArgumentParser(description="Generate a synthetic multi-tenant Forge domain.")
    ap.add_argument("--models", type=int, required=True, help="number of models (>= 1)")
    ap.add_argument("--out", required=True, help="output directory (created if missing)")
    ap.add_argument("--files", type=int, default=None, help="number of .forge files (default: one per 50 models)")
    ap.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    args = ap.parse_args(argv)
    if args.models < 1:
        ap.error("--models must be at least 1")
    n_files = args.files if args.files is not None else max(1, int(math.ceil(args.models / 50.0)))
    if n_files < 1:
        ap.error("--files must be at least 1")

    files, stats = generate(args.models, n_files, args.seed)
    os.makedirs(args.out, exist_ok=True)
    for old in sorted(os.listdir(args.out)):
        if re.match(r"domain_\d{3}\.forge$", old):
            os.remove(os.path.join(args.out, old))
    total_bytes = 0
    for name, content in files:
        data = content.encode("utf-8")
        total_bytes += len(data)
        with open(os.path.join(args.out, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(args.out, "forge.yaml"), "wb") as fh:
        fh.write(b'# Synthetic benchmark domain (bench/synthetic/generate.py).\n'
                 b'domain: ["**/*.forge"]\noutDir: generated\ndialects: [postgres]\nmultiTenant: true\n')
    stats.update({"seed": args.seed, "files": len(files), "bytes": total_bytes,
                  "lines": sum(c.count("\n") for _, c in files)})
    with open(os.path.join(args.out, "manifest.json"), "wb") as fh:
        fh.write((json.dumps(stats, indent=2, sort_keys=True) + "\n").encode("utf-8"))
    sys.stdout.write("wrote %d models in %d files (%d lines) to %s\n"
                     % (stats["models"], stats["files"], stats["lines"], args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
