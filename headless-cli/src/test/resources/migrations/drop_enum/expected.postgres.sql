-- ======== 20250102030405_drop_status_and_more.sql
-- (no file)
-- ======== 20250102030405_drop_status_and_more_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (PostgreSQL).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   drop column notes.status (LF402)
--   drop enum status

-- drop column notes.status
-- WARNING LF402: dropping column notes.status deletes its values
-- Kept under a new name, and nullable so inserts that omit it succeed: drop it once nothing reads it.
ALTER TABLE "notes" RENAME COLUMN "status" TO "status_deprecated_20250102030405";

-- drop enum status
-- The deprecated columns above still use the type: drop it after them, with
-- DROP TYPE "status";
-- ======== 20250102030405_drop_status_and_more.down.sql
-- (no file)
-- ======== 20250102030405_drop_status_and_more.sql with --allow-destructive
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   drop column notes.status (LF402)
--   drop enum status

-- drop column notes.status
-- WARNING LF402: dropping column notes.status deletes its values
ALTER TABLE "notes" DROP COLUMN "status";

-- drop enum status
DROP TYPE "status";
