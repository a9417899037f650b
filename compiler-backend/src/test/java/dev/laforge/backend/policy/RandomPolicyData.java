package dev.laforge.backend.policy;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.Expr;
import dev.laforge.backend.ir.Field;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.Policy;
import dev.laforge.backend.ir.Rbac;
import dev.laforge.backend.ir.Relation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Random rows and users for any domain, driven by its IR, for {@link PolicyDifferentialTest}.
 * Values come from pools that hit the policies' edges: every string literal of the domain with
 * case, leading- and trailing-space variants, roles and claims, boundary strings (empty, a
 * character above the UTF-16 surrogates, an emoji, a quote, a backslash, LIKE wildcards, 200
 * characters), numbers around the literals and the integer limits, dates and millisecond
 * date-times around the literals; optional fields are NULL a third of the time; foreign keys
 * point at the same tenant's rows, at another tenant's, or (when optional) nowhere; users carry
 * unset, empty, malformed, upper-case and foreign ids, tenants, roles and claims.
 */
final class RandomPolicyData {

  static final List<String> TENANTS = List.of("11111111-0000-4000-8000-000000000001", "22222222-0000-4000-8000-000000000002",
      "33333333-0000-4000-8000-000000000003");

  private static final List<Long> INTEGERS = List.of(-2147483648L, -3L, -1L, 0L, 1L, 2L, 3L, 4L, 5L, 7L, 100L, 2147483647L);
  private static final List<String> DECIMALS = List.of("0", "-0.0000000001", "1", "2.5", "99.9999999999", "100", "100.5",
      "100.50", "100.5000000001", "-100.5", "4", "12345678901234567890.5");
  private static final List<Double> FLOATS = List.of(0.0, -0.0, 0.5, 0.49999999999999994, 0.5000000000000001, 2.5, 3.0, 4.5,
      4.499999999999999, -1.5, -1.5000000000000002, 1e-300, 1e300);
  private static final List<String> DATES = List.of("1000-01-01", "2019-12-31", "2020-01-01", "2024-03-10", "2024-03-11",
      "2024-05-31", "2024-06-01", "9999-12-31");
  private static final List<String> DATE_TIMES = List.of("1970-01-01T00:00:00Z", "2023-12-31T23:59:59.999Z",
      "2024-01-01T00:00:00Z", "2024-01-01T00:00:00.001Z", "2024-03-10T09:59:59.999Z", "2024-03-10T10:00:00Z",
      "2024-03-10T10:00:00.001Z", "2024-06-01T10:00:00Z", "2038-01-19T03:14:08Z", "9999-12-31T23:59:59.999Z");
  private static final List<String> BOUNDARY = List.of("", " ", "a", "A", "m", "M", "l", "z", "é", "ß", "Ω", "\uD83D\uDE00",
      DifferentialDomains.HIGH_BMP, DifferentialDomains.HIGH_BMP + "a", "'", "\\", "\"", "%", "_", "null", "NULL", "a,b",
      DifferentialDomains.HOSTILE, "x".repeat(200));

  final Domain domain;
  private final Random random;
  private final List<String> strings;
  private final List<String> roles;
  private final List<String> claims;

  RandomPolicyData(Domain domain, Random random) {
    this.domain = domain;
    this.random = random;
    Set<String> literals = new LinkedHashSet<>();
    for (Model model : domain.models()) {
      for (Policy policy : model.policies()) {
        literals(policy.expression(), literals);
      }
    }
    Rbac rbac = domain.rbac();
    rbac.permissions().stream().filter(p -> p.condition() != null).forEach(p -> literals(p.condition(), literals));
    literals.addAll(rbac.roles());
    literals.addAll(rbac.claims());
    this.strings = List.copyOf(variants(literals, BOUNDARY));
    Set<String> roleNames = new LinkedHashSet<>(rbac.roles());
    literals.stream().filter(s -> s.length() < 12).forEach(roleNames::add);
    this.roles = List.copyOf(variants(roleNames, List.of("", " admin")));
    Set<String> claimNames = new LinkedHashSet<>(rbac.claims());
    claimNames.addAll(literals);
    this.claims = List.copyOf(variants(claimNames, List.of("", "null")));
  }

