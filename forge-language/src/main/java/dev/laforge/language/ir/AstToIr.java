package dev.laforge.language.ir;

import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.DefaultValue;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.ExtensionAction;
import dev.laforge.backend.ir.Field;
import dev.laforge.backend.ir.Hook;
import dev.laforge.backend.ir.Index;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.Policy;
import dev.laforge.backend.ir.Rbac;
import dev.laforge.backend.ir.Relation;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.ir.Validation;
import dev.laforge.backend.naming.Naming;
import dev.laforge.language.ast.ForgeAst;
import dev.laforge.language.ast.ForgeAst.InverseResolution;
import dev.laforge.language.forge.ClaimDecl;
import dev.laforge.language.forge.ClaimsBlock;
import dev.laforge.language.forge.ColumnModifier;
import dev.laforge.language.forge.DefaultModifier;
import dev.laforge.language.forge.EmailModifier;
import dev.laforge.language.forge.EnumDecl;
import dev.laforge.language.forge.EnumTypeRef;
import dev.laforge.language.forge.Extension;
import dev.laforge.language.forge.ForgeFile;
import dev.laforge.language.forge.IndexDecl;
import dev.laforge.language.forge.LengthModifier;
import dev.laforge.language.forge.MaxModifier;
import dev.laforge.language.forge.MinModifier;
import dev.laforge.language.forge.ModelPermissions;
import dev.laforge.language.forge.OnDeleteModifier;
import dev.laforge.language.forge.PatternModifier;
import dev.laforge.language.forge.PermissionRule;
import dev.laforge.language.forge.PermissionsBlock;
import dev.laforge.language.forge.PiiModifier;
import dev.laforge.language.forge.PkModifier;
import dev.laforge.language.forge.PrimitiveType;
import dev.laforge.language.forge.RelationKind;
import dev.laforge.language.forge.RenamedFromModifier;
import dev.laforge.language.forge.ResidencyModifier;
import dev.laforge.language.forge.RoleClaims;
import dev.laforge.language.forge.RoleDecl;
import dev.laforge.language.forge.RolesBlock;
import dev.laforge.language.forge.SecretModifier;
import dev.laforge.language.forge.TenantModifier;
import dev.laforge.language.forge.UniqueModifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The one mapper from the Xtext AST of a whole domain (all its files) to the canonical IR. It
 * expects a domain without errors: callers map only after validation found none.
 */
public final class AstToIr {

  private final List<ForgeFile> files;
  private final Map<dev.laforge.language.forge.Model, List<Field>> implicitFields = new LinkedHashMap<>();
  private final Map<dev.laforge.language.forge.Model, List<Relation>> implicitRelations = new LinkedHashMap<>();

  private final Map<dev.laforge.language.forge.Model, List<dev.laforge.language.forge.Policy>> policiesByModel;
  private final Map<dev.laforge.language.forge.Model, List<dev.laforge.language.forge.Hook>> hooksByModel;
  private final Map<dev.laforge.language.forge.Model, List<Extension>> extensionsByModel;

  private AstToIr(List<ForgeFile> files) {
    this.files = files;
    this.policiesByModel = byModel(dev.laforge.language.forge.Policy.class, dev.laforge.language.forge.Policy::getModel);
    this.hooksByModel = byModel(dev.laforge.language.forge.Hook.class, dev.laforge.language.forge.Hook::getModel);
    this.extensionsByModel = byModel(Extension.class, Extension::getModel);
  }

  private <T extends EObject> Map<dev.laforge.language.forge.Model, List<T>> byModel(
      Class<T> type, java.util.function.Function<T, dev.laforge.language.forge.Model> model) {
    Map<dev.laforge.language.forge.Model, List<T>> grouped = new java.util.HashMap<>();
    for (ForgeFile f : files) {
      for (EObject d : f.getDeclarations()) {
        if (type.isInstance(d)) {
          grouped.computeIfAbsent(model.apply(type.cast(d)), k -> new ArrayList<>()).add(type.cast(d));
        }
      }
    }
    return grouped;
  }

  public static Domain map(List<ForgeFile> files) {
    return new AstToIr(files).domain();
  }

