-- ======== 20250102030405_add_notes_status.sql
-- LaForge migration for MySQL/MariaDB. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add column notes.status

-- add column notes.status
ALTER TABLE `notes` ADD COLUMN `status` ENUM('draft','published') NOT NULL DEFAULT 'draft';
-- ======== 20250102030405_add_notes_status_fallback.sql
-- (no file)
-- ======== 20250102030405_add_notes_status.down.sql
-- LaForge migration for MySQL/MariaDB, reversed: undoes the .sql file of the same name, last operation first.

-- undo add column notes.status
ALTER TABLE `notes` DROP COLUMN `status`;
