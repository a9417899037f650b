-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
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

-- create table posts
CREATE TABLE "posts" (
  "id" TEXT NOT NULL,
  "tenant_id" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  "slug" TEXT,
  "body" TEXT NOT NULL,
  "published" INTEGER NOT NULL DEFAULT 0 CHECK ("published" IN (0, 1)),
  "author_id" TEXT NOT NULL,
  CONSTRAINT "posts_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "posts_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users" ("id") ON DELETE CASCADE
);

-- create table posts_tags
CREATE TABLE "posts_tags" (
  "post_id" TEXT NOT NULL,
  "tag_id" TEXT NOT NULL,
  CONSTRAINT "posts_tags_pkey" PRIMARY KEY ("post_id", "tag_id"),
  CONSTRAINT "posts_tags_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts" ("id") ON DELETE CASCADE,
  CONSTRAINT "posts_tags_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags" ("id") ON DELETE CASCADE
);

-- create table tags
CREATE TABLE "tags" (
  "id" TEXT NOT NULL,
  "tenant_id" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  CONSTRAINT "tags_pkey" PRIMARY KEY ("id")
);

-- create table users
CREATE TABLE "users" (
  "id" TEXT NOT NULL,
  "tenant_id" TEXT NOT NULL,
  "email" TEXT NOT NULL,
  "ssn" TEXT NOT NULL,
  "api_key" TEXT,
  "role" TEXT NOT NULL,
  CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "users_email_key" UNIQUE ("email")
);

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
-- inside CREATE TABLE "posts" above

-- add foreign key posts_tags_post_id_fkey posts_tags.post_id -> posts
-- inside CREATE TABLE "posts_tags" above

-- add foreign key posts_tags_tag_id_fkey posts_tags.tag_id -> tags
-- inside CREATE TABLE "posts_tags" above
