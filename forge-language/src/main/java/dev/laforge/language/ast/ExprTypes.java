package dev.laforge.language.ast;

import dev.laforge.language.forge.ArrayLiteral;
import dev.laforge.language.forge.Binary;
import dev.laforge.language.forge.BooleanLiteral;
import dev.laforge.language.forge.CallNow;
import dev.laforge.language.forge.CallUuid;
import dev.laforge.language.forge.CollectionCall;
import dev.laforge.language.forge.EnumTypeRef;
import dev.laforge.language.forge.Expression;
import dev.laforge.language.forge.Field;
import dev.laforge.language.forge.LambdaParam;
import dev.laforge.language.forge.LengthAccess;
import dev.laforge.language.forge.MemberAccess;
import dev.laforge.language.forge.MethodCall;
import dev.laforge.language.forge.Negate;
import dev.laforge.language.forge.Not;
import dev.laforge.language.forge.NullLiteral;
import dev.laforge.language.forge.NumberLiteral;
import dev.laforge.language.forge.ObjectLiteral;
import dev.laforge.language.forge.Parenthesized;
import dev.laforge.language.forge.PrimitiveType;
import dev.laforge.language.forge.RecordRef;
import dev.laforge.language.forge.Relation;
import dev.laforge.language.forge.RelationKind;
import dev.laforge.language.forge.StringLiteral;
import dev.laforge.language.forge.UserRef;
import dev.laforge.language.forge.VariableRef;
import java.util.Set;

/** Computes the {@link ExprType} of expressions; unknown parts yield UNKNOWN, never an exception. */
public final class ExprTypes {

  /** The user context properties a policy may read, with their types. */
  public static final Set<String> USER_PROPERTIES = Set.of("id", "tenantId", "role", "roles", "claims");

  private ExprTypes() {}

  public static ExprType typeOf(Expression e) {
    if (e == null) {
      return ExprType.UNKNOWN;
    }
    if (e instanceof Parenthesized p) {
      return typeOf(p.getExpression());
    }
    if (e instanceof StringLiteral) {
      return ExprType.STRING;
    }
    if (e instanceof NumberLiteral) {
      return ExprType.NUMBER;
    }
    if (e instanceof BooleanLiteral || e instanceof Not) {
      return ExprType.BOOLEAN;
    }
    if (e instanceof NullLiteral) {
      return ExprType.NULL;
    }
    if (e instanceof ArrayLiteral) {
      return ExprType.ARRAY;
    }
    if (e instanceof ObjectLiteral) {
      return ExprType.JSON;
    }
    if (e instanceof CallNow) {
      return ExprType.DATETIME;
    }
    if (e instanceof CallUuid) {
      return ExprType.UUID;
    }
    if (e instanceof Negate || e instanceof LengthAccess) {
      return ExprType.NUMBER;
    }
    if (e instanceof CollectionCall) {
      return ExprType.BOOLEAN;
    }
    if (e instanceof MethodCall call) {
      String m = call.getMethod();
      return "startsWith".equals(m) || "endsWith".equals(m) || "includes".equals(m) ? ExprType.BOOLEAN : ExprType.STRING;
    }
    if (e instanceof Binary b) {
      return switch (b.getOp()) {
        case "&&", "||", "==", "===", "!=", "!==", "<", "<=", ">", ">=" -> ExprType.BOOLEAN;
        case "+" -> typeOf(b.getLeft()).kind() == ExprType.Kind.NUMBER && typeOf(b.getRight()).kind() == ExprType.Kind.NUMBER
            ? ExprType.NUMBER : ExprType.STRING;
        default -> ExprType.NUMBER;
      };
    }
    if (e instanceof RecordRef r) {
      return ExprType.row(ForgeAst.contextModel(r));
    }
    if (e instanceof UserRef u) {
      return switch (u.getProperty() == null ? "" : u.getProperty()) {
        case "id", "tenantId" -> ExprType.UUID;
        case "role" -> ExprType.STRING;
        case "roles", "claims" -> ExprType.STRING_LIST;
        default -> ExprType.UNKNOWN;
      };
    }
    if (e instanceof VariableRef ref) {
      if (ref.getVariable() instanceof LambdaParam param) {
        var model = ForgeAst.lambdaElementModel(param);
        return model == null ? ExprType.UNKNOWN : ExprType.row(model);
      }
      return ExprType.UNKNOWN;
    }
    if (e instanceof MemberAccess access) {
      Field member = ForgeAst.resolved(access.getMember());
      if (member == null) {
        return ExprType.UNKNOWN;
      }
      if (ForgeAst.isFkAlias(access)) {
        return ExprType.UUID;
      }
      return typeOfField(member);
    }
    return ExprType.UNKNOWN;
  }

  public static ExprType typeOfField(Field field) {
    if (field.getType() instanceof Relation rel) {
      var target = ForgeAst.resolved(rel.getTarget());
      return rel.getKind() == RelationKind.BELONGS_TO ? ExprType.row(target) : ExprType.rows(target);
    }
    if (field.getType() instanceof EnumTypeRef ref) {
      return ref.getEnumType() == null || ref.getEnumType().eIsProxy() ? ExprType.UNKNOWN : ExprType.enumOf(ref.getEnumType());
    }
    if (field.getType() instanceof PrimitiveType p) {
      return switch (p.getKind()) {
        case UUID -> ExprType.UUID;
        case STRING, TEXT -> ExprType.STRING;
        case INTEGER, INT, BIGINT, DECIMAL, FLOAT -> ExprType.NUMBER;
        case BOOLEAN -> ExprType.BOOLEAN;
        case DATE -> ExprType.DATE;
        case DATETIME -> ExprType.DATETIME;
        case JSON, JSONB -> ExprType.JSON;
      };
    }
    return ExprType.UNKNOWN;
  }
}
