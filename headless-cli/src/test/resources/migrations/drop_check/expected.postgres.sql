-- ======== 20250102030405_drop_notes_title_check.sql
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   drop check notes_title_check of notes

-- drop check notes_title_check of notes
ALTER TABLE "notes" DROP CONSTRAINT "notes_title_check";
-- ======== 20250102030405_drop_notes_title_check_fallback.sql
-- (no file)
-- ======== 20250102030405_drop_notes_title_check.down.sql
-- LaForge migration for PostgreSQL, reversed: undoes the .sql file of the same name, last operation first.

-- undo drop check notes_title_check of notes
ALTER TABLE "notes" ADD CONSTRAINT "notes_title_check" CHECK (char_length("title") BETWEEN 1 AND 200);
