-- ======== 20250102030405_drop_notes.sql
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   drop policy laforge_notes_read of notes

-- drop policy laforge_notes_read of notes
DROP POLICY "laforge_notes_read" ON "notes";
-- ======== 20250102030405_drop_notes_fallback.sql
-- (no file)
-- ======== 20250102030405_drop_notes.down.sql
-- LaForge migration for PostgreSQL, reversed: undoes the .sql file of the same name, last operation first.

-- undo drop policy laforge_notes_read of notes
CREATE POLICY "laforge_notes_read" ON "notes" AS PERMISSIVE FOR SELECT
  USING ("notes"."published");
