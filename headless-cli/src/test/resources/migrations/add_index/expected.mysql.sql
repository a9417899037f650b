-- ======== 20250102030405_add_notes.sql
-- LaForge migration for MySQL/MariaDB. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add index notes_title_idx on notes

-- add index notes_title_idx on notes
CREATE INDEX `notes_title_idx` ON `notes` (`title`);
-- ======== 20250102030405_add_notes_fallback.sql
-- (no file)
-- ======== 20250102030405_add_notes.down.sql
-- LaForge migration for MySQL/MariaDB, reversed: undoes the .sql file of the same name, last operation first.

-- undo add index notes_title_idx on notes
DROP INDEX `notes_title_idx` ON `notes`;
