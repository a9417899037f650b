-- ======== 20250102030405_rename_notes_title.sql
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   rename column notes.title to heading (LF412)
--   rename index notes_title_idx of notes to notes_heading_idx

-- rename column notes.title to heading
-- WARNING LF412: renaming column notes.title to heading breaks code still running against the previous name
ALTER TABLE "notes" RENAME COLUMN "title" TO "heading";

-- rename index notes_title_idx of notes to notes_heading_idx
-- SQLite cannot rename an index: it is re-created.
DROP INDEX "notes_title_idx";
CREATE INDEX "notes_heading_idx" ON "notes" ("heading");
-- ======== 20250102030405_rename_notes_title_fallback.sql
-- (no file)
-- ======== 20250102030405_rename_notes_title.down.sql
-- LaForge migration for SQLite, reversed: undoes the .sql file of the same name, last operation first.

-- undo rename index notes_title_idx of notes to notes_heading_idx
DROP INDEX "notes_heading_idx";
CREATE INDEX "notes_title_idx" ON "notes" ("heading");

-- undo rename column notes.title to heading
ALTER TABLE "notes" RENAME COLUMN "heading" TO "title";
