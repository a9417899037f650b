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

-- undo create policy laforge_teams_users_guard on teams_users
DROP POLICY "laforge_teams_users_guard" ON "teams_users";

-- undo create policy laforge_teams_update on teams
DROP POLICY "laforge_teams_update" ON "teams";

-- undo create policy laforge_teams_tenant_guard on teams
DROP POLICY "laforge_teams_tenant_guard" ON "teams";

-- undo create policy laforge_teams_read on teams
DROP POLICY "laforge_teams_read" ON "teams";

-- undo create policy laforge_teams_delete on teams
DROP POLICY "laforge_teams_delete" ON "teams";

-- undo create policy laforge_teams_create on teams
DROP POLICY "laforge_teams_create" ON "teams";

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

-- undo create policy laforge_support_tickets_tags_guard on support_tickets_tags
DROP POLICY "laforge_support_tickets_tags_guard" ON "support_tickets_tags";

-- undo create policy laforge_support_tickets_update on support_tickets
DROP POLICY "laforge_support_tickets_update" ON "support_tickets";

-- undo create policy laforge_support_tickets_tenant_guard on support_tickets
DROP POLICY "laforge_support_tickets_tenant_guard" ON "support_tickets";

-- undo create policy laforge_support_tickets_read on support_tickets
DROP POLICY "laforge_support_tickets_read" ON "support_tickets";

-- undo create policy laforge_support_tickets_delete on support_tickets
DROP POLICY "laforge_support_tickets_delete" ON "support_tickets";

-- undo create policy laforge_support_tickets_create on support_tickets
DROP POLICY "laforge_support_tickets_create" ON "support_tickets";

-- undo create policy laforge_stages_update on stages
DROP POLICY "laforge_stages_update" ON "stages";

-- undo create policy laforge_stages_tenant_guard on stages
DROP POLICY "laforge_stages_tenant_guard" ON "stages";

-- undo create policy laforge_stages_read on stages
DROP POLICY "laforge_stages_read" ON "stages";

-- undo create policy laforge_stages_delete on stages
DROP POLICY "laforge_stages_delete" ON "stages";

-- undo create policy laforge_stages_create on stages
DROP POLICY "laforge_stages_create" ON "stages";

-- undo create policy laforge_sla_policies_update on sla_policies
DROP POLICY "laforge_sla_policies_update" ON "sla_policies";

-- undo create policy laforge_sla_policies_tenant_guard on sla_policies
DROP POLICY "laforge_sla_policies_tenant_guard" ON "sla_policies";

-- undo create policy laforge_sla_policies_read on sla_policies
DROP POLICY "laforge_sla_policies_read" ON "sla_policies";

-- undo create policy laforge_sla_policies_delete on sla_policies
DROP POLICY "laforge_sla_policies_delete" ON "sla_policies";

-- undo create policy laforge_sla_policies_create on sla_policies
DROP POLICY "laforge_sla_policies_create" ON "sla_policies";

-- undo create policy laforge_quotes_update on quotes
DROP POLICY "laforge_quotes_update" ON "quotes";

-- undo create policy laforge_quotes_tenant_guard on quotes
DROP POLICY "laforge_quotes_tenant_guard" ON "quotes";

-- undo create policy laforge_quotes_read on quotes
DROP POLICY "laforge_quotes_read" ON "quotes";

-- undo create policy laforge_quotes_delete on quotes
DROP POLICY "laforge_quotes_delete" ON "quotes";

-- undo create policy laforge_quotes_create on quotes
DROP POLICY "laforge_quotes_create" ON "quotes";

-- undo create policy laforge_quote_lines_update on quote_lines
DROP POLICY "laforge_quote_lines_update" ON "quote_lines";

-- undo create policy laforge_quote_lines_tenant_guard on quote_lines
DROP POLICY "laforge_quote_lines_tenant_guard" ON "quote_lines";

-- undo create policy laforge_quote_lines_read on quote_lines
DROP POLICY "laforge_quote_lines_read" ON "quote_lines";

-- undo create policy laforge_quote_lines_delete on quote_lines
DROP POLICY "laforge_quote_lines_delete" ON "quote_lines";

-- undo create policy laforge_quote_lines_create on quote_lines
DROP POLICY "laforge_quote_lines_create" ON "quote_lines";

-- undo create policy laforge_products_update on products
DROP POLICY "laforge_products_update" ON "products";

