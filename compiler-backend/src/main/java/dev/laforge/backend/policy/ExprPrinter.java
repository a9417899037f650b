package dev.laforge.backend.policy;

import dev.laforge.backend.ir.Expr;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints an expression back in Forge syntax, with only the parentheses Forge's precedence needs
 * ({@code ||} below {@code &&} below comparisons below {@code + -} below {@code * / %} below
 * unary {@code ! -}). Used in verdicts, SQL comments and hovers; printing a parsed policy and
 * parsing it again gives the same tree.
 */
public final class ExprPrinter {

  private static final int OR = 1;
  private static final int AND = 2;
  private static final int COMPARE = 3;
  private static final int ADDITIVE = 4;
  private static final int MULTIPLICATIVE = 5;
  private static final int UNARY = 6;
  private static final int POSTFIX = 7;

  private ExprPrinter() {}

  public static String print(Expr expr) {
    return print(expr, 0);
  }

  /** A Forge string literal: double quotes, with backslash escapes for quotes, backslashes and controls. */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static String print(Expr e, int context) {
    int own = precedence(e);
    String text = render(e);
    return own < context ? "(" + text + ")" : text;
  }

  private static int precedence(Expr e) {
    if (e instanceof Expr.Logical l) {
      return l.op() == Expr.LogicalOp.OR ? OR : AND;
    }
    if (e instanceof Expr.Compare) {
      return COMPARE;
    }
    if (e instanceof Expr.Arithmetic a) {
      return a.op() == Expr.ArithmeticOp.ADD || a.op() == Expr.ArithmeticOp.SUB ? ADDITIVE : MULTIPLICATIVE;
    }
    if (e instanceof Expr.Not || e instanceof Expr.Negate) {
      return UNARY;
    }
    return POSTFIX;
  }

  private static String render(Expr e) {
    if (e instanceof Expr.Logical l) {
      int p = precedence(l);
      // Both operators are left-associative: a right operand of the same operator keeps its parentheses.
      return print(l.left(), p) + (l.op() == Expr.LogicalOp.OR ? " || " : " && ") + print(l.right(), p + 1);
    }
    if (e instanceof Expr.Compare c) {
      // Forge allows one comparison per operand chain: comparisons inside comparisons need parentheses.
      return print(c.left(), COMPARE + 1) + " " + c.op().symbol() + " " + print(c.right(), COMPARE + 1);
    }
    if (e instanceof Expr.Arithmetic a) {
      int p = precedence(a);
      return print(a.left(), p) + " " + arithmetic(a.op()) + " " + print(a.right(), p + 1);
    }
    if (e instanceof Expr.Not n) {
      return "!" + print(n.operand(), UNARY);
    }
    if (e instanceof Expr.Negate n) {
      return "-" + print(n.operand(), UNARY);
    }
    if (e instanceof Expr.Literal l) {
      return switch (l.type()) {
        case STRING -> quote(l.text());
        case NUMBER, BOOLEAN -> l.text();
        case NULL -> "null";
      };
    }
    if (e instanceof Expr.ArrayLiteral a) {
      return "[" + list(a.elements()) + "]";
    }
    if (e instanceof Expr.ObjectLiteral o) {
      return o.properties().isEmpty() ? "{}" : o.properties().stream()
          .map(p -> (p.key().matches("[A-Za-z_][A-Za-z_0-9]*") ? p.key() : quote(p.key())) + ": " + print(p.value(), 0))
          .collect(Collectors.joining(", ", "{ ", " }"));
    }
    if (e instanceof Expr.RecordPath r) {
      return path("record", r.path());
    }
    if (e instanceof Expr.UserAttribute u) {
      return "user." + u.name();
    }
    if (e instanceof Expr.VariablePath v) {
      return path(v.variable(), v.path());
    }
    if (e instanceof Expr.Collection c) {
      String receiver = print(c.receiver(), POSTFIX);
      String op = c.op().name().toLowerCase(java.util.Locale.ROOT);
      String inner = c.body() != null ? c.parameter() + " => " + print(c.body(), 0) : print(c.argument(), 0);
      return receiver + "." + op + "(" + inner + ")";
    }
    if (e instanceof Expr.MethodCall m) {
      return print(m.receiver(), POSTFIX) + "." + m.method() + "(" + list(m.arguments()) + ")";
    }
    if (e instanceof Expr.Length l) {
      return print(l.receiver(), POSTFIX) + ".length";
    }
    if (e instanceof Expr.Now) {
      return "now()";
    }
    if (e instanceof Expr.NewUuid) {
      return "uuid()";
    }
    if (e instanceof Expr.Regex r) {
      return "/" + r.pattern() + "/" + r.flags();
    }
    throw new IllegalArgumentException("unknown expression " + e);
  }

  private static String list(List<Expr> elements) {
    return elements.stream().map(x -> print(x, 0)).collect(Collectors.joining(", "));
  }

  private static String path(String root, List<String> names) {
    return names.isEmpty() ? root : root + "." + String.join(".", names);
  }

  private static String arithmetic(Expr.ArithmeticOp op) {
    return switch (op) {
      case ADD -> "+";
      case SUB -> "-";
      case MUL -> "*";
      case DIV -> "/";
      case MOD -> "%";
    };
  }
}
