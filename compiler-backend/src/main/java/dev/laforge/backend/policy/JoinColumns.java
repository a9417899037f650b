package dev.laforge.backend.policy;

import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.Relation;
import dev.laforge.backend.naming.Naming;
import dev.laforge.backend.sql.SqlSchema;
import java.util.List;

/**
 * The join table of a many-to-many relation and its two columns, read from {@link SqlSchema} so
 * policies use exactly the names the DDL created. In a self-relation the owner's column is
 * {@code <model>_id} and the other is named after the relation, as {@code SqlSchema} names them.
 */
record JoinColumns(String table, String ownerColumn, String targetColumn) {

  static JoinColumns of(SqlSchema schema, Model owner, Relation relation, Model target) {
    String name = References.joinTable(owner, relation, target);
    SqlSchema.Table table = schema.tables().stream().filter(t -> t.joinTable() && t.name().equals(name)).findFirst()
        .orElseThrow(() -> new PolicyException("join table " + name + " of " + owner.name() + "." + relation.name() + " is not in the schema"));
    List<String> columns = table.columns().stream().map(SqlSchema.Column::name).toList();
    String ownerColumn;
    if (owner.table().equals(target.table())) {
      String own = Naming.joinColumnName(owner.name());
      ownerColumn = columns.contains(own) ? own : columns.get(0);
    } else {
      ownerColumn = schema.foreignKeys().stream()
          .filter(k -> k.table().equals(name) && k.referencedTable().equals(owner.table()))
          .map(SqlSchema.ForeignKey::column).findFirst()
          .orElseThrow(() -> new PolicyException("join table " + name + " has no column referencing " + owner.table()));
    }
    String targetColumn = columns.get(0).equals(ownerColumn) ? columns.get(1) : columns.get(0);
    return new JoinColumns(name, ownerColumn, targetColumn);
  }

  /** Every column of the join table that references {@code side}'s table (two in a self-relation). */
  static List<String> columnsReferencing(SqlSchema schema, String joinTable, Model side) {
    return schema.foreignKeys().stream()
        .filter(k -> k.table().equals(joinTable) && k.referencedTable().equals(side.table()))
        .map(SqlSchema.ForeignKey::column).sorted().toList();
  }
}
