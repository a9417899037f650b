package dev.laforge.language.ide.hover;

import dev.laforge.backend.generate.SchemaExcerpts;
import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.policy.PolicyException;
import dev.laforge.backend.policy.RlsWriter;
import dev.laforge.language.ast.ForgeAst;
import dev.laforge.language.forge.ClaimDecl;
import dev.laforge.language.forge.ContextParams;
import dev.laforge.language.forge.EnumDecl;
import dev.laforge.language.forge.EnumValue;
import dev.laforge.language.forge.Expression;
import dev.laforge.language.forge.Field;
import dev.laforge.language.forge.ForgeFile;
import dev.laforge.language.forge.IndexDecl;
import dev.laforge.language.forge.Model;
import dev.laforge.language.forge.ModelPermissions;
import dev.laforge.language.forge.PermissionRule;
import dev.laforge.language.forge.Policy;
import dev.laforge.language.forge.PolicyBody;
import dev.laforge.language.forge.Relation;
import dev.laforge.language.forge.RelationKind;
import dev.laforge.language.forge.RoleDecl;
import dev.laforge.language.forge.StringLiteral;
import dev.laforge.language.forge.TableOption;
import dev.laforge.language.ide.preview.Declarations;
import dev.laforge.language.ide.server.LiveProject;
import dev.laforge.language.ide.symbols.StringReferences.Kind;
import dev.laforge.language.ir.DocComments;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;

/**
 * The Markdown of a hover: the doc comment first, then a line saying what the element is, then
 * the SQL it compiles to in the active dialect (or, for roles and claims, where they are used).
 * When the domain has errors it shows what it still can, with a note; it never throws.
 */
final class HoverMarkdown {

  private static final Pattern BACKTICKS = Pattern.compile("`+");

  private final LiveProject project;
  private final Dialect dialect;

  private HoverMarkdown(LiveProject project) {
    this.project = project;
    this.dialect = project.activeDialect();
  }

  /** The hover of {@code element}, found in {@code resource}; null when there is nothing to say. */
  static String of(Resource resource, EObject element) {
    EObject target = target(element);
    if (target == null) {
      return null;
    }
    return new HoverMarkdown(LiveProject.of(resource)).render(target);
  }

  /** What a hover over {@code element} is about: the declaration around it, or null. */
  static EObject target(EObject element) {
    if (element == null) {
      return null;
    }
    if (element instanceof Model || element instanceof Field || element instanceof Policy || element instanceof RoleDecl
        || element instanceof ClaimDecl || element instanceof PermissionRule || element instanceof EnumDecl) {
      return element;
    }
    if (element instanceof StringLiteral literal) {
      return RbacUsages.kindOf(literal).isPresent() ? literal : null;
    }
    if (element instanceof Expression) {
      return null;
    }
    if (element instanceof PolicyBody || element instanceof ContextParams) {
      return EcoreUtil2.getContainerOfType(element, Policy.class);
    }
    if (element instanceof EnumValue) {
      return element.eContainer();
    }
    Field field = EcoreUtil2.getContainerOfType(element, Field.class);
    if (field != null) {
      return field;
    }
    return element instanceof TableOption || element instanceof IndexDecl ? element.eContainer() : null;
  }

  private String render(EObject target) {
    if (target instanceof Model model) {
      return model(model);
    }
    if (target instanceof Field field) {
      return field(field);
    }
    if (target instanceof Policy policy) {
      return Declarations.ruleName(policy) == null ? null
          : rule(DocComments.of(policy), "policy", Declarations.modelOf(policy), Declarations.action(policy));
    }
    if (target instanceof PermissionRule rule && rule.eContainer() instanceof ModelPermissions permissions
        && Declarations.modelOf(permissions) != null && rule.getAction() != null) {
      return rule(DocComments.of(rule), "permission", Declarations.modelOf(permissions), Declarations.action(rule.getAction()));
    }
    if (target instanceof RoleDecl role) {
      return rbac(DocComments.of(role), role.getName(), Kind.ROLE);
    }
    if (target instanceof ClaimDecl claim) {
      return rbac(DocComments.of(claim), claim.getName(), Kind.CLAIM);
    }
    if (target instanceof StringLiteral literal) {
      Kind kind = RbacUsages.kindOf(literal).orElseThrow();
      return rbac(declaredDoc(literal.getValue(), kind), literal.getValue(), kind);
    }
    if (target instanceof EnumDecl e) {
      return join(DocComments.of(e), "enum `" + e.getName() + "`: "
          + e.getValues().stream().map(v -> "`" + v.getName() + "`").collect(Collectors.joining(", ")));
    }
    return null;
  }

  private String model(Model model) {
    if (model.getName() == null) {
      return null;
    }
    String header = "model `" + model.getName() + "` · table `" + ForgeAst.tableName(model) + "` · " + dialect.id();
    return join(DocComments.of(model), header, sql(excerpts -> excerpts.model(model.getName())));
  }

