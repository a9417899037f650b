-- ======== 20250102030405_add_priority_and_more.sql
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   change policy laforge_tasks_delete on tasks (LF413)
--   change foreign key tasks_project_id_fkey tasks.project_id -> projects
--   drop index tasks_project_id_idx of tasks
--   create enum priority
--   rename column projects.owner to lead (LF412)
--   change type of projects.budget from integer to bigint (LF411)
--   add column tasks.priority
--   add index tasks_project_id_done_idx on tasks (LF410)
-- Deferred to the _fallback.sql file of the same name (destructive or data-dependent):
--   add unique projects_name_key on projects.name (LF407, LF410)
--   change check projects_name_check on projects.name (LF408)

-- change policy laforge_tasks_delete on tasks
-- WARNING LF413: policy laforge_tasks_delete is weakened: a rule for Task.delete was widened with an alternative (||)
DROP POLICY "laforge_tasks_delete" ON "tasks";

-- change foreign key tasks_project_id_fkey tasks.project_id -> projects
ALTER TABLE "tasks" DROP CONSTRAINT "tasks_project_id_fkey";

-- drop index tasks_project_id_idx of tasks
DROP INDEX "tasks_project_id_idx";

-- create enum priority
CREATE TYPE "priority" AS ENUM ('low', 'normal', 'high');

-- rename column projects.owner to lead
-- WARNING LF412: renaming column projects.owner to lead breaks code still running against the previous name
ALTER TABLE "projects" RENAME COLUMN "owner" TO "lead";

-- change type of projects.budget from integer to bigint
-- WARNING LF411: changing projects.budget from integer to bigint rewrites the whole table under an exclusive lock
ALTER TABLE "projects" ALTER COLUMN "budget" DROP DEFAULT;
ALTER TABLE "projects" ALTER COLUMN "budget" TYPE bigint USING "budget"::bigint;
ALTER TABLE "projects" ALTER COLUMN "budget" SET DEFAULT 0;

-- add column tasks.priority
ALTER TABLE "tasks" ADD COLUMN "priority" "priority" NOT NULL DEFAULT 'normal';

-- add index tasks_project_id_done_idx on tasks
-- WARNING LF410: building tasks_project_id_done_idx on tasks without CONCURRENTLY blocks writes to the table until it is done
-- LF410: to build it without blocking writes, run it first as CREATE INDEX CONCURRENTLY outside a transaction,
-- then delete the next statement from this file.
CREATE INDEX "tasks_project_id_done_idx" ON "tasks" ("project_id", "done");

-- change foreign key tasks_project_id_fkey tasks.project_id -> projects
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON DELETE RESTRICT;

-- change policy laforge_tasks_delete on tasks
-- The context functions the policies call (as in rls.sql; CREATE OR REPLACE).
CREATE OR REPLACE FUNCTION laforge_user_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT CASE WHEN s ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN CAST(s AS uuid) END FROM (SELECT current_setting('laforge.user_id', true) AS s) AS setting$laforge$;
CREATE OR REPLACE FUNCTION laforge_tenant_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT CASE WHEN s ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN CAST(s AS uuid) END FROM (SELECT current_setting('laforge.tenant_id', true) AS s) AS setting$laforge$;
CREATE OR REPLACE FUNCTION laforge_user_role() RETURNS text LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT NULLIF(current_setting('laforge.user_role', true), '')$laforge$;
CREATE OR REPLACE FUNCTION laforge_user_roles() RETURNS text[] LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT string_to_array(NULLIF(current_setting('laforge.user_roles', true), ''), ',')$laforge$;
CREATE OR REPLACE FUNCTION laforge_user_claims() RETURNS text[] LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT string_to_array(NULLIF(current_setting('laforge.user_claims', true), ''), ',')$laforge$;
CREATE OR REPLACE FUNCTION laforge_has_claim(claim text) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT claim = ANY(string_to_array(NULLIF(current_setting('laforge.user_claims', true), ''), ','))$laforge$;
CREATE POLICY "laforge_tasks_delete" ON "tasks" AS PERMISSIVE FOR DELETE
  USING ((SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'member' OR 'member' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));
