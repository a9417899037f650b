-- ======== 20250102030405_add_notes_author_id.sql
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add column notes.author_id
--   add foreign key notes_author_id_fkey notes.author_id -> authors
--   add index notes_author_id_idx on notes

-- add column notes.author_id
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  "author_id" TEXT,
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "authors" ("id") ON DELETE CASCADE
);
INSERT INTO "notes_laforge_new" ("id", "title") SELECT "id", "title" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";
CREATE INDEX "notes_author_id_idx" ON "notes" ("author_id");

-- add foreign key notes_author_id_fkey notes.author_id -> authors
-- done by the rebuild of "notes" above

-- add index notes_author_id_idx on notes
-- done by the rebuild of "notes" above
-- ======== 20250102030405_add_notes_author_id_fallback.sql
-- (no file)
-- ======== 20250102030405_add_notes_author_id.down.sql
-- LaForge migration for SQLite, reversed: undoes the .sql file of the same name, last operation first.

-- undo add column notes.author_id
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
);
INSERT INTO "notes_laforge_new" ("id", "title") SELECT "id", "title" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";
