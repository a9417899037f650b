-- ======== 20250102030405_add_notes_ref.sql
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add column notes.ref (LF411)

-- add column notes.ref
-- WARNING LF411: adding column notes.ref with a volatile default (uuid()) rewrites the whole table under an exclusive lock
ALTER TABLE "notes" ADD COLUMN "ref" uuid NOT NULL DEFAULT gen_random_uuid();
-- ======== 20250102030405_add_notes_ref_fallback.sql
-- (no file)
-- ======== 20250102030405_add_notes_ref.down.sql
-- LaForge migration for PostgreSQL, reversed: undoes the .sql file of the same name, last operation first.

-- undo add column notes.ref
ALTER TABLE "notes" DROP COLUMN "ref";
