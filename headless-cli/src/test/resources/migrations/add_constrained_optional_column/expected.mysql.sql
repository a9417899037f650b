-- ======== 20250102030405_add_members_badge.sql
-- LaForge migration for MySQL/MariaDB. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add column members.badge
--   add column members.nickname
--   add column members.team_id
--   add unique members_badge_key on members.badge
--   add check members_nickname_check on members.nickname
--   add index members_team_id_idx on members
--   add foreign key members_team_id_fkey members.team_id -> teams

-- add column members.badge
ALTER TABLE `members` ADD COLUMN `badge` VARCHAR(255);

-- add column members.nickname
ALTER TABLE `members` ADD COLUMN `nickname` VARCHAR(40);

-- add column members.team_id
ALTER TABLE `members` ADD COLUMN `team_id` CHAR(36);

-- add unique members_badge_key on members.badge
ALTER TABLE `members` ADD CONSTRAINT `members_badge_key` UNIQUE (`badge`);

-- add check members_nickname_check on members.nickname
ALTER TABLE `members` ADD CONSTRAINT `members_nickname_check` CHECK (CHAR_LENGTH(`nickname`) BETWEEN 1 AND 40);

-- add index members_team_id_idx on members
CREATE INDEX `members_team_id_idx` ON `members` (`team_id`);

-- add foreign key members_team_id_fkey members.team_id -> teams
ALTER TABLE `members` ADD CONSTRAINT `members_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE;
-- ======== 20250102030405_add_members_badge_fallback.sql
-- (no file)
-- ======== 20250102030405_add_members_badge.down.sql
-- LaForge migration for MySQL/MariaDB, reversed: undoes the .sql file of the same name, last operation first.

-- undo add foreign key members_team_id_fkey members.team_id -> teams
ALTER TABLE `members` DROP FOREIGN KEY `members_team_id_fkey`;

-- undo add index members_team_id_idx on members
DROP INDEX `members_team_id_idx` ON `members`;

-- undo add check members_nickname_check on members.nickname
ALTER TABLE `members` DROP CONSTRAINT `members_nickname_check`;

-- undo add unique members_badge_key on members.badge
ALTER TABLE `members` DROP INDEX `members_badge_key`;

-- undo add column members.team_id
ALTER TABLE `members` DROP COLUMN `team_id`;

-- undo add column members.nickname
ALTER TABLE `members` DROP COLUMN `nickname`;

-- undo add column members.badge
ALTER TABLE `members` DROP COLUMN `badge`;
