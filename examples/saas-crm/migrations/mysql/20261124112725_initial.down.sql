-- LaForge migration for MySQL/MariaDB, reversed: undoes the .sql file of the same name, last operation first.

-- undo add foreign key teams_users_user_id_fkey teams_users.user_id -> users
ALTER TABLE `teams_users` DROP FOREIGN KEY `teams_users_user_id_fkey`;

-- undo add foreign key teams_users_team_id_fkey teams_users.team_id -> teams
ALTER TABLE `teams_users` DROP FOREIGN KEY `teams_users_team_id_fkey`;

-- undo add foreign key teams_lead_id_fkey teams.lead_id -> users
ALTER TABLE `teams` DROP FOREIGN KEY `teams_lead_id_fkey`;

-- undo add foreign key support_tickets_tags_ticket_id_fkey support_tickets_tags.ticket_id -> support_tickets
ALTER TABLE `support_tickets_tags` DROP FOREIGN KEY `support_tickets_tags_ticket_id_fkey`;

-- undo add foreign key support_tickets_tags_tag_id_fkey support_tickets_tags.tag_id -> tags
ALTER TABLE `support_tickets_tags` DROP FOREIGN KEY `support_tickets_tags_tag_id_fkey`;

-- undo add foreign key support_tickets_sla_id_fkey support_tickets.sla_id -> sla_policies
ALTER TABLE `support_tickets` DROP FOREIGN KEY `support_tickets_sla_id_fkey`;

-- undo add foreign key support_tickets_reporter_id_fkey support_tickets.reporter_id -> users
ALTER TABLE `support_tickets` DROP FOREIGN KEY `support_tickets_reporter_id_fkey`;

-- undo add foreign key support_tickets_contact_id_fkey support_tickets.contact_id -> contacts
ALTER TABLE `support_tickets` DROP FOREIGN KEY `support_tickets_contact_id_fkey`;

-- undo add foreign key support_tickets_assignee_id_fkey support_tickets.assignee_id -> users
ALTER TABLE `support_tickets` DROP FOREIGN KEY `support_tickets_assignee_id_fkey`;

-- undo add foreign key support_tickets_account_id_fkey support_tickets.account_id -> accounts
ALTER TABLE `support_tickets` DROP FOREIGN KEY `support_tickets_account_id_fkey`;

-- undo add foreign key stages_pipeline_id_fkey stages.pipeline_id -> pipelines
ALTER TABLE `stages` DROP FOREIGN KEY `stages_pipeline_id_fkey`;

-- undo add foreign key quotes_prepared_by_id_fkey quotes.prepared_by_id -> users
ALTER TABLE `quotes` DROP FOREIGN KEY `quotes_prepared_by_id_fkey`;

-- undo add foreign key quotes_opportunity_id_fkey quotes.opportunity_id -> opportunities
ALTER TABLE `quotes` DROP FOREIGN KEY `quotes_opportunity_id_fkey`;

-- undo add foreign key quotes_currency_id_fkey quotes.currency_id -> currencies
ALTER TABLE `quotes` DROP FOREIGN KEY `quotes_currency_id_fkey`;

-- undo add foreign key quote_lines_quote_id_fkey quote_lines.quote_id -> quotes
ALTER TABLE `quote_lines` DROP FOREIGN KEY `quote_lines_quote_id_fkey`;

-- undo add foreign key quote_lines_product_id_fkey quote_lines.product_id -> products
ALTER TABLE `quote_lines` DROP FOREIGN KEY `quote_lines_product_id_fkey`;

-- undo add foreign key products_currency_id_fkey products.currency_id -> currencies
ALTER TABLE `products` DROP FOREIGN KEY `products_currency_id_fkey`;

-- undo add foreign key pipelines_team_id_fkey pipelines.team_id -> teams
ALTER TABLE `pipelines` DROP FOREIGN KEY `pipelines_team_id_fkey`;

