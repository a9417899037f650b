package dev.laforge.backend.generate;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.Field;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.Relation;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.sql.DdlStatements;
import dev.laforge.backend.sql.SqlSchema;
import dev.laforge.backend.sql.mysql.MySqlDdlWriter;
import dev.laforge.backend.sql.postgres.PostgresDdlWriter;
import dev.laforge.backend.sql.sqlite.SqliteDdlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The part of a dialect's schema script that belongs to one element of the domain: the table of a
 * model, the column of a field, the foreign key or join table of a relation. Every statement and
 * constraint is the text the schema generator writes for it (taken from the dialect's writer, see
 * {@link DdlStatements}), one per line, in the order of the script; constraints that live inside
 * {@code CREATE TABLE} appear without indentation or trailing comma. Editors show these in hovers.
 */
public final class SchemaExcerpts {

  private final Domain domain;
  private final Dialect dialect;
  private final DdlStatements ddl;

  private SchemaExcerpts(Domain domain, Dialect dialect) {
    this.domain = domain;
    this.dialect = dialect;
    SqlSchema schema = SqlSchema.of(domain, dialect);
    this.ddl = switch (dialect) {
      case POSTGRES -> PostgresDdlWriter.statements(schema);
      case MYSQL -> MySqlDdlWriter.statements(schema);
      case SQLITE -> SqliteDdlWriter.statements(schema);
    };
  }

  /**
   * The excerpts of a validated domain in one dialect.
   *
   * @throws IllegalArgumentException for input the validator rejects, like {@link SqlSchema#of}
   */
  public static SchemaExcerpts of(Domain domain, Dialect dialect) {
    return new SchemaExcerpts(domain, dialect);
  }

  public Dialect dialect() {
    return dialect;
  }

  /**
   * A model's table: {@code CREATE TABLE}, then the foreign keys of its columns (unless the dialect
   * writes them inside the table) and its indexes, in the order the script has them.
   */
  public Optional<String> model(String model) {
    return domain.model(model).flatMap(m -> table(m.table(), false)).map(this::tableStatements);
  }

  /**
   * A field's column: its definition, then the constraints on it alone: primary key, UNIQUE, CHECK
   * (when the dialect can express one) and foreign key.
   */
  public Optional<String> field(String model, String field) {
    Optional<Model> m = domain.model(model);
    Optional<Field> f = m.flatMap(x -> x.field(field));
    if (f.isEmpty()) {
      return Optional.empty();
    }
    return table(m.get().table(), false).flatMap(t -> column(t, f.get().column()));
  }

  /**
   * A relation: for belongsTo, the column of its foreign key in this model and its constraints;
   * for hasMany, the same of the foreign-key column in the target model; for manyToMany, the
   * statements of the join table (as {@link #model} gives them for a model's table).
   */
  public Optional<String> relation(String model, String relation) {
    Optional<Relation> r = domain.model(model).flatMap(m -> m.relation(relation));
    if (r.isEmpty()) {
      return Optional.empty();
    }
    return switch (r.get().kind()) {
      case BELONGS_TO -> r.get().foreignKey() == null ? Optional.empty() : field(model, r.get().foreignKey());
      case HAS_MANY -> r.get().foreignKey() == null ? Optional.empty() : field(r.get().target(), r.get().foreignKey());
      case MANY_TO_MANY -> r.get().joinTable() == null ? Optional.empty()
          : table(r.get().joinTable(), true).map(this::tableStatements);
    };
  }

  private String tableStatements(SqlSchema.Table table) {
    List<String> lines = new ArrayList<>();
    lines.add(ddl.createTable(table));
    List<String> keys = ddl.foreignKeysInsideTables() ? List.of() : ddl.schema().foreignKeys().stream()
        .filter(k -> k.table().equals(table.name()))
        .map(ddl::foreignKey)
        .toList();
    List<String> indexes = ddl.schema().indexes().stream()
        .filter(i -> i.table().equals(table.name()))
        .map(ddl::createIndex)
        .toList();
    if (ddl.indexesBeforeForeignKeys()) {
      lines.addAll(indexes);
      lines.addAll(keys);
    } else {
      lines.addAll(keys);
      lines.addAll(indexes);
    }
    return String.join("\n", lines);
  }

  private Optional<String> column(SqlSchema.Table table, String column) {
    Optional<SqlSchema.Column> c = table.columns().stream().filter(x -> x.name().equals(column)).findFirst();
    if (c.isEmpty()) {
      return Optional.empty();
    }
    List<String> lines = new ArrayList<>();
    lines.add(ddl.columnDefinition(table, c.get()));
    if (table.primaryKey().contains(column)) {
      lines.add(ddl.primaryKey(table));
    }
    table.uniques().stream().filter(u -> u.column().equals(column)).map(ddl::unique).forEach(lines::add);
    table.checks().stream().filter(k -> k.column().equals(column)).map(ddl::check).filter(Objects::nonNull).forEach(lines::add);
    ddl.schema().foreignKeys().stream()
        .filter(k -> k.table().equals(table.name()) && k.column().equals(column))
        .map(ddl::foreignKey)
        .forEach(lines::add);
    return Optional.of(String.join("\n", lines));
  }

  private Optional<SqlSchema.Table> table(String name, boolean joinTable) {
    return ddl.schema().tables().stream().filter(t -> t.joinTable() == joinTable && t.name().equals(name)).findFirst();
  }
}
