-- ======== 20250102030405_remove_stage_lost_and_more.sql
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   change type of deals.score from integer to bigint (LF411)
-- Deferred to the _fallback.sql file of the same name (destructive or data-dependent):
--   remove value 'lost' from enum stage (LF404)

-- change type of deals.score from integer to bigint
-- WARNING LF411: changing deals.score from integer to bigint rewrites the whole table under an exclusive lock
-- PostgreSQL cannot change the type of a column a policy reads: these policies are dropped and re-created.
DROP POLICY "laforge_deals_read" ON "deals";
ALTER TABLE "deals" ALTER COLUMN "score" TYPE bigint USING "score"::bigint;
CREATE POLICY "laforge_deals_read" ON "deals" AS PERMISSIVE FOR SELECT
  USING (CAST("deals"."stage" AS text) <> 'archived' AND "deals"."score" > 10);
-- ======== 20250102030405_remove_stage_lost_and_more_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (PostgreSQL).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   remove value 'lost' from enum stage (LF404)

-- remove value 'lost' from enum stage
-- WARNING LF404: removing value 'lost' from enum stage fails or loses data for rows that hold it
-- Rows holding 'lost' must be changed first, e.g.:
-- UPDATE "deals" SET "stage" = '<another value>' WHERE "stage" = 'lost';
-- PostgreSQL cannot change the type of a column a policy reads: these policies are dropped and re-created.
DROP POLICY "laforge_deals_read" ON "deals";
-- PostgreSQL cannot remove an enum value: the type is re-created and its columns converted.
ALTER TYPE "stage" RENAME TO "stage_old_20250102030405";
CREATE TYPE "stage" AS ENUM ('open', 'won', 'archived');
ALTER TABLE "deals" ALTER COLUMN "stage" DROP DEFAULT;
ALTER TABLE "deals" ALTER COLUMN "stage" TYPE "stage" USING "stage"::text::"stage";
ALTER TABLE "deals" ALTER COLUMN "stage" SET DEFAULT 'open';
DROP TYPE "stage_old_20250102030405";
CREATE POLICY "laforge_deals_read" ON "deals" AS PERMISSIVE FOR SELECT
  USING (CAST("deals"."stage" AS text) <> 'archived' AND "deals"."score" > 10);
-- ======== 20250102030405_remove_stage_lost_and_more.down.sql
-- LaForge migration for PostgreSQL, reversed: undoes the .sql file of the same name, last operation first.

-- undo change type of deals.score from integer to bigint
-- PostgreSQL cannot change the type of a column a policy reads: these policies are dropped and re-created.
DROP POLICY "laforge_deals_read" ON "deals";
ALTER TABLE "deals" ALTER COLUMN "score" TYPE integer USING "score"::integer;
CREATE POLICY "laforge_deals_read" ON "deals" AS PERMISSIVE FOR SELECT
  USING (CAST("deals"."stage" AS text) <> 'archived' AND "deals"."score" > 10);
-- ======== 20250102030405_remove_stage_lost_and_more.sql with --allow-destructive
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   change type of deals.score from integer to bigint (LF411)
--   remove value 'lost' from enum stage (LF404)

-- change type of deals.score from integer to bigint
-- WARNING LF411: changing deals.score from integer to bigint rewrites the whole table under an exclusive lock
-- PostgreSQL cannot change the type of a column a policy reads: these policies are dropped and re-created.
DROP POLICY "laforge_deals_read" ON "deals";
ALTER TABLE "deals" ALTER COLUMN "score" TYPE bigint USING "score"::bigint;
CREATE POLICY "laforge_deals_read" ON "deals" AS PERMISSIVE FOR SELECT
  USING (CAST("deals"."stage" AS text) <> 'archived' AND "deals"."score" > 10);

-- remove value 'lost' from enum stage
-- WARNING LF404: removing value 'lost' from enum stage fails or loses data for rows that hold it
-- PostgreSQL cannot change the type of a column a policy reads: these policies are dropped and re-created.
DROP POLICY "laforge_deals_read" ON "deals";
-- PostgreSQL cannot remove an enum value: the type is re-created and its columns converted.
ALTER TYPE "stage" RENAME TO "stage_old_20250102030405";
CREATE TYPE "stage" AS ENUM ('open', 'won', 'archived');
ALTER TABLE "deals" ALTER COLUMN "stage" DROP DEFAULT;
ALTER TABLE "deals" ALTER COLUMN "stage" TYPE "stage" USING "stage"::text::"stage";
ALTER TABLE "deals" ALTER COLUMN "stage" SET DEFAULT 'open';
DROP TYPE "stage_old_20250102030405";
CREATE POLICY "laforge_deals_read" ON "deals" AS PERMISSIVE FOR SELECT
  USING (CAST("deals"."stage" AS text) <> 'archived' AND "deals"."score" > 10);
