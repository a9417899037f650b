package dev.laforge.language.ide.preview;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.inject.Inject;
import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.policy.AccessRule;
import dev.laforge.backend.policy.AccessRules;
import dev.laforge.backend.policy.BoundPredicate;
import dev.laforge.backend.policy.PolicyEvaluator;
import dev.laforge.backend.policy.PolicyException;
import dev.laforge.backend.policy.PredicateCompiler;
import dev.laforge.backend.policy.RlsWriter;
import dev.laforge.backend.policy.Truth;
import dev.laforge.backend.policy.UserContext;
import dev.laforge.backend.policy.Verdict;
import dev.laforge.language.ast.ForgeAst;
import dev.laforge.language.forge.ModelPermissions;
import dev.laforge.language.forge.PermissionRule;
import dev.laforge.language.forge.Policy;
import dev.laforge.language.ide.server.LiveProject;
import dev.laforge.language.ide.server.RequestError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * {@code laforge/policyPreview}: what the access rule of one (model, action) decides for a user
 * and a record, with the Java evaluator, and the SQL that enforces it: the predicate of every
 * dialect bound for that user, and PostgreSQL's row-level security.
 */
public class PolicyPreview {

  /** The alias the predicates give the model's rows: {@code SELECT ... FROM "teams" AS "r" WHERE <predicate>}. */
  public static final String ALIAS = "r";

  private static final List<Dialect> DIALECTS = List.of(Dialect.POSTGRES, Dialect.MYSQL, Dialect.SQLITE);

  /**
   * What to preview: {@code policy} is {@code "Model.action"}, a bare {@code "Model"} (with
   * {@code action}, default read) or a position in the document inside a policy or permission rule.
   */
  public record Request(String uri, JsonElement policy, Optional<Action> action, UserContext user, Map<String, Object> record) {}

  /**
   * The answer.
   *
   * @param policy the access rule previewed, {@code Model.action}
   * @param sql the predicate of each dialect, by dialect id
   * @param rls what rls.sql holds for the rule: the tenant guard, then the permissive policy
   * @param verdict {@code allow} or {@code deny}
   * @param decidingClause the clause that decided
   * @param clauses every clause evaluated (the tenant guard first, if any) with {@code true},
   *     {@code false} or {@code unknown}
   */
  public record Result(String model, String action, String policy, Map<String, Predicate> sql, String rls,
      String verdict, DecidingClause decidingClause, List<ClauseOutcome> clauses) {}

  /** A predicate for rows aliased {@code alias}; {@code binds} fill its {@code ?} placeholders in order. */
  public record Predicate(String alias, String predicate, List<Object> binds) {}

  /** The deciding clause; {@code uri} and {@code range} locate its declaration when it has one. */
  public record DecidingClause(String text, String uri, Range range) {}

  /** One clause and what it evaluated to. */
  public record ClauseOutcome(String text, String outcome) {}

  private final DocumentExtensions documents;

  @Inject
  public PolicyPreview(DocumentExtensions documents) {
    this.documents = documents;
  }

  /** Reads {@code {uri, policy, action?, user?, record?}}. */
  public static Request parse(JsonElement params) {
    JsonObject object = JsonParams.object(params, "the parameters");
    String uri = JsonParams.documentUri(object.get("uri"));
    JsonElement policy = object.get("policy");
    if (!(policy instanceof JsonPrimitive p && p.isString()) && !(policy != null && policy.isJsonObject())) {
      throw RequestError.invalidParams("`policy` must be \"Model.action\" or a {line, character} position");
    }
    Optional<Action> action = JsonParams.string(object, "action").map(PolicyPreview::action);
    return new Request(uri, policy, action, JsonParams.user(object.get("user")), JsonParams.record(object.get("record")));
  }

  /** Runs inside a read request on the document {@code request.uri()} names. */
  public Result compute(XtextResource resource, Document document, Request request) {
    Target target = target(resource, document, request);
    LiveProject project = LiveProject.of(resource);
    Domain domain = project.domain().orElse(null);
    String problem = project.problem();
    if (domain == null || problem != null) {
      throw RequestError.failed("cannot preview policies: " + problem);
    }
    if (domain.model(target.model()).isEmpty()) {
      throw RequestError.invalidParams("no model `" + target.model() + "` in the project");
    }
    try {
      AccessRules rules = AccessRules.of(domain);
      AccessRule rule = rules.rule(target.model(), target.action());
      Verdict verdict = evaluate(rules, target, request);
      Map<String, Predicate> sql = new LinkedHashMap<>();
      for (Dialect dialect : DIALECTS) {
        BoundPredicate bound = new PredicateCompiler(rules, dialect).predicate(target.model(), target.action(), ALIAS).bind(request.user());
        sql.put(dialect.id(), new Predicate(ALIAS, bound.sql(), bound.params()));
      }
      List<ClauseOutcome> clauses = verdict.outcomes().stream()
          .map(o -> new ClauseOutcome(o.clause(), o.value().word()))
          .toList();
      return new Result(target.model(), target.action().keyword(), rule.name(), sql,
          RlsWriter.policy(domain, target.model(), target.action()), verdict.allowed() ? "allow" : "deny",
          decidingClause(project, rule, verdict), clauses);
    } catch (PolicyException e) {
      throw RequestError.failed("cannot compile the policies: " + e.getMessage());
    } catch (RequestError e) {
      throw e;
    } catch (RuntimeException e) {
      throw RequestError.failed("cannot compile the policies", e);
    }
  }