-- undo create policy laforge_products_tenant_guard on products
DROP POLICY "laforge_products_tenant_guard" ON "products";

-- undo create policy laforge_products_read on products
DROP POLICY "laforge_products_read" ON "products";

-- undo create policy laforge_products_delete on products
DROP POLICY "laforge_products_delete" ON "products";

-- undo create policy laforge_products_create on products
DROP POLICY "laforge_products_create" ON "products";

-- undo create policy laforge_pipelines_update on pipelines
DROP POLICY "laforge_pipelines_update" ON "pipelines";

-- undo create policy laforge_pipelines_tenant_guard on pipelines
DROP POLICY "laforge_pipelines_tenant_guard" ON "pipelines";

-- undo create policy laforge_pipelines_read on pipelines
DROP POLICY "laforge_pipelines_read" ON "pipelines";

-- undo create policy laforge_pipelines_delete on pipelines
DROP POLICY "laforge_pipelines_delete" ON "pipelines";

-- undo create policy laforge_pipelines_create on pipelines
DROP POLICY "laforge_pipelines_create" ON "pipelines";

-- undo create policy laforge_payments_update on payments
DROP POLICY "laforge_payments_update" ON "payments";

-- undo create policy laforge_payments_tenant_guard on payments
DROP POLICY "laforge_payments_tenant_guard" ON "payments";

-- undo create policy laforge_payments_read on payments
DROP POLICY "laforge_payments_read" ON "payments";

-- undo create policy laforge_payments_delete on payments
DROP POLICY "laforge_payments_delete" ON "payments";

-- undo create policy laforge_payments_create on payments
DROP POLICY "laforge_payments_create" ON "payments";

-- undo create policy laforge_organizations_update on organizations
DROP POLICY "laforge_organizations_update" ON "organizations";

-- undo create policy laforge_organizations_tenant_guard on organizations
DROP POLICY "laforge_organizations_tenant_guard" ON "organizations";

-- undo create policy laforge_organizations_read on organizations
DROP POLICY "laforge_organizations_read" ON "organizations";

-- undo create policy laforge_organizations_delete on organizations
DROP POLICY "laforge_organizations_delete" ON "organizations";

-- undo create policy laforge_organizations_create on organizations
DROP POLICY "laforge_organizations_create" ON "organizations";

-- undo create policy laforge_opportunities_update on opportunities
DROP POLICY "laforge_opportunities_update" ON "opportunities";

-- undo create policy laforge_opportunities_tenant_guard on opportunities
DROP POLICY "laforge_opportunities_tenant_guard" ON "opportunities";

-- undo create policy laforge_opportunities_read on opportunities
DROP POLICY "laforge_opportunities_read" ON "opportunities";

-- undo create policy laforge_opportunities_delete on opportunities
DROP POLICY "laforge_opportunities_delete" ON "opportunities";

-- undo create policy laforge_opportunities_create on opportunities
DROP POLICY "laforge_opportunities_create" ON "opportunities";

-- undo create policy laforge_memberships_update on memberships
DROP POLICY "laforge_memberships_update" ON "memberships";

-- undo create policy laforge_memberships_tenant_guard on memberships
DROP POLICY "laforge_memberships_tenant_guard" ON "memberships";

-- undo create policy laforge_memberships_read on memberships
DROP POLICY "laforge_memberships_read" ON "memberships";

-- undo create policy laforge_memberships_delete on memberships
DROP POLICY "laforge_memberships_delete" ON "memberships";

-- undo create policy laforge_memberships_create on memberships
DROP POLICY "laforge_memberships_create" ON "memberships";

-- undo create policy laforge_leads_update on leads
DROP POLICY "laforge_leads_update" ON "leads";

-- undo create policy laforge_leads_tenant_guard on leads
DROP POLICY "laforge_leads_tenant_guard" ON "leads";

-- undo create policy laforge_leads_read on leads
DROP POLICY "laforge_leads_read" ON "leads";

-- undo create policy laforge_leads_delete on leads
DROP POLICY "laforge_leads_delete" ON "leads";

-- undo create policy laforge_leads_create on leads
DROP POLICY "laforge_leads_create" ON "leads";

-- undo create policy laforge_invoices_update on invoices
DROP POLICY "laforge_invoices_update" ON "invoices";

-- undo create policy laforge_invoices_tenant_guard on invoices
DROP POLICY "laforge_invoices_tenant_guard" ON "invoices";

-- undo create policy laforge_invoices_read on invoices
DROP POLICY "laforge_invoices_read" ON "invoices";

