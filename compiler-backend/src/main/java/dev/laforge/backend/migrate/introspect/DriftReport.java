package dev.laforge.backend.migrate.introspect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laforge.backend.ir.DefaultValue;
import dev.laforge.backend.migrate.MigrationOp;
import dev.laforge.backend.migrate.PolicyDefinition;
import dev.laforge.backend.migrate.SchemaDiff;
import dev.laforge.backend.migrate.SchemaState;
import dev.laforge.backend.naming.Dialect;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a live database differs from the declared domain, item by item, sorted by table, kind and
 * object. Each item says what was declared ({@code expected}) and what the database holds
 * ({@code actual}); either is null when the object is absent on that side. Items of an
 * {@link Kind#info() info} kind (leftovers of safe migrations, what could only be read
 * approximately) are not drift.
 */
public record DriftReport(Dialect dialect, List<Item> items) {

  public DriftReport {
    items = items.stream().sorted(Comparator.comparing((Item i) -> i.table() == null ? "" : i.table())
        .thenComparing(Item::kind).thenComparing(i -> i.object() == null ? "" : i.object())
        .thenComparing(Item::message)).distinct().toList();
  }

  /** What an item is about; {@link #info()} kinds are reported but are not drift. */
  public enum Kind {
    MISSING_TABLE, EXTRA_TABLE, MISSING_COLUMN, EXTRA_COLUMN, COLUMN_TYPE, COLUMN_NULLABILITY, COLUMN_DEFAULT,
    PRIMARY_KEY, MISSING_CONSTRAINT, EXTRA_CONSTRAINT, CONSTRAINT_NAME, MISSING_FOREIGN_KEY, EXTRA_FOREIGN_KEY,
    FOREIGN_KEY, MISSING_INDEX, EXTRA_INDEX, INDEX_NAME, MISSING_ENUM, EXTRA_ENUM, MISSING_ENUM_VALUE,
    EXTRA_ENUM_VALUE, RLS_DISABLED, RLS_NOT_FORCED, MISSING_POLICY, EXTRA_POLICY, POLICY, LEFTOVER, NOTE;

    /** True for kinds that describe the database without being drift. */
    public boolean info() {
      return this == LEFTOVER || this == NOTE;
    }

    /** The kebab-case id used in JSON, e.g. {@code missing-index}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** One difference; {@code object} is the column, constraint, index or policy, or null for a whole table. */
  public record Item(Kind kind, String table, String object, String expected, String actual, String message) {}

  /** True when some item is drift (not info). */
  public boolean hasDrift() {
    return items.stream().anyMatch(i -> !i.kind().info());
  }

  /**
   * Compares a live database with the state a domain declares for its dialect. On PostgreSQL pass
   * a declared state whose policies the same server printed ({@link DeclaredPolicies}), so that
   * policy expressions compare as the server stores them.
   */
  public static DriftReport detect(SchemaState declared, LiveSchema live) {
    List<Item> items = new ArrayList<>();
    SchemaState actual = live.state();
    List<MigrationOp> ops = SchemaDiff.between(actual, declared, live.dialect()).operations();
    // A missing table is one item: its foreign keys, indexes and policies are missing with it.
    Set<String> missingTables = new HashSet<>();
    ops.stream().filter(op -> op instanceof MigrationOp.CreateTable).forEach(op -> missingTables.add(op.target()));
    for (MigrationOp op : ops) {
      if (op instanceof MigrationOp.CreateTable || !missingTables.contains(op.target())) {
        items.add(item(op, declared, actual));
      }
    }
    if (live.dialect() == Dialect.POSTGRES) {
      for (var table : declared.schema().tables()) {
        LiveSchema.RowSecurity security = live.rowSecurity().get(table.name());
        if (security == null) {
          continue;
        }
        if (!security.enabled()) {
          items.add(new Item(Kind.RLS_DISABLED, table.name(), null, "enabled", "disabled",
              "row-level security is not enabled on " + table.name()));
        }
        if (!security.forced()) {
          items.add(new Item(Kind.RLS_NOT_FORCED, table.name(), null, "forced", "not forced",
              "RLS not forced on " + table.name()));
        }
      }
    }
    live.leftovers().forEach(l -> items.add(new Item(Kind.LEFTOVER, null, l, null, l, l + " was set aside by a migration")));
    live.notes().forEach(n -> items.add(new Item(Kind.NOTE, null, null, null, null, n)));
    return new DriftReport(live.dialect(), items);
  }

