-- ======== 20250102030405_add_notes_title_check.sql
-- (no file)
-- ======== 20250102030405_add_notes_title_check_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (PostgreSQL).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   add check notes_title_check on notes.title (LF408)

-- add check notes_title_check on notes.title
-- WARNING LF408: the validation CHECK on notes.title fails when existing rows violate it
-- NOT VALID adds it without checking existing rows; VALIDATE then checks them without blocking writes.
ALTER TABLE "notes" ADD CONSTRAINT "notes_title_check" CHECK (char_length("title") BETWEEN 1 AND 200) NOT VALID;
ALTER TABLE "notes" VALIDATE CONSTRAINT "notes_title_check";
-- ======== 20250102030405_add_notes_title_check.down.sql
-- (no file)
-- ======== 20250102030405_add_notes_title_check.sql with --allow-destructive
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add check notes_title_check on notes.title (LF408)

-- add check notes_title_check on notes.title
-- WARNING LF408: the validation CHECK on notes.title fails when existing rows violate it
ALTER TABLE "notes" ADD CONSTRAINT "notes_title_check" CHECK (char_length("title") BETWEEN 1 AND 200);
