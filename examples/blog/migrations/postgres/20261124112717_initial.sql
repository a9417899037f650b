-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   create table posts
--   create table posts_tags
--   create table tags
--   create table users
--   add index posts_author_id_idx on posts
--   add index posts_tenant_id_idx on posts
--   add index posts_tags_tag_id_idx on posts_tags
--   add index tags_tenant_id_idx on tags
--   add index users_tenant_id_idx on users
--   add foreign key posts_author_id_fkey posts.author_id -> users
--   add foreign key posts_tags_post_id_fkey posts_tags.post_id -> posts
--   add foreign key posts_tags_tag_id_fkey posts_tags.tag_id -> tags
--   create policy laforge_posts_create on posts
--   create policy laforge_posts_delete on posts
--   create policy laforge_posts_read on posts
--   create policy laforge_posts_tenant_guard on posts
--   create policy laforge_posts_update on posts
--   create policy laforge_posts_tags_guard on posts_tags
--   create policy laforge_tags_create on tags
--   create policy laforge_tags_delete on tags
--   create policy laforge_tags_read on tags
--   create policy laforge_tags_tenant_guard on tags
--   create policy laforge_tags_update on tags
--   create policy laforge_users_create on users
--   create policy laforge_users_delete on users
--   create policy laforge_users_read on users
--   create policy laforge_users_tenant_guard on users
--   create policy laforge_users_update on users

-- create table posts
CREATE TABLE "posts" (
  "id" uuid NOT NULL,
  "tenant_id" uuid NOT NULL,
  "title" text NOT NULL,
  "slug" text,
  "body" text NOT NULL,
  "published" boolean NOT NULL DEFAULT false,
  "author_id" uuid NOT NULL,
  CONSTRAINT "posts_pkey" PRIMARY KEY ("id")
);
ALTER TABLE "posts" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "posts" FORCE ROW LEVEL SECURITY;

-- create table posts_tags
CREATE TABLE "posts_tags" (
  "post_id" uuid NOT NULL,
  "tag_id" uuid NOT NULL,
  CONSTRAINT "posts_tags_pkey" PRIMARY KEY ("post_id", "tag_id")
);
ALTER TABLE "posts_tags" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "posts_tags" FORCE ROW LEVEL SECURITY;

-- create table tags
CREATE TABLE "tags" (
  "id" uuid NOT NULL,
  "tenant_id" uuid NOT NULL,
  "name" text NOT NULL,
  CONSTRAINT "tags_pkey" PRIMARY KEY ("id")
);
ALTER TABLE "tags" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "tags" FORCE ROW LEVEL SECURITY;

-- create table users
CREATE TABLE "users" (
  "id" uuid NOT NULL,
  "tenant_id" uuid NOT NULL,
  "email" text NOT NULL,
  "ssn" text NOT NULL,
  "api_key" text,
  "role" text NOT NULL,
  CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "users_email_key" UNIQUE ("email")
);
ALTER TABLE "users" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "users" FORCE ROW LEVEL SECURITY;

-- add index posts_author_id_idx on posts
CREATE INDEX "posts_author_id_idx" ON "posts" ("author_id");

-- add index posts_tenant_id_idx on posts
CREATE INDEX "posts_tenant_id_idx" ON "posts" ("tenant_id");

-- add index posts_tags_tag_id_idx on posts_tags
CREATE INDEX "posts_tags_tag_id_idx" ON "posts_tags" ("tag_id");

-- add index tags_tenant_id_idx on tags
CREATE INDEX "tags_tenant_id_idx" ON "tags" ("tenant_id");

-- add index users_tenant_id_idx on users
CREATE INDEX "users_tenant_id_idx" ON "users" ("tenant_id");

-- add foreign key posts_author_id_fkey posts.author_id -> users
ALTER TABLE "posts" ADD CONSTRAINT "posts_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users" ("id") ON DELETE CASCADE;

-- add foreign key posts_tags_post_id_fkey posts_tags.post_id -> posts
ALTER TABLE "posts_tags" ADD CONSTRAINT "posts_tags_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts" ("id") ON DELETE CASCADE;

-- add foreign key posts_tags_tag_id_fkey posts_tags.tag_id -> tags
ALTER TABLE "posts_tags" ADD CONSTRAINT "posts_tags_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags" ("id") ON DELETE CASCADE;

