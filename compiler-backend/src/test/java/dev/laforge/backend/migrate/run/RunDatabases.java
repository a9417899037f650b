package dev.laforge.backend.migrate.run;

import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A fresh database per test on each engine, its catalog as text, and migration files to run on it. */
final class RunDatabases {

  private RunDatabases() {}

  /** A private database on the engine of {@code dialect}; closing it drops it. */
  record Db(Dialect dialect, Connection connection, AutoCloseable owner) implements AutoCloseable {

    void execute(String sql) throws SQLException {
      try (Statement statement = connection.createStatement()) {
        statement.execute(sql);
      }
    }

    List<String> query(String sql) throws SQLException {
      List<String> rows = new ArrayList<>();
      try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          StringBuilder row = new StringBuilder();
          for (int i = 1; i <= columns; i++) {
            row.append(i > 1 ? "|" : "").append(result.getString(i));
          }
          rows.add(row.toString());
        }
      }
      return rows;
    }

    /** Tables and their columns with types and nullability, sorted. */
    List<String> catalog() throws SQLException {
      return query(switch (dialect) {
        case POSTGRES -> "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns"
            + " WHERE table_schema = current_schema() ORDER BY 1, 2";
        case MYSQL -> "SELECT table_name, column_name, column_type, is_nullable FROM information_schema.columns"
            + " WHERE table_schema = DATABASE() ORDER BY 1, 2";
        case SQLITE -> "SELECT m.name, p.name, p.type, p.\"notnull\" FROM sqlite_master m JOIN pragma_table_info(m.name) p"
            + " WHERE m.type = 'table' ORDER BY 1, 2";
      });
    }

    List<String> history() throws SQLException {
      return new MigrationHistory(connection, dialect).exists()
          ? query("SELECT id, checksum FROM laforge_migrations ORDER BY id") : List.of();
    }

    @Override
    public void close() throws Exception {
      if (owner != null) {
        owner.close();
      } else {
        connection.close();
      }
    }
  }

  static Db open(Dialect dialect) {
    return switch (dialect) {
      case POSTGRES -> {
        TestDatabases.PostgresSchema schema = TestDatabases.postgresSchema();
        yield new Db(dialect, schema.connection(), schema);
      }
      case MYSQL -> {
        TestDatabases.MariaDbDatabase database = TestDatabases.mariadbDatabase();
        yield new Db(dialect, database.connection(), database);
      }
      case SQLITE -> new Db(dialect, TestDatabases.sqlite(), null);
    };
  }

  /** A second connection to the database (on PostgreSQL: the schema) of {@code db}. */
  static Connection sameDatabase(Db db) throws SQLException {
    Connection c = switch (db.dialect()) {
      case POSTGRES -> TestDatabases.postgres();
      case MYSQL -> TestDatabases.mariadb();
      case SQLITE -> throw new IllegalArgumentException("an in-memory SQLite database has one connection");
    };
    try (Statement statement = c.createStatement()) {
      if (db.owner() instanceof TestDatabases.PostgresSchema schema) {
        statement.execute("SET search_path TO " + schema.name());
      } else if (db.owner() instanceof TestDatabases.MariaDbDatabase database) {
        statement.execute("USE " + database.name());
      }
    }
    return c;
  }

  /** Writes {@code <folder>/<id>.sql} and returns it as a migration. */
  static Migration write(Path folder, String id, String sql) throws IOException {
    Files.createDirectories(folder);
    return Migration.of(Files.writeString(folder.resolve(id + ".sql"), sql));
  }
}
