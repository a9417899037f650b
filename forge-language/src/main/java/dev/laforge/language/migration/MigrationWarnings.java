package dev.laforge.language.migration;

import dev.laforge.backend.diagnostics.Diagnostic;
import dev.laforge.backend.ir.Action;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.Field;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.Relation;
import dev.laforge.backend.migrate.ClassifiedOp;
import dev.laforge.backend.migrate.Finding;
import dev.laforge.backend.migrate.MigrationOp;
import dev.laforge.backend.migrate.RenameHint;
import dev.laforge.backend.migrate.SchemaDiff;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.policy.RlsWriter;
import dev.laforge.language.ast.ForgeAst;
import dev.laforge.language.forge.EnumDecl;
import dev.laforge.language.forge.ForgeFile;
import dev.laforge.language.forge.ForgePackage;
import dev.laforge.language.forge.IndexDecl;
import dev.laforge.language.forge.ModelPermissions;
import dev.laforge.language.forge.PermissionsBlock;
import dev.laforge.language.forge.Policy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The LF4xx warnings of a domain against its previous schema snapshot, as located diagnostics.
 *
 * <p>Each finding of the {@link SchemaDiff} becomes one warning with the finding's code and
 * message, placed on what it is about in the current sources: the field of a column (the relation
 * field of a foreign-key column, the {@code manyToMany} field of a join table), the enum of a
 * removed value, the {@code policy} (else the {@code permissions}) of a weakened rule, the name of
 * the model for a dropped column, a new primary key or a removed tenant guard, a declared
 * {@code index(...)}. What no longer exists anywhere (a dropped model) is reported on the first
 * line of the first file. The diff is computed for every given dialect; a finding several
 * dialects share is reported once.
 *
 * <p>Data for quick fixes: LF402 {@code [table, column, previous field, field that looks like its
 * new name or ""]}; LF405 and LF406 {@code [model, field]}; the others {@code [model]} when they
 * are about a model, else none.
 */
public final class MigrationWarnings {

  private final Domain previous;
  private final Domain current;
  private final Map<String, ForgeFile> files;
  private final Map<String, Model> currentTables = new HashMap<>();
  private final Map<String, Model> previousTables = new HashMap<>();
  private final Map<String, dev.laforge.language.forge.Model> models = new HashMap<>();
  private final Map<String, EnumDecl> enums = new HashMap<>();
  private final Map<String, Policy> policies = new HashMap<>();
  private final Map<String, ModelPermissions> permissions = new HashMap<>();

  private MigrationWarnings(Domain previous, Domain current, Map<String, ForgeFile> files) {
    this.previous = previous;
    this.current = current;
    this.files = files;
    current.models().forEach(m -> currentTables.put(m.table(), m));
    previous.models().forEach(m -> previousTables.put(m.table(), m));
    for (ForgeFile file : files.values()) {
      for (EObject declaration : file.getDeclarations()) {
        if (declaration instanceof dev.laforge.language.forge.Model model && model.getName() != null) {
          models.putIfAbsent(model.getName(), model);
        } else if (declaration instanceof EnumDecl decl && decl.getName() != null) {
          enums.putIfAbsent(decl.getName(), decl);
        } else if (declaration instanceof Policy policy && ForgeAst.resolved(policy.getModel()) != null) {
          policies.putIfAbsent(policy.getModel().getName() + "." + policy.getAction().getName(), policy);
        } else if (declaration instanceof PermissionsBlock block) {
          for (ModelPermissions mp : block.getModels()) {
            if (ForgeAst.resolved(mp.getModel()) != null) {
              permissions.putIfAbsent(mp.getModel().getName(), mp);
            }
          }
        }
      }
    }
  }

  /** The schema diff of the two domains in each dialect, in the order given. */
  public static Map<Dialect, SchemaDiff> diffs(Domain previous, Domain current, List<Dialect> dialects) {
    Map<Dialect, SchemaDiff> diffs = new LinkedHashMap<>();
    for (Dialect dialect : new LinkedHashSet<>(dialects)) {
      diffs.put(dialect, SchemaDiff.between(previous, current, dialect));
    }
    return diffs;
  }

  /**
   * The warnings of {@code diffs} (see {@link #diffs}) located in {@code files}, the current
   * domain's sources by the path diagnostics name them with, in the order the domain was mapped
   * from; sorted by file, offset, code and message.
   */
  public static List<Diagnostic> of(Domain previous, Domain current, Map<Dialect, SchemaDiff> diffs,
      Map<String, ForgeFile> files) {
    return new MigrationWarnings(previous, current, files).locate(diffs);
  }

  /** Compares the snapshot with the current domain in {@code dialects} and locates the warnings. */
  public static List<Diagnostic> of(Domain previous, Domain current, List<Dialect> dialects, Map<String, ForgeFile> files) {
    return of(previous, current, diffs(previous, current, dialects), files);
  }