-- create policy laforge_posts_create on posts
-- The context functions the policies call (as in rls.sql; CREATE OR REPLACE).
CREATE OR REPLACE FUNCTION laforge_user_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT CASE WHEN s ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN CAST(s AS uuid) END FROM (SELECT current_setting('laforge.user_id', true) AS s) AS setting$laforge$;
CREATE OR REPLACE FUNCTION laforge_tenant_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT CASE WHEN s ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN CAST(s AS uuid) END FROM (SELECT current_setting('laforge.tenant_id', true) AS s) AS setting$laforge$;
CREATE OR REPLACE FUNCTION laforge_user_role() RETURNS text LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT NULLIF(current_setting('laforge.user_role', true), '')$laforge$;
CREATE OR REPLACE FUNCTION laforge_user_roles() RETURNS text[] LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT string_to_array(NULLIF(current_setting('laforge.user_roles', true), ''), ',')$laforge$;
CREATE OR REPLACE FUNCTION laforge_user_claims() RETURNS text[] LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT string_to_array(NULLIF(current_setting('laforge.user_claims', true), ''), ',')$laforge$;
CREATE OR REPLACE FUNCTION laforge_has_claim(claim text) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT claim = ANY(string_to_array(NULLIF(current_setting('laforge.user_claims', true), ''), ','))$laforge$;
CREATE POLICY "laforge_posts_create" ON "posts" AS PERMISSIVE FOR INSERT
  WITH CHECK (((SELECT laforge_user_role()) = 'editor' OR 'editor' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[]))) AND (SELECT laforge_tenant_id()) = "posts"."tenant_id");

-- create policy laforge_posts_delete on posts
CREATE POLICY "laforge_posts_delete" ON "posts" AS PERMISSIVE FOR DELETE
  USING ((SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_posts_read on posts
CREATE POLICY "laforge_posts_read" ON "posts" AS PERMISSIVE FOR SELECT
  USING ("posts"."published" OR "posts"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_posts_tenant_guard on posts
CREATE POLICY "laforge_posts_tenant_guard" ON "posts" AS RESTRICTIVE FOR ALL
  USING ("posts"."tenant_id" = (SELECT laforge_tenant_id()))
  WITH CHECK ("posts"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_posts_update on posts
CREATE POLICY "laforge_posts_update" ON "posts" AS PERMISSIVE FOR UPDATE
  USING (((SELECT laforge_user_role()) = 'editor' OR 'editor' = ANY(CAST((SELECT laforge_user_roles()) AS text[]))) AND EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "posts"."author_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND (SELECT laforge_user_id()) = "t1"."id"))
  WITH CHECK (((SELECT laforge_user_role()) = 'editor' OR 'editor' = ANY(CAST((SELECT laforge_user_roles()) AS text[]))) AND EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "posts"."author_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND (SELECT laforge_user_id()) = "t1"."id"));

-- create policy laforge_posts_tags_guard on posts_tags
CREATE POLICY "laforge_posts_tags_guard" ON "posts_tags" AS PERMISSIVE FOR ALL
  USING (EXISTS (SELECT 1 FROM "posts" AS "t1" WHERE "t1"."id" = "posts_tags"."post_id") AND EXISTS (SELECT 1 FROM "tags" AS "t2" WHERE "t2"."id" = "posts_tags"."tag_id"))
  WITH CHECK (EXISTS (SELECT 1 FROM "posts" AS "t1" WHERE "t1"."id" = "posts_tags"."post_id") AND EXISTS (SELECT 1 FROM "tags" AS "t2" WHERE "t2"."id" = "posts_tags"."tag_id"));

-- create policy laforge_tags_create on tags
CREATE POLICY "laforge_tags_create" ON "tags" AS PERMISSIVE FOR INSERT
  WITH CHECK (TRUE);

-- create policy laforge_tags_delete on tags
CREATE POLICY "laforge_tags_delete" ON "tags" AS PERMISSIVE FOR DELETE
  USING (TRUE);

-- create policy laforge_tags_read on tags
CREATE POLICY "laforge_tags_read" ON "tags" AS PERMISSIVE FOR SELECT
  USING (TRUE);

-- create policy laforge_tags_tenant_guard on tags
CREATE POLICY "laforge_tags_tenant_guard" ON "tags" AS RESTRICTIVE FOR ALL
  USING ("tags"."tenant_id" = (SELECT laforge_tenant_id()))
  WITH CHECK ("tags"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_tags_update on tags
CREATE POLICY "laforge_tags_update" ON "tags" AS PERMISSIVE FOR UPDATE
  USING (TRUE)
  WITH CHECK (TRUE);

-- create policy laforge_users_create on users
CREATE POLICY "laforge_users_create" ON "users" AS PERMISSIVE FOR INSERT
  WITH CHECK (TRUE);

-- create policy laforge_users_delete on users
CREATE POLICY "laforge_users_delete" ON "users" AS PERMISSIVE FOR DELETE
  USING (TRUE);

-- create policy laforge_users_read on users
CREATE POLICY "laforge_users_read" ON "users" AS PERMISSIVE FOR SELECT
  USING ("users"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_users_tenant_guard on users
CREATE POLICY "laforge_users_tenant_guard" ON "users" AS RESTRICTIVE FOR ALL
  USING ("users"."tenant_id" = (SELECT laforge_tenant_id()))
  WITH CHECK ("users"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_users_update on users
CREATE POLICY "laforge_users_update" ON "users" AS PERMISSIVE FOR UPDATE
  USING (TRUE)
  WITH CHECK (TRUE);