-- ======== 20250102030405_add_priority_and_more_fallback.sql
-- WARNING: LaForge did not apply these operations: each may delete data or fail on existing rows (PostgreSQL).
-- Review every statement and complete the placeholders before running this file by hand;
-- drops become renames to *_deprecated_<timestamp>, to remove once nothing reads them.
-- To apply the operations directly instead, plan with --allow-destructive.
-- Operations:
--   add unique projects_name_key on projects.name (LF407, LF410)
--   change check projects_name_check on projects.name (LF408)

-- add unique projects_name_key on projects.name
-- WARNING LF407: UNIQUE on projects.name fails when existing rows repeat a value
-- WARNING LF410: building projects_name_key on projects without CONCURRENTLY blocks writes to the table until it is done
-- Existing rows must not repeat a value; this lists those that do:
-- SELECT "name", count(*) FROM "projects" GROUP BY "name" HAVING count(*) > 1;
ALTER TABLE "projects" ADD CONSTRAINT "projects_name_key" UNIQUE ("name");

-- change check projects_name_check on projects.name
-- WARNING LF408: the validation CHECK on projects.name fails when existing rows violate it
ALTER TABLE "projects" DROP CONSTRAINT "projects_name_check";
-- NOT VALID adds it without checking existing rows; VALIDATE then checks them without blocking writes.
ALTER TABLE "projects" ADD CONSTRAINT "projects_name_check" CHECK (char_length("name") BETWEEN 1 AND 200) NOT VALID;
ALTER TABLE "projects" VALIDATE CONSTRAINT "projects_name_check";
-- ======== 20250102030405_add_priority_and_more.down.sql
-- LaForge migration for PostgreSQL, reversed: undoes the .sql file of the same name, last operation first.

-- undo change policy laforge_tasks_delete on tasks
DROP POLICY "laforge_tasks_delete" ON "tasks";

-- undo change foreign key tasks_project_id_fkey tasks.project_id -> projects
ALTER TABLE "tasks" DROP CONSTRAINT "tasks_project_id_fkey";

-- undo add index tasks_project_id_done_idx on tasks
DROP INDEX "tasks_project_id_done_idx";

-- undo add column tasks.priority
ALTER TABLE "tasks" DROP COLUMN "priority";

-- undo change type of projects.budget from integer to bigint
ALTER TABLE "projects" ALTER COLUMN "budget" DROP DEFAULT;
ALTER TABLE "projects" ALTER COLUMN "budget" TYPE integer USING "budget"::integer;
ALTER TABLE "projects" ALTER COLUMN "budget" SET DEFAULT 0;

-- undo rename column projects.owner to lead
ALTER TABLE "projects" RENAME COLUMN "lead" TO "owner";

-- undo create enum priority
DROP TYPE "priority";

-- undo drop index tasks_project_id_idx of tasks
CREATE INDEX "tasks_project_id_idx" ON "tasks" ("project_id");

-- undo change foreign key tasks_project_id_fkey tasks.project_id -> projects
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON DELETE CASCADE;

-- undo change policy laforge_tasks_delete on tasks
CREATE POLICY "laforge_tasks_delete" ON "tasks" AS PERMISSIVE FOR DELETE
  USING ((SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));
-- ======== 20250102030405_add_priority_and_more.sql with --allow-destructive
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   change policy laforge_tasks_delete on tasks (LF413)
--   change foreign key tasks_project_id_fkey tasks.project_id -> projects
--   change check projects_name_check on projects.name (LF408)
--   drop index tasks_project_id_idx of tasks
--   create enum priority
--   rename column projects.owner to lead (LF412)
--   change type of projects.budget from integer to bigint (LF411)
--   add column tasks.priority
--   add unique projects_name_key on projects.name (LF407, LF410)
--   add index tasks_project_id_done_idx on tasks (LF410)

-- change policy laforge_tasks_delete on tasks
-- WARNING LF413: policy laforge_tasks_delete is weakened: a rule for Task.delete was widened with an alternative (||)
DROP POLICY "laforge_tasks_delete" ON "tasks";

