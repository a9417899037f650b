package dev.laforge.backend.migrate.run;

import dev.laforge.backend.db.DatabaseUrl;
import dev.laforge.backend.naming.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tries the pending migrations on a scratch copy of a database and never changes the database
 * itself. PostgreSQL: {@code CREATE DATABASE <scratch> TEMPLATE <target>} (a full copy; it needs no
 * other session on the target), else a fresh database into which the applied migrations are
 * replayed (schema without data). MySQL/MariaDB: a scratch database with every table re-created
 * from {@code SHOW CREATE TABLE} and its rows copied. SQLite: an in-memory copy made with the
 * driver's backup API. When a migration fails, the failure is classified ({@link FailureKind}), a
 * repaired script is proposed in {@code <repaired>/<id>.sql} with a header explaining the failure,
 * and the repaired script is tried on a fresh scratch copy. The scratch database is always dropped.
 */
public final class Sandbox {

  private static final Pattern PG_DATABASE = Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^?]*)(\\?.*)?$");

  /**
   * The outcome.
   *
   * @param scratch how the scratch database was made
   * @param passed the migrations that applied in the scratch database, in order
   * @param failure the failed migration, or null when every pending migration passed
   */
  public record Result(String scratch, List<Migration> passed, Failed failure) {
    /** True when every pending migration applied. */
    public boolean ok() {
      return failure == null;
    }
  }

  /**
   * A migration that failed in the sandbox.
   *
   * @param failure the failed statement and the database's message
   * @param kind the classification
   * @param repair the proposed repair, or null when none is known
   * @param repairedFile where the repaired script was written, or null
   * @param repairPasses whether the repaired script applied in a fresh scratch copy
   * @param repairFailure the database's message when it did not, else null
   */
  public record Failed(MigrationException.Failure failure, FailureKind kind, ScriptRepair.Repair repair, Path repairedFile,
      boolean repairPasses, String repairFailure) {}

  private final DatabaseUrl target;

  /** A sandbox for the database at {@code target}. */
  public Sandbox(DatabaseUrl target) {
    this.target = target;
  }

  /**
   * Applies the pending migrations among {@code files} to a scratch copy; repaired scripts go to
   * {@code repairedDir}. Refuses, like the runner, a history whose applied files changed.
   */
  public Result run(List<Migration> files, Path repairedDir) throws SQLException, IOException, MigrationException {
    MigrationStatus status;
    try (Connection connection = connectTarget()) {
      status = new MigrationRunner(connection, target.dialect()).status(files);
    }
    List<Migration> pending = MigrationRunner.select(status, files, null);
    List<Migration> applied = status.in(MigrationStatus.State.APPLIED).stream().map(MigrationStatus.Entry::file).toList();
    List<Migration> passed = new ArrayList<>();
    MigrationException failure;
    String description;
    try (Scratch scratch = scratch(applied)) {
      description = scratch.description;
      try {
        new MigrationRunner(scratch.connection, target.dialect()).apply(files, null, false, new MigrationRunner.Listener() {
          @Override
          public void applied(AppliedMigration migration) {
            passed.add(pending.get(passed.size()));
          }
        });
        return new Result(description, passed, null);
      } catch (MigrationException e) {
        if (e.kind() != MigrationException.Kind.STATEMENT_FAILED) {
          throw e;
        }
        failure = e;
      }
      MigrationException.Failure f = failure.failure();
      List<SqlStatements.Statement> statements = SqlStatements.split(f.migration().read(), target.dialect());
      FailureKind kind = FailureKind.classify(target.dialect(), f.sqlState(), f.errorCode(), f.databaseMessage(), f.statement().code());
      Optional<ScriptRepair.Repair> repair = ScriptRepair.repair(target.dialect(), kind, f, statements,
          (table, column) -> columnType(scratch.connection, table, column));
      if (repair.isEmpty()) {
        return new Result(description, passed, new Failed(f, kind, null, null, false, null));
      }
      Files.createDirectories(repairedDir);
      Path file = repairedDir.resolve(f.migration().id() + ".sql");
      Files.writeString(file, header(f, kind, repair.get()) + repair.get().script());
      String repairFailure = tryRepaired(applied, passed, f.migration(), file);
      return new Result(description, passed, new Failed(f, kind, repair.get(), file, repairFailure == null, repairFailure));
    }
  }

  private String tryRepaired(List<Migration> applied, List<Migration> passed, Migration failed, Path file)
      throws SQLException, IOException {
    Migration repaired = new Migration(failed.id(), file, Migration.sha256(Files.readAllBytes(file)));
    try (Scratch scratch = scratch(applied)) {
      List<Migration> files = new ArrayList<>(applied);
      files.addAll(passed);
      files.add(repaired);
      new MigrationRunner(scratch.connection, target.dialect()).apply(files, null, false, new MigrationRunner.Listener() {});
      return null;
    } catch (MigrationException e) {
      return e.failure() == null ? e.getMessage() : "statement " + e.failure().statement().number() + ": " + e.failure().databaseMessage();
    }
  }

  private static String header(MigrationException.Failure f, FailureKind kind, ScriptRepair.Repair repair) {
    String statement = f.statement().code().replace("\n", " ");
    return "-- Repaired by forge migrate --sandbox: a proposal, never applied by forge.\n"
        + "-- Migration: " + f.migration().id() + "\n"
        + "-- Failure: " + kind + " at statement " + f.statement().number() + ": " + f.databaseMessage().replace("\n", " ") + "\n"
        + "-- Statement: " + (statement.length() > 300 ? statement.substring(0, 300) + " ..." : statement) + "\n"
        + "-- Repair: " + repair.explanation() + ".\n"
        + "-- Review every " + ScriptRepair.REVIEW + " line. Replace the migration file with this script only while no\n"
        + "-- database has applied it (its checksum changes); otherwise put the fix in a new migration.\n\n";
  }

  private Connection connectTarget() throws SQLException {
    Connection connection = target.connect();
    if (target.dialect() == Dialect.SQLITE) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA foreign_keys = ON");
      }
    }
    return connection;
  }

  /** A scratch database; closing it drops it. */
  private static final class Scratch implements AutoCloseable {
    final Connection connection;
    final String description;
    private final AutoCloseable drop;

    Scratch(Connection connection, String description, AutoCloseable drop) {
      this.connection = connection;
      this.description = description;
      this.drop = drop;
    }

    @Override
    public void close() throws SQLException {
      try {
        connection.close();
      } finally {
        try {
          drop.close();
        } catch (SQLException | RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new SQLException("cannot drop the scratch database: " + e.getMessage(), e);
        }
      }
    }
  }

  private Scratch scratch(List<Migration> applied) throws SQLException, IOException {
    String name = "laforge_sandbox_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    return switch (target.dialect()) {
      case POSTGRES -> postgresScratch(name, applied);
      case MYSQL -> mariadbScratch(name);
      case SQLITE -> sqliteScratch();
    };
  }

  private Scratch postgresScratch(String name, List<Migration> applied) throws SQLException, IOException {
    Matcher url = PG_DATABASE.matcher(target.jdbcUrl());
    if (!url.matches() || url.group(2).isEmpty()) {
      throw new SQLException("the sandbox needs a PostgreSQL URL that names its database: " + target.display());
    }
    String database = url.group(2);
    String query = url.group(3) == null ? "" : url.group(3);
    DatabaseUrl admin = new DatabaseUrl(Dialect.POSTGRES, url.group(1) + "postgres" + query, target.user(), target.password());
    DatabaseUrl scratchUrl = new DatabaseUrl(Dialect.POSTGRES, url.group(1) + name + query, target.user(), target.password());
    String description;
    boolean replay = false;
    try (Connection c = admin.connect(); Statement s = c.createStatement()) {
      try {
        s.execute("CREATE DATABASE " + Dialect.POSTGRES.quote(name) + " TEMPLATE " + Dialect.POSTGRES.quote(database));
        description = "a copy of " + database + " (CREATE DATABASE ... TEMPLATE)";
      } catch (SQLException e) {
        s.execute("CREATE DATABASE " + Dialect.POSTGRES.quote(name));
        description = "a new database with the " + applied.size() + " applied migration(s) replayed, without rows ("
            + database + " could not be copied: " + e.getMessage().strip().replace("\n", " ") + ")";
        replay = true;
      }
    }
    AutoCloseable drop = () -> {
      try (Connection c = admin.connect(); Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + Dialect.POSTGRES.quote(name) + " WITH (FORCE)");
      }
    };
    return connected(scratchUrl.connect(), description, drop, replay ? applied : List.of());
  }

  private Scratch mariadbScratch(String name) throws SQLException, IOException {
    Connection connection = target.connect();
    String database;
    List<String> tables = new ArrayList<>();
    try (Statement s = connection.createStatement()) {
      try (ResultSet rows = s.executeQuery("SELECT DATABASE()")) {
        rows.next();
        database = rows.getString(1);
      }
      if (database == null) {
        connection.close();
        throw new SQLException("the sandbox needs a MySQL/MariaDB URL that names its database: " + target.display());
      }
      try (ResultSet rows = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
          + " AND table_type = 'BASE TABLE' ORDER BY table_name")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      s.execute("CREATE DATABASE " + Dialect.MYSQL.quote(name) + " CHARACTER SET utf8mb4");
    }
    AutoCloseable drop = () -> {
      try (Connection c = target.connect(); Statement s = c.createStatement()) {
        s.execute("DROP DATABASE IF EXISTS " + Dialect.MYSQL.quote(name));
      }
    };
    try (Statement s = connection.createStatement()) {
      connection.setCatalog(name);
      s.execute("SET FOREIGN_KEY_CHECKS = 0");
      for (String table : tables) {
        String source = Dialect.MYSQL.quote(database) + "." + Dialect.MYSQL.quote(table);
        try (ResultSet rows = s.executeQuery("SHOW CREATE TABLE " + source)) {
          rows.next();
          String create = rows.getString(2);
          try (Statement ddl = connection.createStatement()) {
            ddl.execute(create);
          }
        }
        s.execute("INSERT INTO " + Dialect.MYSQL.quote(table) + " SELECT * FROM " + source);
      }
      s.execute("SET FOREIGN_KEY_CHECKS = 1");
    } catch (SQLException e) {
      connection.close();
      try {
        drop.close();
      } catch (Exception ignored) {
        // The copy failed; that failure is what is reported.
      }
      throw e;
    }
    return new Scratch(connection, "a copy of " + database + " (" + tables.size() + " table(s) with their rows)", drop);
  }

  private Scratch sqliteScratch() throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
    Path file = target.sqliteFile();
    String description = "an empty in-memory database";
    try (Statement s = connection.createStatement()) {
      if (file != null && Files.exists(file)) {
        String path = file.toAbsolutePath().toString();
        if (path.contains("\"")) {
          connection.close();
          throw new SQLException("the sandbox cannot copy an SQLite file whose path holds a double quote: " + path);
        }
        s.executeUpdate("restore from \"" + path + "\"");
        description = "an in-memory copy of " + file;
      }
      s.execute("PRAGMA foreign_keys = ON");
    }
    return new Scratch(connection, description, () -> { });
  }

  private Scratch connected(Connection connection, String description, AutoCloseable drop, List<Migration> replay)
      throws SQLException {
    Scratch scratch = new Scratch(connection, description, drop);
    if (!replay.isEmpty()) {
      try {
        new MigrationRunner(connection, target.dialect()).apply(replay, null, false, new MigrationRunner.Listener() {});
      } catch (MigrationException e) {
        scratch.close();
        throw new SQLException("cannot replay the applied migrations into the scratch database: " + e.getMessage(), e);
      }
    }
    return scratch;
  }

  /** The declared type of a column in the scratch database before the failed migration, or null. */
  private String columnType(Connection connection, String table, String column) {
    String query = switch (target.dialect()) {
      case POSTGRES -> "SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
          + " WHERE c.relname = ? AND a.attname = ? AND pg_table_is_visible(c.oid)";
      case MYSQL -> "SELECT column_type FROM information_schema.columns WHERE table_schema = DATABASE() AND lower(table_name) = ?"
          + " AND lower(column_name) = ?";
      case SQLITE -> "SELECT type FROM pragma_table_info(?) WHERE lower(name) = ?";
    };
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setString(1, table);
      statement.setString(2, column.toLowerCase(Locale.ROOT));
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    } catch (SQLException e) {
      return null;
    }
  }
}
