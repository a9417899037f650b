package dev.laforge.backend.migrate.plan;

import static dev.laforge.backend.testing.FieldBuilder.field;
import static dev.laforge.backend.testing.ModelBuilder.model;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laforge.backend.ir.DefaultValue;
import dev.laforge.backend.ir.Domain;
import dev.laforge.backend.ir.IrJson;
import dev.laforge.backend.ir.Model;
import dev.laforge.backend.ir.ScalarType;
import dev.laforge.backend.migrate.run.Migration;
import dev.laforge.backend.naming.Dialect;
import dev.laforge.backend.testing.FieldBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot and migration files of a project, and planning the next migration. */
class MigrationStoreTest {

  private static final Instant T1 = Instant.parse("2025-01-02T03:04:05Z");
  private static final Instant T2 = Instant.parse("2025-02-03T04:05:06Z");
  private static final List<Dialect> DIALECTS = List.of(Dialect.POSTGRES, Dialect.MYSQL, Dialect.SQLITE);

  @TempDir Path root;

  private static Domain notes(FieldBuilder... fields) {
    var note = model("Note").field(field("id", ScalarType.UUID).pk().defaultValue(new DefaultValue.Uuid()));
    for (FieldBuilder f : fields) {
      note.field(f);
    }
    Model built = note.build();
    return new Domain(List.of(), List.of(built), null);
  }

  @Test
  void firstPlanIsInitialAndWritesEveryDialectThenTheSnapshot() throws IOException {
    MigrationStore store = new MigrationStore(root);
    assertTrue(store.snapshot().isEmpty());
    Domain v1 = notes(field("title", ScalarType.STRING));
    PlanResult result = store.planNext(v1, DIALECTS, PlanMode.SAFE, T1);
    assertEquals("20250102030405_initial", result.id());
    assertTrue(result.planned());
    assertEquals(List.of(
        root.resolve("migrations/postgres/20250102030405_initial.sql"),
        root.resolve("migrations/postgres/20250102030405_initial.down.sql"),
        root.resolve("migrations/mysql/20250102030405_initial.sql"),
        root.resolve("migrations/mysql/20250102030405_initial.down.sql"),
        root.resolve("migrations/sqlite/20250102030405_initial.sql"),
        root.resolve("migrations/sqlite/20250102030405_initial.down.sql"),
        root.resolve(".laforge/schema.json")), result.written());
    assertEquals(IrJson.write(v1), Files.readString(root.resolve(".laforge/schema.json")));
    assertEquals(v1, store.snapshot().orElseThrow());
    assertEquals(root.resolve("migrations/mysql"), store.migrationsDir(Dialect.MYSQL));
  }

  @Test
  void noDiffWritesNothing() throws IOException {
    MigrationStore store = new MigrationStore(root);
    Domain v1 = notes(field("title", ScalarType.STRING));
    store.planNext(v1, DIALECTS, PlanMode.SAFE, T1);
    byte[] snapshot = Files.readAllBytes(root.resolve(".laforge/schema.json"));
    PlanResult again = store.planNext(v1, DIALECTS, PlanMode.SAFE, T2);
    assertFalse(again.planned());
    assertEquals(List.of(), again.written());
    assertTrue(again.plans().values().stream().allMatch(MigrationPlan::isEmpty));
    assertArrayEquals(snapshot, Files.readAllBytes(root.resolve(".laforge/schema.json")));
    try (Stream<Path> files = Files.list(root.resolve("migrations/postgres"))) {
      assertEquals(2, files.count());
    }
  }

