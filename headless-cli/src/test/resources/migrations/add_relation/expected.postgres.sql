-- ======== 20250102030405_add_notes_author_id.sql
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add column notes.author_id
--   add index notes_author_id_idx on notes (LF410)
--   add foreign key notes_author_id_fkey notes.author_id -> authors

-- add column notes.author_id
ALTER TABLE "notes" ADD COLUMN "author_id" uuid;

-- add index notes_author_id_idx on notes
-- WARNING LF410: building notes_author_id_idx on notes without CONCURRENTLY blocks writes to the table until it is done
-- LF410: to build it without blocking writes, run it first as CREATE INDEX CONCURRENTLY outside a transaction,
-- then delete the next statement from this file.
CREATE INDEX "notes_author_id_idx" ON "notes" ("author_id");

-- add foreign key notes_author_id_fkey notes.author_id -> authors
ALTER TABLE "notes" ADD CONSTRAINT "notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "authors" ("id") ON DELETE CASCADE;
-- ======== 20250102030405_add_notes_author_id_fallback.sql
-- (no file)
-- ======== 20250102030405_add_notes_author_id.down.sql
-- LaForge migration for PostgreSQL, reversed: undoes the .sql file of the same name, last operation first.

-- undo add foreign key notes_author_id_fkey notes.author_id -> authors
ALTER TABLE "notes" DROP CONSTRAINT "notes_author_id_fkey";

-- undo add index notes_author_id_idx on notes
DROP INDEX "notes_author_id_idx";

-- undo add column notes.author_id
ALTER TABLE "notes" DROP COLUMN "author_id";
