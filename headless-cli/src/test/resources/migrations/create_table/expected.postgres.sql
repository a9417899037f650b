-- ======== 20250102030405_add_tags.sql
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   create table tags
--   add index tags_note_id_idx on tags
--   add foreign key tags_note_id_fkey tags.note_id -> notes

-- create table tags
CREATE TABLE "tags" (
  "id" uuid NOT NULL,
  "name" text NOT NULL,
  "note_id" uuid NOT NULL,
  CONSTRAINT "tags_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "tags_name_key" UNIQUE ("name")
);
ALTER TABLE "tags" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "tags" FORCE ROW LEVEL SECURITY;

-- add index tags_note_id_idx on tags
CREATE INDEX "tags_note_id_idx" ON "tags" ("note_id");

-- add foreign key tags_note_id_fkey tags.note_id -> notes
ALTER TABLE "tags" ADD CONSTRAINT "tags_note_id_fkey" FOREIGN KEY ("note_id") REFERENCES "notes" ("id") ON DELETE CASCADE;
-- ======== 20250102030405_add_tags_fallback.sql
-- (no file)
-- ======== 20250102030405_add_tags.down.sql
-- LaForge migration for PostgreSQL, reversed: undoes the .sql file of the same name, last operation first.

-- undo add foreign key tags_note_id_fkey tags.note_id -> notes
ALTER TABLE "tags" DROP CONSTRAINT "tags_note_id_fkey";

-- undo add index tags_note_id_idx on tags
DROP INDEX "tags_note_id_idx";

-- undo create table tags
DROP TABLE "tags";
