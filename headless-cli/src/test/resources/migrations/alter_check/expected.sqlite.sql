-- ======== 20250102030405_alter_notes_title_check.sql
-- (no file)
-- ======== 20250102030405_alter_notes_title_check_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (SQLite).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   change check notes_title_check on notes.title (LF408)

-- change check notes_title_check on notes.title
-- WARNING LF408: the validation CHECK on notes.title fails when existing rows violate it
-- Existing rows must pass the new CHECK, or the copy below fails.
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "notes_title_check" CHECK (length("title") BETWEEN 1 AND 100)
);
INSERT INTO "notes_laforge_new" ("id", "title") SELECT "id", "title" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";
-- ======== 20250102030405_alter_notes_title_check.down.sql
-- (no file)
-- ======== 20250102030405_alter_notes_title_check.sql with --allow-destructive
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   change check notes_title_check on notes.title (LF408)

-- change check notes_title_check on notes.title
-- WARNING LF408: the validation CHECK on notes.title fails when existing rows violate it
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "notes_title_check" CHECK (length("title") BETWEEN 1 AND 100)
);
INSERT INTO "notes_laforge_new" ("id", "title") SELECT "id", "title" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";
