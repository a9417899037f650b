-- ======== 20250102030405_remove_status_archived.sql
-- (no file)
-- ======== 20250102030405_remove_status_archived_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (SQLite).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   remove value 'archived' from enum status (LF404)

-- remove value 'archived' from enum status
-- WARNING LF404: removing value 'archived' from enum status fails or loses data for rows that hold it
-- Rows holding 'archived' must be changed first, e.g.:
-- UPDATE "notes" SET "status" = '<another value>' WHERE "status" = 'archived';
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "status" TEXT NOT NULL DEFAULT 'draft' CHECK ("status" IN ('draft', 'published')),
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
);
INSERT INTO "notes_laforge_new" ("id", "status") SELECT "id", "status" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";
-- ======== 20250102030405_remove_status_archived.down.sql
-- (no file)
-- ======== 20250102030405_remove_status_archived.sql with --allow-destructive
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   remove value 'archived' from enum status (LF404)

-- remove value 'archived' from enum status
-- WARNING LF404: removing value 'archived' from enum status fails or loses data for rows that hold it
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "status" TEXT NOT NULL DEFAULT 'draft' CHECK ("status" IN ('draft', 'published')),
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
);
INSERT INTO "notes_laforge_new" ("id", "status") SELECT "id", "status" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";
