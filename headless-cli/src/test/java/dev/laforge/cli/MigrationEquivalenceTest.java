package dev.laforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.migrate.MigrationOp;
import dev.laforge.backend.migrate.SchemaDiff;
import dev.laforge.backend.migrate.SchemaState;
import dev.laforge.backend.migrate.introspect.DeclaredPolicies;
import dev.laforge.backend.migrate.introspect.DriftReport;
import dev.laforge.backend.migrate.introspect.Introspector;
import dev.laforge.backend.migrate.plan.MigrationPlan;
import dev.laforge.backend.migrate.plan.MigrationPlanner;
import dev.laforge.backend.migrate.plan.PlanMode;
import dev.laforge.backend.migrate.plan.PlannedOp;
import dev.laforge.backend.migrate.run.Migration;
import dev.laforge.backend.migrate.run.MigrationRunner;
import dev.laforge.backend.migrate.run.SqlStatements;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.policy.RlsWriter;
import dev.laforge.backend.sql.SqlSchema;
import dev.laforge.backend.sql.mysql.MySqlDdlWriter;
import dev.laforge.backend.sql.postgres.PostgresDdlWriter;
import dev.laforge.backend.sql.sqlite.SqliteDdlWriter;
import dev.laforge.backend.testing.Catalogs;
import dev.laforge.backend.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Needs the databases. Seeded random edit sequences over the example domains (200 on PostgreSQL,
 * 50 each on MariaDB and SQLite), applied by the migration runner to a database that already
 * holds rows:
 *
 * <ul>
 *   <li>with {@code --allow-destructive}, two successive migrations (1 to 3 edits each) leave a
 *       catalog — tables, columns, types, nullability, defaults, constraints, foreign keys,
 *       indexes, enum types, row-level security and policies — equal to that of a fresh database
 *       built from the last domain, and every seeded row is still there;
 *   <li>in safe mode, the one migration for all the edits loses no row, and what the database
 *       still lacks (read back by the introspector against the declared domain) concerns only
 *       the tables of the operations deferred to the fallback file; running the fallback file
 *       loses no row either.
 * </ul>
 *
 * A failure names the seed, the edits and the planned scripts, so it can be replayed alone.
 */
class MigrationEquivalenceTest {

  private static final Map<String, Domain> EXAMPLES = new ConcurrentHashMap<>();

  /** What the sequences exercised, per engine: edit kinds, operation kinds, deferred operations, drift items. */
  private static final Map<String, Map<String, Integer>> TALLY = new ConcurrentHashMap<>();

  @TempDir Path dir;

