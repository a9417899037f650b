package dev.laforge.backend.migrate;

import static dev.laforge.backend.testing.FieldBuilder.field;
import static dev.laforge.backend.testing.ModelBuilder.model;

import dev.laforge.backend.diagnostics.DiagnosticCode;
import dev.laforge.backend.ir.DefaultValue;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.SqlSchema;
import dev.laforge.backend.testing.FieldBuilder;
import dev.laforge.backend.testing.ModelBuilder;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Small domains and shorthands for the schema-diff tests. */
final class Diffs {

  private Diffs() {}

  static Domain domain(Model... models) {
    return new Domain(List.of(), sorted(models), null);
  }

  static Domain domain(List<EnumType> enums, Model... models) {
    return new Domain(enums, sorted(models), null);
  }

  private static List<Model> sorted(Model... models) {
    return Arrays.stream(models).sorted(Comparator.comparing(Model::name)).toList();
  }

  static FieldBuilder id() {
    return field("id", ScalarType.UUID).pk().defaultValue(new DefaultValue.Uuid());
  }

  /** {@code Note} (table notes) with an id and the given fields. */
  static Model note(FieldBuilder... fields) {
    return notes(fields).build();
  }

  static ModelBuilder notes(FieldBuilder... fields) {
    ModelBuilder note = model("Note").field(id());
    for (FieldBuilder f : fields) {
      note.field(f);
    }
    return note;
  }

  static SchemaDiff diff(Domain previous, Domain current) {
    return SchemaDiff.between(previous, current, Dialect.POSTGRES);
  }

  /** The codes of each operation's findings, in operation order. */
  static List<List<DiagnosticCode>> codes(SchemaDiff diff) {
    return diff.ops().stream().map(op -> op.findings().stream().map(Finding::code).toList()).toList();
  }

  static List<Risk> risks(SchemaDiff diff) {
    return diff.ops().stream().map(ClassifiedOp::risk).toList();
  }

  static SqlSchema.Table table(Domain domain, String name) {
    return SqlSchema.of(domain, Dialect.POSTGRES).tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  static SqlSchema.Column column(String name, ScalarType type, boolean nullable, DefaultValue defaultValue) {
    return new SqlSchema.Column(name, type, null, nullable, defaultValue);
  }
}