  /** Declarations of one kind across all files (every kind asked for here is top-level). */
  private <T extends EObject> List<T> all(Class<T> type) {
    List<T> result = new ArrayList<>();
    for (ForgeFile f : files) {
      for (EObject d : f.getDeclarations()) {
        if (type.isInstance(d)) {
          result.add(type.cast(d));
        }
      }
    }
    return result;
  }

  private Domain domain() {
    List<dev.laforge.language.forge.Model> astModels = all(dev.laforge.language.forge.Model.class);
    // hasMany relations may add FK columns to their target: collect those first.
    for (var model : astModels) {
      for (var field : ForgeAst.fields(model)) {
        if (ForgeAst.relation(field) != null && ForgeAst.relation(field).getKind() == RelationKind.HAS_MANY) {
          collectImplicitForeignKey(model, field);
        }
      }
    }
    List<EnumType> enums = all(EnumDecl.class).stream()
        .map(e -> new EnumType(e.getName(), Naming.enumTypeName(e.getName()),
            e.getValues().stream().map(v -> v.getName()).toList(), DocComments.of(e)))
        .sorted(Comparator.comparing(EnumType::name))
        .toList();
    List<Model> models = astModels.stream().map(this::model).sorted(Comparator.comparing(Model::name)).toList();
    return new Domain(enums, models, rbac());
  }

  private void collectImplicitForeignKey(dev.laforge.language.forge.Model owner, dev.laforge.language.forge.Field field) {
    InverseResolution r = ForgeAst.resolveHasMany(field);
    if (r.kind() != InverseResolution.Kind.IMPLICIT) {
      return;
    }
    var target = field.getType() instanceof dev.laforge.language.forge.Relation rel ? rel.getTarget() : null;
    List<Field> extra = implicitFields.computeIfAbsent(target, t -> new ArrayList<>());
    if (extra.stream().anyMatch(f -> f.name().equals(r.foreignKeyField()))) {
      return;
    }
    String relationName = r.foreignKeyField().substring(0, r.foreignKeyField().length() - 2);
    boolean nameFree = ForgeAst.fields(target).stream().noneMatch(f -> relationName.equals(f.getName()));
    extra.add(new Field(r.foreignKeyField(), Naming.columnName(r.foreignKeyField()), ScalarType.UUID, null,
        false, false, false, true, false, false, null, null, Validation.NONE, null,
        nameFree ? relationName : null, true, null));
    if (nameFree) {
      implicitRelations.computeIfAbsent(target, t -> new ArrayList<>()).add(new Relation(relationName,
          Relation.RelationKind.BELONGS_TO, owner.getName(), r.foreignKeyField(), Relation.OnDelete.SET_NULL, true, null, null));
    }
  }

  private Model model(dev.laforge.language.forge.Model m) {
    String table = ForgeAst.tableName(m);
    boolean explicitPk = ForgeAst.fields(m).stream().anyMatch(f -> ForgeAst.has(f, PkModifier.class));
    List<Field> fields = new ArrayList<>();
    List<Relation> relations = new ArrayList<>();
    for (var f : ForgeAst.fields(m)) {
      var rel = ForgeAst.relation(f);
      if (rel == null) {
        fields.add(scalarField(m, f, explicitPk));
        continue;
      }
      relations.add(relation(m, table, f, rel));
      if (rel.getKind() == RelationKind.BELONGS_TO && ForgeAst.explicitForeignKey(f) == null) {
        String fk = Naming.foreignKeyFieldName(f.getName());
        fields.add(new Field(fk, Naming.columnName(fk), ScalarType.UUID, null, false, false, false,
            ForgeAst.isOptional(f), false, false, null, null, Validation.NONE, null, f.getName(), true, null));
      }
    }
    fields.addAll(implicitFields.getOrDefault(m, List.of()));
    relations.addAll(implicitRelations.getOrDefault(m, List.of()));
    List<Index> indexes = EcoreUtil2.typeSelect(m.getMembers(), IndexDecl.class).stream()
        .map(i -> new Index(fieldNames(i), i.isUnique()))
        .toList();
    List<Policy> policies = policiesByModel.getOrDefault(m, List.of()).stream()
        .map(p -> new Policy(m.getName(), action(p.getAction()), ExpressionMapper.expression(p.getBody().getExpression())))
        .sorted(Comparator.comparing(Policy::action))
        .toList();
    List<Hook> hooks = hooksByModel.getOrDefault(m, List.of()).stream()
        .map(h -> new Hook(m.getName(), Hook.HookEvent.valueOf(h.getEvent().getName()), ExpressionMapper.block(h.getBody())))
        .toList();
    List<ExtensionAction> actions = new ArrayList<>();
    for (Extension e : extensionsByModel.getOrDefault(m, List.of())) {
      for (var a : e.getActions()) {
        actions.add(new ExtensionAction(m.getName(), a.getName(), a.getParams().stream().map(p -> p.getName()).toList(),
            ExpressionMapper.block(a.getBody()), e.isService()));
      }
    }
    return new Model(m.getName(), table, DocComments.of(m), fields, relations, indexes, policies, hooks, actions);
  }

