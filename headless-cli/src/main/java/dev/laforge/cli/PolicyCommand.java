package dev.laforge.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.policy.PolicyEvaluator;
import dev.laforge.backend.policy.PolicyException;
import dev.laforge.backend.policy.UserContext;
import dev.laforge.backend.policy.Verdict;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forge policy explain}: the verdict of a user against a record and the clause that decided. */
@Command(name = "policy", mixinStandardHelpOptions = true, description = "Explore the access policies of the domain.",
    subcommands = {PolicyCommand.Explain.class})
final class PolicyCommand implements Runnable {

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "explain", mixinStandardHelpOptions = true,
      description = "Evaluate Model.action for a user and a record, print allow or deny and the deciding clause.")
  static final class Explain implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.ACTION", description = "e.g. Post.read")
    private String target;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "PATH", description = ".forge files or project folders (default: the current folder)")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--user", defaultValue = "{}", paramLabel = "JSON",
        description = "the user context: {\"id\", \"tenantId\", \"role\", \"roles\": [], \"claims\": []}")
    private String user;

    @Option(names = "--record", defaultValue = "{}", paramLabel = "JSON",
        description = "the record by field name; a belongsTo relation as a nested object, a to-many relation as a list")
    private String record;

    @Override
    public Integer call() {
      var stdout = spec.commandLine().getOut();
      var stderr = spec.commandLine().getErr();
      int dot = target.lastIndexOf('.');
      Action action;
      try {
        action = Action.valueOf(target.substring(dot + 1).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
        stderr.println("forge: expected MODEL.ACTION with action create, read, update or delete, got `" + target + "`");
        return ExitCode.USAGE;
      }
      String model = dot < 0 ? "" : target.substring(0, dot);
      UserContext context;
      Map<String, Object> row;
      try {
        context = userContext(JSON.readTree(user));
        row = asMap(JSON.readTree(record), "--record");
      } catch (JsonProcessingException | IllegalArgumentException e) {
        stderr.println("forge: " + (e instanceof JsonProcessingException j ? "invalid JSON: " + j.getOriginalMessage() : e.getMessage()));
        return ExitCode.USAGE;
      }
      DomainCommand.Loaded loaded = DomainCommand.load(paths, stderr, stderr, "");
      Domain domain = loaded.domain();
      if (domain == null) {
        return loaded.exit();
      }
      if (domain.model(model).isEmpty()) {
        stderr.println("forge: no model `" + model + "` in the domain");
        return ExitCode.USAGE;
      }
      Verdict verdict;
      try {
        verdict = new PolicyEvaluator().evaluate(domain, model, action, row, context);
      } catch (PolicyException e) {
        stderr.println("forge: cannot compile the policies: " + e.getMessage());
        return ExitCode.PROBLEMS;
      }
      stdout.println((verdict.allowed() ? "allow" : "deny") + "  " + model + "." + action.keyword());
      stdout.println("decided by: " + verdict.decidedBy());
      for (Verdict.Outcome outcome : verdict.outcomes()) {
        stdout.println("  " + outcome);
      }
      return ExitCode.OK;
    }

    private static UserContext userContext(JsonNode node) {
      Map<String, Object> map = asMap(node, "--user");
      for (String key : map.keySet()) {
        if (!List.of("id", "tenantId", "role", "roles", "claims").contains(key)) {
          throw new IllegalArgumentException("--user: unknown property `" + key + "` (id, tenantId, role, roles, claims)");
        }
      }
      return new UserContext(text(map.get("id")), text(map.get("tenantId")), text(map.get("role")),
          strings(map.get("roles"), "roles"), strings(map.get("claims"), "claims"));
    }

    private static String text(Object value) {
      return value == null ? null : value.toString();
    }

    private static List<String> strings(Object value, String name) {
      if (value == null) {
        return null;
      }
      if (!(value instanceof List<?> list)) {
        throw new IllegalArgumentException("--user: `" + name + "` must be a list of strings");
      }
      return list.stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(JsonNode node, String option) {
      Object value = convert(node);
      if (!(value instanceof Map)) {
        throw new IllegalArgumentException(option + " must be a JSON object");
      }
      return (Map<String, Object>) value;
    }

    /** JSON to the evaluator's value model: strings, BigDecimal numbers, booleans, null, maps, lists. */
    private static Object convert(JsonNode node) {
      if (node == null || node.isNull() || node.isMissingNode()) {
        return null;
      }
      if (node.isObject()) {
        Map<String, Object> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), convert(e.getValue())));
        return map;
      }
      if (node.isArray()) {
        List<Object> list = new ArrayList<>();
        node.forEach(n -> list.add(convert(n)));
        return list;
      }
      if (node.isNumber()) {
        return new BigDecimal(node.asText());
      }
      if (node.isBoolean()) {
        return node.asBoolean();
      }
      return node.asText();
    }
  }
}