-- undo add foreign key payments_recorded_by_id_fkey payments.recorded_by_id -> users
ALTER TABLE `payments` DROP FOREIGN KEY `payments_recorded_by_id_fkey`;

-- undo add foreign key payments_invoice_id_fkey payments.invoice_id -> invoices
ALTER TABLE `payments` DROP FOREIGN KEY `payments_invoice_id_fkey`;

-- undo add foreign key opportunities_stage_id_fkey opportunities.stage_id -> stages
ALTER TABLE `opportunities` DROP FOREIGN KEY `opportunities_stage_id_fkey`;

-- undo add foreign key opportunities_primary_contact_id_fkey opportunities.primary_contact_id -> contacts
ALTER TABLE `opportunities` DROP FOREIGN KEY `opportunities_primary_contact_id_fkey`;

-- undo add foreign key opportunities_owner_id_fkey opportunities.owner_id -> users
ALTER TABLE `opportunities` DROP FOREIGN KEY `opportunities_owner_id_fkey`;

-- undo add foreign key opportunities_currency_id_fkey opportunities.currency_id -> currencies
ALTER TABLE `opportunities` DROP FOREIGN KEY `opportunities_currency_id_fkey`;

-- undo add foreign key opportunities_account_id_fkey opportunities.account_id -> accounts
ALTER TABLE `opportunities` DROP FOREIGN KEY `opportunities_account_id_fkey`;

-- undo add foreign key memberships_user_id_fkey memberships.user_id -> users
ALTER TABLE `memberships` DROP FOREIGN KEY `memberships_user_id_fkey`;

-- undo add foreign key memberships_invited_by_id_fkey memberships.invited_by_id -> users
ALTER TABLE `memberships` DROP FOREIGN KEY `memberships_invited_by_id_fkey`;

-- undo add foreign key leads_owner_id_fkey leads.owner_id -> users
ALTER TABLE `leads` DROP FOREIGN KEY `leads_owner_id_fkey`;

-- undo add foreign key leads_converted_contact_id_fkey leads.converted_contact_id -> contacts
ALTER TABLE `leads` DROP FOREIGN KEY `leads_converted_contact_id_fkey`;

-- undo add foreign key leads_converted_account_id_fkey leads.converted_account_id -> accounts
ALTER TABLE `leads` DROP FOREIGN KEY `leads_converted_account_id_fkey`;

-- undo add foreign key invoices_quote_id_fkey invoices.quote_id -> quotes
ALTER TABLE `invoices` DROP FOREIGN KEY `invoices_quote_id_fkey`;

-- undo add foreign key invoices_currency_id_fkey invoices.currency_id -> currencies
ALTER TABLE `invoices` DROP FOREIGN KEY `invoices_currency_id_fkey`;

-- undo add foreign key invoices_account_id_fkey invoices.account_id -> accounts
ALTER TABLE `invoices` DROP FOREIGN KEY `invoices_account_id_fkey`;

-- undo add foreign key invoice_lines_product_id_fkey invoice_lines.product_id -> products
ALTER TABLE `invoice_lines` DROP FOREIGN KEY `invoice_lines_product_id_fkey`;

-- undo add foreign key invoice_lines_invoice_id_fkey invoice_lines.invoice_id -> invoices
ALTER TABLE `invoice_lines` DROP FOREIGN KEY `invoice_lines_invoice_id_fkey`;

-- undo add foreign key contacts_tags_tag_id_fkey contacts_tags.tag_id -> tags
ALTER TABLE `contacts_tags` DROP FOREIGN KEY `contacts_tags_tag_id_fkey`;

-- undo add foreign key contacts_tags_contact_id_fkey contacts_tags.contact_id -> contacts
ALTER TABLE `contacts_tags` DROP FOREIGN KEY `contacts_tags_contact_id_fkey`;

