package dev.laforge.backend.ir;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;

/** A column default: a literal, {@code now()}, {@code uuid()} or an enum value. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = DefaultValue.Text.class, name = "string"),
  @JsonSubTypes.Type(value = DefaultValue.Number.class, name = "number"),
  @JsonSubTypes.Type(value = DefaultValue.Bool.class, name = "boolean"),
  @JsonSubTypes.Type(value = DefaultValue.Null.class, name = "null"),
  @JsonSubTypes.Type(value = DefaultValue.Now.class, name = "now"),
  @JsonSubTypes.Type(value = DefaultValue.Uuid.class, name = "uuid"),
  @JsonSubTypes.Type(value = DefaultValue.EnumValue.class, name = "enum")
})
public sealed interface DefaultValue {
  record Text(String value) implements DefaultValue {}

  record Number(BigDecimal value) implements DefaultValue {}

  record Bool(boolean value) implements DefaultValue {}

  record Null() implements DefaultValue {}

  record Now() implements DefaultValue {}

  record Uuid() implements DefaultValue {}

  record EnumValue(String value) implements DefaultValue {}
}
