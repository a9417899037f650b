-- ======== 20250102030405_add_notes_author_id_fkey.sql
-- LaForge migration for MySQL/MariaDB. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add index notes_author_id_idx on notes
-- Deferred to the _fallback.sql file of the same name (destructive or data-dependent):
--   add foreign key notes_author_id_fkey notes.author_id -> authors (LF409)

-- add index notes_author_id_idx on notes
CREATE INDEX `notes_author_id_idx` ON `notes` (`author_id`);
-- ======== 20250102030405_add_notes_author_id_fkey_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (MySQL/MariaDB).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   add foreign key notes_author_id_fkey notes.author_id -> authors (LF409)

-- add foreign key notes_author_id_fkey notes.author_id -> authors
-- WARNING LF409: the foreign key notes.author_id -> authors fails when existing rows reference missing rows
-- Existing rows must reference existing rows; this lists those that do not:
-- SELECT * FROM `notes` WHERE `author_id` IS NOT NULL AND `author_id` NOT IN (SELECT `id` FROM `authors`);
ALTER TABLE `notes` ADD CONSTRAINT `notes_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `authors` (`id`) ON DELETE CASCADE;
-- ======== 20250102030405_add_notes_author_id_fkey.down.sql
-- LaForge migration for MySQL/MariaDB, reversed: undoes the .sql file of the same name, last operation first.

-- undo add index notes_author_id_idx on notes
DROP INDEX `notes_author_id_idx` ON `notes`;
-- ======== 20250102030405_add_notes_author_id_fkey.sql with --allow-destructive
-- LaForge migration for MySQL/MariaDB. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add index notes_author_id_idx on notes
--   add foreign key notes_author_id_fkey notes.author_id -> authors (LF409)

-- add index notes_author_id_idx on notes
CREATE INDEX `notes_author_id_idx` ON `notes` (`author_id`);

-- add foreign key notes_author_id_fkey notes.author_id -> authors
-- WARNING LF409: the foreign key notes.author_id -> authors fails when existing rows reference missing rows
ALTER TABLE `notes` ADD CONSTRAINT `notes_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `authors` (`id`) ON DELETE CASCADE;
