-- ======== 20250102030405_add_notes_author_id_fkey.sql
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add index notes_author_id_idx on notes (LF410)
-- Deferred to the _fallback.sql file of the same name (destructive or data-dependent):
--   add foreign key notes_author_id_fkey notes.author_id -> authors (LF409)

-- add index notes_author_id_idx on notes
-- WARNING LF410: building notes_author_id_idx on notes without CONCURRENTLY blocks writes to the table until it is done
-- LF410: to build it without blocking writes, run it first as CREATE INDEX CONCURRENTLY outside a transaction,
-- then delete the next statement from this file.
CREATE INDEX "notes_author_id_idx" ON "notes" ("author_id");
-- ======== 20250102030405_add_notes_author_id_fkey_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (PostgreSQL).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   add foreign key notes_author_id_fkey notes.author_id -> authors (LF409)

-- add foreign key notes_author_id_fkey notes.author_id -> authors
-- WARNING LF409: the foreign key notes.author_id -> authors fails when existing rows reference missing rows
-- NOT VALID adds it without checking existing rows; VALIDATE then checks them without blocking writes.
ALTER TABLE "notes" ADD CONSTRAINT "notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "authors" ("id") ON DELETE CASCADE NOT VALID;
ALTER TABLE "notes" VALIDATE CONSTRAINT "notes_author_id_fkey";
-- ======== 20250102030405_add_notes_author_id_fkey.down.sql
-- LaForge migration for PostgreSQL, reversed: undoes the .sql file of the same name, last operation first.

-- undo add index notes_author_id_idx on notes
DROP INDEX "notes_author_id_idx";
-- ======== 20250102030405_add_notes_author_id_fkey.sql with --allow-destructive
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add index notes_author_id_idx on notes (LF410)
--   add foreign key notes_author_id_fkey notes.author_id -> authors (LF409)

-- add index notes_author_id_idx on notes
-- WARNING LF410: building notes_author_id_idx on notes without CONCURRENTLY blocks writes to the table until it is done
-- LF410: to build it without blocking writes, run it first as CREATE INDEX CONCURRENTLY outside a transaction,
-- then delete the next statement from this file.
CREATE INDEX "notes_author_id_idx" ON "notes" ("author_id");

-- add foreign key notes_author_id_fkey notes.author_id -> authors
-- WARNING LF409: the foreign key notes.author_id -> authors fails when existing rows reference missing rows
ALTER TABLE "notes" ADD CONSTRAINT "notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "authors" ("id") ON DELETE CASCADE;
