-- ======== 20250102030405_add_members_badge.sql
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add column members.badge
--   add column members.nickname
--   add column members.team_id
--   add unique members_badge_key on members.badge
--   add check members_nickname_check on members.nickname
--   add foreign key members_team_id_fkey members.team_id -> teams
--   add index members_team_id_idx on members

-- add column members.badge
-- SQLite cannot make this change in place: "members" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "members_laforge_new" (
  "id" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "nickname" TEXT,
  "badge" TEXT,
  "team_id" TEXT,
  CONSTRAINT "members_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "members_badge_key" UNIQUE ("badge"),
  CONSTRAINT "members_nickname_check" CHECK (length("nickname") BETWEEN 1 AND 40),
  CONSTRAINT "members_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE CASCADE
);
INSERT INTO "members_laforge_new" ("id", "name") SELECT "id", "name" FROM "members";
DROP TABLE "members";
ALTER TABLE "members_laforge_new" RENAME TO "members";
CREATE INDEX "members_team_id_idx" ON "members" ("team_id");

-- add column members.nickname
-- done by the rebuild of "members" above

-- add column members.team_id
-- done by the rebuild of "members" above

-- add unique members_badge_key on members.badge
-- done by the rebuild of "members" above

-- add check members_nickname_check on members.nickname
-- done by the rebuild of "members" above

-- add foreign key members_team_id_fkey members.team_id -> teams
-- done by the rebuild of "members" above

-- add index members_team_id_idx on members
-- done by the rebuild of "members" above
-- ======== 20250102030405_add_members_badge_fallback.sql
-- (no file)
-- ======== 20250102030405_add_members_badge.down.sql
-- LaForge migration for SQLite, reversed: undoes the .sql file of the same name, last operation first.

-- undo add column members.badge
-- SQLite cannot make this change in place: "members" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "members_laforge_new" (
  "id" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  CONSTRAINT "members_pkey" PRIMARY KEY ("id")
);
INSERT INTO "members_laforge_new" ("id", "name") SELECT "id", "name" FROM "members";
DROP TABLE "members";
ALTER TABLE "members_laforge_new" RENAME TO "members";
