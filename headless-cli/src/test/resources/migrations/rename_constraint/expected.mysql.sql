-- ======== 20250102030405_rename_notes_code.sql
-- LaForge migration for MySQL/MariaDB. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   rename column notes.code to ref (LF412)
--   rename constraint notes_code_key of notes to notes_ref_key

-- rename column notes.code to ref
-- WARNING LF412: renaming column notes.code to ref breaks code still running against the previous name
ALTER TABLE `notes` RENAME COLUMN `code` TO `ref`;

-- rename constraint notes_code_key of notes to notes_ref_key
ALTER TABLE `notes` RENAME INDEX `notes_code_key` TO `notes_ref_key`;
-- ======== 20250102030405_rename_notes_code_fallback.sql
-- (no file)
-- ======== 20250102030405_rename_notes_code.down.sql
-- LaForge migration for MySQL/MariaDB, reversed: undoes the .sql file of the same name, last operation first.

-- undo rename constraint notes_code_key of notes to notes_ref_key
ALTER TABLE `notes` RENAME INDEX `notes_ref_key` TO `notes_code_key`;

-- undo rename column notes.code to ref
ALTER TABLE `notes` RENAME COLUMN `ref` TO `code`;
