-- ======== 20250102030405_alter_notes_state.sql
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   set default of notes.state

-- set default of notes.state
ALTER TABLE "notes" ALTER COLUMN "state" SET DEFAULT 'open';
-- ======== 20250102030405_alter_notes_state_fallback.sql
-- (no file)
-- ======== 20250102030405_alter_notes_state.down.sql
-- LaForge migration for PostgreSQL, reversed: undoes the .sql file of the same name, last operation first.

-- undo set default of notes.state
ALTER TABLE "notes" ALTER COLUMN "state" SET DEFAULT 'new';
