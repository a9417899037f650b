package dev.laforge.backend.policy;

import dev.laforge.backend.ir.Expr;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A test-only parser for Forge's policy expressions (the grammar's PolicyExpression rules), so
 * printer round trips can be checked without Xtext, which compiler-backend must not depend on.
 */
final class ForgeExprParser {

  private final String text;
  private int pos;

  private ForgeExprParser(String text) {
    this.text = text;
  }

  static Expr parse(String text) {
    ForgeExprParser parser = new ForgeExprParser(text);
    Expr e = parser.or();
    parser.skip();
    if (parser.pos != text.length()) {
      throw parser.error("unexpected input");
    }
    return e;
  }

  private Expr or() {
    Expr left = and();
    while (accept("||")) {
      left = new Expr.Logical(Expr.LogicalOp.OR, left, and());
    }
    return left;
  }

  private Expr and() {
    Expr left = comparison();
    while (accept("&&")) {
      left = new Expr.Logical(Expr.LogicalOp.AND, left, comparison());
    }
    return left;
  }

  private Expr comparison() {
    Expr left = unary();
    for (String op : List.of("===", "!==", "==", "!=", "<=", ">=", "<", ">")) {
      if (accept(op)) {
        Expr.CompareOp kind = switch (op) {
          case "===", "==" -> Expr.CompareOp.EQ;
          case "!==", "!=" -> Expr.CompareOp.NE;
          case "<=" -> Expr.CompareOp.LE;
          case ">=" -> Expr.CompareOp.GE;
          case "<" -> Expr.CompareOp.LT;
          default -> Expr.CompareOp.GT;
        };
        return new Expr.Compare(kind, left, unary());
      }
    }
    return left;
  }

  private Expr unary() {
    if (peek("!") && !peek("!=")) {
      accept("!");
      return new Expr.Not(unary());
    }
    return postfix();
  }

  private Expr postfix() {
    Expr e = primary();
    while (peek(".")) {
      accept(".");
      String name = identifier();
      if ((name.equals("some") || name.equals("every") || name.equals("includes")) && peek("(")) {
        accept("(");
        Expr.CollectionOp op = Expr.CollectionOp.valueOf(name.toUpperCase(java.util.Locale.ROOT));
        int mark = pos;
        String parameter = lambdaParameter();
        if (parameter != null) {
          e = new Expr.Collection(op, e, parameter, or(), null);
        } else {
          pos = mark;
          e = new Expr.Collection(op, e, null, null, or());
        }
        expect(")");
      } else {
        e = member(e, name);
      }
    }
    return e;
  }

  private Expr member(Expr receiver, String name) {
    List<String> path = new ArrayList<>();
    if (receiver instanceof Expr.RecordPath r) {
      path.addAll(r.path());
      path.add(name);
      return new Expr.RecordPath(path);
    }
    if (receiver instanceof Expr.VariablePath v) {
      path.addAll(v.path());
      path.add(name);
      return new Expr.VariablePath(v.variable(), path);
    }
    throw error("member access on " + receiver);
  }

  /** {@code x =>} or {@code (x) =>}; null when the argument is not a lambda. */
  private String lambdaParameter() {
    skip();
    int mark = pos;
    boolean parenthesised = accept("(");
    if (!Character.isJavaIdentifierStart(charAt(pos))) {
      pos = mark;
      return null;
    }
    String name = identifier();
    if (parenthesised && !accept(")")) {
      pos = mark;
      return null;
    }
    if (!accept("=>")) {
      pos = mark;
      return null;
    }
    return name;
  }

  private Expr primary() {
    skip();
    char c = charAt(pos);
    if (c == '"' || c == '\'') {
      return Expr.Literal.string(string());
    }
    if (Character.isDigit(c)) {
      int start = pos;
      while (Character.isDigit(charAt(pos)) || (charAt(pos) == '.' && Character.isDigit(charAt(pos + 1)))) {
        pos++;
      }
      return Expr.Literal.number(new BigDecimal(text.substring(start, pos)));
    }
    if (accept("[")) {
      List<Expr> elements = new ArrayList<>();
      if (!accept("]")) {
        do {
          elements.add(or());
        } while (accept(","));
        expect("]");
      }
      return new Expr.ArrayLiteral(elements);
    }
    if (accept("(")) {
      Expr e = or();
      expect(")");
      return e;
    }
    String name = identifier();
    return switch (name) {
      case "true", "false" -> Expr.Literal.bool(name.equals("true"));
      case "null" -> Expr.Literal.nullValue();
      case "record" -> new Expr.RecordPath(List.of());
      case "user" -> {
        expect(".");
        yield new Expr.UserAttribute(identifier());
      }
      default -> new Expr.VariablePath(name, List.of());
    };
  }

  private String string() {
    char quote = text.charAt(pos++);
    StringBuilder out = new StringBuilder();
    while (charAt(pos) != quote) {
      char c = text.charAt(pos++);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = text.charAt(pos++);
      switch (e) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          pos += 4;
        }
        default -> out.append(e);
      }
    }
    pos++;
    return out.toString();
  }

  private String identifier() {
    skip();
    int start = pos;
    while (Character.isJavaIdentifierPart(charAt(pos)) && charAt(pos) != '\0') {
      pos++;
    }
    if (start == pos) {
      throw error("identifier expected");
    }
    return text.substring(start, pos);
  }

  private boolean peek(String token) {
    skip();
    return text.startsWith(token, pos);
  }

  private boolean accept(String token) {
    if (peek(token)) {
      pos += token.length();
      return true;
    }
    return false;
  }

  private void expect(String token) {
    if (!accept(token)) {
      throw error("'" + token + "' expected");
    }
  }

  private void skip() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private char charAt(int i) {
    return i < text.length() ? text.charAt(i) : '\0';
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException(message + " at " + pos + " in: " + text);
  }
}
