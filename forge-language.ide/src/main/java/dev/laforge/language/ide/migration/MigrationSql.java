package dev.laforge.language.ide.migration;

import dev.laforge.backend.migrate.MigrationOp;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.DdlStatements;
import dev.laforge.backend.sql.SqlSchema;
import dev.laforge.backend.sql.mysql.MySqlDdlWriter;
import dev.laforge.backend.sql.postgres.PostgresDdlWriter;
import dev.laforge.backend.sql.postgres.PostgresFragments;
import dev.laforge.backend.sql.sqlite.SqliteDdlWriter;
import java.util.List;

/**
 * The SQL statements of one migration operation in one dialect, as {@code laforge/migrationDiff}
 * shows them. This is the one place the editor renders operations: the migration planner supplies
 * the statements (with their safe-mode fallbacks and reverse scripts) once it exists, and this
 * class then delegates to it. Until then it renders the statements that follow directly from the
 * operation and the dialect's DDL writer (creating and dropping tables, columns, indexes, foreign
 * keys where the dialect adds them with ALTER TABLE, enum types and values, renames, row-level
 * security policies) and answers an empty list for the operations only a plan can express
 * (type, nullability, default, key and constraint changes, which need a table rebuild on SQLite).
 */
final class MigrationSql {

  private MigrationSql() {}

  /** The statements of {@code op}, an operation of the diff in {@code dialect} whose current schema is {@code after}. */
  static List<String> statements(MigrationOp op, Dialect dialect, SqlSchema after) {
    DdlStatements ddl = switch (dialect) {
      case POSTGRES -> PostgresDdlWriter.statements(after);
      case MYSQL -> MySqlDdlWriter.statements(after);
      case SQLITE -> SqliteDdlWriter.statements(after);
    };
    if (op instanceof MigrationOp.CreateTable create) {
      return List.of(ddl.createTable(create.table()));
    }
    if (op instanceof MigrationOp.DropTable drop) {
      return List.of("DROP TABLE " + dialect.quote(drop.table().name()) + ";");
    }
    if (op instanceof MigrationOp.AddColumn add) {
      SqlSchema.Table table = after.tables().stream().filter(t -> t.name().equals(add.table())).findFirst().orElse(null);
      return table == null ? List.of() : List.of("ALTER TABLE " + dialect.quote(add.table()) + " ADD COLUMN "
          + ddl.columnDefinition(table, add.column()) + ";");
    }
    if (op instanceof MigrationOp.DropColumn drop) {
      return List.of("ALTER TABLE " + dialect.quote(drop.table()) + " DROP COLUMN " + dialect.quote(drop.column().name()) + ";");
    }
    if (op instanceof MigrationOp.RenameColumn rename) {
      return List.of("ALTER TABLE " + dialect.quote(rename.table()) + " RENAME COLUMN " + dialect.quote(rename.from())
          + " TO " + dialect.quote(rename.to()) + ";");
    }
    if (op instanceof MigrationOp.AddIndex add) {
      return List.of(ddl.createIndex(add.index()));
    }
    if (op instanceof MigrationOp.DropIndex drop) {
      return List.of("DROP INDEX " + dialect.quote(drop.index().name())
          + (dialect == Dialect.MYSQL ? " ON " + dialect.quote(drop.index().table()) : "") + ";");
    }
    if (op instanceof MigrationOp.AddForeignKey add && !ddl.foreignKeysInsideTables()) {
      return List.of(ddl.foreignKey(add.key()));
    }
    if (dialect == Dialect.POSTGRES) {
      if (op instanceof MigrationOp.CreateEnum create) {
        return List.of(PostgresFragments.createEnum(create.enumType().sqlName(), create.enumType().values()));
      }
      if (op instanceof MigrationOp.AddEnumValue add) {
        return List.of("ALTER TYPE " + dialect.quote(add.enumSqlName()) + " ADD VALUE " + dialect.quoteString(add.value()) + ";");
      }
      if (op instanceof MigrationOp.AddPolicy add) {
        return List.of(add.sql());
      }
      if (op instanceof MigrationOp.DropPolicy drop) {
        return List.of(dropPolicy(drop.table(), drop.name()));
      }
      if (op instanceof MigrationOp.AlterPolicy alter) {
        return List.of(dropPolicy(alter.table(), alter.name()), alter.toSql());
      }
    }
    return List.of();
  }

  private static String dropPolicy(String table, String name) {
    return "DROP POLICY " + Dialect.POSTGRES.quote(name) + " ON " + Dialect.POSTGRES.quote(table) + ";";
  }
}
