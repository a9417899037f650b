-- ======== 20250102030405_drop_notes_author_id_fkey.sql
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   drop foreign key notes_author_id_fkey of notes
--   drop index notes_author_id_idx of notes

-- drop foreign key notes_author_id_fkey of notes
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  "author_id" TEXT NOT NULL,
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
);
INSERT INTO "notes_laforge_new" ("id", "title", "author_id") SELECT "id", "title", "author_id" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";

-- drop index notes_author_id_idx of notes
-- done by the rebuild of "notes" above
-- ======== 20250102030405_drop_notes_author_id_fkey_fallback.sql
-- (no file)
-- ======== 20250102030405_drop_notes_author_id_fkey.down.sql
-- LaForge migration for SQLite, reversed: undoes the .sql file of the same name, last operation first.

-- undo drop foreign key notes_author_id_fkey of notes
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  "author_id" TEXT NOT NULL,
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "authors" ("id") ON DELETE CASCADE
);
INSERT INTO "notes_laforge_new" ("id", "title", "author_id") SELECT "id", "title", "author_id" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";
CREATE INDEX "notes_author_id_idx" ON "notes" ("author_id");
