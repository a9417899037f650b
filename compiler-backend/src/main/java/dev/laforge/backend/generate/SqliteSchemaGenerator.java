package dev.laforge.backend.generate;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.sql.sqlite.SqliteDdlWriter;
import java.util.List;

/** The SQLite schema script, {@code sql/sqlite/schema.sql}. */
public final class SqliteSchemaGenerator implements ArtifactGenerator {

  /** Where the script goes, relative to the output directory. */
  public static final String PATH = "sql/sqlite/schema.sql";

  @Override
  public List<GeneratedFile> generate(Domain domain) {
    return List.of(new GeneratedFile(PATH, SqliteDdlWriter.write(domain)));
  }
}
