-- ======== 20250102030405_add_tags.sql
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   create table tags
--   add index tags_note_id_idx on tags
--   add foreign key tags_note_id_fkey tags.note_id -> notes

-- create table tags
CREATE TABLE "tags" (
  "id" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "note_id" TEXT NOT NULL,
  CONSTRAINT "tags_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "tags_name_key" UNIQUE ("name"),
  CONSTRAINT "tags_note_id_fkey" FOREIGN KEY ("note_id") REFERENCES "notes" ("id") ON DELETE CASCADE
);

-- add index tags_note_id_idx on tags
CREATE INDEX "tags_note_id_idx" ON "tags" ("note_id");

-- add foreign key tags_note_id_fkey tags.note_id -> notes
-- inside CREATE TABLE "tags" above
-- ======== 20250102030405_add_tags_fallback.sql
-- (no file)
-- ======== 20250102030405_add_tags.down.sql
-- LaForge migration for SQLite, reversed: undoes the .sql file of the same name, last operation first.

-- undo add index tags_note_id_idx on tags
DROP INDEX "tags_note_id_idx";

-- undo create table tags
DROP TABLE "tags";
