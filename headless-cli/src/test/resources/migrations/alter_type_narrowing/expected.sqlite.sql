-- ======== 20250102030405_alter_notes_hits.sql
-- (no file)
-- ======== 20250102030405_alter_notes_hits_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (SQLite).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   change type of notes.hits from bigint to integer (LF403, LF411)

-- change type of notes.hits from bigint to integer
-- WARNING LF403: changing notes.hits from bigint to integer may fail or lose data for values the new type cannot hold
-- WARNING LF411: changing notes.hits from bigint to integer rewrites the whole table under an exclusive lock
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "hits" INTEGER NOT NULL DEFAULT 0,
  "hits_deprecated_20250102030405" INTEGER,
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
);
INSERT INTO "notes_laforge_new" ("id", "hits", "hits_deprecated_20250102030405") SELECT "id", "hits", "hits" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";
-- ======== 20250102030405_alter_notes_hits.down.sql
-- (no file)
-- ======== 20250102030405_alter_notes_hits.sql with --allow-destructive
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   change type of notes.hits from bigint to integer (LF403, LF411)

-- change type of notes.hits from bigint to integer
-- WARNING LF403: changing notes.hits from bigint to integer may fail or lose data for values the new type cannot hold
-- WARNING LF411: changing notes.hits from bigint to integer rewrites the whole table under an exclusive lock
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "hits" INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
);
INSERT INTO "notes_laforge_new" ("id", "hits") SELECT "id", "hits" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";
