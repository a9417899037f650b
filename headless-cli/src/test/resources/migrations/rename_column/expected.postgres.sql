-- ======== 20250102030405_rename_notes_title.sql
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   rename column notes.title to heading (LF412)

-- rename column notes.title to heading
-- WARNING LF412: renaming column notes.title to heading breaks code still running against the previous name
ALTER TABLE "notes" RENAME COLUMN "title" TO "heading";
-- ======== 20250102030405_rename_notes_title_fallback.sql
-- (no file)
-- ======== 20250102030405_rename_notes_title.down.sql
-- LaForge migration for PostgreSQL, reversed: undoes the .sql file of the same name, last operation first.

-- undo rename column notes.title to heading
ALTER TABLE "notes" RENAME COLUMN "heading" TO "title";
