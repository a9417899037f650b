-- ======== 20250102030405_alter_notes_hits.sql
-- (no file)
-- ======== 20250102030405_alter_notes_hits_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (MySQL/MariaDB).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   change type of notes.hits from bigint to integer (LF403, LF411)

-- change type of notes.hits from bigint to integer
-- WARNING LF403: changing notes.hits from bigint to integer may fail or lose data for values the new type cannot hold
-- WARNING LF411: changing notes.hits from bigint to integer rewrites the whole table under an exclusive lock
-- A shadow column takes the converted values; the old column is kept under a new name.
-- Its indexes and constraints stay on the old column: re-create them on the new one (see schema.sql).
ALTER TABLE `notes` ADD COLUMN `hits_new_20250102030405` INT;
UPDATE `notes` SET `hits_new_20250102030405` = `hits`;
ALTER TABLE `notes` RENAME COLUMN `hits` TO `hits_deprecated_20250102030405`;
ALTER TABLE `notes` RENAME COLUMN `hits_new_20250102030405` TO `hits`;
ALTER TABLE `notes` MODIFY COLUMN `hits_deprecated_20250102030405` BIGINT;
ALTER TABLE `notes` MODIFY COLUMN `hits` INT NOT NULL DEFAULT 0;
-- ======== 20250102030405_alter_notes_hits.down.sql
-- (no file)
-- ======== 20250102030405_alter_notes_hits.sql with --allow-destructive
-- LaForge migration for MySQL/MariaDB. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   change type of notes.hits from bigint to integer (LF403, LF411)

-- change type of notes.hits from bigint to integer
-- WARNING LF403: changing notes.hits from bigint to integer may fail or lose data for values the new type cannot hold
-- WARNING LF411: changing notes.hits from bigint to integer rewrites the whole table under an exclusive lock
ALTER TABLE `notes` MODIFY COLUMN `hits` INT NOT NULL DEFAULT 0;
