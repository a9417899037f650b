-- ======== 20250102030405_drop_notes_title_check.sql
-- LaForge migration for MySQL/MariaDB. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   drop check notes_title_check of notes

-- drop check notes_title_check of notes
ALTER TABLE `notes` DROP CONSTRAINT `notes_title_check`;
ALTER TABLE `notes` MODIFY COLUMN `title` VARCHAR(255) NOT NULL;
-- ======== 20250102030405_drop_notes_title_check_fallback.sql
-- (no file)
-- ======== 20250102030405_drop_notes_title_check.down.sql
-- LaForge migration for MySQL/MariaDB, reversed: undoes the .sql file of the same name, last operation first.

-- undo drop check notes_title_check of notes
ALTER TABLE `notes` MODIFY COLUMN `title` VARCHAR(200) NOT NULL;
ALTER TABLE `notes` ADD CONSTRAINT `notes_title_check` CHECK (CHAR_LENGTH(`title`) BETWEEN 1 AND 200);
