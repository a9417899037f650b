package dev.laforge.backend.generate;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.sql.mysql.MySqlDdlWriter;
import java.util.List;

/** The MySQL/MariaDB schema script, {@code sql/mysql/schema.sql}. */
public final class MySqlSchemaGenerator implements ArtifactGenerator {

  /** Where the script goes, relative to the output directory. */
  public static final String PATH = "sql/mysql/schema.sql";

  @Override
  public List<GeneratedFile> generate(Domain domain) {
    return List.of(new GeneratedFile(PATH, MySqlDdlWriter.write(domain)));
  }
}
