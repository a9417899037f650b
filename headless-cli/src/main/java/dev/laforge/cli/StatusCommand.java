package dev.laforge.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.laforge.backend.migrate.run.Migration;
import dev.laforge.backend.migrate.run.MigrationRunner;
import dev.laforge.backend.migrate.run.MigrationStatus;
import dev.laforge.language.project.ForgeProject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forge status}: the applied and pending migrations of a database. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "List the applied and pending migrations of a database.")
final class StatusCommand implements Callable<Integer> {

  enum Format { text, json }

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = ".forge files or project folders (default: the current folder)")
  private List<Path> paths = new ArrayList<>();

  @Option(names = "--db", paramLabel = "URL",
      description = "the database: a jdbc: URL, postgres://, mysql:// or sqlite:<file> (default: sqlite <project>/.laforge/dev.db)")
  private String db;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  private Format format;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    DomainCommand.Loaded loaded = DomainCommand.locateAndLoad(paths, stderr);
    if (loaded.exit() != ExitCode.OK) {
      return loaded.exit();
    }
    ForgeProject project = loaded.project();
    MigrationTarget target = MigrationTarget.resolve(project, db, stderr);
    if (target == null) {
      return ExitCode.USAGE;
    }
    MigrationStatus status;
    try {
      List<Migration> files = target.migrations();
      if (target.absentSqliteFile()) {
        status = MigrationStatus.of(files, Map.of());
      } else {
        try (Connection connection = target.connect()) {
          status = new MigrationRunner(connection, target.url.dialect()).status(files);
        }
      }
    } catch (IOException e) {
      stderr.println("forge: cannot read the migrations in " + Workspace.display(target.migrationsDir) + ": " + e.getMessage());
      return ExitCode.USAGE;
    } catch (SQLException e) {
      stderr.println(target.unreachable(e));
      return ExitCode.USAGE;
    }
    if (format == Format.json) {
      stdout.print(json(target, status));
    } else {
      for (MigrationStatus.Entry e : status.entries()) {
        String state = e.state().name().toLowerCase(Locale.ROOT).replace("_file", "");
        stdout.println(String.format(Locale.ROOT, "%-8s %s%s", state, e.id(), e.applied() == null ? ""
            : "  " + e.applied().appliedAt() + "  " + e.applied().durationMs() + " ms"
                + (e.state() == MigrationStatus.State.CHANGED ? "  (file changed since it was applied)"
                    : e.state() == MigrationStatus.State.MISSING_FILE ? "  (file missing)" : "")));
      }
      stdout.println(status.in(MigrationStatus.State.APPLIED).size() + " applied, " + status.pending().size() + " pending"
          + (status.in(MigrationStatus.State.CHANGED).isEmpty() ? "" : ", " + status.in(MigrationStatus.State.CHANGED).size() + " changed")
          + (status.in(MigrationStatus.State.MISSING_FILE).isEmpty() ? "" : ", " + status.in(MigrationStatus.State.MISSING_FILE).size() + " missing")
          + " (" + target.url.display() + ")");
    }
    boolean broken = !status.in(MigrationStatus.State.CHANGED).isEmpty() || !status.in(MigrationStatus.State.MISSING_FILE).isEmpty();
    return broken ? ExitCode.PROBLEMS : ExitCode.OK;
  }

  private static String json(MigrationTarget target, MigrationStatus status) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("database", target.url.display());
    root.put("dialect", target.url.dialect().id());
    List<Map<String, Object>> migrations = new ArrayList<>();
    for (MigrationStatus.Entry e : status.entries()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", e.id());
      m.put("state", e.state().name().toLowerCase(Locale.ROOT));
      m.put("file", e.file() == null ? null : Workspace.display(e.file().path()));
      m.put("checksum", e.file() == null ? null : e.file().checksum());
      m.put("appliedAt", e.applied() == null ? null : e.applied().appliedAt().toString());
      m.put("durationMs", e.applied() == null ? null : e.applied().durationMs());
      migrations.add(m);
    }
    root.put("migrations", migrations);
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
