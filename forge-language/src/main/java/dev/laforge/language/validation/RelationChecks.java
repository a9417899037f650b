package dev.laforge.language.validation;

import dev.laforge.backend.diagnostics.DiagnosticCode;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.naming.Naming;
import dev.laforge.language.ast.ForgeAst;
import dev.laforge.language.ast.ForgeAst.InverseResolution;
import dev.laforge.language.forge.Field;
import dev.laforge.language.forge.Model;
import dev.laforge.language.forge.PrimitiveKind;
import dev.laforge.language.forge.Relation;
import dev.laforge.language.forge.RelationKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.xtext.validation.Check;

/** Relation checks: LF207 cycles, LF213 ambiguous inverses, LF214 implicit FKs, LF215 FK types. */
public class RelationChecks extends ForgeCheckBase {

  @Check
  public void relation(Field field) {
    Relation rel = ForgeAst.relation(field);
    if (rel == null || ForgeAst.resolved(rel.getTarget()) == null) {
      return;
    }
    Model owner = (Model) field.eContainer();
    Model target = rel.getTarget();
    if (!relationKey(field, target) || (rel.getKind() != RelationKind.BELONGS_TO && !relationKey(field, owner))) {
      return;
    }
    identifierLengths(field, rel, owner, target);
    if (rel.getKind() == RelationKind.BELONGS_TO) {
      Field fk = ForgeAst.explicitForeignKey(field);
      if (fk != null && !SchemaChecks.isPrimitive(fk, PrimitiveKind.UUID)) {
        report(DiagnosticCode.LF215, "`" + fk.getName() + "` is the foreign key of `" + field.getName() + "` and must be uuid",
            fk, P.getField_Type(), fk.getName(), field.getName());
      }
      if (rel.getInverse() != null) {
        report(DiagnosticCode.LF218, "only hasMany(T.field) names an inverse; belongsTo owns the foreign key",
            rel, P.getRelation_Inverse(), field.getName());
      }
      cycle(field).ifPresent(path -> report(DiagnosticCode.LF207,
          "belongsTo cycle " + String.join(" -> ", path) + ": make one side hasMany or break the cycle",
          field, P.getField_Type(), String.join(",", path)));
      return;
    }
    if (rel.getKind() == RelationKind.MANY_TO_MANY) {
      if (rel.getInverse() != null) {
        report(DiagnosticCode.LF218, "manyToMany(T) uses a join table and takes no inverse field", rel, P.getRelation_Inverse(), field.getName());
      }
      return;
    }
    InverseResolution r = ForgeAst.resolveHasMany(field);
    switch (r.kind()) {
      case AMBIGUOUS -> report(DiagnosticCode.LF213,
          "`" + target.getName() + "` has several belongsTo(" + owner.getName() + ") relations ("
              + String.join(", ", r.candidates().stream().map(Field::getName).toList()) + "): write hasMany("
              + target.getName() + "." + r.candidates().get(0).getName() + ")",
          rel, P.getRelation_Target(), target.getName(), String.join(",", r.candidates().stream().map(Field::getName).toList()));
      case DECLARED -> {
        Field inverse = r.inverse();
        boolean pointsBack = ForgeAst.isBelongsTo(inverse) && ForgeAst.relation(inverse).getTarget() == owner;
        boolean uuidField = ForgeAst.relation(inverse) == null && SchemaChecks.isPrimitive(inverse, PrimitiveKind.UUID);
        if (!pointsBack && !uuidField) {
          report(DiagnosticCode.LF215, "`" + target.getName() + "." + inverse.getName() + "` is neither a belongsTo("
              + owner.getName() + ") nor a uuid field", rel, P.getRelation_Inverse(), inverse.getName());
        }
      }
      case FIELD -> {
        if (!SchemaChecks.isPrimitive(r.inverse(), PrimitiveKind.UUID)) {
          report(DiagnosticCode.LF215, "`" + target.getName() + "." + r.inverse().getName() + "` is the foreign key of `"
              + field.getName() + "` and must be uuid", rel, P.getRelation_Target(), r.inverse().getName(), field.getName());
        }
      }
      case IMPLICIT -> report(DiagnosticCode.LF214, "hasMany(" + target.getName() + ") adds an optional foreign key `"
          + r.foreignKeyField() + "` to `" + target.getName() + "`; declare `" + owner.getName().substring(0, 1).toLowerCase()
          + owner.getName().substring(1) + ": belongsTo(" + owner.getName() + ")` there to make it explicit",
          rel, P.getRelation_Target(), target.getName(), r.foreignKeyField(), owner.getName());
      default -> { }
    }
  }

