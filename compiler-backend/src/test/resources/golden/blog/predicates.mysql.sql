-- Predicates for UserContext[id=a0000000-0000-4000-8000-000000000002, tenantId=aaaaaaaa-0000-4000-8000-000000000000, role=member, roles=[editor, member], claims=[can.read.drafts]], rows aliased r.

-- Post.create [aaaaaaaa-0000-4000-8000-000000000000, member, true, member, false, aaaaaaaa-0000-4000-8000-000000000000]
`r`.`tenant_id` = ? AND (CAST(? AS BINARY) = 'editor' OR ? OR CAST(? AS BINARY) = 'admin' OR ?) AND ? = `r`.`tenant_id`

-- Post.read [aaaaaaaa-0000-4000-8000-000000000000, aaaaaaaa-0000-4000-8000-000000000000]
`r`.`tenant_id` = ? AND (`r`.`published` = TRUE OR `r`.`tenant_id` = ?)

-- Post.update [aaaaaaaa-0000-4000-8000-000000000000]
`r`.`tenant_id` = ?

-- Post.delete [aaaaaaaa-0000-4000-8000-000000000000, member, false]
`r`.`tenant_id` = ? AND (CAST(? AS BINARY) = 'admin' OR ?)

-- Tag.create []
FALSE

-- Tag.read []
FALSE

-- Tag.update []
FALSE

-- Tag.delete []
FALSE

-- User.create [aaaaaaaa-0000-4000-8000-000000000000]
`r`.`tenant_id` = ?

-- User.read [aaaaaaaa-0000-4000-8000-000000000000]
`r`.`tenant_id` = ?

-- User.update [aaaaaaaa-0000-4000-8000-000000000000]
`r`.`tenant_id` = ?

-- User.delete [aaaaaaaa-0000-4000-8000-000000000000]
`r`.`tenant_id` = ?
