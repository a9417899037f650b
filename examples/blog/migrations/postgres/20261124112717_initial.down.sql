-- LaForge migration for PostgreSQL, reversed: undoes the .sql file of the same name, last operation first.

-- undo create policy laforge_users_update on users
DROP POLICY "laforge_users_update" ON "users";

-- undo create policy laforge_users_tenant_guard on users
DROP POLICY "laforge_users_tenant_guard" ON "users";

-- undo create policy laforge_users_read on users
DROP POLICY "laforge_users_read" ON "users";

-- undo create policy laforge_users_delete on users
DROP POLICY "laforge_users_delete" ON "users";

-- undo create policy laforge_users_create on users
DROP POLICY "laforge_users_create" ON "users";

-- undo create policy laforge_tags_update on tags
DROP POLICY "laforge_tags_update" ON "tags";

-- undo create policy laforge_tags_tenant_guard on tags
DROP POLICY "laforge_tags_tenant_guard" ON "tags";

-- undo create policy laforge_tags_read on tags
DROP POLICY "laforge_tags_read" ON "tags";

-- undo create policy laforge_tags_delete on tags
DROP POLICY "laforge_tags_delete" ON "tags";

-- undo create policy laforge_tags_create on tags
DROP POLICY "laforge_tags_create" ON "tags";

-- undo create policy laforge_posts_tags_guard on posts_tags
DROP POLICY "laforge_posts_tags_guard" ON "posts_tags";

-- undo create policy laforge_posts_update on posts
DROP POLICY "laforge_posts_update" ON "posts";

-- undo create policy laforge_posts_tenant_guard on posts
DROP POLICY "laforge_posts_tenant_guard" ON "posts";

-- undo create policy laforge_posts_read on posts
DROP POLICY "laforge_posts_read" ON "posts";

-- undo create policy laforge_posts_delete on posts
DROP POLICY "laforge_posts_delete" ON "posts";

-- undo create policy laforge_posts_create on posts
DROP POLICY "laforge_posts_create" ON "posts";

-- undo add foreign key posts_tags_tag_id_fkey posts_tags.tag_id -> tags
ALTER TABLE "posts_tags" DROP CONSTRAINT "posts_tags_tag_id_fkey";

-- undo add foreign key posts_tags_post_id_fkey posts_tags.post_id -> posts
ALTER TABLE "posts_tags" DROP CONSTRAINT "posts_tags_post_id_fkey";

-- undo add foreign key posts_author_id_fkey posts.author_id -> users
ALTER TABLE "posts" DROP CONSTRAINT "posts_author_id_fkey";

-- undo add index users_tenant_id_idx on users
DROP INDEX "users_tenant_id_idx";

-- undo add index tags_tenant_id_idx on tags
DROP INDEX "tags_tenant_id_idx";

-- undo add index posts_tags_tag_id_idx on posts_tags
DROP INDEX "posts_tags_tag_id_idx";

-- undo add index posts_tenant_id_idx on posts
DROP INDEX "posts_tenant_id_idx";

-- undo add index posts_author_id_idx on posts
DROP INDEX "posts_author_id_idx";

-- undo create table users
DROP TABLE "users";

-- undo create table tags
DROP TABLE "tags";

-- undo create table posts_tags
DROP TABLE "posts_tags";

-- undo create table posts
DROP TABLE "posts";
