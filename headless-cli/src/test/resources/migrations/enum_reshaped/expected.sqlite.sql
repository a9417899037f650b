-- ======== 20250102030405_add_status_review_and_more.sql
-- (no file)
-- ======== 20250102030405_add_status_review_and_more_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (SQLite).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   remove value 'archived' from enum status (LF404)
--   add value 'review' to enum status
--   set default of notes.status

-- remove value 'archived' from enum status
-- WARNING LF404: removing value 'archived' from enum status fails or loses data for rows that hold it
-- Rows holding 'archived' must be changed first, e.g.:
-- UPDATE "notes" SET "status" = '<another value>' WHERE "status" = 'archived';
-- UPDATE "notes" SET "previous" = '<another value>' WHERE "previous" = 'archived';
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "status" TEXT NOT NULL DEFAULT 'review' CHECK ("status" IN ('draft', 'review', 'published')),
  "previous" TEXT CHECK ("previous" IN ('draft', 'review', 'published')),
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
);
INSERT INTO "notes_laforge_new" ("id", "status", "previous") SELECT "id", "status", "previous" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";

-- add value 'review' to enum status
-- done by the rebuild of "notes" above

-- set default of notes.status
-- done by the rebuild of "notes" above
-- ======== 20250102030405_add_status_review_and_more.down.sql
-- (no file)
-- ======== 20250102030405_add_status_review_and_more.sql with --allow-destructive
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   remove value 'archived' from enum status (LF404)
--   add value 'review' to enum status
--   set default of notes.status

-- remove value 'archived' from enum status
-- WARNING LF404: removing value 'archived' from enum status fails or loses data for rows that hold it
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "status" TEXT NOT NULL DEFAULT 'review' CHECK ("status" IN ('draft', 'review', 'published')),
  "previous" TEXT CHECK ("previous" IN ('draft', 'review', 'published')),
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
);
INSERT INTO "notes_laforge_new" ("id", "status", "previous") SELECT "id", "status", "previous" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";

-- add value 'review' to enum status
-- done by the rebuild of "notes" above

-- set default of notes.status
-- done by the rebuild of "notes" above
