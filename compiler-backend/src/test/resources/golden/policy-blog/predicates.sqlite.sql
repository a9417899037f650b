-- Predicates for UserContext[id=a0000000-0000-4000-8000-000000000002, tenantId=aaaaaaaa-0000-4000-8000-000000000000, role=member, roles=[editor, member], claims=[can.read.drafts]], rows aliased r.

-- Comment.create [aaaaaaaa-0000-4000-8000-000000000000, aaaaaaaa-0000-4000-8000-000000000000, a0000000-0000-4000-8000-000000000002, a0000000-0000-4000-8000-000000000002, aaaaaaaa-0000-4000-8000-000000000000, aaaaaaaa-0000-4000-8000-000000000000, a0000000-0000-4000-8000-000000000002, a0000000-0000-4000-8000-000000000002, true, aaaaaaaa-0000-4000-8000-000000000000]
"r"."tenant_id" = ? AND EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "r"."author_id" AND "t1"."tenant_id" = ? AND ("t1"."active" <> FALSE OR "t1"."id" = ?) AND "t1"."id" = ?) AND EXISTS (SELECT 1 FROM "posts" AS "t2" WHERE "t2"."id" = "r"."post_id" AND "t2"."tenant_id" = ? AND ("t2"."status" = 'published' OR EXISTS (SELECT 1 FROM "users" AS "t3" WHERE "t3"."id" = "t2"."author_id" AND "t3"."tenant_id" = ? AND ("t3"."active" <> FALSE OR "t3"."id" = ?) AND "t3"."id" = ?) OR ? OR EXISTS (SELECT 1 FROM "posts_tags" AS "j4", "tags" AS "t5" WHERE "j4"."post_id" = "t2"."id" AND "t5"."id" = "j4"."tag_id" AND "t5"."tenant_id" = ? AND "t5"."name" = 'featured')) AND "t2"."status" = 'published')

-- Comment.read [aaaaaaaa-0000-4000-8000-000000000000, aaaaaaaa-0000-4000-8000-000000000000, a0000000-0000-4000-8000-000000000002, a0000000-0000-4000-8000-000000000002]
"r"."tenant_id" = ? AND (NOT ("r"."approved" = FALSE) OR EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "r"."author_id" AND "t1"."tenant_id" = ? AND ("t1"."active" <> FALSE OR "t1"."id" = ?) AND "t1"."id" = ?))

-- Comment.update [aaaaaaaa-0000-4000-8000-000000000000, aaaaaaaa-0000-4000-8000-000000000000, aaaaaaaa-0000-4000-8000-000000000000, a0000000-0000-4000-8000-000000000002, a0000000-0000-4000-8000-000000000002, true, aaaaaaaa-0000-4000-8000-000000000000, aaaaaaaa-0000-4000-8000-000000000000, a0000000-0000-4000-8000-000000000002, aaaaaaaa-0000-4000-8000-000000000000, aaaaaaaa-0000-4000-8000-000000000000, a0000000-0000-4000-8000-000000000002, a0000000-0000-4000-8000-000000000002, aaaaaaaa-0000-4000-8000-000000000000, a0000000-0000-4000-8000-000000000002, editor, member]
"r"."tenant_id" = ? AND (EXISTS (SELECT 1 FROM "posts" AS "t1", "users" AS "t5", "teams" AS "t6" WHERE "t1"."id" = "r"."post_id" AND "t1"."tenant_id" = ? AND ("t1"."status" = 'published' OR EXISTS (SELECT 1 FROM "users" AS "t2" WHERE "t2"."id" = "t1"."author_id" AND "t2"."tenant_id" = ? AND ("t2"."active" <> FALSE OR "t2"."id" = ?) AND "t2"."id" = ?) OR ? OR EXISTS (SELECT 1 FROM "posts_tags" AS "j3", "tags" AS "t4" WHERE "j3"."post_id" = "t1"."id" AND "t4"."id" = "j3"."tag_id" AND "t4"."tenant_id" = ? AND "t4"."name" = 'featured')) AND "t5"."id" = "t1"."author_id" AND "t5"."tenant_id" = ? AND ("t5"."active" <> FALSE OR "t5"."id" = ?) AND "t6"."id" = "t5"."team_id" AND "t6"."tenant_id" = ? AND ("t6"."open" = TRUE OR EXISTS (SELECT 1 FROM "users" AS "t7" WHERE "t7"."team_id" = "t6"."id" AND "t7"."tenant_id" = ? AND ("t7"."active" <> FALSE OR "t7"."id" = ?) AND "t7"."id" = ?)) AND "t6"."open" = TRUE) OR EXISTS (SELECT 1 FROM "users" AS "t8" WHERE "t8"."id" = "r"."author_id" AND "t8"."tenant_id" = ? AND ("t8"."active" <> FALSE OR "t8"."id" = ?) AND "t8"."role" IN (?, ?)))

-- Comment.delete [aaaaaaaa-0000-4000-8000-000000000000]
"r"."tenant_id" = ?

-- Post.create [aaaaaaaa-0000-4000-8000-000000000000, member, true, false, aaaaaaaa-0000-4000-8000-000000000000]
"r"."tenant_id" = ? AND (? = 'editor' OR ? OR ?) AND ? = "r"."tenant_id"

