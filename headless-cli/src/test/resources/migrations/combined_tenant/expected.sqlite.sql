-- ======== 20250102030405_add_tasks_priority_and_more.sql
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   add column tasks.priority
--   change foreign key tasks_project_id_fkey tasks.project_id -> projects
--   drop index tasks_project_id_idx of tasks
--   add index tasks_project_id_done_idx on tasks
-- Deferred to the _fallback.sql file of the same name (destructive or data-dependent):
--   rename column projects.owner to lead (LF412)
--   change type of projects.budget from integer to bigint (LF411)
--   add unique projects_name_key on projects.name (LF407)
--   change check projects_name_check on projects.name (LF408)

-- add column tasks.priority
-- SQLite cannot make this change in place: "tasks" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "tasks_laforge_new" (
  "id" TEXT NOT NULL,
  "tenant_id" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  "done" INTEGER NOT NULL DEFAULT 0 CHECK ("done" IN (0, 1)),
  "priority" TEXT NOT NULL DEFAULT 'normal' CHECK ("priority" IN ('low', 'normal', 'high')),
  "project_id" TEXT NOT NULL,
  CONSTRAINT "tasks_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "tasks_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON DELETE RESTRICT
);
INSERT INTO "tasks_laforge_new" ("id", "tenant_id", "title", "done", "project_id") SELECT "id", "tenant_id", "title", "done", "project_id" FROM "tasks";
DROP TABLE "tasks";
ALTER TABLE "tasks_laforge_new" RENAME TO "tasks";
CREATE INDEX "tasks_project_id_done_idx" ON "tasks" ("project_id", "done");
CREATE INDEX "tasks_tenant_id_idx" ON "tasks" ("tenant_id");

-- change foreign key tasks_project_id_fkey tasks.project_id -> projects
-- done by the rebuild of "tasks" above

-- drop index tasks_project_id_idx of tasks
-- done by the rebuild of "tasks" above

-- add index tasks_project_id_done_idx on tasks
-- done by the rebuild of "tasks" above
-- ======== 20250102030405_add_tasks_priority_and_more_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (SQLite).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   rename column projects.owner to lead (LF412)
--   change type of projects.budget from integer to bigint (LF411)
--   add unique projects_name_key on projects.name (LF407)
--   change check projects_name_check on projects.name (LF408)

-- rename column projects.owner to lead
-- WARNING LF412: renaming column projects.owner to lead breaks code still running against the previous name
-- Existing rows must not repeat a value; this lists those that do:
-- SELECT "name", count(*) FROM "projects" GROUP BY "name" HAVING count(*) > 1;
-- Existing rows must pass the new CHECK, or the copy below fails.
-- SQLite cannot make this change in place: "projects" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "projects_laforge_new" (
  "id" TEXT NOT NULL,
  "tenant_id" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "budget" INTEGER NOT NULL DEFAULT 0,
  "lead" TEXT,
  CONSTRAINT "projects_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "projects_name_key" UNIQUE ("name"),
  CONSTRAINT "projects_name_check" CHECK (length("name") BETWEEN 1 AND 200),
  CONSTRAINT "projects_budget_check" CHECK ("budget" >= 0)
);
INSERT INTO "projects_laforge_new" ("id", "tenant_id", "name", "budget", "lead") SELECT "id", "tenant_id", "name", "budget", "owner" FROM "projects";
DROP TABLE "projects";
ALTER TABLE "projects_laforge_new" RENAME TO "projects";
CREATE INDEX "projects_tenant_id_idx" ON "projects" ("tenant_id");

-- change type of projects.budget from integer to bigint
-- WARNING LF411: changing projects.budget from integer to bigint rewrites the whole table under an exclusive lock
-- done by the rebuild of "projects" above

-- add unique projects_name_key on projects.name
-- WARNING LF407: UNIQUE on projects.name fails when existing rows repeat a value
-- done by the rebuild of "projects" above

-- change check projects_name_check on projects.name
-- WARNING LF408: the validation CHECK on projects.name fails when existing rows violate it
-- done by the rebuild of "projects" above
-- ======== 20250102030405_add_tasks_priority_and_more.down.sql
-- LaForge migration for SQLite, reversed: undoes the .sql file of the same name, last operation first.

