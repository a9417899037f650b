-- ======== 20250102030405_alter_notes_summary.sql
-- (no file)
-- ======== 20250102030405_alter_notes_summary_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (SQLite).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   set NOT NULL on notes.summary (LF406)

-- set NOT NULL on notes.summary
-- WARNING LF406: SET NOT NULL on notes.summary fails when existing rows hold NULL
-- Fill the column before it becomes NOT NULL, e.g.:
-- UPDATE "notes" SET "summary" = <value> WHERE "summary" IS NULL;
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "summary" TEXT NOT NULL,
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
);
INSERT INTO "notes_laforge_new" ("id", "summary") SELECT "id", "summary" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";
-- ======== 20250102030405_alter_notes_summary.down.sql
-- (no file)
-- ======== 20250102030405_alter_notes_summary.sql with --allow-destructive
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   set NOT NULL on notes.summary (LF406)

-- set NOT NULL on notes.summary
-- WARNING LF406: SET NOT NULL on notes.summary fails when existing rows hold NULL
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "summary" TEXT NOT NULL,
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
);
INSERT INTO "notes_laforge_new" ("id", "summary") SELECT "id", "summary" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";
