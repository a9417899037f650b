-- ======== 20250102030405_rename_notes_code.sql
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   rename column notes.code to ref (LF412)
--   rename constraint notes_code_key of notes to notes_ref_key

-- rename column notes.code to ref
-- WARNING LF412: renaming column notes.code to ref breaks code still running against the previous name
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "ref" TEXT NOT NULL,
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "notes_ref_key" UNIQUE ("ref")
);
INSERT INTO "notes_laforge_new" ("id", "ref") SELECT "id", "code" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";

-- rename constraint notes_code_key of notes to notes_ref_key
-- done by the rebuild of "notes" above
-- ======== 20250102030405_rename_notes_code_fallback.sql
-- (no file)
-- ======== 20250102030405_rename_notes_code.down.sql
-- LaForge migration for SQLite, reversed: undoes the .sql file of the same name, last operation first.

-- undo rename column notes.code to ref
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "code" TEXT NOT NULL,
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "notes_code_key" UNIQUE ("code")
);
INSERT INTO "notes_laforge_new" ("id", "code") SELECT "id", "ref" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";
