-- ======== 20250102030405_alter_notes_summary.sql
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   drop NOT NULL of notes.summary

-- drop NOT NULL of notes.summary
ALTER TABLE "notes" ALTER COLUMN "summary" DROP NOT NULL;
-- ======== 20250102030405_alter_notes_summary_fallback.sql
-- (no file)
-- ======== 20250102030405_alter_notes_summary.down.sql
-- LaForge migration for PostgreSQL, reversed: undoes the .sql file of the same name, last operation first.

-- undo drop NOT NULL of notes.summary
ALTER TABLE "notes" ALTER COLUMN "summary" SET NOT NULL;
