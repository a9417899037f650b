-- ======== 20250102030405_add_notes.sql
-- (no file)
-- ======== 20250102030405_add_notes_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (PostgreSQL).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   add index notes_title_body_key on notes (LF407, LF410)

-- add index notes_title_body_key on notes
-- WARNING LF407: the unique index notes_title_body_key on notes [title, body] fails when existing rows repeat a value
-- WARNING LF410: building notes_title_body_key on notes without CONCURRENTLY blocks writes to the table until it is done
-- Existing rows must not repeat a value; this lists those that do:
-- SELECT "title", "body", count(*) FROM "notes" GROUP BY "title", "body" HAVING count(*) > 1;
CREATE UNIQUE INDEX "notes_title_body_key" ON "notes" ("title", "body");
-- ======== 20250102030405_add_notes.down.sql
-- (no file)
-- ======== 20250102030405_add_notes.sql with --allow-destructive
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add index notes_title_body_key on notes (LF407, LF410)

-- add index notes_title_body_key on notes
-- WARNING LF407: the unique index notes_title_body_key on notes [title, body] fails when existing rows repeat a value
-- WARNING LF410: building notes_title_body_key on notes without CONCURRENTLY blocks writes to the table until it is done
-- LF410: to build it without blocking writes, run it first as CREATE UNIQUE INDEX CONCURRENTLY outside a transaction,
-- then delete the next statement from this file.
CREATE UNIQUE INDEX "notes_title_body_key" ON "notes" ("title", "body");
