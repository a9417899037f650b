-- ======== 20250102030405_alter_notes_pkey.sql
-- (no file)
-- ======== 20250102030405_alter_notes_pkey_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (SQLite).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   change primary key of notes to (code) (LF407)

-- change primary key of notes to (code)
-- WARNING LF407: the new primary key of notes [code] fails if existing rows repeat or lack its values
-- Existing rows must not repeat a value; this lists those that do:
-- SELECT "code", count(*) FROM "notes" GROUP BY "code" HAVING count(*) > 1;
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "code" TEXT NOT NULL,
  CONSTRAINT "notes_pkey" PRIMARY KEY ("code")
);
INSERT INTO "notes_laforge_new" ("id", "code") SELECT "id", "code" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";
-- ======== 20250102030405_alter_notes_pkey.down.sql
-- (no file)
-- ======== 20250102030405_alter_notes_pkey.sql with --allow-destructive
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   change primary key of notes to (code) (LF407)

-- change primary key of notes to (code)
-- WARNING LF407: the new primary key of notes [code] fails if existing rows repeat or lack its values
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "code" TEXT NOT NULL,
  CONSTRAINT "notes_pkey" PRIMARY KEY ("code")
);
INSERT INTO "notes_laforge_new" ("id", "code") SELECT "id", "code" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";
