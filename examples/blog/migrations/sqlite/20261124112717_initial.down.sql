-- LaForge migration for SQLite, reversed: undoes the .sql file of the same name, last operation first.

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
