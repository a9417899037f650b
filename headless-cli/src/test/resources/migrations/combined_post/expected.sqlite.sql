-- ======== 20250102030405_add_posts_views.sql
-- (no file)
-- ======== 20250102030405_add_posts_views_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (SQLite).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   rename column posts.title to heading (LF412)
--   drop column posts.legacy (LF402)
--   add column posts.views (LF405)
--   add index posts_heading_idx on posts

-- rename column posts.title to heading
-- WARNING LF412: renaming column posts.title to heading breaks code still running against the previous name
-- "views" is NOT NULL without a default: the copy below gives it the value of an existing column or fails; edit its SELECT list to fill it.
-- SQLite cannot make this change in place: "posts" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "posts_laforge_new" (
  "id" TEXT NOT NULL,
  "heading" TEXT NOT NULL,
  "views" INTEGER NOT NULL,
  "legacy_deprecated_20250102030405" TEXT,
  CONSTRAINT "posts_pkey" PRIMARY KEY ("id")
);
INSERT INTO "posts_laforge_new" ("id", "heading", "legacy_deprecated_20250102030405") SELECT "id", "title", "legacy" FROM "posts";
DROP TABLE "posts";
ALTER TABLE "posts_laforge_new" RENAME TO "posts";
CREATE INDEX "posts_heading_idx" ON "posts" ("heading");

-- drop column posts.legacy
-- WARNING LF402: dropping column posts.legacy deletes its values
-- done by the rebuild of "posts" above

-- add column posts.views
-- WARNING LF405: adding NOT NULL column posts.views without a default fails when the table has rows
-- done by the rebuild of "posts" above

-- add index posts_heading_idx on posts
-- done by the rebuild of "posts" above
-- ======== 20250102030405_add_posts_views.down.sql
-- (no file)
-- ======== 20250102030405_add_posts_views.sql with --allow-destructive
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   rename column posts.title to heading (LF412)
--   drop column posts.legacy (LF402)
--   add column posts.views (LF405)
--   add index posts_heading_idx on posts

-- rename column posts.title to heading
-- WARNING LF412: renaming column posts.title to heading breaks code still running against the previous name
-- SQLite cannot make this change in place: "posts" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "posts_laforge_new" (
  "id" TEXT NOT NULL,
  "heading" TEXT NOT NULL,
  "views" INTEGER NOT NULL,
  CONSTRAINT "posts_pkey" PRIMARY KEY ("id")
);
INSERT INTO "posts_laforge_new" ("id", "heading") SELECT "id", "title" FROM "posts";
DROP TABLE "posts";
ALTER TABLE "posts_laforge_new" RENAME TO "posts";
CREATE INDEX "posts_heading_idx" ON "posts" ("heading");

-- drop column posts.legacy
-- WARNING LF402: dropping column posts.legacy deletes its values
-- done by the rebuild of "posts" above

-- add column posts.views
-- WARNING LF405: adding NOT NULL column posts.views without a default fails when the table has rows
-- done by the rebuild of "posts" above

-- add index posts_heading_idx on posts
-- done by the rebuild of "posts" above