  private static List<String> fieldNames(IndexDecl index) {
    List<String> names = new ArrayList<>();
    var nodes = NodeModelUtils.findNodesForFeature(index, dev.laforge.language.forge.ForgePackage.Literals.INDEX_DECL__FIELDS);
    for (int i = 0; i < index.getFields().size(); i++) {
      var f = index.getFields().get(i);
      String written = i < nodes.size() ? NodeModelUtils.getTokenText(nodes.get(i)) : f.getName();
      names.add(ForgeAst.isBelongsTo(f) && ForgeAst.explicitForeignKey(f) == null ? Naming.foreignKeyFieldName(f.getName()) : written);
    }
    return names;
  }

  private Field scalarField(dev.laforge.language.forge.Model owner, dev.laforge.language.forge.Field f, boolean explicitPk) {
    ScalarType type;
    String enumType = null;
    if (f.getType() instanceof EnumTypeRef ref) {
      type = ScalarType.ENUM;
      enumType = ref.getEnumType().getName();
    } else {
      type = scalarType((PrimitiveType) f.getType());
    }
    boolean pk = explicitPk ? ForgeAst.has(f, PkModifier.class) : "id".equals(f.getName());
    String foreignKeyOf = null;
    boolean optional = ForgeAst.isOptional(f);
    for (var other : ForgeAst.fields(owner)) {
      if (ForgeAst.isBelongsTo(other) && Naming.foreignKeyFieldName(other.getName()).equals(f.getName())) {
        foreignKeyOf = other.getName();
        optional = optional || ForgeAst.isOptional(other);
      }
    }
    ResidencyModifier residency = ForgeAst.modifier(f, ResidencyModifier.class);
    RenamedFromModifier renamed = ForgeAst.modifier(f, RenamedFromModifier.class);
    DefaultModifier dflt = ForgeAst.modifier(f, DefaultModifier.class);
    return new Field(f.getName(), ForgeAst.columnName(f), type, enumType, pk,
        ForgeAst.has(f, TenantModifier.class), ForgeAst.has(f, UniqueModifier.class), optional,
        ForgeAst.has(f, PiiModifier.class), ForgeAst.has(f, SecretModifier.class),
        residency == null ? null : residency.getZone(), dflt == null ? null : defaultValue(dflt.getValue()),
        validation(f), renamed == null ? null : renamed.getName(), foreignKeyOf, false, DocComments.of(f));
  }

  private static ScalarType scalarType(PrimitiveType p) {
    return switch (p.getKind()) {
      case UUID -> ScalarType.UUID;
      case STRING -> ScalarType.STRING;
      case TEXT -> ScalarType.TEXT;
      case INTEGER, INT -> ScalarType.INTEGER;
      case BIGINT -> ScalarType.BIGINT;
      case DECIMAL -> ScalarType.DECIMAL;
      case FLOAT -> ScalarType.FLOAT;
      case BOOLEAN -> ScalarType.BOOLEAN;
      case DATE -> ScalarType.DATE;
      case DATETIME -> ScalarType.DATETIME;
      case JSON -> ScalarType.JSON;
      case JSONB -> ScalarType.JSONB;
    };
  }

  private static Validation validation(dev.laforge.language.forge.Field f) {
    LengthModifier len = ForgeAst.modifier(f, LengthModifier.class);
    MinModifier min = ForgeAst.modifier(f, MinModifier.class);
    MaxModifier max = ForgeAst.modifier(f, MaxModifier.class);
    PatternModifier pattern = ForgeAst.modifier(f, PatternModifier.class);
    Integer minLength = len == null || len.getMin() == 0 ? null : len.getMin();
    Integer maxLength = len == null || len.getMax() == 0 ? null : len.getMax();
    return new Validation(minLength, maxLength, min == null ? null : min.getValue(), max == null ? null : max.getValue(),
        pattern == null ? null : pattern.getRegex(), ForgeAst.has(f, EmailModifier.class));
  }

