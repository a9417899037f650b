package dev.laforge.backend.ir;

import java.util.List;

/** A declared composite {@code index(...)} or {@code unique(...)}; {@code fields} are field names. */
public record Index(List<String> fields, boolean unique) {
  public Index {
    fields = List.copyOf(fields);
  }
}