  /**
   * Foreign keys and join tables reference a single uuid primary key (DESIGN §2: FK columns are
   * uuid); reports LF219 on the relation and returns false otherwise.
   */
  private boolean relationKey(Field field, Model model) {
    List<Field> pks = SchemaChecks.primaryKeys(model);
    if (pks.isEmpty()) {
      return false; // LF201 is reported on the model itself.
    }
    if (pks.size() == 1 && SchemaChecks.isPrimitive(pks.get(0), PrimitiveKind.UUID)) {
      return true;
    }
    String why = pks.size() > 1 ? "a composite primary key" : "primary key `" + pks.get(0).getName() + "` of type "
        + SchemaChecks.typeName(pks.get(0));
    report(DiagnosticCode.LF219, "relation `" + field.getName() + "` needs `" + model.getName()
        + "` to have a single uuid primary key, but it has " + why, field, P.getField_Type(), field.getName(), model.getName());
    return false;
  }

  /** LF211 for names LaForge derives from a relation: join tables, join columns, implicit FK columns. */
  private void identifierLengths(Field field, Relation rel, Model owner, Model target) {
    List<String> names = new ArrayList<>();
    if (rel.getKind() == RelationKind.MANY_TO_MANY) {
      names.add(Naming.joinTableName(ForgeAst.tableName(owner), ForgeAst.tableName(target)));
      names.add(Naming.joinColumnName(owner.getName()));
      names.add(owner == target ? Naming.snakeCase(field.getName()) + "_id" : Naming.joinColumnName(target.getName()));
    } else if (rel.getKind() == RelationKind.HAS_MANY) {
      InverseResolution r = ForgeAst.resolveHasMany(field);
      if (r.kind() == InverseResolution.Kind.IMPLICIT) {
        names.add(Naming.columnName(r.foreignKeyField()));
      }
    }
    for (String name : names) {
      if (!Dialect.POSTGRES.fits(name)) {
        report(DiagnosticCode.LF211, "`" + field.getName() + "` needs the name `" + name + "`, longer than PostgreSQL's 63 bytes; "
            + "shorten the model or table names", field, P.getField_Name(), name, "63");
      }
    }
  }

  /**
   * Strongly connected components of the belongsTo graph by model name (Tarjan's algorithm), built
   * from the names the relations are written with. Every cycle of resolved models is also a cycle
   * of their names, so a relation whose two ends are in different components is on no cycle; the
   * names of a file are read once per change of that file, not once per validation run.
   */
  private static java.util.Map<String, Integer> components(List<java.util.Map<String, List<String>>> perFile) {
    java.util.Map<String, Set<String>> graph = new java.util.HashMap<>();
    for (java.util.Map<String, List<String>> file : perFile) {
      file.forEach((model, targets) -> graph.computeIfAbsent(model, k -> new java.util.LinkedHashSet<>()).addAll(targets));
    }
    java.util.Map<String, Integer> index = new java.util.HashMap<>();
    java.util.Map<String, Integer> low = new java.util.HashMap<>();
    java.util.Map<String, Integer> component = new java.util.HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new HashSet<>();
    int[] counter = {0};
    for (String m : graph.keySet()) {
      if (!index.containsKey(m)) {
        strongConnect(m, graph, index, low, component, stack, onStack, counter);
      }
    }
    return component;
  }

  /** Model name -> the names its belongsTo relations are written with (self-references left out), for one file. */
  private static java.util.Map<String, List<String>> belongsToNames(org.eclipse.emf.ecore.resource.Resource resource) {
    java.util.Map<String, List<String>> names = new java.util.HashMap<>();
    for (org.eclipse.emf.ecore.EObject root : resource.getContents()) {
      if (!(root instanceof dev.laforge.language.forge.ForgeFile file)) {
        continue;
      }
      for (org.eclipse.emf.ecore.EObject decl : file.getDeclarations()) {
        if (decl instanceof Model m && m.getName() != null) {
          List<String> targets = names.computeIfAbsent(m.getName(), k -> new ArrayList<>());
          for (Field f : ForgeAst.fields(m)) {
            if (ForgeAst.isBelongsTo(f)) {
              String text = ForgeAst.referenceText(ForgeAst.relation(f), P.getRelation_Target());
              String target = text == null ? null : text.startsWith("^") ? text.substring(1) : text;
              if (target != null && !target.equals(m.getName())) {
                targets.add(target);
              }
            }
          }
        }
      }
    }
    return names;
  }

