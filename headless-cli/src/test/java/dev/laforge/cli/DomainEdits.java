package dev.laforge.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.laforge.backend.ir.DefaultValue;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.Field;
import dev.laforge.backend.ir.Index;
import dev.laforge.backend.ir.IrJson;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.Policy;
import dev.laforge.backend.ir.Relation;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.ir.Validation;
import dev.laforge.backend.migrate.SchemaDiff;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.naming.Naming;
import dev.laforge.backend.policy.RlsWriter;
import dev.laforge.backend.sql.SqlSchema;
import dev.laforge.backend.sql.mysql.MySqlDdlWriter;
import dev.laforge.backend.sql.postgres.PostgresDdlWriter;
import dev.laforge.backend.sql.sqlite.SqliteDdlWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Seeded random edits of a domain's IR, the kind a team makes between two migrations: fields
 * added (optional or with a default), dropped, renamed with {@code renamedFrom}, made optional or
 * required, retyped, given or stripped of a default, a uniqueness or a validation; indexes, enum
 * values, models, relations and policies added or removed; ON DELETE changed. Every edit keeps the
 * domain valid for every dialect and applicable to a database holding the rows of {@link SeedRows}:
 * a field is made required or unique only when every seeded row holds a distinct non-null value in
 * it, a validation is one those values satisfy, an enum value is removed only when no row, default
 * or policy uses it, and nothing a policy, hook, action or index names is dropped or renamed.
 */
final class DomainEdits {

  /** One edit: its kind, what it did, and the domain after it. */
  record Edit(String kind, String description, Domain after) {
    Edit(String description, Domain after) {
      this(null, description, after);
    }
  }

  /** The kinds of edit, by name. */
  private static final Map<String, Function<DomainEdits, Function<Domain, Edit>>> KINDS = new LinkedHashMap<>();

  static {
    KINDS.put("addOptionalField", e -> e::addOptionalField);
    KINDS.put("addFieldWithDefault", e -> e::addFieldWithDefault);
    KINDS.put("dropField", e -> e::dropField);
    KINDS.put("renameField", e -> e::renameField);
    KINDS.put("makeOptional", e -> e::makeOptional);
    KINDS.put("makeRequired", e -> e::makeRequired);
    KINDS.put("changeDefault", e -> e::changeDefault);
    KINDS.put("toggleUnique", e -> e::toggleUnique);
    KINDS.put("retype", e -> e::retype);
    KINDS.put("addValidation", e -> e::addValidation);
    KINDS.put("dropValidation", e -> e::dropValidation);
    KINDS.put("addIndex", e -> e::addIndex);
    KINDS.put("dropIndex", e -> e::dropIndex);
    KINDS.put("addEnumValue", e -> e::addEnumValue);
    KINDS.put("removeEnumValue", e -> e::removeEnumValue);
    KINDS.put("addEnum", e -> e::addEnum);
    KINDS.put("dropEnum", e -> e::dropEnum);
    KINDS.put("addModel", e -> e::addModel);
    KINDS.put("dropModel", e -> e::dropModel);
    KINDS.put("addRelation", e -> e::addRelation);
    KINDS.put("dropRelation", e -> e::dropRelation);
    KINDS.put("changeOnDelete", e -> e::changeOnDelete);
    KINDS.put("dropPolicy", e -> e::dropPolicy);
  }

  private final Random random;
  /** "Model.field" of the fields whose seeded rows hold distinct, non-null values. */
  private final Set<String> seeded = new HashSet<>();
  /** "enum_sql_name.value" of enum values a stored row may hold. */
  private final Set<String> pinned = new HashSet<>();
  private int counter;

  DomainEdits(long seed, Domain base) {
    this.random = new Random(seed);
    for (Model m : base.models()) {
      for (Field f : m.fields()) {
        if (!f.primaryKey() && !f.tenant() && f.foreignKeyOf() == null && f.type() != ScalarType.BOOLEAN
            && f.type() != ScalarType.ENUM && f.type() != ScalarType.JSON && f.type() != ScalarType.JSONB) {
          seeded.add(m.name() + "." + f.name());
        }
      }
    }
    for (EnumType e : base.enums()) {
      e.values().stream().limit(SeedRows.ROWS).forEach(v -> pinned.add(e.sqlName() + "." + v));
    }
    pinDefaults(base);
  }

