-- ======== 20250102030405_alter_notes_summary.sql
-- (no file)
-- ======== 20250102030405_alter_notes_summary_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (PostgreSQL).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   set NOT NULL on notes.summary (LF406)

-- set NOT NULL on notes.summary
-- WARNING LF406: SET NOT NULL on notes.summary fails when existing rows hold NULL
-- Fill the column before it becomes NOT NULL, e.g.:
-- UPDATE "notes" SET "summary" = <value> WHERE "summary" IS NULL;
-- A NOT VALID check validated apart lets SET NOT NULL skip its scan under the exclusive lock.
ALTER TABLE "notes" ADD CONSTRAINT "notes_summary_not_null" CHECK ("summary" IS NOT NULL) NOT VALID;
ALTER TABLE "notes" VALIDATE CONSTRAINT "notes_summary_not_null";
ALTER TABLE "notes" ALTER COLUMN "summary" SET NOT NULL;
ALTER TABLE "notes" DROP CONSTRAINT "notes_summary_not_null";
-- ======== 20250102030405_alter_notes_summary.down.sql
-- (no file)
-- ======== 20250102030405_alter_notes_summary.sql with --allow-destructive
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   set NOT NULL on notes.summary (LF406)

-- set NOT NULL on notes.summary
-- WARNING LF406: SET NOT NULL on notes.summary fails when existing rows hold NULL
ALTER TABLE "notes" ALTER COLUMN "summary" SET NOT NULL;
