-- LaForge migration for SQLite, reversed: undoes the .sql file of the same name, last operation first.

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

-- undo create table teams_users
DROP TABLE "teams_users";

-- undo create table teams
DROP TABLE "teams";

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

-- undo create table pipelines
DROP TABLE "pipelines";

-- undo create table opportunities
DROP TABLE "opportunities";

-- undo create table memberships
DROP TABLE "memberships";

-- undo create table invoices
DROP TABLE "invoices";

-- undo create table invoice_lines
DROP TABLE "invoice_lines";

-- undo create table contacts_tags
DROP TABLE "contacts_tags";

-- undo create table contacts_opportunities
DROP TABLE "contacts_opportunities";

-- undo create table comments
DROP TABLE "comments";

-- undo create table activities
DROP TABLE "activities";