-- undo add foreign key contacts_opportunities_opportunity_id_fkey contacts_opportunities.opportunity_id -> opportunities
ALTER TABLE `contacts_opportunities` DROP FOREIGN KEY `contacts_opportunities_opportunity_id_fkey`;

-- undo add foreign key contacts_opportunities_contact_id_fkey contacts_opportunities.contact_id -> contacts
ALTER TABLE `contacts_opportunities` DROP FOREIGN KEY `contacts_opportunities_contact_id_fkey`;

-- undo add foreign key contacts_owner_id_fkey contacts.owner_id -> users
ALTER TABLE `contacts` DROP FOREIGN KEY `contacts_owner_id_fkey`;

-- undo add foreign key contacts_account_id_fkey contacts.account_id -> accounts
ALTER TABLE `contacts` DROP FOREIGN KEY `contacts_account_id_fkey`;

-- undo add foreign key comments_ticket_id_fkey comments.ticket_id -> support_tickets
ALTER TABLE `comments` DROP FOREIGN KEY `comments_ticket_id_fkey`;

-- undo add foreign key comments_parent_id_fkey comments.parent_id -> comments
ALTER TABLE `comments` DROP FOREIGN KEY `comments_parent_id_fkey`;

-- undo add foreign key comments_author_id_fkey comments.author_id -> users
ALTER TABLE `comments` DROP FOREIGN KEY `comments_author_id_fkey`;

-- undo add foreign key attachments_uploaded_by_id_fkey attachments.uploaded_by_id -> users
ALTER TABLE `attachments` DROP FOREIGN KEY `attachments_uploaded_by_id_fkey`;

-- undo add foreign key attachments_ticket_id_fkey attachments.ticket_id -> support_tickets
ALTER TABLE `attachments` DROP FOREIGN KEY `attachments_ticket_id_fkey`;

-- undo add foreign key attachments_opportunity_id_fkey attachments.opportunity_id -> opportunities
ALTER TABLE `attachments` DROP FOREIGN KEY `attachments_opportunity_id_fkey`;

-- undo add foreign key activities_owner_id_fkey activities.owner_id -> users
ALTER TABLE `activities` DROP FOREIGN KEY `activities_owner_id_fkey`;

-- undo add foreign key activities_opportunity_id_fkey activities.opportunity_id -> opportunities
ALTER TABLE `activities` DROP FOREIGN KEY `activities_opportunity_id_fkey`;

-- undo add foreign key activities_lead_id_fkey activities.lead_id -> leads
ALTER TABLE `activities` DROP FOREIGN KEY `activities_lead_id_fkey`;

-- undo add foreign key activities_contact_id_fkey activities.contact_id -> contacts
ALTER TABLE `activities` DROP FOREIGN KEY `activities_contact_id_fkey`;

-- undo add foreign key activities_account_id_fkey activities.account_id -> accounts
ALTER TABLE `activities` DROP FOREIGN KEY `activities_account_id_fkey`;

-- undo add foreign key accounts_team_id_fkey accounts.team_id -> teams
ALTER TABLE `accounts` DROP FOREIGN KEY `accounts_team_id_fkey`;

-- undo add foreign key accounts_parent_id_fkey accounts.parent_id -> accounts
ALTER TABLE `accounts` DROP FOREIGN KEY `accounts_parent_id_fkey`;

-- undo add foreign key accounts_owner_id_fkey accounts.owner_id -> users
ALTER TABLE `accounts` DROP FOREIGN KEY `accounts_owner_id_fkey`;

-- undo add index users_tenant_id_email_key on users
DROP INDEX `users_tenant_id_email_key` ON `users`;

-- undo add index teams_users_user_id_idx on teams_users
DROP INDEX `teams_users_user_id_idx` ON `teams_users`;

-- undo add index teams_tenant_id_name_key on teams
DROP INDEX `teams_tenant_id_name_key` ON `teams`;

-- undo add index teams_lead_id_idx on teams
DROP INDEX `teams_lead_id_idx` ON `teams`;