  private static Item item(MigrationOp op, SchemaState declared, SchemaState actual) {
    if (op instanceof MigrationOp.CreateTable o) {
      return new Item(Kind.MISSING_TABLE, o.table().name(), null, "table", null, "table " + o.table().name() + " missing");
    } else if (op instanceof MigrationOp.DropTable o) {
      return new Item(Kind.EXTRA_TABLE, o.table().name(), null, null, "table",
          "table " + o.table().name() + " not declared (extra)");
    } else if (op instanceof MigrationOp.AddColumn o) {
      String type = type(declared, o.table(), o.column().name());
      return new Item(Kind.MISSING_COLUMN, o.table(), o.column().name(), type, null,
          "column " + o.table() + "." + o.column().name() + " (" + type + ") missing");
    } else if (op instanceof MigrationOp.DropColumn o) {
      String type = type(actual, o.table(), o.column().name());
      return new Item(Kind.EXTRA_COLUMN, o.table(), o.column().name(), null, type,
          "column " + o.table() + "." + o.column().name() + " (" + type + ") not declared (extra)");
    } else if (op instanceof MigrationOp.AlterColumnType o) {
      String expected = type(declared, o.table(), o.column());
      String found = type(actual, o.table(), o.column());
      return new Item(Kind.COLUMN_TYPE, o.table(), o.column(), expected, found,
          "column " + o.table() + "." + o.column() + ": type " + found + " in the database, " + expected + " declared");
    } else if (op instanceof MigrationOp.AlterColumnNullability o) {
      String expected = o.nullable() ? "NULL" : "NOT NULL";
      String found = o.nullable() ? "NOT NULL" : "NULL";
      return new Item(Kind.COLUMN_NULLABILITY, o.table(), o.column(), expected, found,
          "column " + o.table() + "." + o.column() + ": " + (o.nullable() ? "NOT NULL in the database, nullable declared"
              : "nullable in the database, NOT NULL declared"));
    } else if (op instanceof MigrationOp.AlterColumnDefault o) {
      String expected = defaultText(o.to());
      String found = defaultText(o.from());
      return new Item(Kind.COLUMN_DEFAULT, o.table(), o.column(), expected, found,
          "column " + o.table() + "." + o.column() + ": default " + found + " in the database, " + expected + " declared");
    } else if (op instanceof MigrationOp.AlterPrimaryKey o) {
      return new Item(Kind.PRIMARY_KEY, o.table(), null, o.to().toString(), o.from().toString(),
          "primary key of " + o.table() + ": " + o.from() + " in the database, " + o.to() + " declared");
    } else if (op instanceof MigrationOp.AddUnique o) {
      return missing(Kind.MISSING_CONSTRAINT, o.table(), "unique constraint", o.unique().name());
    } else if (op instanceof MigrationOp.DropUnique o) {
      return extra(Kind.EXTRA_CONSTRAINT, o.table(), "unique constraint", o.unique().name());
    } else if (op instanceof MigrationOp.AddCheck o) {
      return missing(Kind.MISSING_CONSTRAINT, o.table(), "check constraint", o.check().name());
    } else if (op instanceof MigrationOp.DropCheck o) {
      return extra(Kind.EXTRA_CONSTRAINT, o.table(), "check constraint", o.check().name());
    } else if (op instanceof MigrationOp.RenameConstraint o) {
      return new Item(Kind.CONSTRAINT_NAME, o.table(), o.to(), o.to(), o.from(),
          "constraint " + o.to() + " on " + o.table() + " is named " + o.from() + " in the database");
    } else if (op instanceof MigrationOp.AddForeignKey o) {
      return missing(Kind.MISSING_FOREIGN_KEY, o.key().table(), "foreign key", o.key().name());
    } else if (op instanceof MigrationOp.DropForeignKey o) {
      return extra(Kind.EXTRA_FOREIGN_KEY, o.key().table(), "foreign key", o.key().name());
    } else if (op instanceof MigrationOp.AlterForeignKey o) {
      String expected = reference(o.to());
      String found = reference(o.from());
      return new Item(Kind.FOREIGN_KEY, o.to().table(), o.to().name(), expected, found,
          "foreign key " + o.to().name() + ": " + found + " in the database, " + expected + " declared");
    } else if (op instanceof MigrationOp.AddIndex o) {
      return missing(Kind.MISSING_INDEX, o.index().table(), "index", o.index().name());
    } else if (op instanceof MigrationOp.DropIndex o) {
      return extra(Kind.EXTRA_INDEX, o.index().table(), "index", o.index().name());
    } else if (op instanceof MigrationOp.RenameIndex o) {
      return new Item(Kind.INDEX_NAME, o.table(), o.to(), o.to(), o.from(),
          "index " + o.to() + " on " + o.table() + " is named " + o.from() + " in the database");
    } else if (op instanceof MigrationOp.CreateEnum o) {
      return new Item(Kind.MISSING_ENUM, null, o.enumType().sqlName(), o.enumType().values().toString(), null,
          "enum " + o.enumType().sqlName() + " missing");
    } else if (op instanceof MigrationOp.DropEnum o) {
      return new Item(Kind.EXTRA_ENUM, null, o.enumType().sqlName(), null, o.enumType().values().toString(),
          "enum " + o.enumType().sqlName() + " not declared (extra)");
    } else if (op instanceof MigrationOp.AddEnumValue o) {
      return new Item(Kind.MISSING_ENUM_VALUE, null, o.enumSqlName(), o.value(), null,
          "enum " + o.enumSqlName() + ": value '" + o.value() + "' missing");
    } else if (op instanceof MigrationOp.RemoveEnumValue o) {
      return new Item(Kind.EXTRA_ENUM_VALUE, null, o.enumSqlName(), null, o.value(),
          "enum " + o.enumSqlName() + ": value '" + o.value() + "' not declared (extra)");
    } else if (op instanceof MigrationOp.AddPolicy o) {
      return missing(Kind.MISSING_POLICY, o.table(), "policy", o.name());
    } else if (op instanceof MigrationOp.DropPolicy o) {
      return extra(Kind.EXTRA_POLICY, o.table(), "policy", o.name());
    } else if (op instanceof MigrationOp.AlterPolicy o) {
      PolicyDefinition expected = declared.policies().get(o.table()).get(o.name());
      PolicyDefinition found = actual.policies().get(o.table()).get(o.name());
      String parts = String.join(", ", found.differences(expected));
      return new Item(Kind.POLICY, o.table(), o.name(), o.toSql(), o.fromSql(),
          "policy " + o.name() + ": " + parts + " differs");
    }
    // AlterCheck and RenameColumn need a domain on both sides, which a live database never has.
    throw new IllegalArgumentException("no drift item for " + op);
  }

