package dev.laforge.language.validation;

import dev.laforge.backend.diagnostics.DiagnosticCode;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.naming.Naming;
import dev.laforge.language.ast.ForgeAst;
import dev.laforge.language.forge.BooleanDefault;
import dev.laforge.language.forge.ColumnModifier;
import dev.laforge.language.forge.DefaultModifier;
import dev.laforge.language.forge.DefaultValue;
import dev.laforge.language.forge.EmailModifier;
import dev.laforge.language.forge.EnumDecl;
import dev.laforge.language.forge.EnumDefault;
import dev.laforge.language.forge.EnumTypeRef;
import dev.laforge.language.forge.EnumValue;
import dev.laforge.language.forge.Field;
import dev.laforge.language.forge.LengthModifier;
import dev.laforge.language.forge.MaxModifier;
import dev.laforge.language.forge.MinModifier;
import dev.laforge.language.forge.Model;
import dev.laforge.language.forge.Modifier;
import dev.laforge.language.forge.NowDefault;
import dev.laforge.language.forge.NullDefault;
import dev.laforge.language.forge.NumberDefault;
import dev.laforge.language.forge.OptionalModifier;
import dev.laforge.language.forge.PatternModifier;
import dev.laforge.language.forge.PkModifier;
import dev.laforge.language.forge.PrimitiveKind;
import dev.laforge.language.forge.PrimitiveType;
import dev.laforge.language.forge.Relation;
import dev.laforge.language.forge.StringDefault;
import dev.laforge.language.forge.TableOption;
import dev.laforge.language.forge.TenantModifier;
import dev.laforge.language.forge.UuidDefault;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.eclipse.xtext.validation.Check;

/** Model, field and enum checks: LF201-LF206, LF208-LF211, LF216-LF218. */
public class SchemaChecks extends ForgeCheckBase {

  private static final Pattern UUID_TEXT =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  @Check
  public void primaryKey(Model model) {
    List<Field> pks = primaryKeys(model);
    if (pks.isEmpty()) {
      report(DiagnosticCode.LF201, "model `" + model.getName() + "` has no primary key: mark a field `pk` or add `id: uuid pk default uuid()`",
          model, P.getModel_Name(), model.getName());
      return;
    }
    for (Field pk : pks) {
      OptionalModifier optional = ForgeAst.modifier(pk, OptionalModifier.class);
      if (optional != null) {
        report(DiagnosticCode.LF202, "primary key `" + pk.getName() + "` cannot be optional",
            optional, null, pk.getName(), model.getName());
      }
    }
  }

  /** The explicit {@code pk} fields, or the field named {@code id} when none is marked. */
  static List<Field> primaryKeys(Model model) {
    List<Field> marked = ForgeAst.fields(model).stream().filter(f -> ForgeAst.has(f, PkModifier.class)).toList();
    if (!marked.isEmpty()) {
      return marked;
    }
    return ForgeAst.fields(model).stream().filter(f -> "id".equals(f.getName()) && ForgeAst.relation(f) == null).toList();
  }

  @Check
  public void duplicateModel(Model model) {
    globalNames.otherDeclaration(model, P.getModel(), model.getName()).ifPresent(other ->
        report(DiagnosticCode.LF203, "model `" + model.getName() + "` is declared more than once (also in " + other + ")",
            model, P.getModel_Name(), model.getName(), other,
            location(globalNames.otherDeclarationObject(model, P.getModel(), model.getName()), P.getModel_Name())));
  }

  @Check
  public void duplicateEnum(EnumDecl decl) {
    globalNames.otherDeclaration(decl, P.getEnumDecl(), decl.getName()).ifPresent(other ->
        report(DiagnosticCode.LF205, "enum `" + decl.getName() + "` is declared more than once (also in " + other + ")",
            decl, P.getEnumDecl_Name(), decl.getName(), other,
            location(globalNames.otherDeclarationObject(decl, P.getEnumDecl(), decl.getName()), P.getEnumDecl_Name())));
    Set<String> seen = new HashSet<>();
    for (EnumValue v : decl.getValues()) {
      if (v.getName() != null && !seen.add(v.getName())) {
        report(DiagnosticCode.LF206, "enum `" + decl.getName() + "` lists `" + v.getName() + "` twice",
            v, P.getEnumValue_Name(), v.getName(), decl.getName());
      }
    }
  }