-- undo add index tags_tenant_id_name_key on tags
DROP INDEX `tags_tenant_id_name_key` ON `tags`;

-- undo add index support_tickets_tags_tag_id_idx on support_tickets_tags
DROP INDEX `support_tickets_tags_tag_id_idx` ON `support_tickets_tags`;

-- undo add index support_tickets_tenant_id_status_priority_idx on support_tickets
DROP INDEX `support_tickets_tenant_id_status_priority_idx` ON `support_tickets`;

-- undo add index support_tickets_sla_id_idx on support_tickets
DROP INDEX `support_tickets_sla_id_idx` ON `support_tickets`;

-- undo add index support_tickets_reporter_id_idx on support_tickets
DROP INDEX `support_tickets_reporter_id_idx` ON `support_tickets`;

-- undo add index support_tickets_contact_id_idx on support_tickets
DROP INDEX `support_tickets_contact_id_idx` ON `support_tickets`;

-- undo add index support_tickets_assignee_id_idx on support_tickets
DROP INDEX `support_tickets_assignee_id_idx` ON `support_tickets`;

-- undo add index support_tickets_account_id_idx on support_tickets
DROP INDEX `support_tickets_account_id_idx` ON `support_tickets`;

-- undo add index stages_tenant_id_idx on stages
DROP INDEX `stages_tenant_id_idx` ON `stages`;

-- undo add index stages_pipeline_id_position_key on stages
DROP INDEX `stages_pipeline_id_position_key` ON `stages`;

-- undo add index sla_policies_tenant_id_priority_key on sla_policies
DROP INDEX `sla_policies_tenant_id_priority_key` ON `sla_policies`;

-- undo add index quotes_tenant_id_number_key on quotes
DROP INDEX `quotes_tenant_id_number_key` ON `quotes`;

-- undo add index quotes_prepared_by_id_idx on quotes
DROP INDEX `quotes_prepared_by_id_idx` ON `quotes`;

-- undo add index quotes_opportunity_id_idx on quotes
DROP INDEX `quotes_opportunity_id_idx` ON `quotes`;

-- undo add index quotes_currency_id_idx on quotes
DROP INDEX `quotes_currency_id_idx` ON `quotes`;

-- undo add index quote_lines_tenant_id_idx on quote_lines
DROP INDEX `quote_lines_tenant_id_idx` ON `quote_lines`;

-- undo add index quote_lines_quote_id_idx on quote_lines
DROP INDEX `quote_lines_quote_id_idx` ON `quote_lines`;

-- undo add index quote_lines_product_id_idx on quote_lines
DROP INDEX `quote_lines_product_id_idx` ON `quote_lines`;

-- undo add index products_tenant_id_sku_key on products
DROP INDEX `products_tenant_id_sku_key` ON `products`;

-- undo add index products_currency_id_idx on products
DROP INDEX `products_currency_id_idx` ON `products`;

-- undo add index pipelines_tenant_id_name_key on pipelines
DROP INDEX `pipelines_tenant_id_name_key` ON `pipelines`;

-- undo add index pipelines_team_id_idx on pipelines
DROP INDEX `pipelines_team_id_idx` ON `pipelines`;

-- undo add index payments_tenant_id_idx on payments
DROP INDEX `payments_tenant_id_idx` ON `payments`;

-- undo add index payments_recorded_by_id_idx on payments
DROP INDEX `payments_recorded_by_id_idx` ON `payments`;

-- undo add index payments_invoice_id_idx on payments
DROP INDEX `payments_invoice_id_idx` ON `payments`;

-- undo add index opportunities_tenant_id_status_expected_close_date_idx on opportunities
DROP INDEX `opportunities_tenant_id_status_expected_close_date_idx` ON `opportunities`;

-- undo add index opportunities_stage_id_idx on opportunities
DROP INDEX `opportunities_stage_id_idx` ON `opportunities`;

