-- ======== 20250102030405_drop_notes.sql
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   drop index notes_title_idx of notes

-- drop index notes_title_idx of notes
DROP INDEX "notes_title_idx";
-- ======== 20250102030405_drop_notes_fallback.sql
-- (no file)
-- ======== 20250102030405_drop_notes.down.sql
-- LaForge migration for SQLite, reversed: undoes the .sql file of the same name, last operation first.

-- undo drop index notes_title_idx of notes
CREATE INDEX "notes_title_idx" ON "notes" ("title");