  private static Item missing(Kind kind, String table, String what, String name) {
    return new Item(kind, table, name, name, null, what + " " + name + " missing");
  }

  private static Item extra(Kind kind, String table, String what, String name) {
    return new Item(kind, table, name, null, name, what + " " + name + " not declared (extra)");
  }

  private static String type(SchemaState state, String table, String column) {
    return state.columnTypes().getOrDefault(table, Map.of()).getOrDefault(column, "?");
  }

  private static String reference(dev.laforge.backend.sql.SqlSchema.ForeignKey key) {
    return "references " + key.referencedTable() + "(" + key.referencedColumn() + ") ON DELETE "
        + key.onDelete().name().replace('_', ' ');
  }

  /** A default as it reads in a message: {@code 'x'}, {@code 42}, {@code true}, {@code now()}, {@code none}. */
  public static String defaultText(DefaultValue value) {
    if (value == null || value instanceof DefaultValue.Null) {
      return "none";
    } else if (value instanceof DefaultValue.Text t) {
      return Dialect.SQLITE.quoteString(t.value());
    } else if (value instanceof DefaultValue.EnumValue e) {
      return Dialect.SQLITE.quoteString(e.value());
    } else if (value instanceof DefaultValue.Number n) {
      return n.value().stripTrailingZeros().toPlainString();
    } else if (value instanceof DefaultValue.Bool b) {
      return Boolean.toString(b.value());
    } else if (value instanceof DefaultValue.Now) {
      return "now()";
    }
    return "uuid()";
  }

  /** Plain text, one line per item: {@code drift: <message>} or {@code info: <message>}, then a summary. */
  public String text() {
    StringBuilder out = new StringBuilder();
    items.forEach(i -> out.append(i.kind().info() ? "info: " : "drift: ").append(i.message()).append('\n'));
    long drift = items.stream().filter(i -> !i.kind().info()).count();
    out.append(drift == 0 ? "no drift" : drift + (drift == 1 ? " difference" : " differences"))
        .append(" (").append(dialect.id()).append(")\n");
    return out.toString();
  }

  /** {@code {"dialect": ..., "drift": bool, "items": [{kind, table, object, expected, actual, message}]}}. */
  public String json() {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("dialect", dialect.id());
    root.put("drift", hasDrift());
    ArrayNode array = root.putArray("items");
    for (Item i : items) {
      ObjectNode node = array.addObject();
      node.put("kind", i.kind().id());
      node.put("info", i.kind().info());
      node.put("table", i.table());
      node.put("object", i.object());
      node.put("expected", i.expected());
      node.put("actual", i.actual());
      node.put("message", i.message());
    }
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the drift report as JSON", e);
    }
  }
}
