-- ======== 20250102030405_remove_stage_lost_and_more.sql
-- LaForge migration for MySQL/MariaDB. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   change type of deals.score from integer to bigint (LF411)
-- Deferred to the _fallback.sql file of the same name (destructive or data-dependent):
--   remove value 'lost' from enum stage (LF404)

-- change type of deals.score from integer to bigint
-- WARNING LF411: changing deals.score from integer to bigint rewrites the whole table under an exclusive lock
ALTER TABLE `deals` MODIFY COLUMN `score` BIGINT NOT NULL;
-- ======== 20250102030405_remove_stage_lost_and_more_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (MySQL/MariaDB).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   remove value 'lost' from enum stage (LF404)

-- remove value 'lost' from enum stage
-- WARNING LF404: removing value 'lost' from enum stage fails or loses data for rows that hold it
-- Rows holding 'lost' must be changed first, e.g.:
-- UPDATE `deals` SET `stage` = '<another value>' WHERE `stage` = 'lost';
ALTER TABLE `deals` MODIFY COLUMN `stage` ENUM('open','won','archived') NOT NULL DEFAULT 'open';
-- ======== 20250102030405_remove_stage_lost_and_more.down.sql
-- LaForge migration for MySQL/MariaDB, reversed: undoes the .sql file of the same name, last operation first.

-- undo change type of deals.score from integer to bigint
ALTER TABLE `deals` MODIFY COLUMN `score` INT NOT NULL;
-- ======== 20250102030405_remove_stage_lost_and_more.sql with --allow-destructive
-- LaForge migration for MySQL/MariaDB. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   change type of deals.score from integer to bigint (LF411)
--   remove value 'lost' from enum stage (LF404)

-- change type of deals.score from integer to bigint
-- WARNING LF411: changing deals.score from integer to bigint rewrites the whole table under an exclusive lock
ALTER TABLE `deals` MODIFY COLUMN `score` BIGINT NOT NULL;

-- remove value 'lost' from enum stage
-- WARNING LF404: removing value 'lost' from enum stage fails or loses data for rows that hold it
ALTER TABLE `deals` MODIFY COLUMN `stage` ENUM('open','won','archived') NOT NULL DEFAULT 'open';