  private static void strongConnect(String root, java.util.Map<String, Set<String>> graph, java.util.Map<String, Integer> index,
      java.util.Map<String, Integer> low, java.util.Map<String, Integer> component, Deque<String> stack, Set<String> onStack,
      int[] counter) {
    // Iterative to stay safe on long chains of models.
    Deque<java.util.Iterator<String>> work = new ArrayDeque<>();
    Deque<String> path = new ArrayDeque<>();
    visit(root, index, low, stack, onStack, counter);
    path.push(root);
    work.push(graph.getOrDefault(root, Set.of()).iterator());
    while (!work.isEmpty()) {
      String v = path.peek();
      java.util.Iterator<String> it = work.peek();
      if (it.hasNext()) {
        String w = it.next();
        if (!index.containsKey(w)) {
          visit(w, index, low, stack, onStack, counter);
          path.push(w);
          work.push(graph.getOrDefault(w, Set.of()).iterator());
        } else if (onStack.contains(w)) {
          low.put(v, Math.min(low.get(v), index.get(w)));
        }
        continue;
      }
      work.pop();
      path.pop();
      if (low.get(v).equals(index.get(v))) {
        String w;
        do {
          w = stack.pop();
          onStack.remove(w);
          component.put(w, index.get(v));
        } while (!w.equals(v));
      }
      if (!path.isEmpty()) {
        String parent = path.peek();
        low.put(parent, Math.min(low.get(parent), low.get(v)));
      }
    }
  }

  private static void visit(String m, java.util.Map<String, Integer> index, java.util.Map<String, Integer> low,
      Deque<String> stack, Set<String> onStack, int[] counter) {
    index.put(m, counter[0]);
    low.put(m, counter[0]);
    counter[0]++;
    stack.push(m);
    onStack.add(m);
  }

  /**
   * The shortest belongsTo path from this relation's target back to its model, through other
   * models (self-references are allowed), e.g. [A, B, A]; empty when there is none.
   */
  private java.util.Optional<List<String>> cycle(Field field) {
    Model start = (Model) field.eContainer();
    Model first = ForgeAst.resolved(ForgeAst.relation(field).getTarget());
    if (first == null || first == start) {
      return java.util.Optional.empty();
    }
    // Only an edge inside a strongly connected component can close a cycle; most domains have none,
    // so the path search below runs only for the few edges that may be on a cycle. Two models of
    // the same name (LF203) share a graph node, so such an edge is always searched.
    java.util.Map<String, Integer> components =
        acrossFiles("belongsToComponents", start, RelationChecks::belongsToNames, RelationChecks::components);
    Integer a = start.getName() == null ? null : components.get(start.getName());
    boolean sameName = start.getName() != null && start.getName().equals(first.getName());
    if (!sameName && (a == null || !a.equals(components.get(first.getName())))) {
      return java.util.Optional.empty();
    }
    Deque<List<Model>> queue = new ArrayDeque<>();
    Set<Model> seen = new HashSet<>();
    queue.add(List.of(start, first));
    seen.add(first);
    while (!queue.isEmpty()) {
      List<Model> path = queue.poll();
      Model last = path.get(path.size() - 1);
      for (Field f : ForgeAst.fields(last)) {
        if (!ForgeAst.isBelongsTo(f)) {
          continue;
        }
        Model next = ForgeAst.resolved(ForgeAst.relation(f).getTarget());
        if (next == null || next == last) {
          continue;
        }
        List<Model> longer = new ArrayList<>(path);
        longer.add(next);
        if (next == start) {
          return java.util.Optional.of(longer.stream().map(Model::getName).toList());
        }
        if (seen.add(next)) {
          queue.add(longer);
        }
      }
    }
    return java.util.Optional.empty();
  }
}
