-- LaForge migration for MySQL/MariaDB. Review it before applying it; the .down.sql file of the same name undoes it.
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
CREATE TABLE `posts` (
  `id` CHAR(36) NOT NULL,
  `tenant_id` CHAR(36) NOT NULL,
  `title` VARCHAR(255) NOT NULL,
  `slug` VARCHAR(255),
  `body` TEXT NOT NULL,
  `published` BOOLEAN NOT NULL DEFAULT FALSE,
  `author_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table posts_tags
CREATE TABLE `posts_tags` (
  `post_id` CHAR(36) NOT NULL,
  `tag_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`post_id`, `tag_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table tags
CREATE TABLE `tags` (
  `id` CHAR(36) NOT NULL,
  `tenant_id` CHAR(36) NOT NULL,
  `name` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table users
CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL,
  `tenant_id` CHAR(36) NOT NULL,
  `email` VARCHAR(255) NOT NULL,
  `ssn` VARCHAR(255) NOT NULL,
  `api_key` VARCHAR(255),
  `role` VARCHAR(255) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_email_key` UNIQUE (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- add index posts_author_id_idx on posts
CREATE INDEX `posts_author_id_idx` ON `posts` (`author_id`);

-- add index posts_tenant_id_idx on posts
CREATE INDEX `posts_tenant_id_idx` ON `posts` (`tenant_id`);

-- add index posts_tags_tag_id_idx on posts_tags
CREATE INDEX `posts_tags_tag_id_idx` ON `posts_tags` (`tag_id`);

-- add index tags_tenant_id_idx on tags
CREATE INDEX `tags_tenant_id_idx` ON `tags` (`tenant_id`);

-- add index users_tenant_id_idx on users
CREATE INDEX `users_tenant_id_idx` ON `users` (`tenant_id`);

-- add foreign key posts_author_id_fkey posts.author_id -> users
ALTER TABLE `posts` ADD CONSTRAINT `posts_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;

-- add foreign key posts_tags_post_id_fkey posts_tags.post_id -> posts
ALTER TABLE `posts_tags` ADD CONSTRAINT `posts_tags_post_id_fkey` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE;

-- add foreign key posts_tags_tag_id_fkey posts_tags.tag_id -> tags
ALTER TABLE `posts_tags` ADD CONSTRAINT `posts_tags_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE;
