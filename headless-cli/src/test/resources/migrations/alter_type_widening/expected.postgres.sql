-- ======== 20250102030405_alter_notes_hits.sql
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   change type of notes.hits from integer to bigint (LF411)

-- change type of notes.hits from integer to bigint
-- WARNING LF411: changing notes.hits from integer to bigint rewrites the whole table under an exclusive lock
ALTER TABLE "notes" ALTER COLUMN "hits" TYPE bigint USING "hits"::bigint;
-- ======== 20250102030405_alter_notes_hits_fallback.sql
-- (no file)
-- ======== 20250102030405_alter_notes_hits.down.sql
-- LaForge migration for PostgreSQL, reversed: undoes the .sql file of the same name, last operation first.

-- undo change type of notes.hits from integer to bigint
ALTER TABLE "notes" ALTER COLUMN "hits" TYPE integer USING "hits"::integer;