  @Check
  public void fieldsAndColumns(Model model) {
    Map<String, Field> byName = new HashMap<>();
    Map<String, Field> byColumn = new HashMap<>();
    Field tenant = null;
    for (Field f : ForgeAst.fields(model)) {
      if (f.getName() == null) {
        continue;
      }
      Field previous = byName.putIfAbsent(f.getName(), f);
      if (previous != null) {
        report(DiagnosticCode.LF204, "model `" + model.getName() + "` declares field `" + f.getName() + "` twice",
            f, P.getField_Name(), f.getName(), model.getName(), location(java.util.Optional.of(previous), P.getField_Name()));
        continue;
      }
      // A belongsTo without an explicit FK field adds the column <name>_id, which may clash too.
      String column = ForgeAst.relation(f) == null ? ForgeAst.columnName(f)
          : ForgeAst.isBelongsTo(f) && ForgeAst.explicitForeignKey(f) == null
              ? Naming.columnName(Naming.foreignKeyFieldName(f.getName())) : null;
      if (column != null) {
        Field clash = byColumn.putIfAbsent(column, f);
        if (clash != null) {
          report(DiagnosticCode.LF217, "fields `" + clash.getName() + "` and `" + f.getName() + "` both map to column `" + column + "`",
              f, P.getField_Name(), column, model.getName());
        }
      }
      TenantModifier tm = ForgeAst.modifier(f, TenantModifier.class);
      if (tm != null) {
        if (!isPrimitive(f, PrimitiveKind.UUID)) {
          report(DiagnosticCode.LF208, "tenant field `" + f.getName() + "` must be of type uuid", f, P.getField_Type(), f.getName());
        }
        if (tenant != null) {
          report(DiagnosticCode.LF209, "model `" + model.getName() + "` already has tenant field `" + tenant.getName() + "`",
              tm, null, f.getName(), tenant.getName());
        } else {
          tenant = f;
        }
      }
    }
  }

  @Check
  public void tableNames(Model model) {
    String table = ForgeAst.tableName(model);
    if (!Dialect.POSTGRES.fits(table)) {
      // Point at the table("...") that set the name (in the header or the body), else the model name.
      TableOption option = model.getOptions().isEmpty()
          ? org.eclipse.xtext.EcoreUtil2.typeSelect(model.getMembers(), TableOption.class).stream().findFirst().orElse(null)
          : model.getOptions().get(0);
      EObjectRef where = option == null ? new EObjectRef(model, P.getModel_Name())
          : new EObjectRef(option, P.getTableOption_Name());
      report(DiagnosticCode.LF211, "table name `" + table + "` is longer than PostgreSQL's 63 bytes",
          where.object(), where.feature(), table, "63");
    }
    Map<String, List<Model>> byTable = acrossFiles("modelsByTable", model, SchemaChecks::modelsByTable, SchemaChecks::mergeLists);
    for (Model other : byTable.getOrDefault(table, List.of())) {
      if (other != model && other.getName() != null && !other.getName().equals(model.getName())) {
        report(DiagnosticCode.LF217, "models `" + model.getName() + "` and `" + other.getName() + "` both map to table `" + table + "`",
            model, P.getModel_Name(), table, other.getName());
      }
    }
    for (TableOption option : org.eclipse.xtext.EcoreUtil2.typeSelect(model.getMembers(), TableOption.class)) {
      if (!model.getOptions().isEmpty() || model.getMembers().stream().filter(TableOption.class::isInstance).count() > 1) {
        report(DiagnosticCode.LF218, "model `" + model.getName() + "` sets table(...) more than once", option, null, model.getName());
      }
    }
  }

  /** Per-file indexes merged into one, lists concatenated in file order. */
  static <T> Map<String, List<T>> mergeLists(List<Map<String, List<T>>> perFile) {
    Map<String, List<T>> index = new HashMap<>();
    for (Map<String, List<T>> file : perFile) {
      file.forEach((key, values) -> index.computeIfAbsent(key, k -> new java.util.ArrayList<>()).addAll(values));
    }
    return index;
  }

  /** The models of one file by the table they map to. */
  private static Map<String, List<Model>> modelsByTable(org.eclipse.emf.ecore.resource.Resource resource) {
    Map<String, List<Model>> index = new HashMap<>();
    for (org.eclipse.emf.ecore.EObject root : resource.getContents()) {
      if (root instanceof dev.laforge.language.forge.ForgeFile file) {
        for (org.eclipse.emf.ecore.EObject decl : file.getDeclarations()) {
          if (decl instanceof Model m) {
            index.computeIfAbsent(ForgeAst.tableName(m), k -> new java.util.ArrayList<>()).add(m);
          }
        }
      }
    }
    return index;
  }

  @Check
  public void columnLength(Field field) {
    if (field.getName() == null || ForgeAst.isToMany(field)) {
      return;
    }
    String column = ForgeAst.isBelongsTo(field) ? Naming.columnName(Naming.foreignKeyFieldName(field.getName())) : ForgeAst.columnName(field);
    if (!Dialect.POSTGRES.fits(column)) {
      ColumnModifier explicit = ForgeAst.relation(field) == null ? ForgeAst.modifier(field, ColumnModifier.class) : null;
      report(DiagnosticCode.LF211, "column name `" + column + "` is longer than PostgreSQL's 63 bytes",
          explicit != null ? explicit : field, explicit != null ? P.getColumnModifier_Name() : P.getField_Name(), column, "63");
    }
  }

