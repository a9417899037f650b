-- ======== 20250102030405_remove_stage_lost_and_more.sql
-- (no file)
-- ======== 20250102030405_remove_stage_lost_and_more_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (SQLite).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   remove value 'lost' from enum stage (LF404)
--   change type of deals.score from integer to bigint (LF411)

-- remove value 'lost' from enum stage
-- WARNING LF404: removing value 'lost' from enum stage fails or loses data for rows that hold it
-- Rows holding 'lost' must be changed first, e.g.:
-- UPDATE "deals" SET "stage" = '<another value>' WHERE "stage" = 'lost';
-- SQLite cannot make this change in place: "deals" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "deals_laforge_new" (
  "id" TEXT NOT NULL,
  "tenant_id" TEXT NOT NULL,
  "stage" TEXT NOT NULL DEFAULT 'open' CHECK ("stage" IN ('open', 'won', 'archived')),
  "score" INTEGER NOT NULL,
  CONSTRAINT "deals_pkey" PRIMARY KEY ("id")
);
INSERT INTO "deals_laforge_new" ("id", "tenant_id", "stage", "score") SELECT "id", "tenant_id", "stage", "score" FROM "deals";
DROP TABLE "deals";
ALTER TABLE "deals_laforge_new" RENAME TO "deals";
CREATE INDEX "deals_tenant_id_idx" ON "deals" ("tenant_id");

-- change type of deals.score from integer to bigint
-- WARNING LF411: changing deals.score from integer to bigint rewrites the whole table under an exclusive lock
-- done by the rebuild of "deals" above
-- ======== 20250102030405_remove_stage_lost_and_more.down.sql
-- (no file)
-- ======== 20250102030405_remove_stage_lost_and_more.sql with --allow-destructive
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   remove value 'lost' from enum stage (LF404)
--   change type of deals.score from integer to bigint (LF411)

-- remove value 'lost' from enum stage
-- WARNING LF404: removing value 'lost' from enum stage fails or loses data for rows that hold it
-- SQLite cannot make this change in place: "deals" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "deals_laforge_new" (
  "id" TEXT NOT NULL,
  "tenant_id" TEXT NOT NULL,
  "stage" TEXT NOT NULL DEFAULT 'open' CHECK ("stage" IN ('open', 'won', 'archived')),
  "score" INTEGER NOT NULL,
  CONSTRAINT "deals_pkey" PRIMARY KEY ("id")
);
INSERT INTO "deals_laforge_new" ("id", "tenant_id", "stage", "score") SELECT "id", "tenant_id", "stage", "score" FROM "deals";
DROP TABLE "deals";
ALTER TABLE "deals_laforge_new" RENAME TO "deals";
CREATE INDEX "deals_tenant_id_idx" ON "deals" ("tenant_id");

-- change type of deals.score from integer to bigint
-- WARNING LF411: changing deals.score from integer to bigint rewrites the whole table under an exclusive lock
-- done by the rebuild of "deals" above