  @AfterAll
  static void summary() throws Exception {
    StringBuilder out = new StringBuilder();
    new TreeMap<>(TALLY).forEach((engine, counts) -> {
      out.append(engine).append('\n');
      new TreeMap<>(counts).forEach((k, v) -> out.append("  ").append(k).append(": ").append(v).append('\n'));
    });
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "migration-equivalence.txt"), out.toString());
  }

  private static void tally(Dialect dialect, String key) {
    TALLY.computeIfAbsent(dialect.id(), d -> new ConcurrentHashMap<>()).merge(key, 1, Integer::sum);
  }

  static Stream<Integer> postgresSeeds() {
    return seeds(0, 200);
  }

  static Stream<Integer> otherSeeds() {
    return seeds(1000, 1050);
  }

  /** The seeds from {@code first} (inclusive) to {@code last}, or those of -Dequivalence.seeds=A-B to replay some. */
  private static Stream<Integer> seeds(int first, int last) {
    String only = System.getProperty("equivalence.seeds", "");
    if (!only.isEmpty()) {
      String[] range = only.split("-");
      first = Integer.parseInt(range[0]);
      last = Integer.parseInt(range[range.length - 1]) + 1;
    }
    return IntStream.range(first, last).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("postgresSeeds")
  void postgres(int seed) throws Exception {
    check(Dialect.POSTGRES, seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("otherSeeds")
  void mariadb(int seed) throws Exception {
    check(Dialect.MYSQL, seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("otherSeeds")
  void sqlite(int seed) throws Exception {
    check(Dialect.SQLITE, seed);
  }

  private void check(Dialect dialect, int seed) throws Exception {
    Domain v0 = example(seed % 2 == 1 ? "saas-crm" : "blog");
    DomainEdits generator = new DomainEdits(seed, v0);
    java.util.Random random = new java.util.Random(seed * 31L + 7);
    List<DomainEdits.Edit> first = generator.edits(v0, 1 + random.nextInt(3));
    Domain v1 = first.get(first.size() - 1).after();
    List<DomainEdits.Edit> second = generator.edits(v1, 1 + random.nextInt(3));
    Domain v2 = second.get(second.size() - 1).after();
    StringBuilder story = new StringBuilder("seed " + seed + " on " + dialect.id() + "\nfirst migration:\n");
    first.forEach(e -> story.append("  ").append(e.description()).append('\n'));
    story.append("second migration:\n");
    second.forEach(e -> story.append("  ").append(e.description()).append('\n'));

    MigrationPlan step1 = plan(v0, v1, dialect, PlanMode.ALLOW_DESTRUCTIVE);
    MigrationPlan step2 = plan(v1, v2, dialect, PlanMode.ALLOW_DESTRUCTIVE);
    tally(dialect, "sequences");
    Stream.concat(first.stream(), second.stream()).forEach(e -> tally(dialect, "edit: " + e.kind()));
    for (MigrationPlan p : List.of(step1, step2)) {
      p.applied().forEach(op -> tally(dialect, "operation: " + op.op().op().getClass().getSimpleName()));
    }
    story.append("-- 1 --\n").append(step1.script()).append("-- 2 --\n").append(step2.script());
    List<String> seededTables = SqlSchema.of(v0, dialect).tables().stream().map(SqlSchema.Table::name).toList();
    List<String> expected;
    try (Scratch fresh = Scratch.create(dialect)) {
      fresh.build(v2);
      expected = fresh.catalog();
    }
    try (Scratch db = Scratch.create(dialect)) {
      db.build(v0);
      db.seed(v0);
      db.migrate(dir.resolve("direct"), List.of(step1.script(), step2.script()));
      assertEquals(String.join("\n", expected), String.join("\n", db.withoutHistory(db.catalog())), story + "\nmigrated catalog = fresh catalog");
      for (String table : seededTables) {
        if (SqlSchema.of(v2, dialect).tables().stream().anyMatch(t -> t.name().equals(table))) {
          assertEquals(SeedRows.ROWS, db.count(table), story + "\nrows of " + table);
        }
      }
    }

    MigrationPlan safe = plan(v0, v2, dialect, PlanMode.SAFE);
    String safeStory = story + "-- safe --\n" + safe.script() + "-- fallback --\n" + safe.fallbackScript();
    try (Scratch db = Scratch.create(dialect)) {
      db.build(v0);
      db.seed(v0);
      long seeded = db.totalRows();
      db.migrate(dir.resolve("safe"), List.of(safe.script()));
      assertEquals(seeded, db.totalRows(), safeStory + "\nno row lost by the safe migration");
      Set<String> allowed = deferredTables(safe, v0, v2, dialect);
      safe.deferred().forEach(op -> tally(dialect, "safe mode, deferred: " + op.op().op().getClass().getSimpleName()));
      DriftReport drift = db.drift(v2);
      for (DriftReport.Item item : drift.items()) {
        if (!item.kind().info()) {
          tally(dialect, "safe mode, drift items explained by deferred operations");
          String table = item.table() != null ? item.table() : item.object();
          assertTrue(allowed.contains(table), safeStory + "\nafter the safe migration, only deferred operations are missing,"
              + " but: " + item.message() + "\n" + drift.text());
        }
      }
      db.run(safe.fallbackScript());
      assertEquals(seeded, db.totalRows(), safeStory + "\nno row lost by the fallback file");
    }
  }

  private static MigrationPlan plan(Domain from, Domain to, Dialect dialect, PlanMode mode) {
    return MigrationPlanner.plan(SchemaDiff.between(from, to, dialect), dialect, mode, MigrationCases.TIMESTAMP);
  }

  /** The tables (and PostgreSQL enum types) the deferred operations touch; enum operations touch their columns' tables. */
  private static Set<String> deferredTables(MigrationPlan plan, Domain v0, Domain v2, Dialect dialect) {
    Set<String> tables = new HashSet<>();
    for (PlannedOp op : plan.deferred()) {
      MigrationOp o = op.op().op();
      tables.add(o.target());
      if (o instanceof MigrationOp.RemoveEnumValue || o instanceof MigrationOp.DropEnum) {
        for (Domain d : List.of(v0, v2)) {
          SqlSchema.of(d, dialect).tables().forEach(t -> t.columns().stream()
              .filter(c -> o.target().equals(c.enumSqlName())).forEach(c -> tables.add(t.name())));
        }
      }
    }
    return tables;
  }

  private static Domain example(String name) {
    return EXAMPLES.computeIfAbsent(name, DriftOnExamplesTest::load);
  }

  /** A scratch database of one engine, dropped on close. */
  private abstract static class Scratch implements AutoCloseable {
    final Dialect dialect;
    final Connection connection;

    Scratch(Dialect dialect, Connection connection) {
      this.dialect = dialect;
      this.connection = connection;
    }

    static Scratch create(Dialect dialect) throws SQLException {
      return switch (dialect) {
        case POSTGRES -> {
          TestDatabases.PostgresSchema db = TestDatabases.postgresSchema();
          yield new Scratch(dialect, db.connection()) {
            void build(Domain d) throws SQLException {
              db.execute(PostgresDdlWriter.write(d));
              db.execute(RlsWriter.write(d));
            }

            List<String> catalog() throws SQLException {
              return Catalogs.postgres(connection, db.name());
            }

            String tablesQuery() {
              return "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                  + " AND table_type = 'BASE TABLE'";
            }

            DriftReport drift(Domain d) throws SQLException {
              return DriftReport.detect(SchemaState.of(d, dialect).withPolicies(DeclaredPolicies.normalise(connection, d)),
                  Introspector.read(connection, dialect));
            }

            public void close() throws SQLException {
              db.close();
            }
          };
        }
        case MYSQL -> {
          TestDatabases.MariaDbDatabase db = TestDatabases.mariadbDatabase();
          yield new Scratch(dialect, db.connection()) {
            void build(Domain d) throws SQLException {
              db.execute(MySqlDdlWriter.write(d));
            }

            List<String> catalog() throws SQLException {
              return Catalogs.mariadb(connection, db.name());
            }

            String tablesQuery() {
              return "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()";
            }

            public void close() throws SQLException {
              db.close();
            }
          };
        }
        default -> {
          Connection c = TestDatabases.sqlite();
          yield new Scratch(dialect, c) {
            void build(Domain d) throws SQLException {
              try (Statement s = connection.createStatement()) {
                s.executeUpdate(SqliteDdlWriter.write(d));
              }
            }

            List<String> catalog() throws SQLException {
              return Catalogs.sqlite(connection);
            }

            String tablesQuery() {
              return "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            }

            public void close() throws SQLException {
              connection.close();
            }
          };
        }
      };
    }

    abstract void build(Domain d) throws SQLException;

    abstract List<String> catalog() throws SQLException;

    abstract String tablesQuery();

    DriftReport drift(Domain d) throws SQLException {
      return DriftReport.detect(SchemaState.of(d, dialect), Introspector.read(connection, dialect));
    }

    void seed(Domain d) throws SQLException {
      for (String insert : SeedRows.inserts(d, dialect)) {
        execute(insert);
      }
    }

    /** Applies each non-empty script as one migration file, through the migration runner. */
    void migrate(Path folder, List<String> scripts) throws Exception {
      Files.createDirectories(folder);
      for (int i = 0; i < scripts.size(); i++) {
        if (!scripts.get(i).isEmpty()) {
          Files.writeString(folder.resolve(String.format("2026010100000%d_step.sql", i + 1)), scripts.get(i));
        }
      }
      new MigrationRunner(connection, dialect).apply(Migration.scan(folder), null, false, new MigrationRunner.Listener() {});
    }

    /** Runs a script statement by statement, as a user runs the fallback file (SQLite with foreign keys off). */
    void run(String script) throws SQLException {
      if (dialect == Dialect.SQLITE) {
        execute("PRAGMA foreign_keys = OFF");
      }
      for (SqlStatements.Statement statement : SqlStatements.split(script, dialect)) {
        execute(statement.sql());
      }
    }

    void execute(String sql) throws SQLException {
      TestSql.run(connection, List.of(sql));
    }

    long count(String table) throws SQLException {
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + dialect.quote(table))) {
        rs.next();
        return rs.getLong(1);
      }
    }

    /** Rows in every table but the migration history. */
    long totalRows() throws SQLException {
      List<String> tables = new ArrayList<>();
      try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(tablesQuery())) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      long total = 0;
      for (String table : tables) {
        if (!table.equals(Introspector.MIGRATIONS_TABLE)) {
          total += count(table);
        }
      }
      return total;
    }

    /** The catalog without the migration history table. */
    List<String> withoutHistory(List<String> catalog) {
      return catalog.stream().filter(l -> !l.contains(Introspector.MIGRATIONS_TABLE)).toList();
    }
  }
}