  @Check
  public void enumTypeName(EnumDecl decl) {
    if (decl.getName() != null && !Dialect.POSTGRES.fits(Naming.enumTypeName(decl.getName()))) {
      report(DiagnosticCode.LF211, "enum type name `" + Naming.enumTypeName(decl.getName()) + "` is longer than PostgreSQL's 63 bytes",
          decl, P.getEnumDecl_Name(), Naming.enumTypeName(decl.getName()), "63");
    }
  }

  @Check
  public void modifiersFitType(Field field) {
    boolean relation = ForgeAst.relation(field) != null;
    for (Modifier m : field.getModifiers()) {
      if (relation && !(m instanceof OptionalModifier || m instanceof dev.laforge.language.forge.OnDeleteModifier
          || m instanceof dev.laforge.language.forge.RenamedFromModifier || m instanceof dev.laforge.language.forge.PiiModifier)) {
        report(DiagnosticCode.LF218, "modifier `" + keyword(m) + "` does not apply to relation `" + field.getName() + "`",
            m, null, field.getName(), keyword(m));
      } else if (m instanceof dev.laforge.language.forge.OnDeleteModifier onDelete && !ForgeAst.isBelongsTo(field)) {
        report(DiagnosticCode.LF218, "onDelete(...) applies only to belongsTo relations", m, null, field.getName(), "onDelete");
      } else if (m instanceof dev.laforge.language.forge.OnDeleteModifier onDelete
          && onDelete.getAction() == dev.laforge.language.forge.OnDeleteAction.SET_NULL && !ForgeAst.isOptional(field)) {
        report(DiagnosticCode.LF218, "onDelete(setNull) needs an optional relation: mark `" + field.getName() + "` optional",
            m, null, field.getName(), "setNull");
      } else if (m instanceof OptionalModifier && ForgeAst.isToMany(field)) {
        report(DiagnosticCode.LF218, "to-many relations are always optional: remove `optional`", m, null, field.getName(), "optional");
      }
    }
    long defaults = field.getModifiers().stream().filter(DefaultModifier.class::isInstance).count();
    if (defaults > 1) {
      report(DiagnosticCode.LF218, "field `" + field.getName() + "` has more than one default", field, P.getField_Name(), field.getName(), "default");
    }
  }

  @Check
  public void validationModifiers(Field field) {
    if (ForgeAst.relation(field) != null) {
      return;
    }
    boolean textual = isPrimitive(field, PrimitiveKind.STRING) || isPrimitive(field, PrimitiveKind.TEXT);
    boolean numeric = isPrimitive(field, PrimitiveKind.INTEGER) || isPrimitive(field, PrimitiveKind.INT)
        || isPrimitive(field, PrimitiveKind.BIGINT) || isPrimitive(field, PrimitiveKind.DECIMAL) || isPrimitive(field, PrimitiveKind.FLOAT);
    BigDecimal min = null;
    BigDecimal max = null;
    for (Modifier m : field.getModifiers()) {
      if (m instanceof LengthModifier len) {
        if (!textual) {
          invalid(field, m, "length(...) applies only to string and text fields");
        } else if (len.getMin() > 0 && len.getMax() > 0 && len.getMin() > len.getMax()) {
          invalid(field, m, "length(" + len.getMin() + ".." + len.getMax() + ") has its minimum above its maximum");
        }
      } else if (m instanceof MinModifier mm) {
        min = mm.getValue();
        if (!numeric) {
          invalid(field, m, "min(...) applies only to numeric fields");
        }
      } else if (m instanceof MaxModifier mx) {
        max = mx.getValue();
        if (!numeric) {
          invalid(field, m, "max(...) applies only to numeric fields");
        }
      } else if (m instanceof PatternModifier pm) {
        if (!textual) {
          invalid(field, m, "pattern(...) applies only to string and text fields");
        } else {
          try {
            Pattern.compile(pm.getRegex());
          } catch (PatternSyntaxException e) {
            invalid(field, m, "pattern is not a valid regular expression: " + e.getDescription());
          }
        }
      } else if (m instanceof EmailModifier && !textual) {
        invalid(field, m, "email applies only to string and text fields");
      }
    }
    if (min != null && max != null && min.compareTo(max) > 0) {
      report(DiagnosticCode.LF216, "min(" + min.toPlainString() + ") is above max(" + max.toPlainString() + ")",
          field, P.getField_Name(), field.getName());
    }
  }

