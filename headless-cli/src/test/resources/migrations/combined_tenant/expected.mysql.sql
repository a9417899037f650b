-- ======== 20250102030405_add_tasks_priority_and_more.sql
-- LaForge migration for MySQL/MariaDB. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   change foreign key tasks_project_id_fkey tasks.project_id -> projects
--   rename column projects.owner to lead (LF412)
--   change type of projects.budget from integer to bigint (LF411)
--   add column tasks.priority
--   add index tasks_project_id_done_idx on tasks
--   drop index tasks_project_id_idx of tasks
-- Deferred to the _fallback.sql file of the same name (destructive or data-dependent):
--   add unique projects_name_key on projects.name (LF407)
--   change check projects_name_check on projects.name (LF408)

-- change foreign key tasks_project_id_fkey tasks.project_id -> projects
ALTER TABLE `tasks` DROP FOREIGN KEY `tasks_project_id_fkey`;

-- rename column projects.owner to lead
-- WARNING LF412: renaming column projects.owner to lead breaks code still running against the previous name
ALTER TABLE `projects` RENAME COLUMN `owner` TO `lead`;

-- change type of projects.budget from integer to bigint
-- WARNING LF411: changing projects.budget from integer to bigint rewrites the whole table under an exclusive lock
ALTER TABLE `projects` MODIFY COLUMN `budget` BIGINT NOT NULL DEFAULT 0;

-- add column tasks.priority
ALTER TABLE `tasks` ADD COLUMN `priority` ENUM('low','normal','high') NOT NULL DEFAULT 'normal';

-- add index tasks_project_id_done_idx on tasks
CREATE INDEX `tasks_project_id_done_idx` ON `tasks` (`project_id`, `done`);

-- change foreign key tasks_project_id_fkey tasks.project_id -> projects
ALTER TABLE `tasks` ADD CONSTRAINT `tasks_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE RESTRICT;

-- drop index tasks_project_id_idx of tasks
DROP INDEX `tasks_project_id_idx` ON `tasks`;
-- ======== 20250102030405_add_tasks_priority_and_more_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (MySQL/MariaDB).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   add unique projects_name_key on projects.name (LF407)
--   change check projects_name_check on projects.name (LF408)

-- add unique projects_name_key on projects.name
-- WARNING LF407: UNIQUE on projects.name fails when existing rows repeat a value
-- Existing rows must not repeat a value; this lists those that do:
-- SELECT `name`, count(*) FROM `projects` GROUP BY `name` HAVING count(*) > 1;
ALTER TABLE `projects` MODIFY COLUMN `name` VARCHAR(200) NOT NULL;
ALTER TABLE `projects` ADD CONSTRAINT `projects_name_key` UNIQUE (`name`);

-- change check projects_name_check on projects.name
-- WARNING LF408: the validation CHECK on projects.name fails when existing rows violate it
-- Existing rows must pass the check; this lists those that do not:
-- SELECT * FROM `projects` WHERE NOT (CHAR_LENGTH(`name`) BETWEEN 1 AND 200);
ALTER TABLE `projects` DROP CONSTRAINT `projects_name_check`;
ALTER TABLE `projects` ADD CONSTRAINT `projects_name_check` CHECK (CHAR_LENGTH(`name`) BETWEEN 1 AND 200);
-- ======== 20250102030405_add_tasks_priority_and_more.down.sql
-- LaForge migration for MySQL/MariaDB, reversed: undoes the .sql file of the same name, last operation first.

-- undo drop index tasks_project_id_idx of tasks
CREATE INDEX `tasks_project_id_idx` ON `tasks` (`project_id`);

-- undo change foreign key tasks_project_id_fkey tasks.project_id -> projects
ALTER TABLE `tasks` DROP FOREIGN KEY `tasks_project_id_fkey`;

-- undo add index tasks_project_id_done_idx on tasks
DROP INDEX `tasks_project_id_done_idx` ON `tasks`;

-- undo add column tasks.priority
ALTER TABLE `tasks` DROP COLUMN `priority`;

-- undo change type of projects.budget from integer to bigint
ALTER TABLE `projects` MODIFY COLUMN `budget` INT NOT NULL DEFAULT 0;

-- undo rename column projects.owner to lead
ALTER TABLE `projects` RENAME COLUMN `lead` TO `owner`;

-- undo change foreign key tasks_project_id_fkey tasks.project_id -> projects
ALTER TABLE `tasks` ADD CONSTRAINT `tasks_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE CASCADE;
-- ======== 20250102030405_add_tasks_priority_and_more.sql with --allow-destructive
-- LaForge migration for MySQL/MariaDB. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   change foreign key tasks_project_id_fkey tasks.project_id -> projects
--   change check projects_name_check on projects.name (LF408)
--   rename column projects.owner to lead (LF412)
--   change type of projects.budget from integer to bigint (LF411)
--   add column tasks.priority
--   add unique projects_name_key on projects.name (LF407)
--   add index tasks_project_id_done_idx on tasks
--   drop index tasks_project_id_idx of tasks

-- change foreign key tasks_project_id_fkey tasks.project_id -> projects
ALTER TABLE `tasks` DROP FOREIGN KEY `tasks_project_id_fkey`;

-- change check projects_name_check on projects.name
-- WARNING LF408: the validation CHECK on projects.name fails when existing rows violate it
ALTER TABLE `projects` DROP CONSTRAINT `projects_name_check`;

-- rename column projects.owner to lead
-- WARNING LF412: renaming column projects.owner to lead breaks code still running against the previous name
ALTER TABLE `projects` RENAME COLUMN `owner` TO `lead`;

-- change type of projects.budget from integer to bigint
-- WARNING LF411: changing projects.budget from integer to bigint rewrites the whole table under an exclusive lock
ALTER TABLE `projects` MODIFY COLUMN `budget` BIGINT NOT NULL DEFAULT 0;

-- add column tasks.priority
ALTER TABLE `tasks` ADD COLUMN `priority` ENUM('low','normal','high') NOT NULL DEFAULT 'normal';

-- add unique projects_name_key on projects.name
-- WARNING LF407: UNIQUE on projects.name fails when existing rows repeat a value
ALTER TABLE `projects` MODIFY COLUMN `name` VARCHAR(200) NOT NULL;
ALTER TABLE `projects` ADD CONSTRAINT `projects_name_key` UNIQUE (`name`);

-- change check projects_name_check on projects.name
ALTER TABLE `projects` ADD CONSTRAINT `projects_name_check` CHECK (CHAR_LENGTH(`name`) BETWEEN 1 AND 200);

-- add index tasks_project_id_done_idx on tasks
CREATE INDEX `tasks_project_id_done_idx` ON `tasks` (`project_id`, `done`);

-- change foreign key tasks_project_id_fkey tasks.project_id -> projects
ALTER TABLE `tasks` ADD CONSTRAINT `tasks_project_id_fkey` FOREIGN KEY (`project_id`) REFERENCES `projects` (`id`) ON DELETE RESTRICT;

-- drop index tasks_project_id_idx of tasks
DROP INDEX `tasks_project_id_idx` ON `tasks`;
