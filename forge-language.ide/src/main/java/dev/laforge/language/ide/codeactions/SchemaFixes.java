package dev.laforge.language.ide.codeactions;

import dev.laforge.language.ast.ForgeAst;
import dev.laforge.language.forge.DefaultModifier;
import dev.laforge.language.forge.EnumTypeRef;
import dev.laforge.language.forge.EnumValue;
import dev.laforge.language.forge.Field;
import dev.laforge.language.forge.ForgePackage;
import dev.laforge.language.forge.Model;
import dev.laforge.language.forge.Modifier;
import dev.laforge.language.forge.OptionalModifier;
import dev.laforge.language.forge.PrimitiveType;
import dev.laforge.language.forge.Relation;
import dev.laforge.language.forge.TableOption;
import dev.laforge.language.forge.TenantModifier;
import dev.laforge.language.validation.Spelling;
import java.util.List;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Quick fixes for models, fields and enums: LF201, LF202, LF204, LF206, LF208, LF209, LF210, LF218. */
final class SchemaFixes {

  /** The primary key the LF201 message and docs/diagnostics.md recommend. */
  static final String PRIMARY_KEY = "id: uuid pk default uuid()";

  /** LF201: adds {@code id: uuid pk default uuid()} as the model's first field. */
  void addPrimaryKey(FixContext ctx) {
    Model model = ctx.element(Model.class);
    if (model == null || !ctx.rangeHolds(String.valueOf(model.getName()))
        || ForgeAst.fields(model).stream().anyMatch(f -> "id".equals(f.getName()))) {
      return;
    }
    ctx.offer("Add primary key `" + PRIMARY_KEY + "`", ctx.edit().insertFirstMember(model, PRIMARY_KEY));
  }

  /** LF202: removes {@code optional} from a primary key. */
  void removeOptionalFromKey(FixContext ctx) {
    OptionalModifier optional = ctx.element(OptionalModifier.class);
    if (optional != null) {
      ctx.offer("Remove `optional` from primary key `" + ctx.datum(0) + "`", ctx.edit().removeItem(optional));
    }
  }

  /** LF204: removes the repeated field. */
  void removeDuplicateField(FixContext ctx) {
    Field field = ctx.element(Field.class);
    if (field != null && ctx.rangeHolds(String.valueOf(field.getName()))) {
      ctx.offer("Remove this declaration of field `" + field.getName() + "`", ctx.edit().removeItem(field));
    }
  }

  /** LF206: removes the repeated enum value. */
  void removeDuplicateEnumValue(FixContext ctx) {
    EnumValue value = ctx.element(EnumValue.class);
    if (value != null && ctx.rangeHolds(String.valueOf(value.getName()))) {
      ctx.offer("Remove the repeated value `" + value.getName() + "`", ctx.edit().removeItem(value));
    }
  }

  /** LF208: makes the tenant field a uuid. */
  void makeTenantUuid(FixContext ctx) {
    Field field = ctx.element(Field.class);
    if (field != null && field.getType() instanceof PrimitiveType type) {
      INode node = NodeModelUtils.findActualNodeFor(type);
      ctx.offer("Change the type of `" + field.getName() + "` to uuid", ctx.edit().replace(node, "uuid"));
    }
  }

  /** LF209: removes {@code tenant} from the second tenant field. */
  void removeSecondTenant(FixContext ctx) {
    TenantModifier tenant = ctx.element(TenantModifier.class);
    if (tenant != null) {
      ctx.offer("Remove `tenant` from `" + ctx.datum(0) + "` (`" + ctx.datum(1) + "` is the tenant field)",
          ctx.edit().removeItem(tenant));
    }
  }

  /**
   * LF210: a default that does not fit the type becomes the one the diagnostic suggests, or goes;
   * a bare name that is no value of the field's enum becomes the nearest value.
   */
  void fixDefault(FixContext ctx) {
    DefaultModifier modifier = ctx.element(DefaultModifier.class);
    if (modifier == null) {
      return;
    }
    if ("EnumValue".equals(ctx.datum(1))) {
      Field field = ctx.element(Field.class);
      if (field != null && field.getType() instanceof EnumTypeRef ref && ForgeAst.resolved(ref.getEnumType()) != null
          && ctx.rangeHolds(ctx.datum(0))) {
        List<String> values = ref.getEnumType().getValues().stream().map(EnumValue::getName).toList();
        ctx.offerReplacements(Spelling.suggestions(ctx.datum(0), values, 3), v -> "Change to `" + v + "`");
      }
      return;
    }
    String suggestion = ctx.datum(2);
    INode value = NodeModelUtils.findActualNodeFor(modifier.getValue());
    if (!suggestion.isEmpty() && value != null) {
      ctx.offer("Change the default to `" + suggestion + "`", ctx.edit().replace(value, suggestion));
    }
    ctx.offer("Remove the default", ctx.edit().removeItem(modifier));
  }

  /**
   * LF218: removes what does not apply: the modifier, a repeated {@code table(...)} in the body, or
   * the inverse named by a belongsTo or manyToMany.
   */
  void removeMisplaced(FixContext ctx) {
    Modifier modifier = ctx.element(Modifier.class);
    TableOption table = ctx.element(TableOption.class);
    Relation relation = ctx.element(Relation.class);
    if (modifier != null && modifier.eContainer() instanceof Field) {
      ctx.offer("Remove `" + tokenText(modifier) + "`", ctx.edit().removeItem(modifier));
    } else if (table != null && table.eContainingFeature() == ForgePackage.Literals.MODEL__MEMBERS) {
      ctx.offer("Remove the repeated `" + tokenText(table) + "`", ctx.edit().removeItem(table));
    } else if (relation != null && relation.getInverse() != null) {
      ICompositeNode node = NodeModelUtils.findActualNodeFor(relation);
      ILeafNode dot = SourceEdit.keyword(node, ".", true);
      List<INode> inverse = NodeModelUtils.findNodesForFeature(relation, ForgePackage.Literals.RELATION__INVERSE);
      if (dot != null && !inverse.isEmpty()) {
        ctx.offer("Remove the inverse `." + NodeModelUtils.getTokenText(inverse.get(0)) + "`",
            ctx.edit().replace(relation.eResource(), dot.getOffset(), inverse.get(0).getEndOffset(), ""));
      }
    }
  }

  private static String tokenText(org.eclipse.emf.ecore.EObject o) {
    return NodeModelUtils.getTokenText(NodeModelUtils.findActualNodeFor(o));
  }
}