  private List<Diagnostic> locate(Map<Dialect, SchemaDiff> diffs) {
    Map<String, Diagnostic> unique = new LinkedHashMap<>();
    for (SchemaDiff diff : diffs.values()) {
      for (ClassifiedOp op : diff.ops()) {
        for (Finding finding : op.findings()) {
          Diagnostic d = warning(op.op(), finding, diff.hints());
          unique.putIfAbsent(d.file() + "\0" + d.offset() + "\0" + d.code() + "\0" + d.message(), d);
        }
      }
    }
    List<Diagnostic> warnings = new ArrayList<>(unique.values());
    warnings.sort(Comparator.comparing(Diagnostic::file).thenComparingInt(Diagnostic::offset)
        .thenComparing(d -> d.code().name()).thenComparing(Diagnostic::message));
    return warnings;
  }

  private Diagnostic warning(MigrationOp op, Finding finding, List<RenameHint> hints) {
    String message = finding.message();
    List<String> data = List.of();
    EObject at;
    EStructuralFeature feature = null;
    if (op instanceof MigrationOp.DropTable drop) {
      Model was = previousTables.get(drop.table().name());
      at = was == null ? null : models.get(was.name());
      for (RenameHint hint : hints) {
        if (hint.kind() == RenameHint.Kind.TABLE && hint.from().equals(drop.table().name())) {
          message += "; " + hint.message();
        }
      }
    } else if (op instanceof MigrationOp.DropColumn drop) {
      at = tableOwner(drop.table());
      String previousField = previousField(drop.table(), drop.column().name());
      String renamed = "";
      for (RenameHint hint : hints) {
        if (hint.kind() == RenameHint.Kind.COLUMN && hint.table().equals(drop.table()) && hint.from().equals(drop.column().name())) {
          renamed = currentField(drop.table(), hint.to());
          message += "; " + hint.table() + "." + hint.to() + " of the same type is added: if `" + renamed
              + "` is `" + previousField + "` renamed, declare renamedFrom(\"" + previousField + "\") on it";
        }
      }
      data = List.of(drop.table(), drop.column().name(), previousField, renamed);
    } else if (op instanceof MigrationOp.AddColumn add) {
      at = column(add.table(), add.column().name());
      data = fieldData(add.table(), add.column().name());
    } else if (op instanceof MigrationOp.AlterColumnNullability change) {
      at = column(change.table(), change.column());
      data = fieldData(change.table(), change.column());
    } else if (op instanceof MigrationOp.RenameColumn rename) {
      at = column(rename.table(), rename.to());
    } else if (op instanceof MigrationOp.AlterColumnType change) {
      at = column(change.table(), change.column());
    } else if (op instanceof MigrationOp.AddUnique add) {
      at = column(add.table(), add.unique().column());
    } else if (op instanceof MigrationOp.AddCheck add) {
      at = column(add.table(), add.check().column());
    } else if (op instanceof MigrationOp.AlterCheck change) {
      at = column(change.table(), change.to().column());
    } else if (op instanceof MigrationOp.AddForeignKey add) {
      at = column(add.key().table(), add.key().column());
    } else if (op instanceof MigrationOp.AlterForeignKey change) {
      at = column(change.to().table(), change.to().column());
    } else if (op instanceof MigrationOp.AddIndex add) {
      at = index(add.index());
    } else if (op instanceof MigrationOp.RemoveEnumValue remove) {
      at = enumDecl(remove.enumSqlName());
    } else if (op instanceof MigrationOp.AlterPolicy change) {
      at = rule(change.table(), change.name());
    } else {
      at = tableOwner(op.target());
    }
    if (at instanceof dev.laforge.language.forge.Model) {
      feature = ForgePackage.Literals.MODEL__NAME;
    } else if (at instanceof dev.laforge.language.forge.Field) {
      feature = ForgePackage.Literals.FIELD__NAME;
    } else if (at instanceof EnumDecl) {
      feature = ForgePackage.Literals.ENUM_DECL__NAME;
    }
    if (data.isEmpty() && at != null) {
      dev.laforge.language.forge.Model model = org.eclipse.xtext.EcoreUtil2.getContainerOfType(at, dev.laforge.language.forge.Model.class);
      if (model != null) {
        data = List.of(model.getName());
      }
    }
    return Located.of(at, feature, files).diagnostic(finding.code(), message, data);
  }

  /** The model of a model table, else the manyToMany field of a join table; null when neither exists now. */
  private EObject tableOwner(String table) {
    Model model = currentTables.get(table);
    if (model != null) {
      return models.get(model.name());
    }
    for (Model m : current.models()) {
      for (Relation r : m.relations()) {
        if (r.kind() == Relation.RelationKind.MANY_TO_MANY && table.equals(r.joinTable())) {
          return field(m.name(), r.name(), m.name());
        }
      }
    }
    return null;
  }