  /** A fresh dataset with about {@code rowsPerModel} rows per model and random many-to-many links. */
  PolicyDataset dataset(int rowsPerModel) {
    PolicyDataset data = new PolicyDataset(domain);
    for (Model model : insertionOrder(domain)) {
      int count = rowsPerModel / 2 + random.nextInt(rowsPerModel + 1);
      for (int i = 0; i < count; i++) {
        data.rows.computeIfAbsent(model.name(), k -> new ArrayList<>()).add(row(data, model));
      }
    }
    Set<String> done = new HashSet<>();
    for (Model model : domain.models()) {
      for (Relation relation : model.relations()) {
        if (relation.kind() != Relation.RelationKind.MANY_TO_MANY) {
          continue;
        }
        Model target = domain.model(relation.target()).orElseThrow();
        String table = References.joinTable(model, relation, target);
        if (!done.add(table)) {
          continue;
        }
        Set<String> pairs = new HashSet<>();
        for (Map<String, Object> owner : data.rows(model.name())) {
          int links = random.nextInt(4);
          for (int i = 0; i < links; i++) {
            Map<String, Object> other = pick(data.rows(target.name()), tenantOf(model, owner), target);
            if (other != null && pairs.add(PolicyDataset.id(model, owner) + ">" + PolicyDataset.id(target, other))) {
              data.link(model.name(), relation.name(), PolicyDataset.id(model, owner), PolicyDataset.id(target, other));
            }
          }
        }
      }
    }
    return data;
  }

  private Map<String, Object> row(PolicyDataset data, Model model) {
    Map<String, Object> row = new LinkedHashMap<>();
    String tenant = tenant();
    for (Field field : model.fields()) {
      Object value;
      if (field.primaryKey()) {
        value = UUID.randomUUID().toString();
      } else if (field.tenant()) {
        value = tenant;
      } else if (field.foreignKeyOf() != null) {
        Relation relation = model.relation(field.foreignKeyOf()).orElseThrow();
        Model target = domain.model(relation.target()).orElseThrow();
        Map<String, Object> parent = field.optional() && random.nextInt(6) == 0 ? null
            : pick(data.rows(target.name()), tenant, target);
        value = parent == null ? null : PolicyDataset.id(target, parent);
        if (value == null && !field.optional()) {
          throw new IllegalStateException("no " + target.name() + " row for the required " + model.name() + "." + field.name());
        }
      } else if (field.optional() && random.nextInt(3) == 0) {
        value = null;
      } else {
        value = value(field);
      }
      row.put(field.name(), value);
    }
    return row;
  }

  /** A row of {@code rows}, usually of {@code tenant}; null when there are none. */
  private Map<String, Object> pick(List<Map<String, Object>> rows, String tenant, Model model) {
    if (rows.isEmpty()) {
      return null;
    }
    if (tenant != null && model.tenantField().isPresent() && random.nextInt(10) < 7) {
      List<Map<String, Object>> same = rows.stream().filter(r -> tenant.equals(tenantOf(model, r))).toList();
      if (!same.isEmpty()) {
        return same.get(random.nextInt(same.size()));
      }
    }
    return rows.get(random.nextInt(rows.size()));
  }

  private Object value(Field field) {
    return switch (field.type()) {
      case STRING, TEXT -> one(strings);
      case ENUM -> one(domain.enumType(field.enumType()).map(EnumType::values).orElseThrow());
      case INTEGER, BIGINT -> {
        long n = one(INTEGERS);
        yield field.type() == dev.laforge.backend.ir.ScalarType.INTEGER ? (Object) (int) n : (Object) n;
      }
      case DECIMAL -> new BigDecimal(one(DECIMALS));
      case FLOAT -> one(FLOATS);
      case BOOLEAN -> random.nextBoolean();
      case DATE -> one(DATES);
      case DATETIME -> one(DATE_TIMES);
      case UUID -> UUID.randomUUID().toString();
      case JSON, JSONB -> throw new IllegalStateException("no JSON in the differential domains");
    };
  }

  private String tenant() {
    int n = random.nextInt(20);
    return TENANTS.get(n < 9 ? 0 : n < 17 ? 1 : 2);
  }