-- undo create policy laforge_invoices_delete on invoices
DROP POLICY "laforge_invoices_delete" ON "invoices";

-- undo create policy laforge_invoices_create on invoices
DROP POLICY "laforge_invoices_create" ON "invoices";

-- undo create policy laforge_invoice_lines_update on invoice_lines
DROP POLICY "laforge_invoice_lines_update" ON "invoice_lines";

-- undo create policy laforge_invoice_lines_tenant_guard on invoice_lines
DROP POLICY "laforge_invoice_lines_tenant_guard" ON "invoice_lines";

-- undo create policy laforge_invoice_lines_read on invoice_lines
DROP POLICY "laforge_invoice_lines_read" ON "invoice_lines";

-- undo create policy laforge_invoice_lines_delete on invoice_lines
DROP POLICY "laforge_invoice_lines_delete" ON "invoice_lines";

-- undo create policy laforge_invoice_lines_create on invoice_lines
DROP POLICY "laforge_invoice_lines_create" ON "invoice_lines";

-- undo create policy laforge_currencies_read on currencies
DROP POLICY "laforge_currencies_read" ON "currencies";

-- undo create policy laforge_contacts_tags_guard on contacts_tags
DROP POLICY "laforge_contacts_tags_guard" ON "contacts_tags";

-- undo create policy laforge_contacts_opportunities_guard on contacts_opportunities
DROP POLICY "laforge_contacts_opportunities_guard" ON "contacts_opportunities";

-- undo create policy laforge_contacts_update on contacts
DROP POLICY "laforge_contacts_update" ON "contacts";

-- undo create policy laforge_contacts_tenant_guard on contacts
DROP POLICY "laforge_contacts_tenant_guard" ON "contacts";

-- undo create policy laforge_contacts_read on contacts
DROP POLICY "laforge_contacts_read" ON "contacts";

-- undo create policy laforge_contacts_delete on contacts
DROP POLICY "laforge_contacts_delete" ON "contacts";

-- undo create policy laforge_contacts_create on contacts
DROP POLICY "laforge_contacts_create" ON "contacts";

-- undo create policy laforge_comments_update on comments
DROP POLICY "laforge_comments_update" ON "comments";

-- undo create policy laforge_comments_tenant_guard on comments
DROP POLICY "laforge_comments_tenant_guard" ON "comments";

-- undo create policy laforge_comments_read on comments
DROP POLICY "laforge_comments_read" ON "comments";

-- undo create policy laforge_comments_delete on comments
DROP POLICY "laforge_comments_delete" ON "comments";

-- undo create policy laforge_comments_create on comments
DROP POLICY "laforge_comments_create" ON "comments";

-- undo create policy laforge_attachments_update on attachments
DROP POLICY "laforge_attachments_update" ON "attachments";

-- undo create policy laforge_attachments_tenant_guard on attachments
DROP POLICY "laforge_attachments_tenant_guard" ON "attachments";

-- undo create policy laforge_attachments_read on attachments
DROP POLICY "laforge_attachments_read" ON "attachments";

-- undo create policy laforge_attachments_delete on attachments
DROP POLICY "laforge_attachments_delete" ON "attachments";

-- undo create policy laforge_attachments_create on attachments
DROP POLICY "laforge_attachments_create" ON "attachments";

-- undo create policy laforge_activities_update on activities
DROP POLICY "laforge_activities_update" ON "activities";

-- undo create policy laforge_activities_tenant_guard on activities
DROP POLICY "laforge_activities_tenant_guard" ON "activities";

-- undo create policy laforge_activities_read on activities
DROP POLICY "laforge_activities_read" ON "activities";

-- undo create policy laforge_activities_delete on activities
DROP POLICY "laforge_activities_delete" ON "activities";

-- undo create policy laforge_activities_create on activities
DROP POLICY "laforge_activities_create" ON "activities";

-- undo create policy laforge_accounts_update on accounts
DROP POLICY "laforge_accounts_update" ON "accounts";

-- undo create policy laforge_accounts_tenant_guard on accounts
DROP POLICY "laforge_accounts_tenant_guard" ON "accounts";

-- undo create policy laforge_accounts_read on accounts
DROP POLICY "laforge_accounts_read" ON "accounts";

-- undo create policy laforge_accounts_delete on accounts
DROP POLICY "laforge_accounts_delete" ON "accounts";