  @Check
  public void defaultFitsType(DefaultModifier modifier) {
    Field field = (Field) modifier.eContainer();
    DefaultValue value = modifier.getValue();
    if (value == null || ForgeAst.relation(field) != null) {
      return;
    }
    String expected = expectedDefault(field, value);
    if (expected != null) {
      report(DiagnosticCode.LF210, "default " + describe(value) + " does not fit " + typeName(field) + ": " + expected,
          modifier, P.getDefaultModifier_Value(), field.getName(), typeName(field), suggestedDefault(field));
    }
  }

  /** Why the default does not fit, or null when it does. */
  private static String expectedDefault(Field field, DefaultValue value) {
    if (value instanceof NullDefault) {
      return ForgeAst.isOptional(field) ? null : "only optional fields may default to null";
    }
    if (field.getType() instanceof EnumTypeRef) {
      return value instanceof EnumDefault ? null : "write one of the enum's values without quotes";
    }
    if (value instanceof EnumDefault) {
      return "a bare name is only a default for enum fields";
    }
    PrimitiveKind kind = ((PrimitiveType) field.getType()).getKind();
    return switch (kind) {
      case STRING, TEXT -> value instanceof StringDefault ? null : "expected a string in quotes";
      case INTEGER, INT, BIGINT -> value instanceof NumberDefault n && n.getValue() != null && n.getValue().stripTrailingZeros().scale() <= 0
          ? null : "expected a whole number";
      case DECIMAL, FLOAT -> value instanceof NumberDefault ? null : "expected a number";
      case BOOLEAN -> value instanceof BooleanDefault ? null : "expected true or false";
      case UUID -> value instanceof UuidDefault || (value instanceof StringDefault s && UUID_TEXT.matcher(s.getValue()).matches())
          ? null : "expected uuid() or a uuid in quotes";
      case DATE, DATETIME -> value instanceof NowDefault || value instanceof StringDefault ? null : "expected now() or a date in quotes";
      case JSON, JSONB -> value instanceof StringDefault ? null : "expected a JSON document in quotes";
    };
  }

  /** A default that fits the field's type (the enum's first value, "", 0, false, uuid(), now(), "{}"); "" for relations. */
  public static String suggestedDefault(Field field) {
    if (field.getType() instanceof EnumTypeRef ref && ref.getEnumType() != null && !ref.getEnumType().eIsProxy()
        && !ref.getEnumType().getValues().isEmpty()) {
      return ref.getEnumType().getValues().get(0).getName();
    }
    if (!(field.getType() instanceof PrimitiveType p)) {
      return "";
    }
    return switch (p.getKind()) {
      case STRING, TEXT -> "\"\"";
      case INTEGER, INT, BIGINT, DECIMAL, FLOAT -> "0";
      case BOOLEAN -> "false";
      case UUID -> "uuid()";
      case DATE, DATETIME -> "now()";
      case JSON, JSONB -> "\"{}\"";
    };
  }

  private static String describe(DefaultValue v) {
    if (v instanceof StringDefault s) {
      return "\"" + s.getValue() + "\"";
    }
    if (v instanceof NumberDefault n) {
      return n.getValue() == null ? "number" : n.getValue().toPlainString();
    }
    if (v instanceof BooleanDefault b) {
      return Boolean.toString(b.isValue());
    }
    if (v instanceof NullDefault) {
      return "null";
    }
    if (v instanceof NowDefault) {
      return "now()";
    }
    if (v instanceof UuidDefault) {
      return "uuid()";
    }
    if (v instanceof EnumDefault e) {
      return "`" + org.eclipse.xtext.nodemodel.util.NodeModelUtils.getTokenText(
          org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(e)) + "`";
    }
    return "value";
  }

  static String typeName(Field field) {
    if (field.getType() instanceof PrimitiveType p) {
      return p.getKind().getLiteral();
    }
    if (field.getType() instanceof EnumTypeRef ref) {
      return "enum " + org.eclipse.xtext.nodemodel.util.NodeModelUtils.getTokenText(
          org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(ref));
    }
    if (field.getType() instanceof Relation r) {
      return r.getKind().getLiteral();
    }
    return "?";
  }

  private void invalid(Field field, Modifier m, String message) {
    report(DiagnosticCode.LF216, message, m, null, field.getName(), keyword(m));
  }

  static String keyword(Modifier m) {
    var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.getNode(m);
    if (node == null) {
      return m.eClass().getName();
    }
    String text = org.eclipse.xtext.nodemodel.util.NodeModelUtils.getTokenText(node);
    int paren = text.indexOf('(');
    int space = text.indexOf(' ');
    int cut = paren < 0 ? space : (space < 0 ? paren : Math.min(paren, space));
    return cut < 0 ? text : text.substring(0, cut);
  }

  static boolean isPrimitive(Field field, PrimitiveKind kind) {
    return field.getType() instanceof PrimitiveType p && p.getKind() == kind;
  }

  private record EObjectRef(org.eclipse.emf.ecore.EObject object, org.eclipse.emf.ecore.EStructuralFeature feature) {}
}