  private String field(Field field) {
    Model model = EcoreUtil2.getContainerOfType(field, Model.class);
    if (model == null || model.getName() == null || field.getName() == null) {
      return null;
    }
    String name = model.getName() + "." + field.getName();
    Relation relation = ForgeAst.relation(field);
    if (relation == null) {
      String header = "field `" + name + "` · column `" + ForgeAst.columnName(field) + "` · " + dialect.id();
      return join(DocComments.of(field), header, sql(excerpts -> excerpts.field(model.getName(), field.getName())));
    }
    Model target = ForgeAst.resolved(relation.getTarget());
    String header = "relation `" + name + "` · " + relation.getKind().getLiteral()
        + (target == null ? "" : " `" + target.getName() + "`")
        + (relation.getKind() == RelationKind.MANY_TO_MANY ? " (join table)" : relation.getKind() == RelationKind.HAS_MANY
            ? " (foreign key in `" + (target == null ? "?" : target.getName()) + "`)" : "")
        + " · " + dialect.id();
    return join(DocComments.of(field), header, sql(excerpts -> excerpts.relation(model.getName(), field.getName())));
  }

  /** A policy or permission rule: the RLS of its (model, action), which is PostgreSQL whatever the dialect. */
  private String rule(String doc, String kind, String model, Action action) {
    String header = kind + " `" + model + "." + action.keyword() + "` · PostgreSQL row-level security";
    Domain domain = project.domain().orElse(null);
    String body;
    if (domain == null || domain.model(model).isEmpty()) {
      body = unavailable(domain == null ? project.problem() : "no model `" + model + "` in the domain");
    } else {
      try {
        body = block(RlsWriter.policy(domain, model, action)) + errorsNote();
      } catch (PolicyException e) {
        body = unavailable("cannot compile the policies: " + e.getMessage());
      } catch (RuntimeException e) {
        body = unavailable(reason(e));
      }
    }
    return join(doc, header, body);
  }

  private String rbac(String doc, String name, Kind kind) {
    if (name == null) {
      return null;
    }
    List<ForgeFile> files = project.files();
    Set<String> grants = RbacUsages.grants(files, name, kind);
    String header = (kind == Kind.ROLE ? "role `" : "claim `") + name + "`";
    if (!grants.isEmpty()) {
      header += (kind == Kind.ROLE ? " · grants " : " · granted to ")
          + grants.stream().map(g -> "`" + g + "`").collect(Collectors.joining(", "));
    }
    List<RbacUsages.Usage> usages = RbacUsages.usages(files, name, kind);
    String body = usages.isEmpty() ? "Not used by any policy or permission rule."
        : "Used by:\n" + usages.stream().map(u -> "- `" + u.label() + "` — " + u.file() + ":" + u.line()).collect(Collectors.joining("\n"));
    return join(doc, header, body);
  }

  /** The doc comment of the role or claim declared with this name, if any. */
  private String declaredDoc(String name, Kind kind) {
    Class<? extends EObject> type = kind == Kind.ROLE ? RoleDecl.class : ClaimDecl.class;
    for (ForgeFile file : project.files()) {
      for (EObject o : EcoreUtil2.eAllOfType(file, type)) {
        String declared = o instanceof RoleDecl r ? r.getName() : ((ClaimDecl) o).getName();
        if (name.equals(declared)) {
          return DocComments.of(o);
        }
      }
    }
    return null;
  }

  /** The SQL of an element in the active dialect, or a note saying why there is none. */
  private String sql(Function<SchemaExcerpts, Optional<String>> excerpt) {
    Domain domain = project.domain().orElse(null);
    if (domain == null) {
      return unavailable(project.problem());
    }
    try {
      Optional<String> sql = excerpt.apply(project.excerpts(dialect));
      return sql.isPresent() ? block(sql.get()) + errorsNote() : unavailable("it is not part of the schema");
    } catch (RuntimeException e) {
      // A domain mid-edit can break the schema builder in ways validation reports separately.
      return unavailable(reason(e));
    }
  }

  /** Why generating failed: the domain's errors when it has some, else what the generator said. */
  private String reason(RuntimeException e) {
    if (project.problem() != null) {
      return project.problem();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Under SQL shown while the domain has errors: the SQL may change once they are fixed. */
  private String errorsNote() {
    String problem = project.problem();
    return problem == null ? "" : "\n\n*The domain has errors, so the SQL may still change: " + problem + "*";
  }

  /** Instead of SQL that cannot be generated. */
  private static String unavailable(String reason) {
    return "*No SQL: " + (reason == null ? "the domain has errors" : reason) + "*";
  }

  /** A fenced SQL block whose fence is longer than any run of backticks in the SQL (MySQL quotes with them). */
  private static String block(String sql) {
    int longest = 2;
    Matcher m = BACKTICKS.matcher(sql);
    while (m.find()) {
      longest = Math.max(longest, m.group().length());
    }
    String fence = "`".repeat(longest + 1);
    return fence + "sql\n" + sql + "\n" + fence;
  }

  private static String join(String... parts) {
    List<String> present = new ArrayList<>();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        present.add(part);
      }
    }
    return String.join("\n\n", present);
  }
}
