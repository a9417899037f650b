package dev.laforge.language.ide.codeactions;

import dev.laforge.language.ast.ForgeAst;
import dev.laforge.language.forge.EnumDecl;
import dev.laforge.language.forge.Field;
import dev.laforge.language.forge.Model;
import dev.laforge.language.forge.PrimitiveKind;
import dev.laforge.language.forge.Relation;
import dev.laforge.language.forge.TenantModifier;
import dev.laforge.language.validation.Spelling;
import java.util.ArrayList;
import java.util.List;

/**
 * Quick fixes for names that do not resolve: LF103 (relation target), LF105 (field), LF106 (model)
 * and LF107 (type). Each offers the nearest existing names ("did you mean"); an unknown relation
 * target or type can also be declared.
 */
final class NameFixes {

  /** How many "did you mean" alternatives are offered at most. */
  static final int SUGGESTIONS = 3;

  /** LF103: the nearest model names, or a new model with a primary key (and a tenant field when the owner has one). */
  void unknownRelationTarget(FixContext ctx) {
    String name = ctx.datum(0);
    Relation relation = ctx.element(Relation.class);
    if (relation == null || !ctx.rangeHolds(name)) {
      return;
    }
    offerModels(ctx, name);
    StringBuilder model = new StringBuilder("model ").append(name).append(" {\n")
        .append(SourceEdit.INDENT).append(SchemaFixes.PRIMARY_KEY).append('\n');
    Model owner = ctx.element(Model.class);
    ForgeAst.fields(owner).stream().filter(f -> ForgeAst.has(f, TenantModifier.class)).findFirst()
        .ifPresent(tenant -> model.append(SourceEdit.INDENT).append(tenant.getName()).append(": uuid tenant\n"));
    model.append('}');
    ctx.offer("Create model `" + name + "`", ctx.edit().appendDeclaration(ctx.resource(), model.toString()));
  }

  /** LF106: the nearest model names. */
  void unknownModel(FixContext ctx) {
    if (ctx.rangeHolds(ctx.datum(0))) {
      offerModels(ctx, ctx.datum(0));
    }
  }

  /** LF105: the nearest fields of the model that was searched (the third datum). */
  void unknownField(FixContext ctx) {
    String name = ctx.datum(0);
    String searched = ctx.datum(2);
    if (searched.isEmpty() || !ctx.rangeHolds(name)) {
      return;
    }
    ctx.all(Model.class).stream().filter(m -> searched.equals(m.getName())).findFirst().ifPresent(model ->
        ctx.offerReplacements(Spelling.suggestions(name, ForgeAst.referenceableFields(model).keySet(), SUGGESTIONS),
            f -> "Change to `" + f + "`"));
  }

  /** LF107: the nearest built-in types and enums, or a new enum. */
  void unknownType(FixContext ctx) {
    String name = ctx.datum(0);
    if (ctx.element(Field.class) == null || !ctx.rangeHolds(name)) {
      return;
    }
    List<String> types = new ArrayList<>();
    PrimitiveKind.VALUES.forEach(k -> types.add(k.getLiteral()));
    ctx.all(EnumDecl.class).forEach(e -> types.add(e.getName()));
    ctx.offerReplacements(Spelling.suggestions(name, types, SUGGESTIONS), t -> "Change to `" + t + "`");
    if (Character.isUpperCase(name.charAt(0))) {
      ctx.offer("Create enum `" + name + "`", ctx.edit().appendDeclaration(ctx.resource(), "enum " + name + " {}"));
    }
  }

  private static void offerModels(FixContext ctx, String name) {
    List<String> models = ctx.all(Model.class).stream().map(Model::getName).toList();
    ctx.offerReplacements(Spelling.suggestions(name, models, SUGGESTIONS), m -> "Change to `" + m + "`");
  }
}
