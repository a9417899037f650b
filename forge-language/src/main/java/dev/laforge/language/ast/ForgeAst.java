package dev.laforge.language.ast;

import dev.laforge.backend.naming.Naming;
import dev.laforge.language.forge.CollectionCall;
import dev.laforge.language.forge.EnumTypeRef;
import dev.laforge.language.forge.Expression;
import dev.laforge.language.forge.Extension;
import dev.laforge.language.forge.Field;
import dev.laforge.language.forge.Hook;
import dev.laforge.language.forge.Lambda;
import dev.laforge.language.forge.LambdaParam;
import dev.laforge.language.forge.MemberAccess;
import dev.laforge.language.forge.Model;
import dev.laforge.language.forge.ModelPermissions;
import dev.laforge.language.forge.Modifier;
import dev.laforge.language.forge.OptionalModifier;
import dev.laforge.language.forge.Parenthesized;
import dev.laforge.language.forge.Policy;
import dev.laforge.language.forge.RecordRef;
import dev.laforge.language.forge.Relation;
import dev.laforge.language.forge.RelationKind;
import dev.laforge.language.forge.VariableRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;

/** Read-only helpers over the Forge AST shared by scoping, validation and the IR mapper. */
public final class ForgeAst {

  /** Naming.tableName is pure; validation asks for every model's table many times per run. */
  private static final java.util.Map<String, String> TABLE_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

  private ForgeAst() {}

  public static List<Field> fields(Model model) {
    return model == null ? List.of() : EcoreUtil2.typeSelect(model.getMembers(), Field.class);
  }

  public static Relation relation(Field field) {
    return field != null && field.getType() instanceof Relation r ? r : null;
  }

  public static boolean isBelongsTo(Field field) {
    Relation r = relation(field);
    return r != null && r.getKind() == RelationKind.BELONGS_TO;
  }

  public static boolean isToMany(Field field) {
    Relation r = relation(field);
    return r != null && r.getKind() != RelationKind.BELONGS_TO;
  }

  public static boolean has(Field field, Class<? extends Modifier> modifier) {
    return field.getModifiers().stream().anyMatch(modifier::isInstance);
  }

  public static boolean isOptional(Field field) {
    return has(field, OptionalModifier.class);
  }

  public static <T extends Modifier> T modifier(Field field, Class<T> type) {
    return field.getModifiers().stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
  }

  public static boolean isEnumField(Field field) {
    return field.getType() instanceof EnumTypeRef;
  }

  /**
   * Names a model's fields can be referred to by in record chains, index declarations and
   * assignments: the declared fields plus, for each belongsTo relation without an explicit FK
   * field, its implicit FK column {@code <relation>Id}, which resolves to the relation field.
   */
  public static Map<String, Field> referenceableFields(Model model) {
    Map<String, Field> byName = new LinkedHashMap<>();
    for (Field f : fields(model)) {
      if (f.getName() != null) {
        byName.putIfAbsent(f.getName(), f);
      }
    }
    for (Field f : fields(model)) {
      if (isBelongsTo(f) && f.getName() != null) {
        byName.putIfAbsent(Naming.foreignKeyFieldName(f.getName()), f);
      }
    }
    return byName;
  }

  /** The model whose rows {@code record} denotes at this point, or null outside of any. */
  public static Model contextModel(EObject context) {
    for (EObject o = context; o != null; o = o.eContainer()) {
      if (o instanceof Policy p) {
        return p.getModel();
      }
      if (o instanceof ModelPermissions mp) {
        return mp.getModel();
      }
      if (o instanceof Hook h) {
        return h.getModel();
      }
      if (o instanceof Extension e) {
        return e.getModel();
      }
      if (o instanceof Model m) {
        return m;
      }
    }
    return null;
  }

  /**
   * The model an expression's value ranges over, when it denotes a row or a to-one related row:
   * {@code record}, {@code record.author}, a lambda parameter of {@code some}/{@code every} over a
   * to-many relation. Null for scalars and unknown expressions.
   */
  public static Model rowModel(Expression expression) {
    if (expression instanceof Parenthesized p) {
      return rowModel(p.getExpression());
    }
    if (expression instanceof RecordRef r) {
      return contextModel(r);
    }
    if (expression instanceof MemberAccess access) {
      Field member = resolved(access.getMember());
      Relation rel = relation(member);
      if (rel != null && rel.getKind() == RelationKind.BELONGS_TO && !isFkAlias(access)) {
        return resolved(rel.getTarget());
      }
      return null;
    }
    if (expression instanceof VariableRef ref && ref.getVariable() instanceof LambdaParam param) {
      return lambdaElementModel(param);
    }
    return null;
  }

  /** The target model of a to-many relation expression such as {@code record.tags}, else null. */
  public static Model collectionModel(Expression expression) {
    if (expression instanceof Parenthesized p) {
      return collectionModel(p.getExpression());
    }
    if (expression instanceof MemberAccess access) {
      Field member = resolved(access.getMember());
      Relation rel = relation(member);
      if (rel != null && rel.getKind() != RelationKind.BELONGS_TO) {
        return resolved(rel.getTarget());
      }
    }
    return null;
  }

  /** The element model of the collection a lambda parameter iterates, or null. */
  public static Model lambdaElementModel(LambdaParam param) {
    if (param.eContainer() instanceof Lambda lambda && lambda.eContainer() instanceof CollectionCall call) {
      return collectionModel(call.getReceiver());
    }
    return null;
  }

