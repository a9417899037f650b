-- ======== 20250102030405_remove_status_archived.sql
-- (no file)
-- ======== 20250102030405_remove_status_archived_fallback.sql
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
ALTER TABLE `notes` MODIFY COLUMN `status` ENUM('draft','published') NOT NULL DEFAULT 'draft';
-- ======== 20250102030405_remove_status_archived.down.sql
-- (no file)
-- ======== 20250102030405_remove_status_archived.sql with --allow-destructive
-- LaForge migration for MySQL/MariaDB. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   remove value 'archived' from enum status (LF404)

-- remove value 'archived' from enum status
-- WARNING LF404: removing value 'archived' from enum status fails or loses data for rows that hold it
ALTER TABLE `notes` MODIFY COLUMN `status` ENUM('draft','published') NOT NULL DEFAULT 'draft';
