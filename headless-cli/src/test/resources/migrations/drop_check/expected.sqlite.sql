-- ======== 20250102030405_drop_notes_title_check.sql
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   drop check notes_title_check of notes

-- drop check notes_title_check of notes
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
);
INSERT INTO "notes_laforge_new" ("id", "title") SELECT "id", "title" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";
-- ======== 20250102030405_drop_notes_title_check_fallback.sql
-- (no file)
-- ======== 20250102030405_drop_notes_title_check.down.sql
-- LaForge migration for SQLite, reversed: undoes the .sql file of the same name, last operation first.

-- undo drop check notes_title_check of notes
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "notes_title_check" CHECK (length("title") BETWEEN 1 AND 200)
);
INSERT INTO "notes_laforge_new" ("id", "title") SELECT "id", "title" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";
