-- ======== 20250102030405_add_notes.sql
-- (no file)
-- ======== 20250102030405_add_notes_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (SQLite).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   add index notes_title_body_key on notes (LF407)

-- add index notes_title_body_key on notes
-- WARNING LF407: the unique index notes_title_body_key on notes [title, body] fails when existing rows repeat a value
CREATE UNIQUE INDEX "notes_title_body_key" ON "notes" ("title", "body");
-- ======== 20250102030405_add_notes.down.sql
-- (no file)
-- ======== 20250102030405_add_notes.sql with --allow-destructive
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add index notes_title_body_key on notes (LF407)

-- add index notes_title_body_key on notes
-- WARNING LF407: the unique index notes_title_body_key on notes [title, body] fails when existing rows repeat a value
CREATE UNIQUE INDEX "notes_title_body_key" ON "notes" ("title", "body");
