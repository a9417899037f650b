-- ======== 20250102030405_drop_notes_tenant_id.sql
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   drop policy laforge_notes_create of notes
--   drop policy laforge_notes_delete of notes
--   drop policy laforge_notes_read of notes
--   drop policy laforge_notes_tenant_guard of notes (LF413)
--   drop policy laforge_notes_update of notes
-- Deferred to the _fallback.sql file of the same name (destructive or data-dependent):
--   drop column notes.tenant_id (LF402)

-- drop policy laforge_notes_create of notes
DROP POLICY "laforge_notes_create" ON "notes";

-- drop policy laforge_notes_delete of notes
DROP POLICY "laforge_notes_delete" ON "notes";

-- drop policy laforge_notes_read of notes
DROP POLICY "laforge_notes_read" ON "notes";

-- drop policy laforge_notes_tenant_guard of notes
-- WARNING LF413: the tenant guard of notes is removed: rows of every tenant become reachable
DROP POLICY "laforge_notes_tenant_guard" ON "notes";

-- drop policy laforge_notes_update of notes
DROP POLICY "laforge_notes_update" ON "notes";
-- ======== 20250102030405_drop_notes_tenant_id_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (PostgreSQL).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   drop column notes.tenant_id (LF402)

-- drop column notes.tenant_id
-- WARNING LF402: dropping column notes.tenant_id deletes its values
-- Kept under a new name, and nullable so inserts that omit it succeed: drop it once nothing reads it.
ALTER TABLE "notes" RENAME COLUMN "tenant_id" TO "tenant_id_deprecated_20250102030405";
ALTER TABLE "notes" ALTER COLUMN "tenant_id_deprecated_20250102030405" DROP NOT NULL;
-- ======== 20250102030405_drop_notes_tenant_id.down.sql
-- LaForge migration for PostgreSQL, reversed: undoes the .sql file of the same name, last operation first.

-- undo drop policy laforge_notes_update of notes
CREATE POLICY "laforge_notes_update" ON "notes" AS PERMISSIVE FOR UPDATE
  USING (TRUE)
  WITH CHECK (TRUE);

-- undo drop policy laforge_notes_tenant_guard of notes
CREATE POLICY "laforge_notes_tenant_guard" ON "notes" AS RESTRICTIVE FOR ALL
  USING ("notes"."tenant_id" = (SELECT laforge_tenant_id()))
  WITH CHECK ("notes"."tenant_id" = (SELECT laforge_tenant_id()));

-- undo drop policy laforge_notes_read of notes
CREATE POLICY "laforge_notes_read" ON "notes" AS PERMISSIVE FOR SELECT
  USING (TRUE);

-- undo drop policy laforge_notes_delete of notes
CREATE POLICY "laforge_notes_delete" ON "notes" AS PERMISSIVE FOR DELETE
  USING (TRUE);

-- undo drop policy laforge_notes_create of notes
CREATE POLICY "laforge_notes_create" ON "notes" AS PERMISSIVE FOR INSERT
  WITH CHECK (TRUE);
-- ======== 20250102030405_drop_notes_tenant_id.sql with --allow-destructive
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   drop policy laforge_notes_create of notes
--   drop policy laforge_notes_delete of notes
--   drop policy laforge_notes_read of notes
--   drop policy laforge_notes_tenant_guard of notes (LF413)
--   drop policy laforge_notes_update of notes
--   drop column notes.tenant_id (LF402)

-- drop policy laforge_notes_create of notes
DROP POLICY "laforge_notes_create" ON "notes";

-- drop policy laforge_notes_delete of notes
DROP POLICY "laforge_notes_delete" ON "notes";

-- drop policy laforge_notes_read of notes
DROP POLICY "laforge_notes_read" ON "notes";

-- drop policy laforge_notes_tenant_guard of notes
-- WARNING LF413: the tenant guard of notes is removed: rows of every tenant become reachable
DROP POLICY "laforge_notes_tenant_guard" ON "notes";

-- drop policy laforge_notes_update of notes
DROP POLICY "laforge_notes_update" ON "notes";

-- drop column notes.tenant_id
-- WARNING LF402: dropping column notes.tenant_id deletes its values
ALTER TABLE "notes" DROP COLUMN "tenant_id";