  /** True when a member access names a belongsTo relation through its FK alias ({@code authorId}). */
  public static boolean isFkAlias(MemberAccess access) {
    Field member = resolved(access.getMember());
    if (member == null || !isBelongsTo(member)) {
      return false;
    }
    String text = referenceText(access, dev.laforge.language.forge.ForgePackage.Literals.MEMBER_ACCESS__MEMBER);
    return text != null && !text.equals(member.getName());
  }

  /** The source text of a cross-reference as written, or null when there is no node model. */
  public static String referenceText(EObject owner, org.eclipse.emf.ecore.EReference reference) {
    var nodes = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findNodesForFeature(owner, reference);
    if (nodes.isEmpty()) {
      return null;
    }
    return org.eclipse.xtext.nodemodel.util.NodeModelUtils.getTokenText(nodes.get(0));
  }

  /** Returns the object unless it is an unresolved proxy. */
  public static <T extends EObject> T resolved(T object) {
    return object == null || object.eIsProxy() ? null : object;
  }

  /** The chain of member names from {@code record} or a variable, outermost last; null if not a path. */
  public static List<MemberAccess> accessChain(Expression expression) {
    List<MemberAccess> chain = new ArrayList<>();
    Expression e = expression;
    while (e instanceof MemberAccess access) {
      chain.add(0, access);
      e = access.getReceiver();
    }
    return chain;
  }

  /** The table a model maps to: {@code table("...")} or the snake_case plural of its name. */
  public static String columnName(Field field) {
    dev.laforge.language.forge.ColumnModifier c = modifier(field, dev.laforge.language.forge.ColumnModifier.class);
    return c != null && c.getName() != null ? c.getName() : Naming.columnName(field.getName());
  }

  public static String tableName(Model model) {
    for (var option : model.getOptions()) {
      if (option.getName() != null) {
        return option.getName();
      }
    }
    for (dev.laforge.language.forge.TableOption option : org.eclipse.xtext.EcoreUtil2.typeSelect(model.getMembers(), dev.laforge.language.forge.TableOption.class)) {
      if (option.getName() != null) {
        return option.getName();
      }
    }
    return model.getName() == null ? "" : TABLE_NAMES.computeIfAbsent(model.getName(), Naming::tableName);
  }


  /** How a {@code hasMany(T)} finds its foreign key in T (DESIGN §2, in this order). */
  public record InverseResolution(Kind kind, Field inverse, String foreignKeyField, List<Field> candidates) {
    public enum Kind { DECLARED, BELONGS_TO, FIELD, IMPLICIT, AMBIGUOUS, UNRESOLVED }
  }

  /**
   * Resolves the FK of a to-many {@code hasMany} field: the named inverse, else the one belongsTo
   * in the target pointing back, else a uuid field {@code <model>Id} of the target, else an
   * implicit optional FK column of that name which LaForge adds to the target.
   */
  public static InverseResolution resolveHasMany(Field field) {
    Relation rel = relation(field);
    Model owner = (Model) field.eContainer();
    Model target = rel == null ? null : resolved(rel.getTarget());
    if (rel == null || target == null || owner == null || owner.getName() == null) {
      return new InverseResolution(InverseResolution.Kind.UNRESOLVED, null, null, List.of());
    }
    if (rel.getInverse() != null) {
      Field inverse = resolved(rel.getInverse());
      if (inverse == null) {
        return new InverseResolution(InverseResolution.Kind.UNRESOLVED, null, null, List.of());
      }
      String fk = isBelongsTo(inverse) ? dev.laforge.backend.naming.Naming.foreignKeyFieldName(inverse.getName()) : inverse.getName();
      return new InverseResolution(InverseResolution.Kind.DECLARED, inverse, fk, List.of(inverse));
    }
    List<Field> pointingBack = fields(target).stream()
        .filter(f -> isBelongsTo(f) && relation(f).getTarget() == owner && f != field)
        .toList();
    if (pointingBack.size() == 1) {
      Field inverse = pointingBack.get(0);
      return new InverseResolution(InverseResolution.Kind.BELONGS_TO, inverse,
          dev.laforge.backend.naming.Naming.foreignKeyFieldName(inverse.getName()), pointingBack);
    }
    if (pointingBack.size() > 1) {
      return new InverseResolution(InverseResolution.Kind.AMBIGUOUS, null, null, pointingBack);
    }
    String implicitName = Character.toLowerCase(owner.getName().charAt(0)) + owner.getName().substring(1) + "Id";
    for (Field f : fields(target)) {
      if (implicitName.equals(f.getName()) && relation(f) == null) {
        return new InverseResolution(InverseResolution.Kind.FIELD, f, implicitName, List.of(f));
      }
    }
    return new InverseResolution(InverseResolution.Kind.IMPLICIT, null, implicitName, List.of());
  }

  /** The explicit FK field declared beside a belongsTo relation ({@code teamId} for {@code team}), or null. */
  public static Field explicitForeignKey(Field belongsTo) {
    String fkName = dev.laforge.backend.naming.Naming.foreignKeyFieldName(belongsTo.getName());
    for (Field f : fields((Model) belongsTo.eContainer())) {
      if (fkName.equals(f.getName()) && relation(f) == null) {
        return f;
      }
    }
    return null;
  }
}
