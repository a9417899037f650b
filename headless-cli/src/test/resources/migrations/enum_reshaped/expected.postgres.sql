-- ======== 20250102030405_add_status_review_and_more.sql
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add value 'review' to enum status
--   set default of notes.status
-- Deferred to the _fallback.sql file of the same name (destructive or data-dependent):
--   remove value 'archived' from enum status (LF404)

-- add value 'review' to enum status
ALTER TYPE "status" ADD VALUE 'review' AFTER 'draft';

-- set default of notes.status
ALTER TABLE "notes" ALTER COLUMN "status" SET DEFAULT 'review';
-- ======== 20250102030405_add_status_review_and_more_fallback.sql
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
-- UPDATE "notes" SET "previous" = '<another value>' WHERE "previous" = 'archived';
-- PostgreSQL cannot remove an enum value: the type is re-created and its columns converted.
ALTER TYPE "status" RENAME TO "status_old_20250102030405";
CREATE TYPE "status" AS ENUM ('draft', 'review', 'published');
ALTER TABLE "notes" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "notes" ALTER COLUMN "status" TYPE "status" USING "status"::text::"status";
ALTER TABLE "notes" ALTER COLUMN "status" SET DEFAULT 'review';
ALTER TABLE "notes" ALTER COLUMN "previous" TYPE "status" USING "previous"::text::"status";
DROP TYPE "status_old_20250102030405";
-- ======== 20250102030405_add_status_review_and_more.down.sql
-- LaForge migration for PostgreSQL, reversed: undoes the .sql file of the same name, last operation first.

-- undo set default of notes.status
ALTER TABLE "notes" ALTER COLUMN "status" SET DEFAULT 'archived';

-- undo add value 'review' to enum status
-- no reverse: what this operation deleted or changed cannot be restored from the schema alone
-- ======== 20250102030405_add_status_review_and_more.sql with --allow-destructive
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add value 'review' to enum status
--   set default of notes.status
--   remove value 'archived' from enum status (LF404)

-- add value 'review' to enum status
ALTER TYPE "status" ADD VALUE 'review' AFTER 'draft';

-- set default of notes.status
ALTER TABLE "notes" ALTER COLUMN "status" SET DEFAULT 'review';

-- remove value 'archived' from enum status
-- WARNING LF404: removing value 'archived' from enum status fails or loses data for rows that hold it
-- PostgreSQL cannot remove an enum value: the type is re-created and its columns converted.
ALTER TYPE "status" RENAME TO "status_old_20250102030405";
CREATE TYPE "status" AS ENUM ('draft', 'review', 'published');
ALTER TABLE "notes" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "notes" ALTER COLUMN "status" TYPE "status" USING "status"::text::"status";
ALTER TABLE "notes" ALTER COLUMN "status" SET DEFAULT 'review';
ALTER TABLE "notes" ALTER COLUMN "previous" TYPE "status" USING "previous"::text::"status";
DROP TYPE "status_old_20250102030405";
