package dev.laforge.backend.ir;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Stable JSON of the IR (the migration snapshot): sorted keys, two-space indent, {@code \n} line
 * endings, a trailing newline, nulls left out. The same Domain always gives the same bytes.
 */
public final class IrJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      // Only record components (their fields) are data: helpers such as Validation.isEmpty()
      // must not leak into snapshots, so methods are never auto-detected as properties.
      .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
      .visibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
      .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
      .build();

  private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

  private IrJson() {}

  /** A copy of the preconfigured mapper, for reading or writing parts of the IR the same way. */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  /** The domain as stable JSON ending with a newline. */
  public static String write(Domain domain) {
    try {
      return WRITER.writeValueAsString(domain) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the IR could not be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Reads JSON written by {@link #write}; malformed input throws IllegalArgumentException. */
  public static Domain read(String json) {
    try {
      return MAPPER.readValue(json, Domain.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a LaForge IR document: " + e.getOriginalMessage(), e);
    }
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    // The default printer uses the platform line separator; snapshots must be identical everywhere.
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
