package dev.laforge.language.ir;

import dev.laforge.backend.ir.Expr;
import dev.laforge.backend.ir.Stmt;
import dev.laforge.backend.naming.Naming;
import dev.laforge.language.ast.ForgeAst;
import dev.laforge.language.forge.ArrayLiteral;
import dev.laforge.language.forge.AssignStatement;
import dev.laforge.language.forge.Binary;
import dev.laforge.language.forge.Block;
import dev.laforge.language.forge.BooleanLiteral;
import dev.laforge.language.forge.CallNow;
import dev.laforge.language.forge.CallUuid;
import dev.laforge.language.forge.CollectionCall;
import dev.laforge.language.forge.Expression;
import dev.laforge.language.forge.ForgePackage;
import dev.laforge.language.forge.IfStatement;
import dev.laforge.language.forge.LengthAccess;
import dev.laforge.language.forge.LetStatement;
import dev.laforge.language.forge.MemberAccess;
import dev.laforge.language.forge.MethodCall;
import dev.laforge.language.forge.Negate;
import dev.laforge.language.forge.Not;
import dev.laforge.language.forge.NullLiteral;
import dev.laforge.language.forge.NumberLiteral;
import dev.laforge.language.forge.ObjectLiteral;
import dev.laforge.language.forge.Parenthesized;
import dev.laforge.language.forge.RecordRef;
import dev.laforge.language.forge.RegexLiteral;
import dev.laforge.language.forge.RejectStatement;
import dev.laforge.language.forge.ReturnStatement;
import dev.laforge.language.forge.Statement;
import dev.laforge.language.forge.StringLiteral;
import dev.laforge.language.forge.UserRef;
import dev.laforge.language.forge.VariableRef;
import java.util.ArrayList;
import java.util.List;

/** Maps policy and hook expressions and statements of the AST to the IR trees. */
final class ExpressionMapper {

  private ExpressionMapper() {}

  static Expr expression(Expression e) {
    if (e instanceof Parenthesized p) {
      return expression(p.getExpression());
    }
    if (e instanceof Binary b) {
      Expr left = expression(b.getLeft());
      Expr right = expression(b.getRight());
      return switch (b.getOp()) {
        case "||" -> new Expr.Logical(Expr.LogicalOp.OR, left, right);
        case "&&" -> new Expr.Logical(Expr.LogicalOp.AND, left, right);
        case "==", "===" -> new Expr.Compare(Expr.CompareOp.EQ, left, right);
        case "!=", "!==" -> new Expr.Compare(Expr.CompareOp.NE, left, right);
        case "<" -> new Expr.Compare(Expr.CompareOp.LT, left, right);
        case "<=" -> new Expr.Compare(Expr.CompareOp.LE, left, right);
        case ">" -> new Expr.Compare(Expr.CompareOp.GT, left, right);
        case ">=" -> new Expr.Compare(Expr.CompareOp.GE, left, right);
        case "+" -> new Expr.Arithmetic(Expr.ArithmeticOp.ADD, left, right);
        case "-" -> new Expr.Arithmetic(Expr.ArithmeticOp.SUB, left, right);
        case "*" -> new Expr.Arithmetic(Expr.ArithmeticOp.MUL, left, right);
        case "/" -> new Expr.Arithmetic(Expr.ArithmeticOp.DIV, left, right);
        case "%" -> new Expr.Arithmetic(Expr.ArithmeticOp.MOD, left, right);
        default -> throw new IllegalStateException("operator " + b.getOp());
      };
    }
    if (e instanceof Not n) {
      return new Expr.Not(expression(n.getOperand()));
    }
    if (e instanceof Negate n) {
      return new Expr.Negate(expression(n.getOperand()));
    }
    if (e instanceof StringLiteral s) {
      return Expr.Literal.string(s.getValue());
    }
    if (e instanceof NumberLiteral n) {
      return Expr.Literal.number(n.getValue());
    }
    if (e instanceof BooleanLiteral b) {
      return Expr.Literal.bool(b.isValue());
    }
    if (e instanceof NullLiteral) {
      return Expr.Literal.nullValue();
    }
    if (e instanceof ArrayLiteral a) {
      return new Expr.ArrayLiteral(a.getElements().stream().map(ExpressionMapper::expression).toList());
    }
    if (e instanceof ObjectLiteral o) {
      return new Expr.ObjectLiteral(o.getProperties().stream()
          .map(p -> new Expr.ObjectLiteral.Property(p.getKey(), expression(p.getValue()))).toList());
    }
    if (e instanceof RecordRef) {
      return new Expr.RecordPath(List.of());
    }
    if (e instanceof UserRef u) {
      return new Expr.UserAttribute(u.getProperty());
    }
    if (e instanceof VariableRef v) {
      return new Expr.VariablePath(v.getVariable().getName(), List.of());
    }
    if (e instanceof MemberAccess access) {
      return path(access);
    }
    if (e instanceof CollectionCall c) {
      Expr receiver = expression(c.getReceiver());
      if (c.getLambda() == null && dev.laforge.language.ast.ExprTypes.typeOf(c.getReceiver()).kind()
          == dev.laforge.language.ast.ExprType.Kind.STRING) {
        return new Expr.MethodCall(receiver, "includes", List.of(expression(c.getArgument())));
      }
      Expr.CollectionOp op = Expr.CollectionOp.valueOf(c.getOp().getName());
      if (c.getLambda() != null) {
        return new Expr.Collection(op, receiver, c.getLambda().getParam().getName(), expression(c.getLambda().getBody()), null);
      }
      return new Expr.Collection(op, receiver, null, null, expression(c.getArgument()));
    }
    if (e instanceof MethodCall m) {
      return new Expr.MethodCall(expression(m.getReceiver()), m.getMethod(),
          m.getArguments().stream().map(ExpressionMapper::expression).toList());
    }
    if (e instanceof LengthAccess l) {
      return new Expr.Length(expression(l.getReceiver()));
    }
    if (e instanceof CallNow) {
      return new Expr.Now();
    }
    if (e instanceof CallUuid) {
      return new Expr.NewUuid();
    }
    if (e instanceof RegexLiteral r) {
      String text = r.getValue();
      int end = text.lastIndexOf('/');
      return new Expr.Regex(text.substring(1, end), text.substring(end + 1));
    }
    throw new IllegalStateException("unmapped expression " + (e == null ? "null" : e.eClass().getName()));
  }

