-- ======== 20250102030405_add_status_review.sql
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add value 'review' to enum status

-- add value 'review' to enum status
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "status" TEXT NOT NULL DEFAULT 'draft' CHECK ("status" IN ('draft', 'review', 'published')),
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
);
INSERT INTO "notes_laforge_new" ("id", "status") SELECT "id", "status" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";
-- ======== 20250102030405_add_status_review_fallback.sql
-- (no file)
-- ======== 20250102030405_add_status_review.down.sql
-- LaForge migration for SQLite, reversed: undoes the .sql file of the same name, last operation first.

-- undo add value 'review' to enum status
-- SQLite cannot make this change in place: "notes" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "notes_laforge_new" (
  "id" TEXT NOT NULL,
  "status" TEXT NOT NULL DEFAULT 'draft' CHECK ("status" IN ('draft', 'published')),
  CONSTRAINT "notes_pkey" PRIMARY KEY ("id")
);
INSERT INTO "notes_laforge_new" ("id", "status") SELECT "id", "status" FROM "notes";
DROP TABLE "notes";
ALTER TABLE "notes_laforge_new" RENAME TO "notes";
