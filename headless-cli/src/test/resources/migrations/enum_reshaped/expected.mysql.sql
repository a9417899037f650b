-- ======== 20250102030405_add_status_review_and_more.sql
-- LaForge migration for MySQL/MariaDB. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   set default of notes.status
--   add value 'review' to enum status
-- Deferred to the _fallback.sql file of the same name (destructive or data-dependent):
--   remove value 'archived' from enum status (LF404)

-- set default of notes.status
ALTER TABLE `notes` MODIFY COLUMN `status` ENUM('draft','review','published') NOT NULL DEFAULT 'review';

-- add value 'review' to enum status
ALTER TABLE `notes` MODIFY COLUMN `previous` ENUM('draft','review','published','archived');
-- ======== 20250102030405_add_status_review_and_more_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (MySQL/MariaDB).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   remove value 'archived' from enum status (LF404)

-- remove value 'archived' from enum status
-- WARNING LF404: removing value 'archived' from enum status fails or loses data for rows that hold it
-- Rows holding 'archived' must be changed first, e.g.:
-- UPDATE `notes` SET `status` = '<another value>' WHERE `status` = 'archived';
-- UPDATE `notes` SET `previous` = '<another value>' WHERE `previous` = 'archived';
ALTER TABLE `notes` MODIFY COLUMN `previous` ENUM('draft','review','published');
-- ======== 20250102030405_add_status_review_and_more.down.sql
-- LaForge migration for MySQL/MariaDB, reversed: undoes the .sql file of the same name, last operation first.

-- undo add value 'review' to enum status
-- no reverse: what this operation deleted or changed cannot be restored from the schema alone

-- undo set default of notes.status
ALTER TABLE `notes` MODIFY COLUMN `status` ENUM('draft','published','archived') NOT NULL DEFAULT 'archived';
-- ======== 20250102030405_add_status_review_and_more.sql with --allow-destructive
-- LaForge migration for MySQL/MariaDB. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   set default of notes.status
--   remove value 'archived' from enum status (LF404)
--   add value 'review' to enum status

-- set default of notes.status
ALTER TABLE `notes` MODIFY COLUMN `status` ENUM('draft','review','published') NOT NULL DEFAULT 'review';

-- remove value 'archived' from enum status
-- WARNING LF404: removing value 'archived' from enum status fails or loses data for rows that hold it
ALTER TABLE `notes` MODIFY COLUMN `previous` ENUM('draft','review','published');

-- add value 'review' to enum status
-- done by the MODIFY COLUMN statements of enum status above
