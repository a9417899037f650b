-- ======== 20250102030405_alter_notes.sql
-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   change policy laforge_notes_read on notes (LF413)

-- change policy laforge_notes_read on notes
-- WARNING LF413: policy laforge_notes_read is weakened: a rule for Note.read was widened with an alternative (||)
DROP POLICY "laforge_notes_read" ON "notes";

-- change policy laforge_notes_read on notes
-- The context functions the policies call (as in rls.sql; CREATE OR REPLACE).
CREATE OR REPLACE FUNCTION laforge_user_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT CASE WHEN s ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN CAST(s AS uuid) END FROM (SELECT current_setting('laforge.user_id', true) AS s) AS setting$laforge$;
CREATE OR REPLACE FUNCTION laforge_tenant_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT CASE WHEN s ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN CAST(s AS uuid) END FROM (SELECT current_setting('laforge.tenant_id', true) AS s) AS setting$laforge$;
CREATE OR REPLACE FUNCTION laforge_user_role() RETURNS text LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT NULLIF(current_setting('laforge.user_role', true), '')$laforge$;
CREATE OR REPLACE FUNCTION laforge_user_roles() RETURNS text[] LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT string_to_array(NULLIF(current_setting('laforge.user_roles', true), ''), ',')$laforge$;
CREATE OR REPLACE FUNCTION laforge_user_claims() RETURNS text[] LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT string_to_array(NULLIF(current_setting('laforge.user_claims', true), ''), ',')$laforge$;
CREATE OR REPLACE FUNCTION laforge_has_claim(claim text) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT claim = ANY(string_to_array(NULLIF(current_setting('laforge.user_claims', true), ''), ','))$laforge$;
CREATE POLICY "laforge_notes_read" ON "notes" AS PERMISSIVE FOR SELECT
  USING ("notes"."published" OR "notes"."draft");
-- ======== 20250102030405_alter_notes_fallback.sql
-- (no file)
-- ======== 20250102030405_alter_notes.down.sql
-- LaForge migration for PostgreSQL, reversed: undoes the .sql file of the same name, last operation first.

-- undo change policy laforge_notes_read on notes
DROP POLICY "laforge_notes_read" ON "notes";

-- undo change policy laforge_notes_read on notes
CREATE POLICY "laforge_notes_read" ON "notes" AS PERMISSIVE FOR SELECT
  USING ("notes"."published");