-- change foreign key tasks_project_id_fkey tasks.project_id -> projects
ALTER TABLE "tasks" DROP CONSTRAINT "tasks_project_id_fkey";

-- change check projects_name_check on projects.name
-- WARNING LF408: the validation CHECK on projects.name fails when existing rows violate it
ALTER TABLE "projects" DROP CONSTRAINT "projects_name_check";

-- drop index tasks_project_id_idx of tasks
DROP INDEX "tasks_project_id_idx";

-- create enum priority
CREATE TYPE "priority" AS ENUM ('low', 'normal', 'high');

-- rename column projects.owner to lead
-- WARNING LF412: renaming column projects.owner to lead breaks code still running against the previous name
ALTER TABLE "projects" RENAME COLUMN "owner" TO "lead";

-- change type of projects.budget from integer to bigint
-- WARNING LF411: changing projects.budget from integer to bigint rewrites the whole table under an exclusive lock
ALTER TABLE "projects" ALTER COLUMN "budget" DROP DEFAULT;
ALTER TABLE "projects" ALTER COLUMN "budget" TYPE bigint USING "budget"::bigint;
ALTER TABLE "projects" ALTER COLUMN "budget" SET DEFAULT 0;

-- add column tasks.priority
ALTER TABLE "tasks" ADD COLUMN "priority" "priority" NOT NULL DEFAULT 'normal';

-- add unique projects_name_key on projects.name
-- WARNING LF407: UNIQUE on projects.name fails when existing rows repeat a value
-- WARNING LF410: building projects_name_key on projects without CONCURRENTLY blocks writes to the table until it is done
ALTER TABLE "projects" ADD CONSTRAINT "projects_name_key" UNIQUE ("name");

-- change check projects_name_check on projects.name
ALTER TABLE "projects" ADD CONSTRAINT "projects_name_check" CHECK (char_length("name") BETWEEN 1 AND 200);

-- add index tasks_project_id_done_idx on tasks
-- WARNING LF410: building tasks_project_id_done_idx on tasks without CONCURRENTLY blocks writes to the table until it is done
-- LF410: to build it without blocking writes, run it first as CREATE INDEX CONCURRENTLY outside a transaction,
-- then delete the next statement from this file.
CREATE INDEX "tasks_project_id_done_idx" ON "tasks" ("project_id", "done");

-- change foreign key tasks_project_id_fkey tasks.project_id -> projects
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects" ("id") ON DELETE RESTRICT;

-- change policy laforge_tasks_delete on tasks
-- The context functions the policies call (as in rls.sql; CREATE OR REPLACE).
CREATE OR REPLACE FUNCTION laforge_user_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT CASE WHEN s ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN CAST(s AS uuid) END FROM (SELECT current_setting('laforge.user_id', true) AS s) AS setting$laforge$;
CREATE OR REPLACE FUNCTION laforge_tenant_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT CASE WHEN s ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN CAST(s AS uuid) END FROM (SELECT current_setting('laforge.tenant_id', true) AS s) AS setting$laforge$;
CREATE OR REPLACE FUNCTION laforge_user_role() RETURNS text LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT NULLIF(current_setting('laforge.user_role', true), '')$laforge$;
CREATE OR REPLACE FUNCTION laforge_user_roles() RETURNS text[] LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT string_to_array(NULLIF(current_setting('laforge.user_roles', true), ''), ',')$laforge$;
CREATE OR REPLACE FUNCTION laforge_user_claims() RETURNS text[] LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT string_to_array(NULLIF(current_setting('laforge.user_claims', true), ''), ',')$laforge$;
CREATE OR REPLACE FUNCTION laforge_has_claim(claim text) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT claim = ANY(string_to_array(NULLIF(current_setting('laforge.user_claims', true), ''), ','))$laforge$;
CREATE POLICY "laforge_tasks_delete" ON "tasks" AS PERMISSIVE FOR DELETE
  USING ((SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'member' OR 'member' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));