  /** The field declaring a column: the field itself, the relation of a foreign-key column, else the table's owner. */
  private EObject column(String table, String column) {
    Model model = currentTables.get(table);
    if (model == null) {
      return tableOwner(table);
    }
    for (Field f : model.fields()) {
      if (f.column().equals(column)) {
        String declared = f.synthesized() && f.foreignKeyOf() != null ? f.foreignKeyOf() : f.name();
        return field(model.name(), declared, model.name());
      }
    }
    return models.get(model.name());
  }

  private EObject field(String model, String field, String fallbackModel) {
    dev.laforge.language.forge.Model decl = models.get(model);
    if (decl != null) {
      for (dev.laforge.language.forge.Field f : ForgeAst.fields(decl)) {
        if (field.equals(f.getName())) {
          return f;
        }
      }
    }
    return models.get(fallbackModel);
  }

  private List<String> fieldData(String table, String column) {
    Model model = currentTables.get(table);
    return model == null ? List.of() : List.of(model.name(), currentField(table, column));
  }

  /** The current field (the relation for a foreign-key column) of a column, or "". */
  private String currentField(String table, String column) {
    Model model = currentTables.get(table);
    if (model != null) {
      for (Field f : model.fields()) {
        if (f.column().equals(column)) {
          return f.synthesized() && f.foreignKeyOf() != null ? f.foreignKeyOf() : f.name();
        }
      }
    }
    return "";
  }

  private String previousField(String table, String column) {
    Model model = previousTables.get(table);
    if (model != null) {
      for (Field f : model.fields()) {
        if (f.column().equals(column)) {
          return f.name();
        }
      }
    }
    return column;
  }

  /** A declared index(...) or unique(...) over exactly these columns, else its only column's field, else the model. */
  private EObject index(dev.laforge.backend.sql.SqlSchema.Index index) {
    Model model = currentTables.get(index.table());
    dev.laforge.language.forge.Model decl = model == null ? null : models.get(model.name());
    if (decl != null) {
      for (EObject member : decl.getMembers()) {
        if (member instanceof IndexDecl declared && declared.getFields().stream()
            .map(f -> ForgeAst.resolved(f) == null ? "" : ForgeAst.columnName(f)).toList().equals(index.columns())) {
          return declared;
        }
      }
    }
    return index.columns().size() == 1 ? column(index.table(), index.columns().get(0)) : tableOwner(index.table());
  }

  private EObject enumDecl(String sqlName) {
    for (EnumType e : current.enums()) {
      if (e.sqlName().equals(sqlName)) {
        return enums.get(e.name());
      }
    }
    return null;
  }

  /** The policy of a weakened rule, else the model's permissions, else the model. */
  private EObject rule(String table, String policyName) {
    Model model = currentTables.get(table);
    if (model == null) {
      return tableOwner(table);
    }
    for (Action action : Action.values()) {
      if (RlsWriter.policyName(table, action.keyword()).equals(policyName)) {
        Policy policy = policies.get(model.name() + "." + action.keyword());
        if (policy != null) {
          return policy;
        }
      }
    }
    ModelPermissions mp = permissions.get(model.name());
    return mp != null ? mp : models.get(model.name());
  }

  /** Where a warning goes: a node of a file, or the first line of the first file. */
  private record Located(String file, int line, int column, int endLine, int endColumn, int offset, int length) {

    static Located of(EObject at, EStructuralFeature feature, Map<String, ForgeFile> files) {
      INode node = null;
      if (at != null) {
        List<INode> named = feature == null ? List.of() : NodeModelUtils.findNodesForFeature(at, feature);
        node = named.isEmpty() ? NodeModelUtils.findActualNodeFor(at) : named.get(0);
      }
      String file = files.keySet().stream().findFirst().orElse("");
      if (node != null) {
        for (Map.Entry<String, ForgeFile> e : files.entrySet()) {
          if (e.getValue().eResource() == at.eResource()) {
            file = e.getKey();
          }
        }
        String text = node.getText().strip();
        int offset = node.getOffset();
        int length = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        var start = NodeModelUtils.getLineAndColumn(node, offset);
        return new Located(file, start.getLine(), start.getColumn(), start.getLine(), start.getColumn() + length, offset, length);
      }
      ForgeFile first = files.get(file);
      String text = first == null || first.eResource() == null ? "" : firstLine(first);
      return new Located(file, 1, 1, 1, 1 + text.length(), 0, text.length());
    }

    private static String firstLine(ForgeFile file) {
      INode root = NodeModelUtils.getNode(file);
      String text = root == null ? "" : root.getRootNode().getText();
      int end = text.indexOf('\n');
      return (end < 0 ? text : text.substring(0, end)).stripTrailing();
    }

    Diagnostic diagnostic(dev.laforge.backend.diagnostics.DiagnosticCode code, String message, List<String> data) {
      Map<String, String> map = new LinkedHashMap<>();
      for (int i = 0; i < data.size(); i++) {
        map.put(Integer.toString(i), data.get(i));
      }
      return new Diagnostic(code, code.defaultSeverity(), message, file, line, column, endLine, endColumn, offset, length, map);
    }
  }
}
