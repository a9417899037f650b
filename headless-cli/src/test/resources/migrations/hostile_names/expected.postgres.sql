-- ======== 20250102030405_add_orders_select.sql
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add column orders.select
--   set default of orders.group
--   add index orders_group_idx on orders (LF410)

-- add column orders.select
ALTER TABLE "orders" ADD COLUMN "select" text;

-- set default of orders.group
ALTER TABLE "orders" ALTER COLUMN "group" SET DEFAULT 'it''s "quoted"';

-- add index orders_group_idx on orders
-- WARNING LF410: building orders_group_idx on orders without CONCURRENTLY blocks writes to the table until it is done
-- LF410: to build it without blocking writes, run it first as CREATE INDEX CONCURRENTLY outside a transaction,
-- then delete the next statement from this file.
CREATE INDEX "orders_group_idx" ON "orders" ("group");
-- ======== 20250102030405_add_orders_select_fallback.sql
-- (no file)
-- ======== 20250102030405_add_orders_select.down.sql
-- LaForge migration for PostgreSQL, reversed: undoes the .sql file of the same name, last operation first.

-- undo add index orders_group_idx on orders
DROP INDEX "orders_group_idx";

-- undo set default of orders.group
ALTER TABLE "orders" ALTER COLUMN "group" SET DEFAULT 'it''s';

-- undo add column orders.select
ALTER TABLE "orders" DROP COLUMN "select";
