-- ======== 20250102030405_drop_notes_author_id_fkey.sql
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   drop foreign key notes_author_id_fkey of notes
--   drop index notes_author_id_idx of notes

-- drop foreign key notes_author_id_fkey of notes
ALTER TABLE "notes" DROP CONSTRAINT "notes_author_id_fkey";

-- drop index notes_author_id_idx of notes
DROP INDEX "notes_author_id_idx";
-- ======== 20250102030405_drop_notes_author_id_fkey_fallback.sql
-- (no file)
-- ======== 20250102030405_drop_notes_author_id_fkey.down.sql
-- LaForge migration for PostgreSQL, reversed: undoes the .sql file of the same name, last operation first.

-- undo drop index notes_author_id_idx of notes
CREATE INDEX "notes_author_id_idx" ON "notes" ("author_id");

-- undo drop foreign key notes_author_id_fkey of notes
ALTER TABLE "notes" ADD CONSTRAINT "notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "authors" ("id") ON DELETE CASCADE;
