-- ======== 20250102030405_add_notes_code_unique.sql
-- (no file)
-- ======== 20250102030405_add_notes_code_unique_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (PostgreSQL).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   add unique notes_code_key on notes.code (LF407, LF410)

-- add unique notes_code_key on notes.code
-- WARNING LF407: UNIQUE on notes.code fails when existing rows repeat a value
-- WARNING LF410: building notes_code_key on notes without CONCURRENTLY blocks writes to the table until it is done
-- Existing rows must not repeat a value; this lists those that do:
-- SELECT "code", count(*) FROM "notes" GROUP BY "code" HAVING count(*) > 1;
ALTER TABLE "notes" ADD CONSTRAINT "notes_code_key" UNIQUE ("code");
-- ======== 20250102030405_add_notes_code_unique.down.sql
-- (no file)
-- ======== 20250102030405_add_notes_code_unique.sql with --allow-destructive
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add unique notes_code_key on notes.code (LF407, LF410)

-- add unique notes_code_key on notes.code
-- WARNING LF407: UNIQUE on notes.code fails when existing rows repeat a value
-- WARNING LF410: building notes_code_key on notes without CONCURRENTLY blocks writes to the table until it is done
ALTER TABLE "notes" ADD CONSTRAINT "notes_code_key" UNIQUE ("code");
