package dev.laforge.backend.ir;

/** Field types of Forge v1 ({@code int} is parsed as {@link #INTEGER}). */
public enum ScalarType {
  UUID, STRING, TEXT, INTEGER, BIGINT, DECIMAL, FLOAT, BOOLEAN, DATE, DATETIME, JSON, JSONB, ENUM;

  public boolean isNumeric() {
    return this == INTEGER || this == BIGINT || this == DECIMAL || this == FLOAT;
  }

  public boolean isTextual() {
    return this == STRING || this == TEXT;
  }
}
