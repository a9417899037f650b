-- ======== 20250102030405_drop_authors_and_more.sql
-- (no file)
-- ======== 20250102030405_drop_authors_and_more_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (MySQL/MariaDB).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   drop table books (LF401)
--   drop table authors (LF401)

-- drop table books
-- WARNING LF401: dropping table books deletes all its rows
-- Kept under a new name: drop it once nothing reads it.
RENAME TABLE `books` TO `books_deprecated_20250102030405`;

-- drop table authors
-- WARNING LF401: dropping table authors deletes all its rows
-- Kept under a new name: drop it once nothing reads it.
RENAME TABLE `authors` TO `authors_deprecated_20250102030405`;
-- ======== 20250102030405_drop_authors_and_more.down.sql
-- (no file)
-- ======== 20250102030405_drop_authors_and_more.sql with --allow-destructive
-- LaForge migration for MySQL/MariaDB. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   drop table books (LF401)
--   drop table authors (LF401)

-- drop table books
-- WARNING LF401: dropping table books deletes all its rows
DROP TABLE `books`;

-- drop table authors
-- WARNING LF401: dropping table authors deletes all its rows
DROP TABLE `authors`;
