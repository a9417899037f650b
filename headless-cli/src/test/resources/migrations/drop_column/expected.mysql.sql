-- ======== 20250102030405_drop_notes_legacy.sql
-- (no file)
-- ======== 20250102030405_drop_notes_legacy_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (MySQL/MariaDB).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   drop column notes.legacy (LF402)

-- drop column notes.legacy
-- WARNING LF402: dropping column notes.legacy deletes its values
-- Kept under a new name, and nullable so inserts that omit it succeed: drop it once nothing reads it.
ALTER TABLE `notes` CHANGE COLUMN `legacy` `legacy_deprecated_20250102030405` VARCHAR(40);
-- ======== 20250102030405_drop_notes_legacy.down.sql
-- (no file)
-- ======== 20250102030405_drop_notes_legacy.sql with --allow-destructive
-- LaForge migration for MySQL/MariaDB. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   drop column notes.legacy (LF402)

-- drop column notes.legacy
-- WARNING LF402: dropping column notes.legacy deletes its values
ALTER TABLE `notes` DROP CONSTRAINT `notes_legacy_check`;
ALTER TABLE `notes` DROP COLUMN `legacy`;
