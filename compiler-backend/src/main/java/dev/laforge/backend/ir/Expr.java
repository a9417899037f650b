package dev.laforge.backend.ir;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.util.List;

/**
 * Expression tree shared by policies, permission conditions, hooks and actions. Policies use the
 * subset the grammar allows there (logic, comparisons, literals, record/user paths, collection
 * predicates); hooks add arithmetic, method calls, object literals, {@code now()} and {@code uuid()}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Expr.Logical.class, name = "logical"),
  @JsonSubTypes.Type(value = Expr.Not.class, name = "not"),
  @JsonSubTypes.Type(value = Expr.Compare.class, name = "compare"),
  @JsonSubTypes.Type(value = Expr.Arithmetic.class, name = "arithmetic"),
  @JsonSubTypes.Type(value = Expr.Negate.class, name = "negate"),
  @JsonSubTypes.Type(value = Expr.Literal.class, name = "literal"),
  @JsonSubTypes.Type(value = Expr.ArrayLiteral.class, name = "array"),
  @JsonSubTypes.Type(value = Expr.ObjectLiteral.class, name = "object"),
  @JsonSubTypes.Type(value = Expr.RecordPath.class, name = "record"),
  @JsonSubTypes.Type(value = Expr.UserAttribute.class, name = "user"),
  @JsonSubTypes.Type(value = Expr.VariablePath.class, name = "variable"),
  @JsonSubTypes.Type(value = Expr.Collection.class, name = "collection"),
  @JsonSubTypes.Type(value = Expr.MethodCall.class, name = "call"),
  @JsonSubTypes.Type(value = Expr.Length.class, name = "length"),
  @JsonSubTypes.Type(value = Expr.Now.class, name = "now"),
  @JsonSubTypes.Type(value = Expr.NewUuid.class, name = "uuid"),
  @JsonSubTypes.Type(value = Expr.Regex.class, name = "regex")
})
public sealed interface Expr {

  enum LogicalOp { AND, OR }

  enum CompareOp {
    EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">=");

    private final String symbol;

    CompareOp(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }

  enum ArithmeticOp { ADD, SUB, MUL, DIV, MOD }

  enum CollectionOp { SOME, EVERY, INCLUDES }

  /** Literal kinds: {@code value} is a String, BigDecimal, Boolean or null accordingly. */
  enum LiteralType { STRING, NUMBER, BOOLEAN, NULL }

  record Logical(LogicalOp op, Expr left, Expr right) implements Expr {}

  record Not(Expr operand) implements Expr {}

  /** {@code ===} and {@code ==} both mean EQ; {@code !==} and {@code !=} both mean NE. */
  record Compare(CompareOp op, Expr left, Expr right) implements Expr {}

  record Arithmetic(ArithmeticOp op, Expr left, Expr right) implements Expr {}

  record Negate(Expr operand) implements Expr {}

  record Literal(LiteralType type, String text) implements Expr {
    public static Literal string(String s) {
      return new Literal(LiteralType.STRING, s);
    }

    public static Literal number(BigDecimal n) {
      return new Literal(LiteralType.NUMBER, n.toPlainString());
    }

    public static Literal bool(boolean b) {
      return new Literal(LiteralType.BOOLEAN, Boolean.toString(b));
    }

    public static Literal nullValue() {
      return new Literal(LiteralType.NULL, null);
    }
  }

  record ArrayLiteral(List<Expr> elements) implements Expr {
    public ArrayLiteral {
      elements = List.copyOf(elements);
    }
  }

  record ObjectLiteral(List<Property> properties) implements Expr {
    public ObjectLiteral {
      properties = List.copyOf(properties);
    }

    public record Property(String key, Expr value) {}
  }

  /** {@code record.a.b.c}: field and relation names from the policy's model; empty is {@code record}. */
  record RecordPath(List<String> path) implements Expr {
    public RecordPath {
      path = List.copyOf(path);
    }
  }

  /** {@code user.id}, {@code user.tenantId}, {@code user.role}, {@code user.roles}, {@code user.claims}. */
  record UserAttribute(String name) implements Expr {}

  /** A lambda parameter, {@code let} variable or action parameter followed by a field path. */
  record VariablePath(String variable, List<String> path) implements Expr {
    public VariablePath {
      path = List.copyOf(path);
    }
  }

  /**
   * {@code receiver.some(x => body)}, {@code receiver.every(x => body)} or
   * {@code receiver.includes(argument)}; {@code parameter} and {@code body} are null for includes.
   */
  record Collection(CollectionOp op, Expr receiver, String parameter, Expr body, Expr argument) implements Expr {}

  /** A string method call in hooks and actions, e.g. {@code title.toLowerCase()}. */
  record MethodCall(Expr receiver, String method, List<Expr> arguments) implements Expr {
    public MethodCall {
      arguments = List.copyOf(arguments);
    }
  }

  record Length(Expr receiver) implements Expr {}

  record Now() implements Expr {}

  record NewUuid() implements Expr {}

  record Regex(String pattern, String flags) implements Expr {}
}
