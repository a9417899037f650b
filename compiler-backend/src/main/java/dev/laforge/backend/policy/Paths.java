package dev.laforge.backend.policy;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.Field;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.Relation;
import dev.laforge.backend.ir.Relation.RelationKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves a path such as {@code record.author.team.name} against the models: the belongsTo
 * relations it crosses (hops, each an EXISTS join) and what it ends on. A name that is a field is
 * that column, so the FK alias {@code record.authorId} is a plain column; a belongsTo relation at
 * the end of a path is its FK column ({@code record.author == user.id} compares the key, no hop);
 * an empty path is the row itself, compared by its primary key.
 */
final class Paths {

  private Paths() {}

  /** One belongsTo relation crossed from {@code from} to {@code to}. */
  record Hop(Model from, Relation relation, Model to) {
    Field foreignKey() {
      return from.field(relation.foreignKey()).orElseThrow(() -> new PolicyException(
          "relation " + from.name() + "." + relation.name() + " has no foreign-key field " + relation.foreignKey()));
    }
  }

  /** What a path ends on. */
  sealed interface End permits Column, ToMany {}

  /** A column of {@code owner} (the last model reached). */
  record Column(Model owner, Field field) implements End {}

  /** A to-many relation of {@code owner}: only a collection call may use it. */
  record ToMany(Model owner, Relation relation, Model target) implements End {}

  record Resolved(List<Hop> hops, End end) {
    Column column() {
      if (end instanceof Column c) {
        return c;
      }
      ToMany m = (ToMany) end;
      throw new PolicyException("`" + m.owner().name() + "." + m.relation().name()
          + "` is a to-many relation: use .some(...), .every(...) or .includes(...)");
    }
  }

  static Resolved resolve(Domain domain, Model start, List<String> path) {
    List<Hop> hops = new ArrayList<>();
    Model current = start;
    if (path.isEmpty()) {
      return new Resolved(hops, new Column(start, primaryKey(start)));
    }
    for (int i = 0; i < path.size(); i++) {
      String name = path.get(i);
      boolean last = i == path.size() - 1;
      var field = current.field(name);
      if (field.isPresent()) {
        if (!last) {
          throw new PolicyException("`" + current.name() + "." + name + "` is a field, it has no `" + path.get(i + 1) + "`");
        }
        return new Resolved(hops, new Column(current, field.get()));
      }
      Relation relation = current.relation(name).orElseThrow(
          () -> new PolicyException("model " + start.name() + ": path `" + String.join(".", path) + "` has no field or relation `" + name + "`"));
      Model target = target(domain, relation);
      if (relation.kind() == RelationKind.BELONGS_TO) {
        Hop hop = new Hop(current, relation, target);
        if (last) {
          return new Resolved(hops, new Column(current, hop.foreignKey()));
        }
        hops.add(hop);
        current = target;
      } else {
        if (!last) {
          throw new PolicyException("`" + current.name() + "." + name + "` is a to-many relation; use .some(x => x."
              + path.get(i + 1) + " ...) to look inside it");
        }
        return new Resolved(hops, new ToMany(current, relation, target));
      }
    }
    throw new AssertionError("unreachable");
  }

  static Model target(Domain domain, Relation relation) {
    return domain.model(relation.target())
        .orElseThrow(() -> new PolicyException("relation " + relation.name() + " targets unknown model " + relation.target()));
  }

  static Field primaryKey(Model model) {
    List<Field> pk = model.primaryKey();
    if (pk.size() != 1) {
      throw new PolicyException("model " + model.name() + " is used as a row in a policy, so it needs exactly one primary-key field");
    }
    return pk.get(0);
  }
}
