package dev.laforge.backend.policy;

import dev.laforge.backend.generate.ArtifactGenerator;
import dev.laforge.backend.generate.GeneratedFile;
import dev.laforge.backend.ir.Domain;
import java.util.List;

/**
 * PostgreSQL row-level security: {@code sql/postgres/rls.sql} (context functions and policies, run
 * after {@code schema.sql}) and {@code sql/postgres/app_role.sql} (the role the runtime works as,
 * run after both by a role allowed to create roles).
 */
public final class PostgresRlsGenerator implements ArtifactGenerator {

  public static final String RLS_PATH = "sql/postgres/rls.sql";
  public static final String APP_ROLE_PATH = "sql/postgres/app_role.sql";

  @Override
  public List<GeneratedFile> generate(Domain domain) {
    return List.of(new GeneratedFile(RLS_PATH, RlsWriter.write(domain)),
        new GeneratedFile(APP_ROLE_PATH, AppRoleWriter.write(domain)));
  }
}
