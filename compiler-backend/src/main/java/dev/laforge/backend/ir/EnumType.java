package dev.laforge.backend.ir;

import java.util.List;

/** A declared enum; {@code values} keep declaration order, which is the SQL enum's order. */
public record EnumType(String name, String sqlName, List<String> values, String doc) {
  public EnumType {
    values = List.copyOf(values);
  }
}
