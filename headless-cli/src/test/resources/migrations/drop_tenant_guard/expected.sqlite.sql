-- ======== 20250102030405_drop_notes_tenant_id.sql
-- (no file)
-- ======== 20250102030405_drop_notes_tenant_id_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (SQLite).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   drop column notes.tenant_id (LF402)

-- drop column notes.tenant_id
-- WARNING LF402: dropping column notes.tenant_id deletes its values
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  "tenant_id_deprecated_20250102030405" TEXT,
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
);
INSERT INTO "notes_laforge_new" ("id", "title", "tenant_id_deprecated_20250102030405") SELECT "id", "title", "tenant_id" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";
-- ======== 20250102030405_drop_notes_tenant_id.down.sql
-- (no file)
-- ======== 20250102030405_drop_notes_tenant_id.sql with --allow-destructive
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   drop column notes.tenant_id (LF402)

-- drop column notes.tenant_id
-- WARNING LF402: dropping column notes.tenant_id deletes its values
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
);
INSERT INTO "notes_laforge_new" ("id", "title") SELECT "id", "title" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";
