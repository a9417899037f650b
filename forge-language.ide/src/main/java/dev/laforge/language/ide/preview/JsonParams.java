package dev.laforge.language.ide.preview;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.laforge.backend.policy.UserContext;
import dev.laforge.language.ide.server.RequestError;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.Position;

/**
 * Reads the JSON parameters of LaForge's requests and commands. Every wrong shape is a
 * {@link RequestError#invalidParams} whose message names the parameter and what it must be.
 */
public final class JsonParams {

  private static final Set<String> USER_PROPERTIES = Set.of("id", "tenantId", "role", "roles", "claims");

  private JsonParams() {}

  /** A command argument or request parameter as JSON, whatever form the JSON-RPC layer gave it. */
  public static JsonElement json(Object value) {
    return value instanceof JsonElement e ? e : new Gson().toJsonTree(value);
  }

  /** The parameters as an object. */
  public static JsonObject object(JsonElement params, String what) {
    if (params == null || !params.isJsonObject()) {
      throw RequestError.invalidParams(what + " must be a JSON object");
    }
    return params.getAsJsonObject();
  }

  /** A string member, empty when absent or null. */
  public static Optional<String> string(JsonObject object, String key) {
    JsonElement e = object.get(key);
    if (e == null || e.isJsonNull()) {
      return Optional.empty();
    }
    if (!(e instanceof JsonPrimitive p) || !p.isString()) {
      throw RequestError.invalidParams("`" + key + "` must be a string");
    }
    return Optional.of(p.getAsString());
  }

  /**
   * The URI of an existing .forge file ({@code file:}), as the client names documents; anything
   * else is rejected before the workspace is asked for it.
   */
  public static String documentUri(JsonElement value) {
    if (!(value instanceof JsonPrimitive p) || !p.isString()) {
      throw RequestError.invalidParams("`uri` must be the file: URI of a .forge file");
    }
    String uri = p.getAsString();
    try {
      java.net.URI parsed = new java.net.URI(uri);
      if (!"file".equalsIgnoreCase(parsed.getScheme())) {
        throw RequestError.invalidParams("`uri` must be the file: URI of a .forge file, not " + uri);
      }
      Path path = Path.of(parsed);
      Path name = path.getFileName();
      if (name == null || !name.toString().endsWith(".forge") || !Files.isRegularFile(path)) {
        throw RequestError.invalidParams("no .forge file at " + uri);
      }
    } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
      throw RequestError.invalidParams("`uri` is not a file: URI: " + uri);
    }
    return uri;
  }

  /** A zero-based {@code {line, character}} position. */
  public static Position position(JsonObject value, String what) {
    return new Position(naturalNumber(value, "line", what), naturalNumber(value, "character", what));
  }

  /**
   * The user context: {@code {id, tenantId, role, roles: [], claims: []}}, every property optional
   * (absent or null is unset, as for an anonymous user); other properties are rejected.
   */
  public static UserContext user(JsonElement value) {
    if (value == null || value.isJsonNull()) {
      return UserContext.ANONYMOUS;
    }
    JsonObject user = object(value, "`user`");
    for (String key : user.keySet()) {
      if (!USER_PROPERTIES.contains(key)) {
        throw RequestError.invalidParams("`user` has an unknown property `" + key + "` (known: id, tenantId, role, roles, claims)");
      }
    }
    return new UserContext(userString(user, "id"), userString(user, "tenantId"), userString(user, "role"),
        userList(user, "roles"), userList(user, "claims"));
  }

  /**
   * The record: field names to values (strings, numbers, booleans, null); a belongsTo relation as
   * a nested object, a to-many relation as a list of objects. Absent or null is the empty record.
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> record(JsonElement value) {
    if (value == null || value.isJsonNull()) {
      return Map.of();
    }
    object(value, "`record`");
    return (Map<String, Object>) toJava(value);
  }

  /** JSON as the policy evaluator's values: String, BigDecimal, Boolean, null, List and Map. */
  static Object toJava(JsonElement e) {
    if (e == null || e.isJsonNull()) {
      return null;
    }
    if (e.isJsonObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      e.getAsJsonObject().entrySet().forEach(entry -> map.put(entry.getKey(), toJava(entry.getValue())));
      return map;
    }
    if (e.isJsonArray()) {
      List<Object> list = new ArrayList<>();
      e.getAsJsonArray().forEach(x -> list.add(toJava(x)));
      return list;
    }
    JsonPrimitive p = e.getAsJsonPrimitive();
    if (p.isBoolean()) {
      return p.getAsBoolean();
    }
    return p.isNumber() ? p.getAsBigDecimal() : p.getAsString();
  }

  private static int naturalNumber(JsonObject object, String key, String what) {
    JsonElement e = object.get(key);
    if (e instanceof JsonPrimitive p && p.isNumber()) {
      double d = p.getAsDouble();
      if (d >= 0 && d <= Integer.MAX_VALUE && d == Math.rint(d)) {
        return (int) d;
      }
    }
    throw RequestError.invalidParams(what + " needs `" + key + "`, a number from 0");
  }

  private static String userString(JsonObject user, String key) {
    JsonElement e = user.get(key);
    if (e == null || e.isJsonNull()) {
      return null;
    }
    if (!(e instanceof JsonPrimitive p) || !p.isString()) {
      throw RequestError.invalidParams("`user." + key + "` must be a string");
    }
    return p.getAsString();
  }

  private static List<String> userList(JsonObject user, String key) {
    JsonElement e = user.get(key);
    if (e == null || e.isJsonNull()) {
      return null;
    }
    if (!(e instanceof JsonArray array)) {
      throw RequestError.invalidParams("`user." + key + "` must be a list of strings");
    }
    List<String> values = new ArrayList<>();
    for (JsonElement x : array) {
      if (!(x instanceof JsonPrimitive p) || !p.isString()) {
        throw RequestError.invalidParams("`user." + key + "` must be a list of strings");
      }
      values.add(p.getAsString());
    }
    return values;
  }
}
