package dev.laforge.backend.generate;

import dev.laforge.backend.naming.Dialect;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** The schema generator of each SQL dialect. */
public final class SchemaGenerators {

  private SchemaGenerators() {}

  /**
   * One generator per distinct dialect, always in the order PostgreSQL, MySQL, SQLite whatever
   * the order or repetitions of {@code dialects}, so the files of a run are listed the same way.
   */
  public static List<ArtifactGenerator> forDialects(List<Dialect> dialects) {
    EnumSet<Dialect> wanted = dialects.isEmpty() ? EnumSet.noneOf(Dialect.class) : EnumSet.copyOf(dialects);
    List<ArtifactGenerator> generators = new ArrayList<>();
    // An EnumSet iterates in declaration order, which is the documented order of the files.
    for (Dialect dialect : wanted) {
      generators.add(forDialect(dialect));
    }
    return List.copyOf(generators);
  }

  /** The schema generator of one dialect. */
  public static ArtifactGenerator forDialect(Dialect dialect) {
    return switch (dialect) {
      case POSTGRES -> new PostgresSchemaGenerator();
      case MYSQL -> new MySqlSchemaGenerator();
      case SQLITE -> new SqliteSchemaGenerator();
    };
  }
}
