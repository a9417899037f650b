-- ======== 20250102030405_remove_status_archived.sql
-- (no file)
-- ======== 20250102030405_remove_status_archived_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (PostgreSQL).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   remove value 'archived' from enum status (LF404)

-- remove value 'archived' from enum status
-- WARNING LF404: removing value 'archived' from enum status fails or loses data for rows that hold it
-- Rows holding 'archived' must be changed first, e.g.:
-- UPDATE "notes" SET "status" = '<another value>' WHERE "status" = 'archived';
-- PostgreSQL cannot remove an enum value: the type is re-created and its columns converted.
ALTER TYPE "status" RENAME TO "status_old_20250102030405";
CREATE TYPE "status" AS ENUM ('draft', 'published');
ALTER TABLE "notes" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "notes" ALTER COLUMN "status" TYPE "status" USING "status"::text::"status";
ALTER TABLE "notes" ALTER COLUMN "status" SET DEFAULT 'draft';
DROP TYPE "status_old_20250102030405";
-- ======== 20250102030405_remove_status_archived.down.sql
-- (no file)
-- ======== 20250102030405_remove_status_archived.sql with --allow-destructive
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   remove value 'archived' from enum status (LF404)

-- remove value 'archived' from enum status
-- WARNING LF404: removing value 'archived' from enum status fails or loses data for rows that hold it
-- PostgreSQL cannot remove an enum value: the type is re-created and its columns converted.
ALTER TYPE "status" RENAME TO "status_old_20250102030405";
CREATE TYPE "status" AS ENUM ('draft', 'published');
ALTER TABLE "notes" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "notes" ALTER COLUMN "status" TYPE "status" USING "status"::text::"status";
ALTER TABLE "notes" ALTER COLUMN "status" SET DEFAULT 'draft';
DROP TYPE "status_old_20250102030405";
