package dev.laforge.backend.migrate;

import dev.laforge.backend.ir.DefaultValue;
import dev.laforge.backend.ir.EnumType;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.sql.SqlSchema;
import java.util.List;

/**
 * One typed change between two versions of a domain's relational schema, not yet rendered as
 * SQL. Names are the resolved SQL names of {@link SqlSchema} (tables, columns, constraints,
 * indexes, enum types) and of the PostgreSQL row-level-security policies.
 */
public sealed interface MigrationOp {

  /** The table the operation changes; for enum operations the enum type's SQL name. */
  String target();

  /** A new enum type. */
  record CreateEnum(EnumType enumType) implements MigrationOp {
    public String target() {
      return enumType.sqlName();
    }
  }

  /** An enum type no longer declared. */
  record DropEnum(EnumType enumType) implements MigrationOp {
    public String target() {
      return enumType.sqlName();
    }
  }

  /** A value added to an existing enum type. */
  record AddEnumValue(String enumSqlName, String value) implements MigrationOp {
    public String target() {
      return enumSqlName;
    }
  }

  /** A value removed from an existing enum type. */
  record RemoveEnumValue(String enumSqlName, String value) implements MigrationOp {
    public String target() {
      return enumSqlName;
    }
  }

  /** A new table, with its columns, primary key, unique and check constraints. */
  record CreateTable(SqlSchema.Table table) implements MigrationOp {
    public String target() {
      return table.name();
    }
  }

  /** A table no longer in the domain; its constraints, indexes and policies go with it. */
  record DropTable(SqlSchema.Table table) implements MigrationOp {
    public String target() {
      return table.name();
    }
  }

  /** A new column of an existing table. */
  record AddColumn(String table, SqlSchema.Column column) implements MigrationOp {
    public String target() {
      return table;
    }
  }

  /** A column no longer in an existing table; constraints and indexes over it go with it. */
  record DropColumn(String table, SqlSchema.Column column) implements MigrationOp {
    public String target() {
      return table;
    }
  }

  /** A column renamed as declared with {@code renamedFrom("...")} on its field. */
  record RenameColumn(String table, String from, String to) implements MigrationOp {
    public String target() {
      return table;
    }
  }

  /** A column's type changed; the enum names are set when the type is an enum, else null. */
  record AlterColumnType(String table, String column, ScalarType fromType, String fromEnum, ScalarType toType, String toEnum)
      implements MigrationOp {
    public String target() {
      return table;
    }
  }

  /** A column became nullable ({@code nullable} true) or NOT NULL. */
  record AlterColumnNullability(String table, String column, boolean nullable) implements MigrationOp {
    public String target() {
      return table;
    }
  }

  /** A column's default changed; null stands for no default. */
  record AlterColumnDefault(String table, String column, DefaultValue from, DefaultValue to) implements MigrationOp {
    public String target() {
      return table;
    }
  }

  /** The primary-key columns of an existing table changed. */
  record AlterPrimaryKey(String table, List<String> from, List<String> to) implements MigrationOp {
    public AlterPrimaryKey {
      from = List.copyOf(from);
      to = List.copyOf(to);
    }

    public String target() {
      return table;
    }
  }

  /** A UNIQUE constraint added to an existing table. */
  record AddUnique(String table, SqlSchema.Unique unique) implements MigrationOp {
    public String target() {
      return table;
    }
  }

  /** A UNIQUE constraint removed from an existing table. */
  record DropUnique(String table, SqlSchema.Unique unique) implements MigrationOp {
    public String target() {
      return table;
    }
  }

  /** A validation CHECK added to an existing table. */
  record AddCheck(String table, SqlSchema.Check check) implements MigrationOp {
    public String target() {
      return table;
    }
  }

  /** A validation CHECK removed from an existing table. */
  record DropCheck(String table, SqlSchema.Check check) implements MigrationOp {
    public String target() {
      return table;
    }
  }

  /** The validation of a column changed: its CHECK is replaced. */
  record AlterCheck(String table, SqlSchema.Check from, SqlSchema.Check to) implements MigrationOp {
    public String target() {
      return table;
    }
  }

  /**
   * A constraint whose meaning is unchanged but whose name is, because its column was renamed (or
   * the dialect shortened the name differently).
   */
  record RenameConstraint(String table, String from, String to) implements MigrationOp {
    public String target() {
      return table;
    }
  }

  /** A foreign key added (to an existing or a new table). */
  record AddForeignKey(SqlSchema.ForeignKey key) implements MigrationOp {
    public String target() {
      return key.table();
    }
  }

  /** A foreign key removed from a table that stays. */
  record DropForeignKey(SqlSchema.ForeignKey key) implements MigrationOp {
    public String target() {
      return key.table();
    }
  }

  /** A foreign key of the same column now references another table or column, or deletes differently. */
  record AlterForeignKey(SqlSchema.ForeignKey from, SqlSchema.ForeignKey to) implements MigrationOp {
    public String target() {
      return to.table();
    }
  }

  /** An index added (declared, or one LaForge adds for an FK or tenant column). */
  record AddIndex(SqlSchema.Index index) implements MigrationOp {
    public String target() {
      return index.table();
    }
  }

  /** An index removed from a table that stays. */
  record DropIndex(SqlSchema.Index index) implements MigrationOp {
    public String target() {
      return index.table();
    }
  }

  /** An index over the same columns under a new name. */
  record RenameIndex(String table, String from, String to) implements MigrationOp {
    public String target() {
      return table;
    }
  }

  /** A PostgreSQL row-level-security policy to create; {@code sql} is its CREATE POLICY statement. */
  record AddPolicy(String table, String name, String sql) implements MigrationOp {
    public String target() {
      return table;
    }
  }

  /** A row-level-security policy of a table that stays, no longer generated. */
  record DropPolicy(String table, String name, String sql) implements MigrationOp {
    public String target() {
      return table;
    }
  }

  /** A row-level-security policy whose CREATE POLICY statement changed. */
  record AlterPolicy(String table, String name, String fromSql, String toSql) implements MigrationOp {
    public String target() {
      return table;
    }
  }
}