  /** {@code record.a.b} or {@code x.a.b}; an FK alias such as {@code authorId} stays as written. */
  private static Expr path(MemberAccess access) {
    List<MemberAccess> chain = ForgeAst.accessChain(access);
    List<String> names = new ArrayList<>();
    for (MemberAccess m : chain) {
      names.add(ForgeAst.isFkAlias(m)
          ? ForgeAst.referenceText(m, ForgePackage.Literals.MEMBER_ACCESS__MEMBER)
          : m.getMember().getName());
    }
    Expression root = chain.get(0).getReceiver();
    while (root instanceof Parenthesized p) {
      root = p.getExpression();
    }
    if (root instanceof RecordRef) {
      return new Expr.RecordPath(names);
    }
    if (root instanceof VariableRef v) {
      return new Expr.VariablePath(v.getVariable().getName(), names);
    }
    if (root instanceof MemberAccess inner) {
      // `(record.team).name`: the parenthesised prefix is a path of its own.
      Expr prefix = path(inner);
      List<String> all = new ArrayList<>(prefix instanceof Expr.RecordPath r ? r.path() : ((Expr.VariablePath) prefix).path());
      all.addAll(names);
      return prefix instanceof Expr.VariablePath vp ? new Expr.VariablePath(vp.variable(), all) : new Expr.RecordPath(all);
    }
    throw new IllegalStateException("member access on " + root.eClass().getName());
  }

  static List<Stmt> block(Block block) {
    List<Stmt> result = new ArrayList<>();
    if (block != null) {
      for (Statement s : block.getStatements()) {
        result.add(statement(s));
      }
    }
    return result;
  }

  private static Stmt statement(Statement s) {
    if (s instanceof IfStatement i) {
      List<Stmt> otherwise = i.getElseIf() != null ? List.of(statement(i.getElseIf())) : block(i.getElse());
      return new Stmt.If(expression(i.getCondition()), block(i.getThen()), otherwise);
    }
    if (s instanceof LetStatement l) {
      return new Stmt.Let(l.getName(), expression(l.getValue()));
    }
    if (s instanceof AssignStatement a) {
      String written = ForgeAst.referenceText(a, ForgePackage.Literals.ASSIGN_STATEMENT__FIELD);
      String name = ForgeAst.isBelongsTo(a.getField()) ? Naming.foreignKeyFieldName(a.getField().getName()) : a.getField().getName();
      return new Stmt.Assign(written != null && !ForgeAst.isBelongsTo(a.getField()) ? written : name, expression(a.getValue()));
    }
    if (s instanceof ReturnStatement r) {
      return new Stmt.Return(r.getValue() == null ? null : expression(r.getValue()));
    }
    if (s instanceof RejectStatement r) {
      return new Stmt.Reject(expression(r.getMessage()));
    }
    throw new IllegalStateException("unmapped statement " + s.eClass().getName());
  }
}
