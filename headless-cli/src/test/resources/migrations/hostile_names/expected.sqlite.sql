-- ======== 20250102030405_add_orders_select.sql
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add column orders.select
--   set default of orders.group
--   add index orders_group_idx on orders

-- add column orders.select
-- SQLite cannot make this change in place: "orders" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "orders_laforge_new" (
  "id" TEXT NOT NULL,
  "group" TEXT NOT NULL DEFAULT 'it''s "quoted"',
  "select" TEXT,
  CONSTRAINT "orders_pkey" PRIMARY KEY ("id")
);
INSERT INTO "orders_laforge_new" ("id", "group") SELECT "id", "group" FROM "orders";
DROP TABLE "orders";
ALTER TABLE "orders_laforge_new" RENAME TO "orders";
CREATE INDEX "orders_group_idx" ON "orders" ("group");

-- set default of orders.group
-- done by the rebuild of "orders" above

-- add index orders_group_idx on orders
-- done by the rebuild of "orders" above
-- ======== 20250102030405_add_orders_select_fallback.sql
-- (no file)
-- ======== 20250102030405_add_orders_select.down.sql
-- LaForge migration for SQLite, reversed: undoes the .sql file of the same name, last operation first.

-- undo add column orders.select
-- SQLite cannot make this change in place: "orders" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "orders_laforge_new" (
  "id" TEXT NOT NULL,
  "group" TEXT NOT NULL DEFAULT 'it''s',
  CONSTRAINT "orders_pkey" PRIMARY KEY ("id")
);
INSERT INTO "orders_laforge_new" ("id", "group") SELECT "id", "group" FROM "orders";
DROP TABLE "orders";
ALTER TABLE "orders_laforge_new" RENAME TO "orders";
