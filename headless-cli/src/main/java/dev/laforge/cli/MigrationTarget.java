package dev.laforge.cli;

import dev.laforge.backend.db.DatabaseUrl;
import dev.laforge.backend.migrate.plan.MigrationStore;
import dev.laforge.backend.migrate.run.Migration;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.language.project.ForgeProject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database a migration command works on and the migration files for its dialect:
 * {@code <project>/migrations/<dialect>/}. Without {@code --db} the database is the embedded SQLite
 * file {@code <project>/.laforge/dev.db}.
 */
final class MigrationTarget {

  final DatabaseUrl url;
  final Path migrationsDir;

  private MigrationTarget(DatabaseUrl url, Path migrationsDir) {
    this.url = url;
    this.migrationsDir = migrationsDir;
  }

  /** The target for {@code --db} (null: the default SQLite file); null after reporting a usage error. */
  static MigrationTarget resolve(ForgeProject project, String db, PrintWriter stderr) {
    DatabaseUrl url = db == null ? DatabaseUrl.sqlite(devDatabase(project)) : LiveDatabase.parse(db, stderr);
    if (url == null) {
      return null;
    }
    if (!project.dialects().contains(url.dialect())) {
      stderr.println("forge: " + url.display() + " is a " + url.dialect().id() + " database, but the project's dialects are "
          + project.dialects().stream().map(Dialect::id).toList() + " (dialects in forge.yaml)");
      return null;
    }
    return new MigrationTarget(url, new MigrationStore(project.root()).migrationsDir(url.dialect()));
  }

  static Path devDatabase(ForgeProject project) {
    return project.root().resolve(".laforge").resolve("dev.db");
  }

  /** The migration files, sorted by id. */
  List<Migration> migrations() throws IOException {
    return Migration.scan(migrationsDir);
  }

  /** True when the database is an SQLite file that does not exist yet: nothing is applied to it. */
  boolean absentSqliteFile() {
    Path file = url.sqliteFile();
    return file != null && !Files.exists(file);
  }

  /** Connects; an SQLite file's folder is created first. */
  Connection connect() throws SQLException, IOException {
    Path file = url.sqliteFile();
    if (file != null && file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    Connection connection = url.connect();
    if (url.dialect() == Dialect.SQLITE) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA foreign_keys = ON");
      }
    }
    return connection;
  }

  /** The message for a database that cannot be reached; never shows a password. */
  String unreachable(SQLException e) {
    return "forge: cannot connect to " + url.display() + ": " + LiveDatabase.safeMessage(url, e).strip();
  }
}