  private static DefaultValue defaultValue(dev.laforge.language.forge.DefaultValue v) {
    if (v instanceof dev.laforge.language.forge.StringDefault s) {
      return new DefaultValue.Text(s.getValue());
    }
    if (v instanceof dev.laforge.language.forge.NumberDefault n) {
      return new DefaultValue.Number(n.getValue());
    }
    if (v instanceof dev.laforge.language.forge.BooleanDefault b) {
      return new DefaultValue.Bool(b.isValue());
    }
    if (v instanceof dev.laforge.language.forge.NowDefault) {
      return new DefaultValue.Now();
    }
    if (v instanceof dev.laforge.language.forge.UuidDefault) {
      return new DefaultValue.Uuid();
    }
    if (v instanceof dev.laforge.language.forge.EnumDefault e) {
      return new DefaultValue.EnumValue(e.getValue().getName());
    }
    return new DefaultValue.Null();
  }

  private Relation relation(dev.laforge.language.forge.Model owner, String ownerTable,
      dev.laforge.language.forge.Field f, dev.laforge.language.forge.Relation rel) {
    var target = rel.getTarget();
    String doc = DocComments.of(f);
    return switch (rel.getKind()) {
      case BELONGS_TO -> {
        OnDeleteModifier onDelete = ForgeAst.modifier(f, OnDeleteModifier.class);
        Relation.OnDelete action = onDelete == null ? Relation.OnDelete.CASCADE : switch (onDelete.getAction()) {
          case CASCADE -> Relation.OnDelete.CASCADE;
          case RESTRICT -> Relation.OnDelete.RESTRICT;
          case SET_NULL -> Relation.OnDelete.SET_NULL;
        };
        yield new Relation(f.getName(), Relation.RelationKind.BELONGS_TO, target.getName(),
            Naming.foreignKeyFieldName(f.getName()), action, ForgeAst.isOptional(f), null, doc);
      }
      case HAS_MANY -> new Relation(f.getName(), Relation.RelationKind.HAS_MANY, target.getName(),
          ForgeAst.resolveHasMany(f).foreignKeyField(), null, true, null, doc);
      case MANY_TO_MANY -> new Relation(f.getName(), Relation.RelationKind.MANY_TO_MANY, target.getName(), null, null, true,
          Naming.joinTableName(ownerTable, ForgeAst.tableName(target)), doc);
    };
  }

  static Action action(dev.laforge.language.forge.Action a) {
    return Action.valueOf(a.getName());
  }

  private Rbac rbac() {
    List<String> roles = new ArrayList<>();
    for (RolesBlock b : all(RolesBlock.class)) {
      b.getRoles().forEach(r -> roles.add(r.getName()));
    }
    List<String> claims = new ArrayList<>();
    Map<String, List<String>> roleClaims = new LinkedHashMap<>();
    for (ClaimsBlock b : all(ClaimsBlock.class)) {
      for (var entry : b.getEntries()) {
        if (entry instanceof ClaimDecl c) {
          claims.add(c.getName());
        } else if (entry instanceof RoleClaims rc) {
          roleClaims.computeIfAbsent(rc.getRole().getName(), k -> new ArrayList<>())
              .addAll(rc.getClaims().stream().map(ClaimDecl::getName).toList());
        }
      }
    }
    List<Rbac.Permission> permissions = new ArrayList<>();
    for (PermissionsBlock b : all(PermissionsBlock.class)) {
      for (ModelPermissions mp : b.getModels()) {
        for (PermissionRule rule : mp.getRules()) {
          permissions.add(new Rbac.Permission(mp.getModel().getName(), action(rule.getAction()),
              rule.getGrantees().stream().map(g -> g instanceof RoleDecl r ? r.getName() : ((ClaimDecl) g).getName()).toList(),
              rule.getCondition() == null ? null : ExpressionMapper.expression(rule.getCondition())));
        }
      }
    }
    permissions.sort(Comparator.comparing(Rbac.Permission::model));
    return new Rbac(roles, claims, roleClaims, permissions);
  }
}