-- undo create policy laforge_accounts_create on accounts
DROP POLICY "laforge_accounts_create" ON "accounts";

-- undo add foreign key teams_users_user_id_fkey teams_users.user_id -> users
ALTER TABLE "teams_users" DROP CONSTRAINT "teams_users_user_id_fkey";

-- undo add foreign key teams_users_team_id_fkey teams_users.team_id -> teams
ALTER TABLE "teams_users" DROP CONSTRAINT "teams_users_team_id_fkey";

-- undo add foreign key teams_lead_id_fkey teams.lead_id -> users
ALTER TABLE "teams" DROP CONSTRAINT "teams_lead_id_fkey";

-- undo add foreign key support_tickets_tags_ticket_id_fkey support_tickets_tags.ticket_id -> support_tickets
ALTER TABLE "support_tickets_tags" DROP CONSTRAINT "support_tickets_tags_ticket_id_fkey";

-- undo add foreign key support_tickets_tags_tag_id_fkey support_tickets_tags.tag_id -> tags
ALTER TABLE "support_tickets_tags" DROP CONSTRAINT "support_tickets_tags_tag_id_fkey";

-- undo add foreign key support_tickets_sla_id_fkey support_tickets.sla_id -> sla_policies
ALTER TABLE "support_tickets" DROP CONSTRAINT "support_tickets_sla_id_fkey";

-- undo add foreign key support_tickets_reporter_id_fkey support_tickets.reporter_id -> users
ALTER TABLE "support_tickets" DROP CONSTRAINT "support_tickets_reporter_id_fkey";

-- undo add foreign key support_tickets_contact_id_fkey support_tickets.contact_id -> contacts
ALTER TABLE "support_tickets" DROP CONSTRAINT "support_tickets_contact_id_fkey";

-- undo add foreign key support_tickets_assignee_id_fkey support_tickets.assignee_id -> users
ALTER TABLE "support_tickets" DROP CONSTRAINT "support_tickets_assignee_id_fkey";

-- undo add foreign key support_tickets_account_id_fkey support_tickets.account_id -> accounts
ALTER TABLE "support_tickets" DROP CONSTRAINT "support_tickets_account_id_fkey";

-- undo add foreign key stages_pipeline_id_fkey stages.pipeline_id -> pipelines
ALTER TABLE "stages" DROP CONSTRAINT "stages_pipeline_id_fkey";

-- undo add foreign key quotes_prepared_by_id_fkey quotes.prepared_by_id -> users
ALTER TABLE "quotes" DROP CONSTRAINT "quotes_prepared_by_id_fkey";

-- undo add foreign key quotes_opportunity_id_fkey quotes.opportunity_id -> opportunities
ALTER TABLE "quotes" DROP CONSTRAINT "quotes_opportunity_id_fkey";

-- undo add foreign key quotes_currency_id_fkey quotes.currency_id -> currencies
ALTER TABLE "quotes" DROP CONSTRAINT "quotes_currency_id_fkey";

-- undo add foreign key quote_lines_quote_id_fkey quote_lines.quote_id -> quotes
ALTER TABLE "quote_lines" DROP CONSTRAINT "quote_lines_quote_id_fkey";

-- undo add foreign key quote_lines_product_id_fkey quote_lines.product_id -> products
ALTER TABLE "quote_lines" DROP CONSTRAINT "quote_lines_product_id_fkey";

-- undo add foreign key products_currency_id_fkey products.currency_id -> currencies
ALTER TABLE "products" DROP CONSTRAINT "products_currency_id_fkey";

-- undo add foreign key pipelines_team_id_fkey pipelines.team_id -> teams
ALTER TABLE "pipelines" DROP CONSTRAINT "pipelines_team_id_fkey";

-- undo add foreign key payments_recorded_by_id_fkey payments.recorded_by_id -> users
ALTER TABLE "payments" DROP CONSTRAINT "payments_recorded_by_id_fkey";

-- undo add foreign key payments_invoice_id_fkey payments.invoice_id -> invoices
ALTER TABLE "payments" DROP CONSTRAINT "payments_invoice_id_fkey";

-- undo add foreign key opportunities_stage_id_fkey opportunities.stage_id -> stages
ALTER TABLE "opportunities" DROP CONSTRAINT "opportunities_stage_id_fkey";

-- undo add foreign key opportunities_primary_contact_id_fkey opportunities.primary_contact_id -> contacts
ALTER TABLE "opportunities" DROP CONSTRAINT "opportunities_primary_contact_id_fkey";