-- undo add index opportunities_primary_contact_id_idx on opportunities
DROP INDEX `opportunities_primary_contact_id_idx` ON `opportunities`;

-- undo add index opportunities_owner_id_idx on opportunities
DROP INDEX `opportunities_owner_id_idx` ON `opportunities`;

-- undo add index opportunities_currency_id_idx on opportunities
DROP INDEX `opportunities_currency_id_idx` ON `opportunities`;

-- undo add index opportunities_account_id_idx on opportunities
DROP INDEX `opportunities_account_id_idx` ON `opportunities`;

-- undo add index memberships_user_id_idx on memberships
DROP INDEX `memberships_user_id_idx` ON `memberships`;

-- undo add index memberships_tenant_id_user_id_key on memberships
DROP INDEX `memberships_tenant_id_user_id_key` ON `memberships`;

-- undo add index memberships_invited_by_id_idx on memberships
DROP INDEX `memberships_invited_by_id_idx` ON `memberships`;

-- undo add index leads_tenant_id_status_idx on leads
DROP INDEX `leads_tenant_id_status_idx` ON `leads`;

-- undo add index leads_owner_id_idx on leads
DROP INDEX `leads_owner_id_idx` ON `leads`;

-- undo add index leads_converted_contact_id_idx on leads
DROP INDEX `leads_converted_contact_id_idx` ON `leads`;

-- undo add index leads_converted_account_id_idx on leads
DROP INDEX `leads_converted_account_id_idx` ON `leads`;

-- undo add index invoices_tenant_id_status_due_on_idx on invoices
DROP INDEX `invoices_tenant_id_status_due_on_idx` ON `invoices`;

-- undo add index invoices_tenant_id_sequence_key on invoices
DROP INDEX `invoices_tenant_id_sequence_key` ON `invoices`;

-- undo add index invoices_tenant_id_invoice_number_key on invoices
DROP INDEX `invoices_tenant_id_invoice_number_key` ON `invoices`;

-- undo add index invoices_quote_id_idx on invoices
DROP INDEX `invoices_quote_id_idx` ON `invoices`;

-- undo add index invoices_currency_id_idx on invoices
DROP INDEX `invoices_currency_id_idx` ON `invoices`;

-- undo add index invoices_account_id_idx on invoices
DROP INDEX `invoices_account_id_idx` ON `invoices`;

-- undo add index invoice_lines_tenant_id_idx on invoice_lines
DROP INDEX `invoice_lines_tenant_id_idx` ON `invoice_lines`;

-- undo add index invoice_lines_product_id_idx on invoice_lines
DROP INDEX `invoice_lines_product_id_idx` ON `invoice_lines`;

-- undo add index invoice_lines_invoice_id_idx on invoice_lines
DROP INDEX `invoice_lines_invoice_id_idx` ON `invoice_lines`;

-- undo add index contacts_tags_tag_id_idx on contacts_tags
DROP INDEX `contacts_tags_tag_id_idx` ON `contacts_tags`;

-- undo add index contacts_opportunities_opportunity_id_idx on contacts_opportunities
DROP INDEX `contacts_opportunities_opportunity_id_idx` ON `contacts_opportunities`;

-- undo add index contacts_tenant_id_last_name_first_name_idx on contacts
DROP INDEX `contacts_tenant_id_last_name_first_name_idx` ON `contacts`;

-- undo add index contacts_tenant_id_email_key on contacts
DROP INDEX `contacts_tenant_id_email_key` ON `contacts`;

-- undo add index contacts_owner_id_idx on contacts
DROP INDEX `contacts_owner_id_idx` ON `contacts`;

-- undo add index contacts_account_id_idx on contacts
DROP INDEX `contacts_account_id_idx` ON `contacts`;

-- undo add index comments_ticket_id_idx on comments
DROP INDEX `comments_ticket_id_idx` ON `comments`;

