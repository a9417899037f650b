-- ======== 20250102030405_add_attachments.sql
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   drop index attachments_ticket_id_idx of attachments
--   add index attachments_ticket_id_uploaded_at_idx on attachments (LF410)

-- drop index attachments_ticket_id_idx of attachments
DROP INDEX "attachments_ticket_id_idx";

-- add index attachments_ticket_id_uploaded_at_idx on attachments
-- WARNING LF410: building attachments_ticket_id_uploaded_at_idx on attachments without CONCURRENTLY blocks writes to the table until it is done
-- LF410: to build it without blocking writes, run it first as CREATE INDEX CONCURRENTLY outside a transaction,
-- then delete the next statement from this file.
CREATE INDEX "attachments_ticket_id_uploaded_at_idx" ON "attachments" ("ticket_id", "uploaded_at");
-- ======== 20250102030405_add_attachments_fallback.sql
-- (no file)
-- ======== 20250102030405_add_attachments.down.sql
-- LaForge migration for PostgreSQL, reversed: undoes the .sql file of the same name, last operation first.

-- undo add index attachments_ticket_id_uploaded_at_idx on attachments
DROP INDEX "attachments_ticket_id_uploaded_at_idx";

-- undo drop index attachments_ticket_id_idx of attachments
CREATE INDEX "attachments_ticket_id_idx" ON "attachments" ("ticket_id");