-- undo add foreign key opportunities_owner_id_fkey opportunities.owner_id -> users
ALTER TABLE "opportunities" DROP CONSTRAINT "opportunities_owner_id_fkey";

-- undo add foreign key opportunities_currency_id_fkey opportunities.currency_id -> currencies
ALTER TABLE "opportunities" DROP CONSTRAINT "opportunities_currency_id_fkey";

-- undo add foreign key opportunities_account_id_fkey opportunities.account_id -> accounts
ALTER TABLE "opportunities" DROP CONSTRAINT "opportunities_account_id_fkey";

-- undo add foreign key memberships_user_id_fkey memberships.user_id -> users
ALTER TABLE "memberships" DROP CONSTRAINT "memberships_user_id_fkey";

-- undo add foreign key memberships_invited_by_id_fkey memberships.invited_by_id -> users
ALTER TABLE "memberships" DROP CONSTRAINT "memberships_invited_by_id_fkey";

-- undo add foreign key leads_owner_id_fkey leads.owner_id -> users
ALTER TABLE "leads" DROP CONSTRAINT "leads_owner_id_fkey";

-- undo add foreign key leads_converted_contact_id_fkey leads.converted_contact_id -> contacts
ALTER TABLE "leads" DROP CONSTRAINT "leads_converted_contact_id_fkey";

-- undo add foreign key leads_converted_account_id_fkey leads.converted_account_id -> accounts
ALTER TABLE "leads" DROP CONSTRAINT "leads_converted_account_id_fkey";

-- undo add foreign key invoices_quote_id_fkey invoices.quote_id -> quotes
ALTER TABLE "invoices" DROP CONSTRAINT "invoices_quote_id_fkey";

-- undo add foreign key invoices_currency_id_fkey invoices.currency_id -> currencies
ALTER TABLE "invoices" DROP CONSTRAINT "invoices_currency_id_fkey";

-- undo add foreign key invoices_account_id_fkey invoices.account_id -> accounts
ALTER TABLE "invoices" DROP CONSTRAINT "invoices_account_id_fkey";

-- undo add foreign key invoice_lines_product_id_fkey invoice_lines.product_id -> products
ALTER TABLE "invoice_lines" DROP CONSTRAINT "invoice_lines_product_id_fkey";

-- undo add foreign key invoice_lines_invoice_id_fkey invoice_lines.invoice_id -> invoices
ALTER TABLE "invoice_lines" DROP CONSTRAINT "invoice_lines_invoice_id_fkey";

-- undo add foreign key contacts_tags_tag_id_fkey contacts_tags.tag_id -> tags
ALTER TABLE "contacts_tags" DROP CONSTRAINT "contacts_tags_tag_id_fkey";

-- undo add foreign key contacts_tags_contact_id_fkey contacts_tags.contact_id -> contacts
ALTER TABLE "contacts_tags" DROP CONSTRAINT "contacts_tags_contact_id_fkey";

-- undo add foreign key contacts_opportunities_opportunity_id_fkey contacts_opportunities.opportunity_id -> opportunities
ALTER TABLE "contacts_opportunities" DROP CONSTRAINT "contacts_opportunities_opportunity_id_fkey";

-- undo add foreign key contacts_opportunities_contact_id_fkey contacts_opportunities.contact_id -> contacts
ALTER TABLE "contacts_opportunities" DROP CONSTRAINT "contacts_opportunities_contact_id_fkey";

-- undo add foreign key contacts_owner_id_fkey contacts.owner_id -> users
ALTER TABLE "contacts" DROP CONSTRAINT "contacts_owner_id_fkey";

-- undo add foreign key contacts_account_id_fkey contacts.account_id -> accounts
ALTER TABLE "contacts" DROP CONSTRAINT "contacts_account_id_fkey";

-- undo add foreign key comments_ticket_id_fkey comments.ticket_id -> support_tickets
ALTER TABLE "comments" DROP CONSTRAINT "comments_ticket_id_fkey";

-- undo add foreign key comments_parent_id_fkey comments.parent_id -> comments
ALTER TABLE "comments" DROP CONSTRAINT "comments_parent_id_fkey";

-- undo add foreign key comments_author_id_fkey comments.author_id -> users
ALTER TABLE "comments" DROP CONSTRAINT "comments_author_id_fkey";

