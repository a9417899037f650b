-- ======== 20250102030405_drop_notes_code_unique.sql
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   drop unique notes_code_key of notes

-- drop unique notes_code_key of notes
ALTER TABLE "notes" DROP CONSTRAINT "notes_code_key";
-- ======== 20250102030405_drop_notes_code_unique_fallback.sql
-- (no file)
-- ======== 20250102030405_drop_notes_code_unique.down.sql
-- LaForge migration for PostgreSQL, reversed: undoes the .sql file of the same name, last operation first.

-- undo drop unique notes_code_key of notes
ALTER TABLE "notes" ADD CONSTRAINT "notes_code_key" UNIQUE ("code");
