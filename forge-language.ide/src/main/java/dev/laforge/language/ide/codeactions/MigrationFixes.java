package dev.laforge.language.ide.codeactions;

import dev.laforge.language.ast.ForgeAst;
import dev.laforge.language.forge.Field;
import dev.laforge.language.forge.Model;
import dev.laforge.language.forge.OptionalModifier;
import dev.laforge.language.forge.RenamedFromModifier;
import dev.laforge.language.validation.SchemaChecks;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Quick fixes for the migration warnings: LF402 (a dropped column that looks renamed: declare the
 * rename), LF405 (a new NOT NULL column without default: add a default, or mark it optional) and
 * LF406 (SET NOT NULL: mark it optional again). Modifiers are appended after the field's last
 * modifier (or its type).
 */
final class MigrationFixes {

  /** LF402 with a rename hint: {@code renamedFrom("<previous field>")} on the field that looks like its new name. */
  void declareRename(FixContext ctx) {
    Model model = ctx.element(Model.class);
    String previous = ctx.datum(2);
    String renamed = ctx.datum(3);
    if (model == null || previous.isEmpty() || renamed.isEmpty()) {
      return;
    }
    for (Field field : ForgeAst.fields(model)) {
      if (renamed.equals(field.getName()) && !ForgeAst.has(field, RenamedFromModifier.class)) {
        ctx.offer("Rename: add renamedFrom(\"" + previous + "\") to `" + renamed + "`",
            append(ctx, field, "renamedFrom(\"" + previous + "\")"));
      }
    }
  }

  /** LF405: a default of the field's type, or {@code optional}. */
  void addDefaultOrMarkOptional(FixContext ctx) {
    Field field = field(ctx);
    if (field == null) {
      return;
    }
    String value = ForgeAst.relation(field) == null ? SchemaChecks.suggestedDefault(field) : "";
    if (!value.isEmpty()) {
      ctx.offer("Add a default: `default " + value + "`", append(ctx, field, "default " + value));
    }
    markOptional(ctx);
  }

  /** LF406 (and LF405): {@code optional}, so existing rows may keep NULL. */
  void markOptional(FixContext ctx) {
    Field field = field(ctx);
    if (field != null && !ForgeAst.has(field, OptionalModifier.class)) {
      ctx.offer("Mark `" + field.getName() + "` optional", append(ctx, field, "optional"));
    }
  }

  /** The field the warning is on, when the range still holds its name. */
  private static Field field(FixContext ctx) {
    Field field = ctx.element(Field.class);
    return field != null && field.getName() != null && ctx.rangeHolds(field.getName()) ? field : null;
  }

  /** Inserts {@code " " + modifier} after the field's last modifier, or after its type. */
  private static SourceEdit append(FixContext ctx, Field field, String modifier) {
    EObject last = field.getModifiers().isEmpty() ? field.getType() : field.getModifiers().get(field.getModifiers().size() - 1);
    INode node = last == null ? null : NodeModelUtils.findActualNodeFor(last);
    return node == null ? ctx.edit() : ctx.edit().insert(field.eResource(), node.getEndOffset(), " " + modifier);
  }
}