-- undo add foreign key attachments_uploaded_by_id_fkey attachments.uploaded_by_id -> users
ALTER TABLE "attachments" DROP CONSTRAINT "attachments_uploaded_by_id_fkey";

-- undo add foreign key attachments_ticket_id_fkey attachments.ticket_id -> support_tickets
ALTER TABLE "attachments" DROP CONSTRAINT "attachments_ticket_id_fkey";

-- undo add foreign key attachments_opportunity_id_fkey attachments.opportunity_id -> opportunities
ALTER TABLE "attachments" DROP CONSTRAINT "attachments_opportunity_id_fkey";

-- undo add foreign key activities_owner_id_fkey activities.owner_id -> users
ALTER TABLE "activities" DROP CONSTRAINT "activities_owner_id_fkey";

-- undo add foreign key activities_opportunity_id_fkey activities.opportunity_id -> opportunities
ALTER TABLE "activities" DROP CONSTRAINT "activities_opportunity_id_fkey";

-- undo add foreign key activities_lead_id_fkey activities.lead_id -> leads
ALTER TABLE "activities" DROP CONSTRAINT "activities_lead_id_fkey";

-- undo add foreign key activities_contact_id_fkey activities.contact_id -> contacts
ALTER TABLE "activities" DROP CONSTRAINT "activities_contact_id_fkey";

-- undo add foreign key activities_account_id_fkey activities.account_id -> accounts
ALTER TABLE "activities" DROP CONSTRAINT "activities_account_id_fkey";

-- undo add foreign key accounts_team_id_fkey accounts.team_id -> teams
ALTER TABLE "accounts" DROP CONSTRAINT "accounts_team_id_fkey";

-- undo add foreign key accounts_parent_id_fkey accounts.parent_id -> accounts
ALTER TABLE "accounts" DROP CONSTRAINT "accounts_parent_id_fkey";

-- undo add foreign key accounts_owner_id_fkey accounts.owner_id -> users
ALTER TABLE "accounts" DROP CONSTRAINT "accounts_owner_id_fkey";

-- undo add index users_tenant_id_email_key on users
DROP INDEX "users_tenant_id_email_key";

-- undo add index teams_users_user_id_idx on teams_users
DROP INDEX "teams_users_user_id_idx";

-- undo add index teams_tenant_id_name_key on teams
DROP INDEX "teams_tenant_id_name_key";

-- undo add index teams_lead_id_idx on teams
DROP INDEX "teams_lead_id_idx";

-- undo add index tags_tenant_id_name_key on tags
DROP INDEX "tags_tenant_id_name_key";

-- undo add index support_tickets_tags_tag_id_idx on support_tickets_tags
DROP INDEX "support_tickets_tags_tag_id_idx";

-- undo add index support_tickets_tenant_id_status_priority_idx on support_tickets
DROP INDEX "support_tickets_tenant_id_status_priority_idx";

-- undo add index support_tickets_sla_id_idx on support_tickets
DROP INDEX "support_tickets_sla_id_idx";

-- undo add index support_tickets_reporter_id_idx on support_tickets
DROP INDEX "support_tickets_reporter_id_idx";

-- undo add index support_tickets_contact_id_idx on support_tickets
DROP INDEX "support_tickets_contact_id_idx";

-- undo add index support_tickets_assignee_id_idx on support_tickets
DROP INDEX "support_tickets_assignee_id_idx";

-- undo add index support_tickets_account_id_idx on support_tickets
DROP INDEX "support_tickets_account_id_idx";

-- undo add index stages_tenant_id_idx on stages
DROP INDEX "stages_tenant_id_idx";

-- undo add index stages_pipeline_id_position_key on stages
DROP INDEX "stages_pipeline_id_position_key";

-- undo add index sla_policies_tenant_id_priority_key on sla_policies
DROP INDEX "sla_policies_tenant_id_priority_key";

-- undo add index quotes_tenant_id_number_key on quotes
DROP INDEX "quotes_tenant_id_number_key";

-- undo add index quotes_prepared_by_id_idx on quotes
DROP INDEX "quotes_prepared_by_id_idx";

-- undo add index quotes_opportunity_id_idx on quotes
DROP INDEX "quotes_opportunity_id_idx";

-- undo add index quotes_currency_id_idx on quotes
DROP INDEX "quotes_currency_id_idx";

-- undo add index quote_lines_tenant_id_idx on quote_lines
DROP INDEX "quote_lines_tenant_id_idx";

-- undo add index quote_lines_quote_id_idx on quote_lines
DROP INDEX "quote_lines_quote_id_idx";

