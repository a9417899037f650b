-- ======== 20250102030405_add_notes_status.sql
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add column notes.status

-- add column notes.status
ALTER TABLE "notes" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'draft' CHECK ("status" IN ('draft', 'published'));
-- ======== 20250102030405_add_notes_status_fallback.sql
-- (no file)
-- ======== 20250102030405_add_notes_status.down.sql
-- LaForge migration for SQLite, reversed: undoes the .sql file of the same name, last operation first.

-- undo add column notes.status
ALTER TABLE "notes" DROP COLUMN "status";
