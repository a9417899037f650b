-- LaForge migration for MySQL/MariaDB, reversed: undoes the .sql file of the same name, last operation first.

-- undo add foreign key posts_tags_tag_id_fkey posts_tags.tag_id -> tags
ALTER TABLE `posts_tags` DROP FOREIGN KEY `posts_tags_tag_id_fkey`;

-- undo add foreign key posts_tags_post_id_fkey posts_tags.post_id -> posts
ALTER TABLE `posts_tags` DROP FOREIGN KEY `posts_tags_post_id_fkey`;

-- undo add foreign key posts_author_id_fkey posts.author_id -> users
ALTER TABLE `posts` DROP FOREIGN KEY `posts_author_id_fkey`;

-- undo add index users_tenant_id_idx on users
DROP INDEX `users_tenant_id_idx` ON `users`;

-- undo add index tags_tenant_id_idx on tags
DROP INDEX `tags_tenant_id_idx` ON `tags`;

-- undo add index posts_tags_tag_id_idx on posts_tags
DROP INDEX `posts_tags_tag_id_idx` ON `posts_tags`;

-- undo add index posts_tenant_id_idx on posts
DROP INDEX `posts_tenant_id_idx` ON `posts`;

-- undo add index posts_author_id_idx on posts
DROP INDEX `posts_author_id_idx` ON `posts`;

-- undo create table users
DROP TABLE `users`;

-- undo create table tags
DROP TABLE `tags`;

-- undo create table posts_tags
DROP TABLE `posts_tags`;

-- undo create table posts
DROP TABLE `posts`;