-- undo add index quote_lines_product_id_idx on quote_lines
DROP INDEX "quote_lines_product_id_idx";

-- undo add index products_tenant_id_sku_key on products
DROP INDEX "products_tenant_id_sku_key";

-- undo add index products_currency_id_idx on products
DROP INDEX "products_currency_id_idx";

-- undo add index pipelines_tenant_id_name_key on pipelines
DROP INDEX "pipelines_tenant_id_name_key";

-- undo add index pipelines_team_id_idx on pipelines
DROP INDEX "pipelines_team_id_idx";

-- undo add index payments_tenant_id_idx on payments
DROP INDEX "payments_tenant_id_idx";

-- undo add index payments_recorded_by_id_idx on payments
DROP INDEX "payments_recorded_by_id_idx";

-- undo add index payments_invoice_id_idx on payments
DROP INDEX "payments_invoice_id_idx";

-- undo add index opportunities_tenant_id_status_expected_close_date_idx on opportunities
DROP INDEX "opportunities_tenant_id_status_expected_close_date_idx";

-- undo add index opportunities_stage_id_idx on opportunities
DROP INDEX "opportunities_stage_id_idx";

-- undo add index opportunities_primary_contact_id_idx on opportunities
DROP INDEX "opportunities_primary_contact_id_idx";

-- undo add index opportunities_owner_id_idx on opportunities
DROP INDEX "opportunities_owner_id_idx";

-- undo add index opportunities_currency_id_idx on opportunities
DROP INDEX "opportunities_currency_id_idx";

-- undo add index opportunities_account_id_idx on opportunities
DROP INDEX "opportunities_account_id_idx";

-- undo add index memberships_user_id_idx on memberships
DROP INDEX "memberships_user_id_idx";

-- undo add index memberships_tenant_id_user_id_key on memberships
DROP INDEX "memberships_tenant_id_user_id_key";

-- undo add index memberships_invited_by_id_idx on memberships
DROP INDEX "memberships_invited_by_id_idx";

-- undo add index leads_tenant_id_status_idx on leads
DROP INDEX "leads_tenant_id_status_idx";

-- undo add index leads_owner_id_idx on leads
DROP INDEX "leads_owner_id_idx";

-- undo add index leads_converted_contact_id_idx on leads
DROP INDEX "leads_converted_contact_id_idx";

-- undo add index leads_converted_account_id_idx on leads
DROP INDEX "leads_converted_account_id_idx";

-- undo add index invoices_tenant_id_status_due_on_idx on invoices
DROP INDEX "invoices_tenant_id_status_due_on_idx";

-- undo add index invoices_tenant_id_sequence_key on invoices
DROP INDEX "invoices_tenant_id_sequence_key";

-- undo add index invoices_tenant_id_invoice_number_key on invoices
DROP INDEX "invoices_tenant_id_invoice_number_key";

-- undo add index invoices_quote_id_idx on invoices
DROP INDEX "invoices_quote_id_idx";

-- undo add index invoices_currency_id_idx on invoices
DROP INDEX "invoices_currency_id_idx";

-- undo add index invoices_account_id_idx on invoices
DROP INDEX "invoices_account_id_idx";

-- undo add index invoice_lines_tenant_id_idx on invoice_lines
DROP INDEX "invoice_lines_tenant_id_idx";

-- undo add index invoice_lines_product_id_idx on invoice_lines
DROP INDEX "invoice_lines_product_id_idx";

-- undo add index invoice_lines_invoice_id_idx on invoice_lines
DROP INDEX "invoice_lines_invoice_id_idx";

-- undo add index contacts_tags_tag_id_idx on contacts_tags
DROP INDEX "contacts_tags_tag_id_idx";

-- undo add index contacts_opportunities_opportunity_id_idx on contacts_opportunities
DROP INDEX "contacts_opportunities_opportunity_id_idx";

-- undo add index contacts_tenant_id_last_name_first_name_idx on contacts
DROP INDEX "contacts_tenant_id_last_name_first_name_idx";

-- undo add index contacts_tenant_id_email_key on contacts
DROP INDEX "contacts_tenant_id_email_key";

-- undo add index contacts_owner_id_idx on contacts
DROP INDEX "contacts_owner_id_idx";

-- undo add index contacts_account_id_idx on contacts
DROP INDEX "contacts_account_id_idx";