  @Test
  void deferredOperationsGoOnlyToTheFallbackFile() throws IOException {
    MigrationStore store = new MigrationStore(root);
    store.planNext(notes(field("title", ScalarType.STRING), field("legacy", ScalarType.STRING)), DIALECTS, PlanMode.SAFE, T1);
    PlanResult result = store.planNext(notes(field("title", ScalarType.STRING)), List.of(Dialect.POSTGRES), PlanMode.SAFE, T2);
    assertEquals("20250203040506_drop_notes_legacy", result.id());
    assertEquals(List.of(root.resolve("migrations/postgres/20250203040506_drop_notes_legacy_fallback.sql"),
        root.resolve(".laforge/schema.json")), result.written());
    String fallback = Files.readString(result.written().get(0));
    assertTrue(fallback.startsWith("-- WARNING: LaForge did not apply these operations"), fallback);
    assertTrue(fallback.contains("ALTER TABLE \"notes\" RENAME COLUMN \"legacy\" TO \"legacy_deprecated_20250203040506\";"),
        fallback);
  }

  @Test
  void allowDestructiveAppliesTheDropDirectly() throws IOException {
    MigrationStore store = new MigrationStore(root);
    store.planNext(notes(field("title", ScalarType.STRING), field("legacy", ScalarType.STRING)), DIALECTS, PlanMode.SAFE, T1);
    PlanResult result = store.planNext(notes(field("title", ScalarType.STRING)), List.of(Dialect.MYSQL),
        PlanMode.ALLOW_DESTRUCTIVE, T2);
    String sql = Files.readString(root.resolve("migrations/mysql/" + result.id() + ".sql"));
    assertTrue(sql.contains("-- WARNING LF402: dropping column notes.legacy deletes its values\n"
        + "ALTER TABLE `notes` DROP COLUMN `legacy`;\n"), sql);
    assertFalse(Files.exists(root.resolve("migrations/mysql/" + result.id() + "_fallback.sql")));
  }

  @Test
  void migrationsListsApplicableFilesSortedWithTheirChecksums() throws Exception {
    MigrationStore store = new MigrationStore(root);
    assertEquals(List.of(), store.migrations(Dialect.POSTGRES));
    store.planNext(notes(field("title", ScalarType.STRING)), DIALECTS, PlanMode.SAFE, T2);
    store.planNext(notes(field("title", ScalarType.STRING), field("body", ScalarType.TEXT).optional()), DIALECTS,
        PlanMode.SAFE, T1);
    Files.writeString(root.resolve("migrations/postgres/README.md"), "notes");
    Files.writeString(root.resolve("migrations/postgres/20250101000000_x_fallback.sql"), "-- fallback");
    List<Migration> files = store.migrations(Dialect.POSTGRES);
    assertEquals(List.of("20250102030405_add_notes_body", "20250203040506_initial"),
        files.stream().map(Migration::id).toList());
    byte[] bytes = Files.readAllBytes(files.get(1).path());
    String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    assertEquals(sha, files.get(1).checksum());
  }

  @Test
  void sameDomainsAndTimeGiveByteIdenticalFiles(@TempDir Path other) throws IOException {
    Domain v1 = notes(field("title", ScalarType.STRING));
    Domain v2 = notes(field("heading", ScalarType.STRING).renamedFrom("title"), field("n", ScalarType.INTEGER));
    String id = null;
    for (Path dir : List.of(root, other)) {
      MigrationStore store = new MigrationStore(dir);
      store.planNext(v1, DIALECTS, PlanMode.SAFE, T1);
      id = store.planNext(v2, DIALECTS, PlanMode.SAFE, T2).id();
    }
    assertEquals("20250203040506_add_notes_n", id);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertEquals(14, files.size(), files.toString());
    for (Path a : files) {
      assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(other.resolve(root.relativize(a))), a.toString());
    }
  }

  @Test
  void aCorruptSnapshotIsAnIoErrorAndNothingIsWritten() throws IOException {
    Files.createDirectories(root.resolve(".laforge"));
    Files.writeString(root.resolve(".laforge/schema.json"), "{ not json", StandardCharsets.UTF_8);
    MigrationStore store = new MigrationStore(root);
    IOException e = assertThrows(IOException.class,
        () -> store.planNext(notes(field("title", ScalarType.STRING)), DIALECTS, PlanMode.SAFE, T1));
    assertTrue(e.getMessage().contains("is not a LaForge snapshot"), e.getMessage());
    assertFalse(Files.exists(root.resolve("migrations")));
  }
}