-- Post.read [aaaaaaaa-0000-4000-8000-000000000000, aaaaaaaa-0000-4000-8000-000000000000, a0000000-0000-4000-8000-000000000002, a0000000-0000-4000-8000-000000000002, true, aaaaaaaa-0000-4000-8000-000000000000]
"r"."tenant_id" = ? AND ("r"."status" = 'published' OR EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "r"."author_id" AND "t1"."tenant_id" = ? AND ("t1"."active" <> FALSE OR "t1"."id" = ?) AND "t1"."id" = ?) OR ? OR EXISTS (SELECT 1 FROM "posts_tags" AS "j2", "tags" AS "t3" WHERE "j2"."post_id" = "r"."id" AND "t3"."id" = "j2"."tag_id" AND "t3"."tenant_id" = ? AND "t3"."name" = 'featured'))

-- Post.update [aaaaaaaa-0000-4000-8000-000000000000, aaaaaaaa-0000-4000-8000-000000000000, a0000000-0000-4000-8000-000000000002, a0000000-0000-4000-8000-000000000002, member, false]
"r"."tenant_id" = ? AND ((EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "r"."author_id" AND "t1"."tenant_id" = ? AND ("t1"."active" <> FALSE OR "t1"."id" = ?) AND "t1"."id" = ?) AND "r"."status" <> 'archived' AND ("r"."published_at" IS NULL OR strftime('%Y-%m-%dT%H:%M:%fZ', "r"."published_at") > '2024-01-01T00:00:00.000Z')) OR ? = 'admin' OR ?)

-- Post.delete [aaaaaaaa-0000-4000-8000-000000000000, aaaaaaaa-0000-4000-8000-000000000000, a0000000-0000-4000-8000-000000000002, aaaaaaaa-0000-4000-8000-000000000000, aaaaaaaa-0000-4000-8000-000000000000, a0000000-0000-4000-8000-000000000002, a0000000-0000-4000-8000-000000000002, member, false, aaaaaaaa-0000-4000-8000-000000000000, aaaaaaaa-0000-4000-8000-000000000000, a0000000-0000-4000-8000-000000000002, a0000000-0000-4000-8000-000000000002]
"r"."tenant_id" = ? AND ((EXISTS (SELECT 1 FROM "users" AS "t1", "teams" AS "t2" WHERE "t1"."id" = "r"."author_id" AND "t1"."tenant_id" = ? AND ("t1"."active" <> FALSE OR "t1"."id" = ?) AND "t2"."id" = "t1"."team_id" AND "t2"."tenant_id" = ? AND ("t2"."open" = TRUE OR EXISTS (SELECT 1 FROM "users" AS "t3" WHERE "t3"."team_id" = "t2"."id" AND "t3"."tenant_id" = ? AND ("t3"."active" <> FALSE OR "t3"."id" = ?) AND "t3"."id" = ?)) AND "t2"."name" = 'core') AND "r"."status" IN ('draft', 'archived')) OR ((? = 'admin' OR ?) AND NOT EXISTS (SELECT 1 FROM "comments" AS "t4" WHERE "t4"."post_id" = "r"."id" AND "t4"."tenant_id" = ? AND (NOT ("t4"."approved" = FALSE) OR EXISTS (SELECT 1 FROM "users" AS "t5" WHERE "t5"."id" = "t4"."author_id" AND "t5"."tenant_id" = ? AND ("t5"."active" <> FALSE OR "t5"."id" = ?) AND "t5"."id" = ?)) AND ("t4"."approved" = TRUE) IS NOT TRUE)))

-- Setting.create []
FALSE

-- Setting.read [false]
"r"."key" <> 'secret' AND NOT (?)

-- Setting.update []
FALSE

-- Setting.delete []
FALSE

-- Tag.create [aaaaaaaa-0000-4000-8000-000000000000]
"r"."tenant_id" = ?

-- Tag.read [aaaaaaaa-0000-4000-8000-000000000000]
"r"."tenant_id" = ?

-- Tag.update [aaaaaaaa-0000-4000-8000-000000000000, editor, editor, member, member]
"r"."tenant_id" = ? AND ((? = 'admin' OR ? = "r"."kind") IS TRUE OR (? = 'admin' OR ? = "r"."kind") IS TRUE)

-- Tag.delete [aaaaaaaa-0000-4000-8000-000000000000, false, true]
"r"."tenant_id" = ? AND ((?) IS TRUE OR (?) IS TRUE) AND NOT ("r"."kind" = 'system')

-- Team.create [aaaaaaaa-0000-4000-8000-000000000000]
"r"."tenant_id" = ?

-- Team.read [aaaaaaaa-0000-4000-8000-000000000000, aaaaaaaa-0000-4000-8000-000000000000, a0000000-0000-4000-8000-000000000002, a0000000-0000-4000-8000-000000000002]
"r"."tenant_id" = ? AND ("r"."open" = TRUE OR EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."team_id" = "r"."id" AND "t1"."tenant_id" = ? AND ("t1"."active" <> FALSE OR "t1"."id" = ?) AND "t1"."id" = ?))

-- Team.update [aaaaaaaa-0000-4000-8000-000000000000]
"r"."tenant_id" = ?

-- Team.delete [aaaaaaaa-0000-4000-8000-000000000000]
"r"."tenant_id" = ?

-- User.create [aaaaaaaa-0000-4000-8000-000000000000]
"r"."tenant_id" = ?

-- User.read [aaaaaaaa-0000-4000-8000-000000000000, a0000000-0000-4000-8000-000000000002]
"r"."tenant_id" = ? AND ("r"."active" <> FALSE OR "r"."id" = ?)

-- User.update [aaaaaaaa-0000-4000-8000-000000000000, member, false, a0000000-0000-4000-8000-000000000002]
"r"."tenant_id" = ? AND (? = 'admin' OR ? OR ? = "r"."id")

-- User.delete [aaaaaaaa-0000-4000-8000-000000000000]
"r"."tenant_id" = ?