-- undo add index comments_tenant_id_idx on comments
DROP INDEX `comments_tenant_id_idx` ON `comments`;

-- undo add index comments_parent_id_idx on comments
DROP INDEX `comments_parent_id_idx` ON `comments`;

-- undo add index comments_author_id_idx on comments
DROP INDEX `comments_author_id_idx` ON `comments`;

-- undo add index attachments_uploaded_by_id_idx on attachments
DROP INDEX `attachments_uploaded_by_id_idx` ON `attachments`;

-- undo add index attachments_ticket_id_idx on attachments
DROP INDEX `attachments_ticket_id_idx` ON `attachments`;

-- undo add index attachments_tenant_id_idx on attachments
DROP INDEX `attachments_tenant_id_idx` ON `attachments`;

-- undo add index attachments_opportunity_id_idx on attachments
DROP INDEX `attachments_opportunity_id_idx` ON `attachments`;

-- undo add index activities_tenant_id_due_at_idx on activities
DROP INDEX `activities_tenant_id_due_at_idx` ON `activities`;

-- undo add index activities_owner_id_idx on activities
DROP INDEX `activities_owner_id_idx` ON `activities`;

-- undo add index activities_opportunity_id_idx on activities
DROP INDEX `activities_opportunity_id_idx` ON `activities`;

-- undo add index activities_lead_id_idx on activities
DROP INDEX `activities_lead_id_idx` ON `activities`;

-- undo add index activities_contact_id_idx on activities
DROP INDEX `activities_contact_id_idx` ON `activities`;

-- undo add index activities_account_id_idx on activities
DROP INDEX `activities_account_id_idx` ON `activities`;

-- undo add index accounts_tenant_id_name_idx on accounts
DROP INDEX `accounts_tenant_id_name_idx` ON `accounts`;

-- undo add index accounts_team_id_idx on accounts
DROP INDEX `accounts_team_id_idx` ON `accounts`;

-- undo add index accounts_parent_id_idx on accounts
DROP INDEX `accounts_parent_id_idx` ON `accounts`;

-- undo add index accounts_owner_id_idx on accounts
DROP INDEX `accounts_owner_id_idx` ON `accounts`;

-- undo create table users
DROP TABLE `users`;

-- undo create table teams_users
DROP TABLE `teams_users`;

-- undo create table teams
DROP TABLE `teams`;

-- undo create table tags
DROP TABLE `tags`;

-- undo create table support_tickets_tags
DROP TABLE `support_tickets_tags`;

-- undo create table support_tickets
DROP TABLE `support_tickets`;

-- undo create table stages
DROP TABLE `stages`;

-- undo create table sla_policies
DROP TABLE `sla_policies`;

-- undo create table quotes
DROP TABLE `quotes`;

-- undo create table quote_lines
DROP TABLE `quote_lines`;

-- undo create table products
DROP TABLE `products`;

-- undo create table pipelines
DROP TABLE `pipelines`;

-- undo create table payments
DROP TABLE `payments`;

-- undo create table organizations
DROP TABLE `organizations`;

-- undo create table opportunities
DROP TABLE `opportunities`;

-- undo create table memberships
DROP TABLE `memberships`;

-- undo create table leads
DROP TABLE `leads`;

-- undo create table invoices
DROP TABLE `invoices`;

-- undo create table invoice_lines
DROP TABLE `invoice_lines`;

-- undo create table currencies
DROP TABLE `currencies`;

-- undo create table contacts_tags
DROP TABLE `contacts_tags`;

-- undo create table contacts_opportunities
DROP TABLE `contacts_opportunities`;

-- undo create table contacts
DROP TABLE `contacts`;

-- undo create table comments
DROP TABLE `comments`;

-- undo create table attachments
DROP TABLE `attachments`;

-- undo create table activities
DROP TABLE `activities`;

-- undo create table accounts
DROP TABLE `accounts`;
