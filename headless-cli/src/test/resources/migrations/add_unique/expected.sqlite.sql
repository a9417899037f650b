-- ======== 20250102030405_add_notes_code_unique.sql
-- (no file)
-- ======== 20250102030405_add_notes_code_unique_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (SQLite).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   add unique notes_code_key on notes.code (LF407)

-- add unique notes_code_key on notes.code
-- WARNING LF407: UNIQUE on notes.code fails when existing rows repeat a value
-- Existing rows must not repeat a value; this lists those that do:
-- SELECT "code", count(*) FROM "notes" GROUP BY "code" HAVING count(*) > 1;
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "code" TEXT NOT NULL,
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "notes_code_key" UNIQUE ("code")
);
INSERT INTO "notes_laforge_new" ("id", "code") SELECT "id", "code" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";
-- ======== 20250102030405_add_notes_code_unique.down.sql
-- (no file)
-- ======== 20250102030405_add_notes_code_unique.sql with --allow-destructive
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add unique notes_code_key on notes.code (LF407)

-- add unique notes_code_key on notes.code
-- WARNING LF407: UNIQUE on notes.code fails when existing rows repeat a value
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "code" TEXT NOT NULL,
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "notes_code_key" UNIQUE ("code")
);
INSERT INTO "notes_laforge_new" ("id", "code") SELECT "id", "code" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";
