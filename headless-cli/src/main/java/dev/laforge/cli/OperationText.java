package dev.laforge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.laforge.backend.migrate.ClassifiedOp;
import dev.laforge.backend.migrate.Finding;
import dev.laforge.backend.migrate.MigrationOp;
import dev.laforge.backend.migrate.RenameHint;
import dev.laforge.backend.migrate.SchemaDiff;
import dev.laforge.backend.migrate.introspect.DriftReport;
import dev.laforge.backend.naming.Dialect;
import java.util.Locale;

/** The operations of a {@link SchemaDiff} as text or JSON, for {@code forge diff}. */
final class OperationText {

  private OperationText() {}

  /** {@code add-column}: the kebab-case name of an operation's kind. */
  static String kind(MigrationOp op) {
    return op.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /** What the operation changes, in a few words. */
  static String describe(MigrationOp op) {
    if (op instanceof MigrationOp.CreateEnum o) {
      return "enum " + o.enumType().sqlName() + " " + o.enumType().values();
    } else if (op instanceof MigrationOp.DropEnum o) {
      return "enum " + o.enumType().sqlName();
    } else if (op instanceof MigrationOp.AddEnumValue o) {
      return "enum " + o.enumSqlName() + " value '" + o.value() + "'";
    } else if (op instanceof MigrationOp.RemoveEnumValue o) {
      return "enum " + o.enumSqlName() + " value '" + o.value() + "'";
    } else if (op instanceof MigrationOp.CreateTable o) {
      return "table " + o.table().name();
    } else if (op instanceof MigrationOp.DropTable o) {
      return "table " + o.table().name();
    } else if (op instanceof MigrationOp.AddColumn o) {
      return "column " + o.table() + "." + o.column().name() + " " + type(o.column().type(), o.column().enumSqlName());
    } else if (op instanceof MigrationOp.DropColumn o) {
      return "column " + o.table() + "." + o.column().name();
    } else if (op instanceof MigrationOp.RenameColumn o) {
      return "column " + o.table() + "." + o.from() + " to " + o.to();
    } else if (op instanceof MigrationOp.AlterColumnType o) {
      return "column " + o.table() + "." + o.column() + " from " + type(o.fromType(), o.fromEnum()) + " to "
          + type(o.toType(), o.toEnum());
    } else if (op instanceof MigrationOp.AlterColumnNullability o) {
      return "column " + o.table() + "." + o.column() + (o.nullable() ? " DROP NOT NULL" : " SET NOT NULL");
    } else if (op instanceof MigrationOp.AlterColumnDefault o) {
      return "column " + o.table() + "." + o.column() + " default " + DriftReport.defaultText(o.from()) + " to " + DriftReport.defaultText(o.to());
    } else if (op instanceof MigrationOp.AlterPrimaryKey o) {
      return "primary key of " + o.table() + " from " + o.from() + " to " + o.to();
    } else if (op instanceof MigrationOp.AddUnique o) {
      return "unique " + o.unique().name() + " on " + o.table() + "." + o.unique().column();
    } else if (op instanceof MigrationOp.DropUnique o) {
      return "unique " + o.unique().name() + " on " + o.table();
    } else if (op instanceof MigrationOp.AddCheck o) {
      return "check " + o.check().name() + " on " + o.table();
    } else if (op instanceof MigrationOp.DropCheck o) {
      return "check " + o.check().name() + " on " + o.table();
    } else if (op instanceof MigrationOp.AlterCheck o) {
      return "check " + o.to().name() + " on " + o.table();
    } else if (op instanceof MigrationOp.RenameConstraint o) {
      return "constraint " + o.from() + " on " + o.table() + " to " + o.to();
    } else if (op instanceof MigrationOp.AddForeignKey o) {
      return "foreign key " + o.key().name() + " " + o.key().table() + "." + o.key().column() + " -> " + o.key().referencedTable();
    } else if (op instanceof MigrationOp.DropForeignKey o) {
      return "foreign key " + o.key().name() + " on " + o.key().table();
    } else if (op instanceof MigrationOp.AlterForeignKey o) {
      return "foreign key " + o.to().name() + " on " + o.to().table();
    } else if (op instanceof MigrationOp.AddIndex o) {
      return "index " + o.index().name() + " on " + o.index().table() + " " + o.index().columns();
    } else if (op instanceof MigrationOp.DropIndex o) {
      return "index " + o.index().name() + " on " + o.index().table();
    } else if (op instanceof MigrationOp.RenameIndex o) {
      return "index " + o.from() + " on " + o.table() + " to " + o.to();
    } else if (op instanceof MigrationOp.AddPolicy o) {
      return "policy " + o.name() + " on " + o.table();
    } else if (op instanceof MigrationOp.DropPolicy o) {
      return "policy " + o.name() + " on " + o.table();
    } else if (op instanceof MigrationOp.AlterPolicy o) {
      return "policy " + o.name() + " on " + o.table();
    }
    return op.target();
  }

  private static String type(dev.laforge.backend.ir.ScalarType type, String enumName) {
    return enumName != null ? "enum " + enumName : type.name().toLowerCase(Locale.ROOT);
  }

  /** One line per operation ({@code <risk> <kind> <what>}), its findings indented below, then hints and a summary. */
  static String text(SchemaDiff diff, Dialect dialect) {
    StringBuilder out = new StringBuilder();
    for (ClassifiedOp op : diff.ops()) {
      out.append(String.format("%-16s %s %s%n", risk(op), kind(op.op()), describe(op.op())));
      for (Finding finding : op.findings()) {
        out.append("    ").append(finding.code()).append(' ').append(finding.message()).append('\n');
      }
    }
    for (RenameHint hint : diff.hints()) {
      out.append("hint: ").append(hint.kind().name().toLowerCase(Locale.ROOT)).append(' ')
          .append(hint.table() == null ? "" : hint.table() + ".").append(hint.from()).append(" may have been renamed to ")
          .append(hint.to()).append('\n');
    }
    int n = diff.ops().size();
    out.append(n == 0 ? "no differences" : n + (n == 1 ? " operation" : " operations")).append(" (").append(dialect.id()).append(")\n");
    return out.toString();
  }

  /** {@code {"dialect", "differences", "operations": [{op, target, description, risk, findings: [{code, risk, message}]}], "hints"}}. */
  static String json(SchemaDiff diff, Dialect dialect) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("dialect", dialect.id());
    root.put("differences", !diff.isEmpty());
    ArrayNode ops = root.putArray("operations");
    for (ClassifiedOp op : diff.ops()) {
      ObjectNode node = ops.addObject();
      node.put("op", kind(op.op()));
      node.put("target", op.op().target());
      node.put("description", describe(op.op()));
      node.put("risk", risk(op));
      ArrayNode findings = node.putArray("findings");
      for (Finding finding : op.findings()) {
        findings.addObject().put("code", finding.code().name()).put("risk", finding.risk().id()).put("message", finding.message());
      }
    }
    ArrayNode hints = root.putArray("hints");
    for (RenameHint hint : diff.hints()) {
      hints.addObject().put("kind", hint.kind().name().toLowerCase(Locale.ROOT)).put("table", hint.table())
          .put("from", hint.from()).put("to", hint.to());
    }
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the diff as JSON", e);
    }
  }

  private static String risk(ClassifiedOp op) {
    return op.risk().id();
  }
}
