-- ======== 20250102030405_add_attachments.sql
-- LaForge migration for MySQL/MariaDB. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add index attachments_ticket_id_uploaded_at_idx on attachments
--   drop index attachments_ticket_id_idx of attachments

-- add index attachments_ticket_id_uploaded_at_idx on attachments
CREATE INDEX `attachments_ticket_id_uploaded_at_idx` ON `attachments` (`ticket_id`, `uploaded_at`);

-- drop index attachments_ticket_id_idx of attachments
DROP INDEX `attachments_ticket_id_idx` ON `attachments`;
-- ======== 20250102030405_add_attachments_fallback.sql
-- (no file)
-- ======== 20250102030405_add_attachments.down.sql
-- LaForge migration for MySQL/MariaDB, reversed: undoes the .sql file of the same name, last operation first.

-- undo drop index attachments_ticket_id_idx of attachments
CREATE INDEX `attachments_ticket_id_idx` ON `attachments` (`ticket_id`);

-- undo add index attachments_ticket_id_uploaded_at_idx on attachments
DROP INDEX `attachments_ticket_id_uploaded_at_idx` ON `attachments`;
