-- ======== 20250102030405_drop_tags.sql
-- (no file)
-- ======== 20250102030405_drop_tags_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (PostgreSQL).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   drop table tags (LF401)

-- drop table tags
-- WARNING LF401: dropping table tags deletes all its rows
-- Kept under a new name: drop it once nothing reads it.
ALTER TABLE "tags" RENAME TO "tags_deprecated_20250102030405";
-- ======== 20250102030405_drop_tags.down.sql
-- (no file)
-- ======== 20250102030405_drop_tags.sql with --allow-destructive
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   drop table tags (LF401)

-- drop table tags
-- WARNING LF401: dropping table tags deletes all its rows
DROP TABLE "tags";
