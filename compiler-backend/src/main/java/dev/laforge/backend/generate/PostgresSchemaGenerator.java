package dev.laforge.backend.generate;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.sql.postgres.PostgresDdlWriter;
import java.util.List;

/** The PostgreSQL schema script, {@code sql/postgres/schema.sql}. */
public final class PostgresSchemaGenerator implements ArtifactGenerator {

  /** Where the script goes, relative to the output directory. */
  public static final String PATH = "sql/postgres/schema.sql";

  @Override
  public List<GeneratedFile> generate(Domain domain) {
    return List.of(new GeneratedFile(PATH, PostgresDdlWriter.write(domain)));
  }
}
