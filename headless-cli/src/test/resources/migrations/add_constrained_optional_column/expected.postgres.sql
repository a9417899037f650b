-- ======== 20250102030405_add_members_badge.sql
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add column members.badge
--   add column members.nickname
--   add column members.team_id
--   add unique members_badge_key on members.badge (LF410)
--   add check members_nickname_check on members.nickname
--   add index members_team_id_idx on members (LF410)
--   add foreign key members_team_id_fkey members.team_id -> teams

-- add column members.badge
ALTER TABLE "members" ADD COLUMN "badge" text;

-- add column members.nickname
ALTER TABLE "members" ADD COLUMN "nickname" text;

-- add column members.team_id
ALTER TABLE "members" ADD COLUMN "team_id" uuid;

-- add unique members_badge_key on members.badge
-- WARNING LF410: building members_badge_key on members without CONCURRENTLY blocks writes to the table until it is done
ALTER TABLE "members" ADD CONSTRAINT "members_badge_key" UNIQUE ("badge");

-- add check members_nickname_check on members.nickname
ALTER TABLE "members" ADD CONSTRAINT "members_nickname_check" CHECK (char_length("nickname") BETWEEN 1 AND 40);

-- add index members_team_id_idx on members
-- WARNING LF410: building members_team_id_idx on members without CONCURRENTLY blocks writes to the table until it is done
-- LF410: to build it without blocking writes, run it first as CREATE INDEX CONCURRENTLY outside a transaction,
-- then delete the next statement from this file.
CREATE INDEX "members_team_id_idx" ON "members" ("team_id");

-- add foreign key members_team_id_fkey members.team_id -> teams
ALTER TABLE "members" ADD CONSTRAINT "members_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE CASCADE;
-- ======== 20250102030405_add_members_badge_fallback.sql
-- (no file)
-- ======== 20250102030405_add_members_badge.down.sql
-- LaForge migration for PostgreSQL, reversed: undoes the .sql file of the same name, last operation first.

-- undo add foreign key members_team_id_fkey members.team_id -> teams
ALTER TABLE "members" DROP CONSTRAINT "members_team_id_fkey";

-- undo add index members_team_id_idx on members
DROP INDEX "members_team_id_idx";

-- undo add check members_nickname_check on members.nickname
ALTER TABLE "members" DROP CONSTRAINT "members_nickname_check";

-- undo add unique members_badge_key on members.badge
ALTER TABLE "members" DROP CONSTRAINT "members_badge_key";

-- undo add column members.team_id
ALTER TABLE "members" DROP COLUMN "team_id";

-- undo add column members.nickname
ALTER TABLE "members" DROP COLUMN "nickname";

-- undo add column members.badge
ALTER TABLE "members" DROP COLUMN "badge";