  private static Verdict evaluate(AccessRules rules, Target target, Request request) {
    try {
      return new PolicyEvaluator().evaluate(rules, target.model(), target.action(), request.record(), request.user());
    } catch (PolicyException e) {
      throw e;
    } catch (RuntimeException e) {
      throw RequestError.invalidParams("`record` does not fit " + target.model() + ": "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
  }

  /** The (model, action) a request names. */
  private record Target(String model, Action action) {}

  private static Target target(XtextResource resource, Document document, Request request) {
    Target target;
    if (request.policy().isJsonObject()) {
      Position position = JsonParams.position(request.policy().getAsJsonObject(), "`policy`");
      target = at(resource, document, position);
    } else {
      String name = request.policy().getAsString().trim();
      int dot = name.lastIndexOf('.');
      target = dot < 0
          ? new Target(name, request.action().orElse(Action.READ))
          : new Target(name.substring(0, dot), action(name.substring(dot + 1)));
    }
    if (request.action().isPresent() && request.action().get() != target.action()) {
      throw RequestError.invalidParams("`action` " + request.action().get().keyword() + " contradicts `policy` "
          + target.model() + "." + target.action().keyword());
    }
    return target;
  }

  private static Target at(XtextResource resource, Document document, Position position) {
    int offset;
    try {
      offset = document.getOffSet(position);
    } catch (IndexOutOfBoundsException e) {
      throw RequestError.invalidParams("`policy`: line " + position.getLine() + ", character " + position.getCharacter()
          + " is outside the document");
    }
    ILeafNode leaf = resource.getParseResult() == null ? null
        : NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
    EObject element = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
    Policy policy = EcoreUtil2.getContainerOfType(element, Policy.class);
    if (policy != null && Declarations.ruleName(policy) != null) {
      return new Target(Declarations.modelOf(policy), Declarations.action(policy));
    }
    PermissionRule rule = EcoreUtil2.getContainerOfType(element, PermissionRule.class);
    if (rule != null && rule.eContainer() instanceof ModelPermissions permissions && Declarations.modelOf(permissions) != null) {
      return new Target(Declarations.modelOf(permissions), Declarations.action(rule.getAction()));
    }
    throw RequestError.invalidParams("no policy or permission rule at line " + position.getLine()
        + ", character " + position.getCharacter());
  }

  private static Action action(String keyword) {
    try {
      return Action.valueOf(keyword.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw RequestError.invalidParams("unknown action `" + keyword + "` (create, read, update or delete)");
    }
  }

  /**
   * The clause that decided, located where it can be: the first true clause of an allowing rule
   * (its policy or permission rule), or the tenant field when the tenant guard denied.
   */
  private DecidingClause decidingClause(LiveProject project, AccessRule rule, Verdict verdict) {
    Location location = null;
    List<Verdict.Outcome> outcomes = verdict.outcomes();
    int guard = rule.tenantGuard().isPresent() ? 1 : 0;
    if (guard == 1 && !verdict.allowed() && !outcomes.isEmpty() && outcomes.get(0).value() != Truth.TRUE) {
      location = Declarations.model(project.files(), rule.model().name())
          .flatMap(m -> ForgeAst.fields(m).stream().filter(f -> rule.tenantField().name().equals(f.getName())).findFirst())
          .map(documents::newLocation)
          .orElse(null);
    } else if (verdict.allowed() && rule.fallback() == AccessRule.Fallback.RULES) {
      List<EObject> sources = Declarations.clauseSources(project.files(), rule.model().name(), rule.action());
      for (int i = guard; i < outcomes.size(); i++) {
        if (outcomes.get(i).value() == Truth.TRUE) {
          int clause = i - guard;
          if (sources.size() == rule.clauses().size() && clause < sources.size()) {
            location = documents.newFullLocation(sources.get(clause));
          }
          break;
        }
      }
    }
    return new DecidingClause(verdict.decidedBy(), location == null ? null : location.getUri(),
        location == null ? null : location.getRange());
  }
}
