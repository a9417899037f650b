-- ======== 20250102030405_add_notes_ref.sql
-- LaForge migration for MySQL/MariaDB. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add column notes.ref

-- add column notes.ref
ALTER TABLE `notes` ADD COLUMN `ref` CHAR(36) NOT NULL DEFAULT (UUID());
-- ======== 20250102030405_add_notes_ref_fallback.sql
-- (no file)
-- ======== 20250102030405_add_notes_ref.down.sql
-- LaForge migration for MySQL/MariaDB, reversed: undoes the .sql file of the same name, last operation first.

-- undo add column notes.ref
ALTER TABLE `notes` DROP COLUMN `ref`;
