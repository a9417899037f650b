package dev.laforge.backend.ir;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** Statements of the hook and action language: no loops, no I/O, no host access. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Stmt.If.class, name = "if"),
  @JsonSubTypes.Type(value = Stmt.Let.class, name = "let"),
  @JsonSubTypes.Type(value = Stmt.Assign.class, name = "assign"),
  @JsonSubTypes.Type(value = Stmt.Return.class, name = "return"),
  @JsonSubTypes.Type(value = Stmt.Reject.class, name = "reject")
})
public sealed interface Stmt {

  /** {@code otherwise} holds the else branch (an else-if is a single nested If). */
  record If(Expr condition, List<Stmt> then, List<Stmt> otherwise) implements Stmt {
    public If {
      then = List.copyOf(then);
      otherwise = List.copyOf(otherwise);
    }
  }

  record Let(String name, Expr value) implements Stmt {}

  /** {@code record.field = value}. */
  record Assign(String field, Expr value) implements Stmt {}

  /** {@code value} is null for a bare {@code return}. */
  record Return(Expr value) implements Stmt {}

  record Reject(Expr message) implements Stmt {}
}
