-- ======== 20250102030405_add_status_review.sql
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add value 'review' to enum status

-- add value 'review' to enum status
ALTER TYPE "status" ADD VALUE 'review' AFTER 'draft';
-- ======== 20250102030405_add_status_review_fallback.sql
-- (no file)
-- ======== 20250102030405_add_status_review.down.sql
-- LaForge migration for PostgreSQL, reversed: undoes the .sql file of the same name, last operation first.

-- undo add value 'review' to enum status
-- no reverse: what this operation deleted or changed cannot be restored from the schema alone