-- undo add column tasks.priority
-- SQLite cannot make this change in place: "tasks" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "tasks_laforge_new" (
  "id" TEXT NOT NULL,
  "tenant_id" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  "done" INTEGER NOT NULL DEFAULT 0 CHECK ("done" IN (0, 1)),
  "project_id" TEXT NOT NULL,
  CONSTRAINT "tasks_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "tasks_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON DELETE CASCADE
);
INSERT INTO "tasks_laforge_new" ("id", "tenant_id", "title", "done", "project_id") SELECT "id", "tenant_id", "title", "done", "project_id" FROM "tasks";
DROP TABLE "tasks";
ALTER TABLE "tasks_laforge_new" RENAME TO "tasks";
CREATE INDEX "tasks_project_id_idx" ON "tasks" ("project_id");
CREATE INDEX "tasks_tenant_id_idx" ON "tasks" ("tenant_id");
-- ======== 20250102030405_add_tasks_priority_and_more.sql with --allow-destructive
-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   rename column projects.owner to lead (LF412)
--   change type of projects.budget from integer to bigint (LF411)
--   add column tasks.priority
--   add unique projects_name_key on projects.name (LF407)
--   change check projects_name_check on projects.name (LF408)
--   change foreign key tasks_project_id_fkey tasks.project_id -> projects
--   drop index tasks_project_id_idx of tasks
--   add index tasks_project_id_done_idx on tasks

-- rename column projects.owner to lead
-- WARNING LF412: renaming column projects.owner to lead breaks code still running against the previous name
-- SQLite cannot make this change in place: "projects" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "projects_laforge_new" (
  "id" TEXT NOT NULL,
  "tenant_id" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "budget" INTEGER NOT NULL DEFAULT 0,
  "lead" TEXT,
  CONSTRAINT "projects_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "projects_name_key" UNIQUE ("name"),
  CONSTRAINT "projects_name_check" CHECK (length("name") BETWEEN 1 AND 200),
  CONSTRAINT "projects_budget_check" CHECK ("budget" >= 0)
);
INSERT INTO "projects_laforge_new" ("id", "tenant_id", "name", "budget", "lead") SELECT "id", "tenant_id", "name", "budget", "owner" FROM "projects";
DROP TABLE "projects";
ALTER TABLE "projects_laforge_new" RENAME TO "projects";
CREATE INDEX "projects_tenant_id_idx" ON "projects" ("tenant_id");

-- change type of projects.budget from integer to bigint
-- WARNING LF411: changing projects.budget from integer to bigint rewrites the whole table under an exclusive lock
-- done by the rebuild of "projects" above

-- add column tasks.priority
-- SQLite cannot make this change in place: "tasks" is rebuilt (PRAGMA foreign_keys must be OFF).
CREATE TABLE "tasks_laforge_new" (
  "id" TEXT NOT NULL,
  "tenant_id" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  "done" INTEGER NOT NULL DEFAULT 0 CHECK ("done" IN (0, 1)),
  "priority" TEXT NOT NULL DEFAULT 'normal' CHECK ("priority" IN ('low', 'normal', 'high')),
  "project_id" TEXT NOT NULL,
  CONSTRAINT "tasks_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "tasks_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON DELETE RESTRICT
);
INSERT INTO "tasks_laforge_new" ("id", "tenant_id", "title", "done", "project_id") SELECT "id", "tenant_id", "title", "done", "project_id" FROM "tasks";
DROP TABLE "tasks";
ALTER TABLE "tasks_laforge_new" RENAME TO "tasks";
CREATE INDEX "tasks_project_id_done_idx" ON "tasks" ("project_id", "done");
CREATE INDEX "tasks_tenant_id_idx" ON "tasks" ("tenant_id");

-- add unique projects_name_key on projects.name
-- WARNING LF407: UNIQUE on projects.name fails when existing rows repeat a value
-- done by the rebuild of "projects" above

-- change check projects_name_check on projects.name
-- WARNING LF408: the validation CHECK on projects.name fails when existing rows violate it
-- done by the rebuild of "projects" above

-- change foreign key tasks_project_id_fkey tasks.project_id -> projects
-- done by the rebuild of "tasks" above

-- drop index tasks_project_id_idx of tasks
-- done by the rebuild of "tasks" above

-- add index tasks_project_id_done_idx on tasks
-- done by the rebuild of "tasks" above
