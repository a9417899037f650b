-- ======== 20250102030405_add_notes_body.sql
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add column notes.body
--   add column notes.pinned

-- add column notes.body
ALTER TABLE "notes" ADD COLUMN "body" text;

-- add column notes.pinned
ALTER TABLE "notes" ADD COLUMN "pinned" boolean NOT NULL DEFAULT false;
-- ======== 20250102030405_add_notes_body_fallback.sql
-- (no file)
-- ======== 20250102030405_add_notes_body.down.sql
-- LaForge migration for PostgreSQL, reversed: undoes the .sql file of the same name, last operation first.

-- undo add column notes.pinned
ALTER TABLE "notes" DROP COLUMN "pinned";

-- undo add column notes.body
ALTER TABLE "notes" DROP COLUMN "body";
