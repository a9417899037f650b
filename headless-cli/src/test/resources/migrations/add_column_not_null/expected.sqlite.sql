-- ======== 20250102030405_add_notes_priority.sql
-- (no file)
-- ======== 20250102030405_add_notes_priority_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (SQLite).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   add column notes.priority (LF405)

-- add column notes.priority
-- WARNING LF405: adding NOT NULL column notes.priority without a default fails when the table has rows
-- "priority" is NOT NULL without a default: the copy below gives it the value of an existing column or fails; edit its SELECT list to fill it.
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  "priority" INTEGER NOT NULL,
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
);
INSERT INTO "notes_laforge_new" ("id", "title") SELECT "id", "title" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";
-- ======== 20250102030405_add_notes_priority.down.sql
-- (no file)
-- ======== 20250102030405_add_notes_priority.sql with --allow-destructive
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add column notes.priority (LF405)

-- add column notes.priority
-- WARNING LF405: adding NOT NULL column notes.priority without a default fails when the table has rows
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  "priority" INTEGER NOT NULL,
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
);
INSERT INTO "notes_laforge_new" ("id", "title") SELECT "id", "title" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";