  /**
   * A random user. Mostly plausible, so that every rule gets allowed as well as denied: a row of
   * a model that relations point at (a user, an agent, a team...), in its own tenant, with exact
   * role and claim names; otherwise any component may be unset, empty, malformed, upper-case,
   * foreign, or a case or space variant.
   */
  UserContext user(PolicyDataset data) {
    Set<String> targets = new HashSet<>();
    domain.models().forEach(m -> m.relations().stream().filter(r -> r.kind() == Relation.RelationKind.BELONGS_TO)
        .forEach(r -> targets.add(r.target())));
    List<Map.Entry<Model, Map<String, Object>>> all = new ArrayList<>();
    List<Map.Entry<Model, Map<String, Object>>> likely = new ArrayList<>();
    for (Model model : domain.models()) {
      for (Map<String, Object> row : data.rows(model.name())) {
        all.add(Map.entry(model, row));
        if (targets.contains(model.name())) {
          likely.add(Map.entry(model, row));
        }
      }
    }
    List<Map.Entry<Model, Map<String, Object>>> from = !likely.isEmpty() && random.nextInt(10) < 8 ? likely : all;
    Map.Entry<Model, Map<String, Object>> self = from.isEmpty() ? null : from.get(random.nextInt(from.size()));
    if (!all.isEmpty() && random.nextInt(10) < 4) {
      // The row some random row points at (its author, assignee, owner...), so that "record.x.id == user.id" holds.
      Map.Entry<Model, Map<String, Object>> child = all.get(random.nextInt(all.size()));
      List<Relation> parents = child.getKey().relations().stream()
          .filter(r -> r.kind() == Relation.RelationKind.BELONGS_TO && child.getValue().get(r.foreignKey()) != null).toList();
      if (!parents.isEmpty()) {
        Relation relation = parents.get(random.nextInt(parents.size()));
        Model target = domain.model(relation.target()).orElseThrow();
        Object fk = child.getValue().get(relation.foreignKey());
        self = data.rows(target.name()).stream().filter(row -> fk.equals(PolicyDataset.id(target, row))).findFirst()
            .map(row -> Map.entry(target, row)).orElse(self);
      }
    }
    String selfId = self == null ? null : (String) PolicyDataset.id(self.getKey(), self.getValue());
    String selfTenant = self == null ? null : tenantOf(self.getKey(), self.getValue());
    int r = random.nextInt(100);
    String id = r < 65 ? selfId : r < 72 && selfId != null ? selfId.toUpperCase(Locale.ROOT)
        : r < 80 ? UUID.randomUUID().toString() : r < 87 ? null : r < 91 ? "" : r < 95 ? "not-a-uuid" : selfId + " ";
    r = random.nextInt(100);
    String tenant = r < 60 && selfTenant != null ? selfTenant : r < 68 ? TENANTS.get(0) : r < 74 ? TENANTS.get(1)
        : r < 78 ? TENANTS.get(2) : r < 82 ? TENANTS.get(0).toUpperCase(Locale.ROOT) : r < 89 ? null : r < 93 ? ""
        : r < 97 ? "' OR 1=1 --" : "{" + TENANTS.get(0) + "}";
    List<String> exactRoles = domain.rbac().roles();
    List<String> exactClaims = domain.rbac().claims();
    r = random.nextInt(100);
    String role = r < 20 ? null : r < 24 ? "" : r < 60 && !exactRoles.isEmpty() ? one(exactRoles) : one(r < 85 ? roles : strings);
    return new UserContext(id, tenant, role, list(exactRoles, roles, 30), list(exactClaims, claims, 35));
  }

  private List<String> list(List<String> exact, List<String> pool, int nullPercent) {
    int r = random.nextInt(100);
    if (r < nullPercent) {
      return null;
    }
    if (r < nullPercent + 8) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      int k = random.nextInt(12);
      out.add(k == 0 ? one(strings) : k < 7 && !exact.isEmpty() ? one(exact) : one(pool));
    }
    return out;
  }

  private <T> T one(List<T> pool) {
    return pool.get(random.nextInt(pool.size()));
  }

  static String tenantOf(Model model, Map<String, Object> row) {
    return model.tenantField().map(f -> (String) row.get(f.name())).orElse(null);
  }

  /** Models ordered so that every belongsTo target comes before the models that point at it. */
  static List<Model> insertionOrder(Domain domain) {
    List<Model> order = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    while (order.size() < domain.models().size()) {
      boolean progress = false;
      for (Model model : domain.models()) {
        if (placed.contains(model.name())) {
          continue;
        }
        boolean ready = model.relations().stream().filter(r -> r.kind() == Relation.RelationKind.BELONGS_TO)
            .allMatch(r -> r.target().equals(model.name()) || placed.contains(r.target()));
        if (ready) {
          order.add(model);
          placed.add(model.name());
          progress = true;
        }
      }
      if (!progress) {
        throw new IllegalStateException("belongsTo cycle in " + domain.models().stream().map(Model::name).toList());
      }
    }
    return order;
  }

  /** Each value, upper-cased, capitalised, and with a leading and a trailing space; then the extras. */
  private static Set<String> variants(Set<String> values, List<String> extras) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : values) {
      out.add(v);
      out.add(v.toUpperCase(Locale.ROOT));
      if (!v.isEmpty()) {
        out.add(v.substring(0, 1).toUpperCase(Locale.ROOT) + v.substring(1));
      }
      out.add(v + " ");
      out.add(" " + v);
    }
    out.addAll(extras);
    return out;
  }

  /** Every string literal in an expression. */
  static void literals(Expr e, Set<String> out) {
    if (e == null) {
      return;
    }
    if (e instanceof Expr.Literal l) {
      if (l.type() == Expr.LiteralType.STRING) {
        out.add(l.text());
      }
    } else if (e instanceof Expr.Logical l) {
      literals(l.left(), out);
      literals(l.right(), out);
    } else if (e instanceof Expr.Not n) {
      literals(n.operand(), out);
    } else if (e instanceof Expr.Compare c) {
      literals(c.left(), out);
      literals(c.right(), out);
    } else if (e instanceof Expr.Collection c) {
      literals(c.receiver(), out);
      literals(c.body(), out);
      literals(c.argument(), out);
    } else if (e instanceof Expr.ArrayLiteral a) {
      a.elements().forEach(x -> literals(x, out));
    }
  }
}
