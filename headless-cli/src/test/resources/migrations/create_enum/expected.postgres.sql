-- ======== 20250102030405_add_status_and_more.sql
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   create enum status
--   add column notes.status

-- create enum status
CREATE TYPE "status" AS ENUM ('draft', 'published');

-- add column notes.status
ALTER TABLE "notes" ADD COLUMN "status" "status" NOT NULL DEFAULT 'draft';
-- ======== 20250102030405_add_status_and_more_fallback.sql
-- (no file)
-- ======== 20250102030405_add_status_and_more.down.sql
-- LaForge migration for PostgreSQL, reversed: undoes the .sql file of the same name, last operation first.

-- undo add column notes.status
ALTER TABLE "notes" DROP COLUMN "status";

-- undo create enum status
DROP TYPE "status";
