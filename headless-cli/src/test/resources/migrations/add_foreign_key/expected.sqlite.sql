-- ======== 20250102030405_add_notes_author_id_fkey.sql
-- (no file)
-- ======== 20250102030405_add_notes_author_id_fkey_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (SQLite).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   add foreign key notes_author_id_fkey notes.author_id -> authors (LF409)
--   add index notes_author_id_idx on notes

-- add foreign key notes_author_id_fkey notes.author_id -> authors
-- WARNING LF409: the foreign key notes.author_id -> authors fails when existing rows reference missing rows
-- Existing rows must reference existing rows: run PRAGMA foreign_key_check after this file.
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

-- add index notes_author_id_idx on notes
-- done by the rebuild of "notes" above
-- ======== 20250102030405_add_notes_author_id_fkey.down.sql
-- (no file)
-- ======== 20250102030405_add_notes_author_id_fkey.sql with --allow-destructive
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add foreign key notes_author_id_fkey notes.author_id -> authors (LF409)
--   add index notes_author_id_idx on notes

-- add foreign key notes_author_id_fkey notes.author_id -> authors
-- WARNING LF409: the foreign key notes.author_id -> authors fails when existing rows reference missing rows
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

-- add index notes_author_id_idx on notes
-- done by the rebuild of "notes" above
