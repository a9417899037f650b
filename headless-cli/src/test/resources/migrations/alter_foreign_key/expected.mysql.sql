-- ======== 20250102030405_alter_notes_author_id_fkey.sql
-- LaForge migration for MySQL/MariaDB. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   change foreign key notes_author_id_fkey notes.author_id -> authors

-- change foreign key notes_author_id_fkey notes.author_id -> authors
ALTER TABLE `notes` DROP FOREIGN KEY `notes_author_id_fkey`;

-- change foreign key notes_author_id_fkey notes.author_id -> authors
ALTER TABLE `notes` ADD CONSTRAINT `notes_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `authors` (`id`) ON DELETE RESTRICT;
-- ======== 20250102030405_alter_notes_author_id_fkey_fallback.sql
-- (no file)
-- ======== 20250102030405_alter_notes_author_id_fkey.down.sql
-- LaForge migration for MySQL/MariaDB, reversed: undoes the .sql file of the same name, last operation first.

-- undo change foreign key notes_author_id_fkey notes.author_id -> authors
ALTER TABLE `notes` DROP FOREIGN KEY `notes_author_id_fkey`;

-- undo change foreign key notes_author_id_fkey notes.author_id -> authors
ALTER TABLE `notes` ADD CONSTRAINT `notes_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `authors` (`id`) ON DELETE CASCADE;
