package dev.laforge.backend.build;

import dev.laforge.backend.generate.ArtifactGenerator;
import dev.laforge.backend.generate.GeneratedFile;
import dev.laforge.backend.generate.SchemaGenerators;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.policy.PolicyException;
import dev.laforge.backend.policy.PostgresRlsGenerator;
import dev.laforge.backend.policy.RlsSafetyCheck;
import java.util.ArrayList;
import java.util.List;

/** The generated artifacts of a domain: the schema of each dialect and, for PostgreSQL, its RLS. */
public final class Generation {

  /** Generated row-level security failed the static safety check: an internal error, never written. */
  public static final class UnsafeRlsException extends Exception {
    public UnsafeRlsException(String message) {
      super(message, null, false, false);
    }
  }

  private Generation() {}

  /** One generator per artifact: the schema of each dialect, and row-level security for PostgreSQL. */
  public static List<ArtifactGenerator> generators(List<Dialect> dialects) {
    List<ArtifactGenerator> generators = new ArrayList<>(SchemaGenerators.forDialects(dialects));
    if (dialects.contains(Dialect.POSTGRES)) {
      generators.add(new PostgresRlsGenerator());
    }
    return generators;
  }

  /**
   * Every file of the domain for the dialects, in a stable order.
   *
   * @throws PolicyException when a policy cannot be compiled (the checker reports it as LF311)
   * @throws UnsafeRlsException when generated RLS could fail open (defence in depth)
   */
  public static List<GeneratedFile> run(Domain domain, List<Dialect> dialects) throws PolicyException, UnsafeRlsException {
    List<GeneratedFile> files = new ArrayList<>();
    for (ArtifactGenerator generator : generators(dialects)) {
      files.addAll(generator.generate(domain));
    }
    for (GeneratedFile file : files) {
      if (file.path().equals(PostgresRlsGenerator.RLS_PATH)) {
        var violations = RlsSafetyCheck.check(domain, file.content());
        if (!violations.isEmpty()) {
          throw new UnsafeRlsException("generated RLS failed the safety check: " + violations);
        }
      }
    }
    return List.copyOf(files);
  }
}
