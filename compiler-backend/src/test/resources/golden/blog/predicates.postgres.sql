-- Predicates for UserContext[id=a0000000-0000-4000-8000-000000000002, tenantId=aaaaaaaa-0000-4000-8000-000000000000, role=member, roles=[editor, member], claims=[can.read.drafts]], rows aliased r.

-- Post.create [aaaaaaaa-0000-4000-8000-000000000000, member, true, member, false, aaaaaaaa-0000-4000-8000-000000000000]
"r"."tenant_id" = CAST(? AS uuid) AND (CAST(? AS text) = 'editor' OR CAST(? AS boolean) OR CAST(? AS text) = 'admin' OR CAST(? AS boolean)) AND CAST(? AS uuid) = "r"."tenant_id"

-- Post.read [aaaaaaaa-0000-4000-8000-000000000000, aaaaaaaa-0000-4000-8000-000000000000]
"r"."tenant_id" = CAST(? AS uuid) AND ("r"."published" = TRUE OR "r"."tenant_id" = CAST(? AS uuid))

-- Post.update [aaaaaaaa-0000-4000-8000-000000000000]
"r"."tenant_id" = CAST(? AS uuid)

-- Post.delete [aaaaaaaa-0000-4000-8000-000000000000, member, false]
"r"."tenant_id" = CAST(? AS uuid) AND (CAST(? AS text) = 'admin' OR CAST(? AS boolean))

-- Tag.create []
FALSE

-- Tag.read []
FALSE

-- Tag.update []
FALSE

-- Tag.delete []
FALSE

-- User.create [aaaaaaaa-0000-4000-8000-000000000000]
"r"."tenant_id" = CAST(? AS uuid)

-- User.read [aaaaaaaa-0000-4000-8000-000000000000]
"r"."tenant_id" = CAST(? AS uuid)

-- User.update [aaaaaaaa-0000-4000-8000-000000000000]
"r"."tenant_id" = CAST(? AS uuid)

-- User.delete [aaaaaaaa-0000-4000-8000-000000000000]
"r"."tenant_id" = CAST(? AS uuid)
