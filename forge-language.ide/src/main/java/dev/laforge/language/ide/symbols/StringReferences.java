package dev.laforge.language.ide.symbols;

import dev.laforge.language.ast.ExprType;
import dev.laforge.language.ast.ExprTypes;
import dev.laforge.language.forge.ArrayLiteral;
import dev.laforge.language.forge.Binary;
import dev.laforge.language.forge.ClaimDecl;
import dev.laforge.language.forge.ClaimsBlock;
import dev.laforge.language.forge.CollectionCall;
import dev.laforge.language.forge.CollectionOp;
import dev.laforge.language.forge.EnumDecl;
import dev.laforge.language.forge.EnumValue;
import dev.laforge.language.forge.Expression;
import dev.laforge.language.forge.Parenthesized;
import dev.laforge.language.forge.RoleDecl;
import dev.laforge.language.forge.RolesBlock;
import dev.laforge.language.forge.StringLiteral;
import dev.laforge.language.forge.UserRef;
import dev.laforge.language.validation.GlobalNames;
import java.util.Optional;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;

/**
 * String literals that name a declaration by where they stand: {@code user.roles.includes("admin")}
 * and {@code user.role == "admin"} name a role, {@code user.claims.includes("can.x")} a claim, and
 * {@code record.status == "draft"} or {@code ["draft", "sent"].includes(record.status)} a value of
 * the field's enum. Go to definition, references, highlights and rename treat them as references.
 */
public final class StringReferences {

  /** What kind of declaration a string names. */
  public enum Kind { ROLE, CLAIM, ENUM_VALUE }

  /** A string's meaning: the kind, the name, and for enum values the enum. */
  public record Named(Kind kind, String name, EnumDecl enumDecl) {}

  private static final Set<String> COMPARISONS = Set.of("==", "===", "!=", "!==");

  private StringReferences() {}

  /** What {@code literal} names, when its position in the expression says so. */
  public static Optional<Named> of(StringLiteral literal) {
    String value = literal.getValue();
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    EObject parent = literal.eContainer();
    if (parent instanceof CollectionCall call && call.getOp() == CollectionOp.INCLUDES && call.getArgument() == literal) {
      return listOf(call.getReceiver()).map(kind -> new Named(kind, value, null));
    }
    if (parent instanceof Binary binary && COMPARISONS.contains(binary.getOp())) {
      return comparedWith(binary.getLeft() == literal ? binary.getRight() : binary.getLeft(), value);
    }
    if (parent instanceof ArrayLiteral array && array.eContainer() instanceof CollectionCall call
        && call.getOp() == CollectionOp.INCLUDES && call.getReceiver() == array && call.getArgument() != null) {
      return comparedWith(call.getArgument(), value);
    }
    return Optional.empty();
  }

  /** What a string compared with {@code other} (by == or as an element of a list it is looked up in) names. */
  public static Optional<Named> comparedWith(Expression other, String value) {
    Expression e = unwrap(other);
    if (e instanceof UserRef user && "role".equals(user.getProperty())) {
      return Optional.of(new Named(Kind.ROLE, value, null));
    }
    ExprType type = ExprTypes.typeOf(e);
    if (type.kind() == ExprType.Kind.ENUM && type.enumDecl() != null) {
      return Optional.of(new Named(Kind.ENUM_VALUE, value, type.enumDecl()));
    }
    return Optional.empty();
  }

  /** {@code user.roles} holds roles, {@code user.claims} claims. */
  public static Optional<Kind> listOf(Expression receiver) {
    if (unwrap(receiver) instanceof UserRef user) {
      if ("roles".equals(user.getProperty())) {
        return Optional.of(Kind.ROLE);
      }
      if ("claims".equals(user.getProperty())) {
        return Optional.of(Kind.CLAIM);
      }
    }
    return Optional.empty();
  }

  /** The declaration {@code named} denotes in the project of {@code context}, or null when none is declared. */
  public static EObject resolve(Named named, EObject context, GlobalNames names) {
    switch (named.kind()) {
      case ENUM_VALUE:
        for (EnumValue v : named.enumDecl().getValues()) {
          if (named.name().equals(v.getName())) {
            return v;
          }
        }
        return null;
      case ROLE:
        for (RolesBlock block : names.allOfType(context, RolesBlock.class)) {
          for (RoleDecl role : block.getRoles()) {
            if (named.name().equals(role.getName())) {
              return role;
            }
          }
        }
        return null;
      default:
        for (ClaimsBlock block : names.allOfType(context, ClaimsBlock.class)) {
          for (var entry : block.getEntries()) {
            if (entry instanceof ClaimDecl claim && named.name().equals(claim.getName())) {
              return claim;
            }
          }
        }
        return null;
    }
  }

  private static Expression unwrap(Expression e) {
    Expression x = e;
    while (x instanceof Parenthesized p) {
      x = p.getExpression();
    }
    return x;
  }
}