-- undo add index comments_ticket_id_idx on comments
DROP INDEX "comments_ticket_id_idx";

-- undo add index comments_tenant_id_idx on comments
DROP INDEX "comments_tenant_id_idx";

-- undo add index comments_parent_id_idx on comments
DROP INDEX "comments_parent_id_idx";

-- undo add index comments_author_id_idx on comments
DROP INDEX "comments_author_id_idx";

-- undo add index attachments_uploaded_by_id_idx on attachments
DROP INDEX "attachments_uploaded_by_id_idx";

-- undo add index attachments_ticket_id_idx on attachments
DROP INDEX "attachments_ticket_id_idx";

-- undo add index attachments_tenant_id_idx on attachments
DROP INDEX "attachments_tenant_id_idx";

-- undo add index attachments_opportunity_id_idx on attachments
DROP INDEX "attachments_opportunity_id_idx";

-- undo add index activities_tenant_id_due_at_idx on activities
DROP INDEX "activities_tenant_id_due_at_idx";

-- undo add index activities_owner_id_idx on activities
DROP INDEX "activities_owner_id_idx";

-- undo add index activities_opportunity_id_idx on activities
DROP INDEX "activities_opportunity_id_idx";

-- undo add index activities_lead_id_idx on activities
DROP INDEX "activities_lead_id_idx";

-- undo add index activities_contact_id_idx on activities
DROP INDEX "activities_contact_id_idx";

-- undo add index activities_account_id_idx on activities
DROP INDEX "activities_account_id_idx";

-- undo add index accounts_tenant_id_name_idx on accounts
DROP INDEX "accounts_tenant_id_name_idx";

-- undo add index accounts_team_id_idx on accounts
DROP INDEX "accounts_team_id_idx";

-- undo add index accounts_parent_id_idx on accounts
DROP INDEX "accounts_parent_id_idx";

-- undo add index accounts_owner_id_idx on accounts
DROP INDEX "accounts_owner_id_idx";

-- undo create table users
DROP TABLE "users";

-- undo create table teams_users
DROP TABLE "teams_users";

-- undo create table teams
DROP TABLE "teams";

-- undo create table tags
DROP TABLE "tags";

-- undo create table support_tickets_tags
DROP TABLE "support_tickets_tags";

-- undo create table support_tickets
DROP TABLE "support_tickets";

-- undo create table stages
DROP TABLE "stages";

-- undo create table sla_policies
DROP TABLE "sla_policies";

-- undo create table quotes
DROP TABLE "quotes";

-- undo create table quote_lines
DROP TABLE "quote_lines";

-- undo create table products
DROP TABLE "products";

-- undo create table pipelines
DROP TABLE "pipelines";

-- undo create table payments
DROP TABLE "payments";

-- undo create table organizations
DROP TABLE "organizations";

-- undo create table opportunities
DROP TABLE "opportunities";

-- undo create table memberships
DROP TABLE "memberships";

-- undo create table leads
DROP TABLE "leads";

-- undo create table invoices
DROP TABLE "invoices";

-- undo create table invoice_lines
DROP TABLE "invoice_lines";

-- undo create table currencies
DROP TABLE "currencies";

-- undo create table contacts_tags
DROP TABLE "contacts_tags";

-- undo create table contacts_opportunities
DROP TABLE "contacts_opportunities";

-- undo create table contacts
DROP TABLE "contacts";

-- undo create table comments
DROP TABLE "comments";

-- undo create table attachments
DROP TABLE "attachments";

-- undo create table activities
DROP TABLE "activities";

-- undo create table accounts
DROP TABLE "accounts";

-- undo create enum ticket_status
DROP TYPE "ticket_status";

-- undo create enum ticket_priority
DROP TYPE "ticket_priority";

-- undo create enum ticket_channel
DROP TYPE "ticket_channel";

-- undo create enum quote_status
DROP TYPE "quote_status";

-- undo create enum plan
DROP TYPE "plan";

-- undo create enum payment_method
DROP TYPE "payment_method";

-- undo create enum opportunity_status
DROP TYPE "opportunity_status";

-- undo create enum membership_status
DROP TYPE "membership_status";

-- undo create enum lead_status
DROP TYPE "lead_status";

-- undo create enum lead_source
DROP TYPE "lead_source";

-- undo create enum invoice_status
DROP TYPE "invoice_status";

-- undo create enum activity_kind
DROP TYPE "activity_kind";

-- undo create enum account_tier
DROP TYPE "account_tier";
