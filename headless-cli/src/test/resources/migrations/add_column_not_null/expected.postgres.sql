-- ======== 20250102030405_add_notes_priority.sql
-- (no file)
-- ======== 20250102030405_add_notes_priority_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (PostgreSQL).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   add column notes.priority (LF405)

-- add column notes.priority
-- WARNING LF405: adding NOT NULL column notes.priority without a default fails when the table has rows
ALTER TABLE "notes" ADD COLUMN "priority" integer;
-- Fill the column before it becomes NOT NULL, e.g.:
-- UPDATE "notes" SET "priority" = <value> WHERE "priority" IS NULL;
ALTER TABLE "notes" ALTER COLUMN "priority" SET NOT NULL;
-- ======== 20250102030405_add_notes_priority.down.sql
-- (no file)
-- ======== 20250102030405_add_notes_priority.sql with --allow-destructive
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add column notes.priority (LF405)

-- add column notes.priority
-- WARNING LF405: adding NOT NULL column notes.priority without a default fails when the table has rows
ALTER TABLE "notes" ADD COLUMN "priority" integer NOT NULL;
