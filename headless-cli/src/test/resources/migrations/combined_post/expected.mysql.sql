-- ======== 20250102030405_add_posts_views.sql
-- LaForge migration for MySQL/MariaDB. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   rename column posts.title to heading (LF412)
--   add index posts_heading_idx on posts
-- Deferred to the _fallback.sql file of the same name (destructive or data-dependent):
--   drop column posts.legacy (LF402)
--   add column posts.views (LF405)

-- rename column posts.title to heading
-- WARNING LF412: renaming column posts.title to heading breaks code still running against the previous name
ALTER TABLE `posts` RENAME COLUMN `title` TO `heading`;

-- add index posts_heading_idx on posts
CREATE INDEX `posts_heading_idx` ON `posts` (`heading`);
-- ======== 20250102030405_add_posts_views_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (MySQL/MariaDB).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   drop column posts.legacy (LF402)
--   add column posts.views (LF405)

-- drop column posts.legacy
-- WARNING LF402: dropping column posts.legacy deletes its values
-- Kept under a new name, and nullable so inserts that omit it succeed: drop it once nothing reads it.
ALTER TABLE `posts` CHANGE COLUMN `legacy` `legacy_deprecated_20250102030405` VARCHAR(255);

-- add column posts.views
-- WARNING LF405: adding NOT NULL column posts.views without a default fails when the table has rows
ALTER TABLE `posts` ADD COLUMN `views` INT;
-- Fill the column before it becomes NOT NULL, e.g.:
-- UPDATE `posts` SET `views` = <value> WHERE `views` IS NULL;
ALTER TABLE `posts` MODIFY COLUMN `views` INT NOT NULL;
-- ======== 20250102030405_add_posts_views.down.sql
-- LaForge migration for MySQL/MariaDB, reversed: undoes the .sql file of the same name, last operation first.

-- undo add index posts_heading_idx on posts
DROP INDEX `posts_heading_idx` ON `posts`;

-- undo rename column posts.title to heading
ALTER TABLE `posts` RENAME COLUMN `heading` TO `title`;
-- ======== 20250102030405_add_posts_views.sql with --allow-destructive
-- LaForge migration for MySQL/MariaDB. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   rename column posts.title to heading (LF412)
--   drop column posts.legacy (LF402)
--   add column posts.views (LF405)
--   add index posts_heading_idx on posts

-- rename column posts.title to heading
-- WARNING LF412: renaming column posts.title to heading breaks code still running against the previous name
ALTER TABLE `posts` RENAME COLUMN `title` TO `heading`;

-- drop column posts.legacy
-- WARNING LF402: dropping column posts.legacy deletes its values
ALTER TABLE `posts` DROP COLUMN `legacy`;

-- add column posts.views
-- WARNING LF405: adding NOT NULL column posts.views without a default fails when the table has rows
ALTER TABLE `posts` ADD COLUMN `views` INT NOT NULL;

-- add index posts_heading_idx on posts
CREATE INDEX `posts_heading_idx` ON `posts` (`heading`);
