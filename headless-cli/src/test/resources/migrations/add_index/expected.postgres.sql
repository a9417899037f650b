-- ======== 20250102030405_add_notes.sql
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add index notes_title_idx on notes (LF410)

-- add index notes_title_idx on notes
-- WARNING LF410: building notes_title_idx on notes without CONCURRENTLY blocks writes to the table until it is done
-- LF410: to build it without blocking writes, run it first as CREATE INDEX CONCURRENTLY outside a transaction,
-- then delete the next statement from this file.
CREATE INDEX "notes_title_idx" ON "notes" ("title");
-- ======== 20250102030405_add_notes_fallback.sql
-- (no file)
-- ======== 20250102030405_add_notes.down.sql
-- LaForge migration for PostgreSQL, reversed: undoes the .sql file of the same name, last operation first.

-- undo add index notes_title_idx on notes
DROP INDEX "notes_title_idx";
