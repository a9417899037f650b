-- ======== 20250102030405_add_notes_ref.sql
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add column notes.ref

-- add column notes.ref
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  "ref" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
);
INSERT INTO "notes_laforge_new" ("id", "title") SELECT "id", "title" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";
-- ======== 20250102030405_add_notes_ref_fallback.sql
-- (no file)
-- ======== 20250102030405_add_notes_ref.down.sql
-- LaForge migration for SQLite, reversed: undoes the .sql file of the same name, last operation first.

-- undo add column notes.ref
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
);
INSERT INTO "notes_laforge_new" ("id", "title") SELECT "id", "title" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";