  /** {@code count} successive valid edits of {@code domain}. */
  List<Edit> edits(Domain domain, int count) {
    List<Edit> out = new ArrayList<>();
    Domain current = domain;
    for (int i = 0; i < count; i++) {
      Edit edit = next(current);
      out.add(edit);
      current = edit.after();
    }
    return out;
  }

  private Edit next(Domain domain) {
    List<String> kinds = List.copyOf(KINDS.keySet());
    for (int attempt = 0; attempt < 200; attempt++) {
      String kind = kinds.get(random.nextInt(kinds.size()));
      Edit edit = KINDS.get(kind).apply(this).apply(domain);
      if (edit != null && valid(domain, edit.after())) {
        pinDefaults(edit.after());
        return new Edit(kind, edit.description(), edit.after());
      }
    }
    throw new IllegalStateException("no valid edit found for the domain");
  }

  /** The edited domain compiles to DDL and policies for every dialect and diffs against the previous one. */
  private static boolean valid(Domain before, Domain after) {
    try {
      for (Dialect dialect : Dialect.values()) {
        SqlSchema.of(after, dialect);
        SchemaDiff.between(before, after, dialect);
      }
      PostgresDdlWriter.write(after);
      MySqlDdlWriter.write(after);
      SqliteDdlWriter.write(after);
      RlsWriter.write(after);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private void pinDefaults(Domain domain) {
    for (Model m : domain.models()) {
      for (Field f : m.fields()) {
        if (f.defaultValue() instanceof DefaultValue.EnumValue v) {
          domain.enumType(f.enumType()).ifPresent(e -> pinned.add(e.sqlName() + "." + v.value()));
        }
      }
    }
  }

  // ---- the edits; each returns null when it does not apply to the domain ----

  private Edit addOptionalField(Domain d) {
    Model m = anyModel(d);
    ScalarType type = pick(List.of(ScalarType.STRING, ScalarType.TEXT, ScalarType.INTEGER, ScalarType.BIGINT,
        ScalarType.DECIMAL, ScalarType.FLOAT, ScalarType.BOOLEAN, ScalarType.DATE, ScalarType.DATETIME, ScalarType.JSON,
        ScalarType.UUID, ScalarType.ENUM));
    String enumName = null;
    if (type == ScalarType.ENUM) {
      if (d.enums().isEmpty()) {
        return null;
      }
      enumName = pick(d.enums()).name();
    }
    String name = "extra" + (++counter);
    Field f = new Field(name, Naming.columnName(name), type, enumName, false, false, false, true, false, false, null, null,
        Validation.NONE, null, null, false, null);
    return edit("add optional " + type + " field " + m.name() + "." + name, d, m.name(), x -> addField(x, f));
  }

  private Edit addFieldWithDefault(Domain d) {
    Model m = anyModel(d);
    String name = "filled" + (++counter);
    ScalarType type = pick(List.of(ScalarType.STRING, ScalarType.INTEGER, ScalarType.BOOLEAN, ScalarType.DECIMAL,
        ScalarType.ENUM));
    String enumName = null;
    DefaultValue value;
    switch (type) {
      case STRING -> value = new DefaultValue.Text("it's \"new\"");
      case INTEGER -> value = new DefaultValue.Number(BigDecimal.valueOf(7));
      case BOOLEAN -> value = new DefaultValue.Bool(random.nextBoolean());
      case DECIMAL -> value = new DefaultValue.Number(new BigDecimal("2.5"));
      default -> {
        if (d.enums().isEmpty()) {
          return null;
        }
        EnumType e = pick(d.enums());
        enumName = e.name();
        value = new DefaultValue.EnumValue(pick(e.values()));
      }
    }
    Field f = new Field(name, Naming.columnName(name), type, enumName, false, false, false, false, false, false, null,
        value, Validation.NONE, null, null, false, null);
    return edit("add required " + type + " field " + m.name() + "." + name + " with a default", d, m.name(),
        x -> addField(x, f));
  }

  private Edit dropField(Domain d) {
    Pick p = dataField(d, true);
    if (p == null) {
      return null;
    }
    seeded.remove(p.key());
    return edit("drop field " + p.key(), d, p.model().name(),
        m -> withFields(m, m.fields().stream().filter(f -> !f.name().equals(p.field().name())).toList()));
  }

  private Edit renameField(Domain d) {
    Pick p = dataField(d, true);
    if (p == null) {
      return null;
    }
    String name = p.field().name() + "R" + (++counter);
    if (seeded.remove(p.key())) {
      seeded.add(p.model().name() + "." + name);
    }
    Field f = copy(p.field(), name, Naming.columnName(name), p.field().type(), p.field().optional(), p.field().unique(),
        p.field().defaultValue(), p.field().validation(), p.field().name());
    return edit("rename field " + p.key() + " to " + name, d, p.model().name(), m -> replaceField(m, p.field(), f));
  }

  private Edit makeOptional(Domain d) {
    Pick p = dataField(d, false, (m, f) -> !f.optional());
    if (p == null) {
      return null;
    }
    return edit("make " + p.key() + " optional", d, p.model().name(), m -> replaceField(m, p.field(), with(p.field(), true,
        p.field().unique(), p.field().defaultValue(), p.field().validation())));
  }

  private Edit makeRequired(Domain d) {
    Pick p = dataField(d, false, (m, f) -> f.optional() && seeded.contains(m.name() + "." + f.name()));
    if (p == null) {
      return null;
    }
    return edit("make " + p.key() + " required", d, p.model().name(), m -> replaceField(m, p.field(), with(p.field(), false,
        p.field().unique(), p.field().defaultValue(), p.field().validation())));
  }

  private Edit changeDefault(Domain d) {
    Pick p = dataField(d, false, (m, f) -> f.validation().isEmpty() && (f.type() == ScalarType.INTEGER
        || f.type() == ScalarType.STRING || f.type() == ScalarType.BOOLEAN || f.type() == ScalarType.ENUM));
    if (p == null) {
      return null;
    }
    Field f = p.field();
    DefaultValue value;
    if (f.defaultValue() != null && random.nextInt(3) == 0) {
      value = null;
    } else {
      value = switch (f.type()) {
        case INTEGER -> new DefaultValue.Number(BigDecimal.valueOf(random.nextInt(100)));
        case STRING -> new DefaultValue.Text("d" + random.nextInt(100) + " o'clock");
        case BOOLEAN -> new DefaultValue.Bool(random.nextBoolean());
        default -> new DefaultValue.EnumValue(pick(d.enumType(f.enumType()).orElseThrow().values()));
      };
    }
    return edit((value == null ? "remove the default of " : "set the default of ") + p.key(), d, p.model().name(),
        m -> replaceField(m, f, with(f, f.optional(), f.unique(), value, f.validation())));
  }

  private Edit toggleUnique(Domain d) {
    Pick p = dataField(d, false, (m, f) -> f.unique() || (seeded.contains(m.name() + "." + f.name()) && (f.type() == ScalarType.STRING
        || f.type() == ScalarType.INTEGER || f.type() == ScalarType.BIGINT || f.type() == ScalarType.UUID)));
    if (p == null) {
      return null;
    }
    Field f = p.field();
    return edit((f.unique() ? "drop the uniqueness of " : "make unique ") + p.key(), d, p.model().name(),
        m -> replaceField(m, f, with(f, f.optional(), !f.unique(), f.defaultValue(), f.validation())));
  }

  private Edit retype(Domain d) {
    Pick p = dataField(d, false, (m, f) -> (f.type() == ScalarType.INTEGER || f.type() == ScalarType.BIGINT
        || (f.type() == ScalarType.STRING && !f.unique() && !indexed(m, f)) || f.type() == ScalarType.TEXT)
        && f.validation().isEmpty());
    if (p == null) {
      return null;
    }
    Field f = p.field();
    ScalarType to = switch (f.type()) {
      case INTEGER -> ScalarType.BIGINT;
      case BIGINT -> ScalarType.INTEGER;
      case STRING -> ScalarType.TEXT;
      default -> ScalarType.STRING;
    };
    if (to == ScalarType.STRING && f.defaultValue() instanceof DefaultValue.Text t && t.value().length() > 255) {
      return null;
    }
    return edit("retype " + p.key() + " from " + f.type() + " to " + to, d, p.model().name(),
        m -> replaceField(m, f, copy(f, f.name(), f.column(), to, f.optional(), f.unique(), f.defaultValue(), f.validation(),
            f.renamedFrom())));
  }

  private Edit addValidation(Domain d) {
    Pick p = dataField(d, false, (m, f) -> f.validation().isEmpty() && f.defaultValue() == null && (f.type().isTextual()
        || f.type() == ScalarType.INTEGER || f.type() == ScalarType.BIGINT || f.type() == ScalarType.DECIMAL));
    if (p == null) {
      return null;
    }
    Field f = p.field();
    Validation v = f.type().isTextual()
        ? new Validation(1, 200, null, null, null, false)
        : new Validation(null, null, BigDecimal.ZERO, BigDecimal.valueOf(1_000_000), null, false);
    return edit("add a validation to " + p.key(), d, p.model().name(),
        m -> replaceField(m, f, with(f, f.optional(), f.unique(), f.defaultValue(), v)));
  }

  private Edit dropValidation(Domain d) {
    Pick p = dataField(d, false, (m, f) -> !f.validation().isEmpty());
    if (p == null) {
      return null;
    }
    Field f = p.field();
    return edit("drop the validation of " + p.key(), d, p.model().name(),
        m -> replaceField(m, f, with(f, f.optional(), f.unique(), f.defaultValue(), Validation.NONE)));
  }

  private Edit addIndex(Domain d) {
    Model m = anyModel(d);
    List<Field> candidates = m.fields().stream().filter(f -> !f.primaryKey() && f.type() != ScalarType.JSON
        && f.type() != ScalarType.JSONB && f.type() != ScalarType.TEXT).toList();
    if (candidates.isEmpty()) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    fields.add(pick(candidates).name());
    Field second = pick(candidates);
    if (random.nextBoolean() && !fields.contains(second.name())) {
      fields.add(second.name());
    }
    if (m.indexes().stream().anyMatch(i -> i.fields().equals(fields))) {
      return null;
    }
    boolean unique = fields.stream().anyMatch(f -> seeded.contains(m.name() + "." + f)) && random.nextBoolean();
    Index index = new Index(fields, unique);
    List<Index> indexes = new ArrayList<>(m.indexes());
    indexes.add(index);
    return edit("add " + (unique ? "unique " : "") + "index " + m.name() + fields, d, m.name(), x -> withIndexes(x, indexes));
  }

  private Edit dropIndex(Domain d) {
    List<Model> withIndexes = d.models().stream().filter(m -> !m.indexes().isEmpty()).toList();
    if (withIndexes.isEmpty()) {
      return null;
    }
    Model m = pick(withIndexes);
    Index index = pick(m.indexes());
    return edit("drop index " + m.name() + index.fields(), d, m.name(),
        x -> withIndexes(x, x.indexes().stream().filter(i -> i != index).toList()));
  }

  private Edit addEnumValue(Domain d) {
    if (d.enums().isEmpty()) {
      return null;
    }
    EnumType e = pick(d.enums());
    List<String> values = new ArrayList<>(e.values());
    String value = "extra" + (++counter);
    values.add(random.nextInt(values.size() + 1), value);
    return withEnum(d, new EnumType(e.name(), e.sqlName(), values, e.doc()), "add value " + value + " to enum " + e.name());
  }

  private Edit removeEnumValue(Domain d) {
    if (d.enums().isEmpty()) {
      return null;
    }
    EnumType e = pick(d.enums());
    String references = references(d);
    List<String> removable = e.values().stream().filter(v -> !pinned.contains(e.sqlName() + "." + v)
        && !Pattern.compile("\\b" + Pattern.quote(v) + "\\b").matcher(references).find()).toList();
    if (removable.isEmpty() || e.values().size() < 2) {
      return null;
    }
    String value = pick(removable);
    return withEnum(d, new EnumType(e.name(), e.sqlName(), e.values().stream().filter(v -> !v.equals(value)).toList(), e.doc()),
        "remove value " + value + " from enum " + e.name());
  }

  private Edit addEnum(Domain d) {
    String name = "Extra" + (++counter) + "Kind";
    EnumType e = new EnumType(name, Naming.snakeCase(name), List.of("first", "second", "it_s"), null);
    List<EnumType> enums = new ArrayList<>(d.enums());
    enums.add(e);
    Model m = anyModel(d);
    String field = "kind" + counter;
    Field f = new Field(field, Naming.columnName(field), ScalarType.ENUM, name, false, false, false, true, false, false, null,
        null, Validation.NONE, null, null, false, null);
    Edit edit = edit("add enum " + name + " and optional field " + m.name() + "." + field, d, m.name(), x -> addField(x, f));
    return new Edit(edit.description(), new Domain(enums, edit.after().models(), d.rbac()));
  }

  /** Drops an enum type with the fields that use it, when nothing names those fields. */
  private Edit dropEnum(Domain d) {
    String references = references(d);
    List<EnumType> droppable = d.enums().stream().filter(e -> d.models().stream().allMatch(m -> m.fields().stream()
        .filter(f -> e.name().equals(f.enumType())).allMatch(f -> !f.primaryKey() && !indexed(m, f)
            && !Pattern.compile("\\b" + Pattern.quote(f.name()) + "\\b").matcher(references).find()))).toList();
    if (droppable.isEmpty()) {
      return null;
    }
    EnumType e = pick(droppable);
    List<Model> models = d.models().stream().map(m -> withFields(m, m.fields().stream()
        .filter(f -> !e.name().equals(f.enumType())).toList())).toList();
    return new Edit("drop enum " + e.name() + " and its fields",
        new Domain(d.enums().stream().filter(x -> x != e).toList(), models, d.rbac()));
  }

  private Edit addModel(Domain d) {
    String name = "Extra" + (++counter) + "Item";
    List<Field> fields = new ArrayList<>();
    fields.add(new Field("id", "id", ScalarType.UUID, null, true, false, false, false, false, false, null, null,
        Validation.NONE, null, null, false, null));
    fields.add(new Field("tenantId", "tenant_id", ScalarType.UUID, null, false, true, false, false, false, false, null, null,
        Validation.NONE, null, null, false, null));
    fields.add(new Field("label", "label", ScalarType.STRING, null, false, false, false, false, false, false, null,
        null, new Validation(1, 80, null, null, null, false), null, null, false, null));
    List<Relation> relations = new ArrayList<>();
    Model target = anyModel(d);
    if (random.nextBoolean() && target.primaryKey().size() == 1) {
      Relation.OnDelete onDelete = pick(List.of(Relation.OnDelete.values()));
      relations.add(new Relation("parent", Relation.RelationKind.BELONGS_TO, target.name(), "parentId", onDelete, true, null,
          null));
      fields.add(new Field("parentId", "parent_id", target.primaryKey().get(0).type(), null, false, false, false, true, false,
          false, null, null, Validation.NONE, null, "parent", true, null));
    }
    Model model = new Model(name, Naming.tableName(name), null, fields, relations, List.of(), List.of(), List.of(), List.of());
    List<Model> models = new ArrayList<>(d.models());
    models.add(model);
    models.sort(Comparator.comparing(Model::name));
    return new Edit("add model " + name + (relations.isEmpty() ? "" : " belonging to " + target.name()),
        new Domain(d.enums(), models, d.rbac()));
  }

  private Edit dropModel(Domain d) {
    List<Model> added = d.models().stream().filter(m -> m.name().startsWith("Extra") && d.models().stream()
        .flatMap(o -> o.relations().stream()).noneMatch(r -> r.target().equals(m.name()))).toList();
    if (added.isEmpty()) {
      return null;
    }
    Model m = pick(added);
    return new Edit("drop model " + m.name(),
        new Domain(d.enums(), d.models().stream().filter(x -> x != m).toList(), d.rbac()));
  }

  private Edit addRelation(Domain d) {
    Model from = anyModel(d);
    Model to = anyModel(d);
    if (to.primaryKey().size() != 1) {
      return null;
    }
    String name = "link" + (++counter);
    Relation.OnDelete onDelete = pick(List.of(Relation.OnDelete.values()));
    Relation r = new Relation(name, Relation.RelationKind.BELONGS_TO, to.name(), name + "Id", onDelete, true, null, null);
    Field f = new Field(name + "Id", Naming.columnName(name + "Id"), to.primaryKey().get(0).type(), null, false, false, false,
        true, false, false, null, null, Validation.NONE, null, name, true, null);
    return edit("add optional relation " + from.name() + "." + name + " to " + to.name() + " (" + onDelete + ")", d,
        from.name(), m -> {
          List<Relation> relations = new ArrayList<>(m.relations());
          relations.add(r);
          return withRelations(addField(m, f), relations);
        });
  }

  private Edit dropRelation(Domain d) {
    List<String[]> added = new ArrayList<>();
    d.models().forEach(m -> m.relations().stream().filter(r -> r.name().startsWith("link"))
        .forEach(r -> added.add(new String[] {m.name(), r.name()})));
    if (added.isEmpty()) {
      return null;
    }
    String[] p = pick(added);
    return edit("drop relation " + p[0] + "." + p[1], d, p[0], m -> withRelations(
        withFields(m, m.fields().stream().filter(f -> !p[1].equals(f.foreignKeyOf())).toList()),
        m.relations().stream().filter(r -> !r.name().equals(p[1])).toList()));
  }

  private Edit changeOnDelete(Domain d) {
    List<String[]> belongsTo = new ArrayList<>();
    d.models().forEach(m -> m.relations().stream().filter(r -> r.kind() == Relation.RelationKind.BELONGS_TO)
        .forEach(r -> belongsTo.add(new String[] {m.name(), r.name()})));
    if (belongsTo.isEmpty()) {
      return null;
    }
    String[] p = pick(belongsTo);
    Model model = d.model(p[0]).orElseThrow();
    Relation r = model.relation(p[1]).orElseThrow();
    Field fk = model.field(r.foreignKey()).orElseThrow();
    List<Relation.OnDelete> options = new ArrayList<>(List.of(Relation.OnDelete.values()));
    options.remove(r.onDelete());
    if (!fk.optional()) {
      options.remove(Relation.OnDelete.SET_NULL);
    }
    Relation.OnDelete to = pick(options);
    Relation changed = new Relation(r.name(), r.kind(), r.target(), r.foreignKey(), to, r.optional(), r.joinTable(), r.doc());
    return edit("change ON DELETE of " + p[0] + "." + p[1] + " to " + to, d, p[0],
        m -> withRelations(m, m.relations().stream().map(x -> x == r ? changed : x).toList()));
  }

  private Edit dropPolicy(Domain d) {
    List<Model> withPolicies = d.models().stream().filter(m -> !m.policies().isEmpty()).toList();
    if (withPolicies.isEmpty()) {
      return null;
    }
    Model m = pick(withPolicies);
    Policy policy = pick(m.policies());
    return edit("drop policy " + m.name() + "." + policy.action(), d, m.name(),
        x -> new Model(x.name(), x.table(), x.doc(), x.fields(), x.relations(), x.indexes(),
            x.policies().stream().filter(p -> p != policy).toList(), x.hooks(), x.actions()));
  }

  // ---- helpers ----

  private record Pick(Model model, Field field) {
    String key() {
      return model.name() + "." + field.name();
    }
  }

  /** A field that holds plain data: not a key, tenant or foreign key (and, when {@code free}, named by nothing). */
  private Pick dataField(Domain d, boolean free) {
    return dataField(d, free, (m, f) -> true);
  }

  private Pick dataField(Domain d, boolean free, java.util.function.BiPredicate<Model, Field> filter) {
    String references = free ? references(d) : "";
    List<Pick> picks = new ArrayList<>();
    for (Model m : d.models()) {
      for (Field f : m.fields()) {
        if (f.primaryKey() || f.tenant() || f.foreignKeyOf() != null || f.synthesized() || !filter.test(m, f)) {
          continue;
        }
        if (free && (indexed(m, f) || Pattern.compile("\\b" + Pattern.quote(f.name()) + "\\b").matcher(references).find())) {
          continue;
        }
        picks.add(new Pick(m, f));
      }
    }
    return picks.isEmpty() ? null : pick(picks);
  }

  private static boolean indexed(Model m, Field f) {
    return m.indexes().stream().anyMatch(i -> i.fields().contains(f.name()));
  }

  /** Everything that may name a field or an enum value: policies, hooks, actions and role rules, as JSON. */
  private static String references(Domain d) {
    try {
      StringBuilder out = new StringBuilder(IrJson.mapper().writeValueAsString(d.rbac()));
      for (Model m : d.models()) {
        out.append(IrJson.mapper().writeValueAsString(m.policies()))
            .append(IrJson.mapper().writeValueAsString(m.hooks()))
            .append(IrJson.mapper().writeValueAsString(m.actions()));
      }
      return out.toString();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Model anyModel(Domain d) {
    return pick(d.models());
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static Edit edit(String description, Domain d, String model, Function<Model, Model> change) {
    List<Model> models = d.models().stream().map(m -> m.name().equals(model) ? change.apply(m) : m).toList();
    return new Edit(description, new Domain(d.enums(), models, d.rbac()));
  }

  private static Edit withEnum(Domain d, EnumType e, String description) {
    return new Edit(description, new Domain(d.enums().stream().map(x -> x.name().equals(e.name()) ? e : x).toList(),
        d.models(), d.rbac()));
  }

  private static Model addField(Model m, Field f) {
    List<Field> fields = new ArrayList<>(m.fields());
    fields.add(f);
    return withFields(m, fields);
  }

  private static Model replaceField(Model m, Field old, Field f) {
    return withFields(m, m.fields().stream().map(x -> x == old ? f : x).toList());
  }

  private static Model withFields(Model m, List<Field> fields) {
    return new Model(m.name(), m.table(), m.doc(), fields, m.relations(), m.indexes(), m.policies(), m.hooks(), m.actions());
  }

  private static Model withRelations(Model m, List<Relation> relations) {
    return new Model(m.name(), m.table(), m.doc(), m.fields(), relations, m.indexes(), m.policies(), m.hooks(), m.actions());
  }

  private static Model withIndexes(Model m, List<Index> indexes) {
    return new Model(m.name(), m.table(), m.doc(), m.fields(), m.relations(), indexes, m.policies(), m.hooks(), m.actions());
  }

  private static Field with(Field f, boolean optional, boolean unique, DefaultValue value, Validation validation) {
    return copy(f, f.name(), f.column(), f.type(), optional, unique, value, validation, f.renamedFrom());
  }

  private static Field copy(Field f, String name, String column, ScalarType type, boolean optional, boolean unique,
      DefaultValue value, Validation validation, String renamedFrom) {
    return new Field(name, column, type, f.enumType(), f.primaryKey(), f.tenant(), unique, optional, f.pii(), f.secret(),
        f.residency(), value, validation, renamedFrom, f.foreignKeyOf(), f.synthesized(), f.doc());
  }
}
