-- ======== 20250102030405_add_orders_select.sql
-- LaForge migration for MySQL/MariaDB. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add column orders.select
--   set default of orders.group
--   add index orders_group_idx on orders

-- add column orders.select
ALTER TABLE `orders` ADD COLUMN `select` VARCHAR(255);

-- set default of orders.group
ALTER TABLE `orders` MODIFY COLUMN `group` VARCHAR(255) NOT NULL DEFAULT 'it''s "quoted"';

-- add index orders_group_idx on orders
CREATE INDEX `orders_group_idx` ON `orders` (`group`);
-- ======== 20250102030405_add_orders_select_fallback.sql
-- (no file)
-- ======== 20250102030405_add_orders_select.down.sql
-- LaForge migration for MySQL/MariaDB, reversed: undoes the .sql file of the same name, last operation first.

-- undo add index orders_group_idx on orders
DROP INDEX `orders_group_idx` ON `orders`;

-- undo set default of orders.group
ALTER TABLE `orders` MODIFY COLUMN `group` VARCHAR(255) NOT NULL DEFAULT 'it''s';

-- undo add column orders.select
ALTER TABLE `orders` DROP COLUMN `select`;
