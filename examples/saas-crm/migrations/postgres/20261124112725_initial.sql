-- LaForge migration for PostgreSQL. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
--   create enum account_tier
--   create enum activity_kind
--   create enum invoice_status
--   create enum lead_source
--   create enum lead_status
--   create enum membership_status
--   create enum opportunity_status
--   create enum payment_method
--   create enum plan
--   create enum quote_status
--   create enum ticket_channel
--   create enum ticket_priority
--   create enum ticket_status
--   create table accounts
--   create table activities
--   create table attachments
--   create table comments
--   create table contacts
--   create table contacts_opportunities
--   create table contacts_tags
--   create table currencies
--   create table invoice_lines
--   create table invoices
--   create table leads
--   create table memberships
--   create table opportunities
--   create table organizations
--   create table payments
--   create table pipelines
--   create table products
--   create table quote_lines
--   create table quotes
--   create table sla_policies
--   create table stages
--   create table support_tickets
--   create table support_tickets_tags
--   create table tags
--   create table teams
--   create table teams_users
--   create table users
--   add index accounts_owner_id_idx on accounts
--   add index accounts_parent_id_idx on accounts
--   add index accounts_team_id_idx on accounts
--   add index accounts_tenant_id_name_idx on accounts
--   add index activities_account_id_idx on activities
--   add index activities_contact_id_idx on activities
--   add index activities_lead_id_idx on activities
--   add index activities_opportunity_id_idx on activities
--   add index activities_owner_id_idx on activities
--   add index activities_tenant_id_due_at_idx on activities
--   add index attachments_opportunity_id_idx on attachments
--   add index attachments_tenant_id_idx on attachments
--   add index attachments_ticket_id_idx on attachments
--   add index attachments_uploaded_by_id_idx on attachments
--   add index comments_author_id_idx on comments
--   add index comments_parent_id_idx on comments
--   add index comments_tenant_id_idx on comments
--   add index comments_ticket_id_idx on comments
--   add index contacts_account_id_idx on contacts
--   add index contacts_owner_id_idx on contacts
--   add index contacts_tenant_id_email_key on contacts
--   add index contacts_tenant_id_last_name_first_name_idx on contacts
--   add index contacts_opportunities_opportunity_id_idx on contacts_opportunities
--   add index contacts_tags_tag_id_idx on contacts_tags
--   add index invoice_lines_invoice_id_idx on invoice_lines
--   add index invoice_lines_product_id_idx on invoice_lines
--   add index invoice_lines_tenant_id_idx on invoice_lines
--   add index invoices_account_id_idx on invoices
--   add index invoices_currency_id_idx on invoices
--   add index invoices_quote_id_idx on invoices
--   add index invoices_tenant_id_invoice_number_key on invoices
--   add index invoices_tenant_id_sequence_key on invoices
--   add index invoices_tenant_id_status_due_on_idx on invoices
--   add index leads_converted_account_id_idx on leads
--   add index leads_converted_contact_id_idx on leads
--   add index leads_owner_id_idx on leads
--   add index leads_tenant_id_status_idx on leads
--   add index memberships_invited_by_id_idx on memberships
--   add index memberships_tenant_id_user_id_key on memberships
--   add index memberships_user_id_idx on memberships
--   add index opportunities_account_id_idx on opportunities
--   add index opportunities_currency_id_idx on opportunities
--   add index opportunities_owner_id_idx on opportunities
--   add index opportunities_primary_contact_id_idx on opportunities
--   add index opportunities_stage_id_idx on opportunities
--   add index opportunities_tenant_id_status_expected_close_date_idx on opportunities
--   add index payments_invoice_id_idx on payments
--   add index payments_recorded_by_id_idx on payments
--   add index payments_tenant_id_idx on payments
--   add index pipelines_team_id_idx on pipelines
--   add index pipelines_tenant_id_name_key on pipelines
--   add index products_currency_id_idx on products
--   add index products_tenant_id_sku_key on products
--   add index quote_lines_product_id_idx on quote_lines
--   add index quote_lines_quote_id_idx on quote_lines
--   add index quote_lines_tenant_id_idx on quote_lines
--   add index quotes_currency_id_idx on quotes
--   add index quotes_opportunity_id_idx on quotes
--   add index quotes_prepared_by_id_idx on quotes
--   add index quotes_tenant_id_number_key on quotes
--   add index sla_policies_tenant_id_priority_key on sla_policies
--   add index stages_pipeline_id_position_key on stages
--   add index stages_tenant_id_idx on stages
--   add index support_tickets_account_id_idx on support_tickets
--   add index support_tickets_assignee_id_idx on support_tickets
--   add index support_tickets_contact_id_idx on support_tickets
--   add index support_tickets_reporter_id_idx on support_tickets
--   add index support_tickets_sla_id_idx on support_tickets
--   add index support_tickets_tenant_id_status_priority_idx on support_tickets
--   add index support_tickets_tags_tag_id_idx on support_tickets_tags
--   add index tags_tenant_id_name_key on tags
--   add index teams_lead_id_idx on teams
--   add index teams_tenant_id_name_key on teams
--   add index teams_users_user_id_idx on teams_users
--   add index users_tenant_id_email_key on users
--   add foreign key accounts_owner_id_fkey accounts.owner_id -> users
--   add foreign key accounts_parent_id_fkey accounts.parent_id -> accounts
--   add foreign key accounts_team_id_fkey accounts.team_id -> teams
--   add foreign key activities_account_id_fkey activities.account_id -> accounts
--   add foreign key activities_contact_id_fkey activities.contact_id -> contacts
--   add foreign key activities_lead_id_fkey activities.lead_id -> leads
--   add foreign key activities_opportunity_id_fkey activities.opportunity_id -> opportunities
--   add foreign key activities_owner_id_fkey activities.owner_id -> users
--   add foreign key attachments_opportunity_id_fkey attachments.opportunity_id -> opportunities
--   add foreign key attachments_ticket_id_fkey attachments.ticket_id -> support_tickets
--   add foreign key attachments_uploaded_by_id_fkey attachments.uploaded_by_id -> users
--   add foreign key comments_author_id_fkey comments.author_id -> users
--   add foreign key comments_parent_id_fkey comments.parent_id -> comments
--   add foreign key comments_ticket_id_fkey comments.ticket_id -> support_tickets
--   add foreign key contacts_account_id_fkey contacts.account_id -> accounts
--   add foreign key contacts_owner_id_fkey contacts.owner_id -> users
--   add foreign key contacts_opportunities_contact_id_fkey contacts_opportunities.contact_id -> contacts
--   add foreign key contacts_opportunities_opportunity_id_fkey contacts_opportunities.opportunity_id -> opportunities
--   add foreign key contacts_tags_contact_id_fkey contacts_tags.contact_id -> contacts
--   add foreign key contacts_tags_tag_id_fkey contacts_tags.tag_id -> tags
--   add foreign key invoice_lines_invoice_id_fkey invoice_lines.invoice_id -> invoices
--   add foreign key invoice_lines_product_id_fkey invoice_lines.product_id -> products
--   add foreign key invoices_account_id_fkey invoices.account_id -> accounts
--   add foreign key invoices_currency_id_fkey invoices.currency_id -> currencies
--   add foreign key invoices_quote_id_fkey invoices.quote_id -> quotes
--   add foreign key leads_converted_account_id_fkey leads.converted_account_id -> accounts
--   add foreign key leads_converted_contact_id_fkey leads.converted_contact_id -> contacts
--   add foreign key leads_owner_id_fkey leads.owner_id -> users
--   add foreign key memberships_invited_by_id_fkey memberships.invited_by_id -> users
--   add foreign key memberships_user_id_fkey memberships.user_id -> users
--   add foreign key opportunities_account_id_fkey opportunities.account_id -> accounts
--   add foreign key opportunities_currency_id_fkey opportunities.currency_id -> currencies
--   add foreign key opportunities_owner_id_fkey opportunities.owner_id -> users
--   add foreign key opportunities_primary_contact_id_fkey opportunities.primary_contact_id -> contacts
--   add foreign key opportunities_stage_id_fkey opportunities.stage_id -> stages
--   add foreign key payments_invoice_id_fkey payments.invoice_id -> invoices
--   add foreign key payments_recorded_by_id_fkey payments.recorded_by_id -> users
--   add foreign key pipelines_team_id_fkey pipelines.team_id -> teams
--   add foreign key products_currency_id_fkey products.currency_id -> currencies
--   add foreign key quote_lines_product_id_fkey quote_lines.product_id -> products
--   add foreign key quote_lines_quote_id_fkey quote_lines.quote_id -> quotes
--   add foreign key quotes_currency_id_fkey quotes.currency_id -> currencies
--   add foreign key quotes_opportunity_id_fkey quotes.opportunity_id -> opportunities
--   add foreign key quotes_prepared_by_id_fkey quotes.prepared_by_id -> users
--   add foreign key stages_pipeline_id_fkey stages.pipeline_id -> pipelines
--   add foreign key support_tickets_account_id_fkey support_tickets.account_id -> accounts
--   add foreign key support_tickets_assignee_id_fkey support_tickets.assignee_id -> users
--   add foreign key support_tickets_contact_id_fkey support_tickets.contact_id -> contacts
--   add foreign key support_tickets_reporter_id_fkey support_tickets.reporter_id -> users
--   add foreign key support_tickets_sla_id_fkey support_tickets.sla_id -> sla_policies
--   add foreign key support_tickets_tags_tag_id_fkey support_tickets_tags.tag_id -> tags
--   add foreign key support_tickets_tags_ticket_id_fkey support_tickets_tags.ticket_id -> support_tickets
--   add foreign key teams_lead_id_fkey teams.lead_id -> users
--   add foreign key teams_users_team_id_fkey teams_users.team_id -> teams
--   add foreign key teams_users_user_id_fkey teams_users.user_id -> users
--   create policy laforge_accounts_create on accounts
--   create policy laforge_accounts_delete on accounts
--   create policy laforge_accounts_read on accounts
--   create policy laforge_accounts_tenant_guard on accounts
--   create policy laforge_accounts_update on accounts
--   create policy laforge_activities_create on activities
--   create policy laforge_activities_delete on activities
--   create policy laforge_activities_read on activities
--   create policy laforge_activities_tenant_guard on activities
--   create policy laforge_activities_update on activities
--   create policy laforge_attachments_create on attachments
--   create policy laforge_attachments_delete on attachments
--   create policy laforge_attachments_read on attachments
--   create policy laforge_attachments_tenant_guard on attachments
--   create policy laforge_attachments_update on attachments
--   create policy laforge_comments_create on comments
--   create policy laforge_comments_delete on comments
--   create policy laforge_comments_read on comments
--   create policy laforge_comments_tenant_guard on comments
--   create policy laforge_comments_update on comments
--   create policy laforge_contacts_create on contacts
--   create policy laforge_contacts_delete on contacts
--   create policy laforge_contacts_read on contacts
--   create policy laforge_contacts_tenant_guard on contacts
--   create policy laforge_contacts_update on contacts
--   create policy laforge_contacts_opportunities_guard on contacts_opportunities
--   create policy laforge_contacts_tags_guard on contacts_tags
--   create policy laforge_currencies_read on currencies
--   create policy laforge_invoice_lines_create on invoice_lines
--   create policy laforge_invoice_lines_delete on invoice_lines
--   create policy laforge_invoice_lines_read on invoice_lines
--   create policy laforge_invoice_lines_tenant_guard on invoice_lines
--   create policy laforge_invoice_lines_update on invoice_lines
--   create policy laforge_invoices_create on invoices
--   create policy laforge_invoices_delete on invoices
--   create policy laforge_invoices_read on invoices
--   create policy laforge_invoices_tenant_guard on invoices
--   create policy laforge_invoices_update on invoices
--   create policy laforge_leads_create on leads
--   create policy laforge_leads_delete on leads
--   create policy laforge_leads_read on leads
--   create policy laforge_leads_tenant_guard on leads
--   create policy laforge_leads_update on leads
--   create policy laforge_memberships_create on memberships
--   create policy laforge_memberships_delete on memberships
--   create policy laforge_memberships_read on memberships
--   create policy laforge_memberships_tenant_guard on memberships
--   create policy laforge_memberships_update on memberships
--   create policy laforge_opportunities_create on opportunities
--   create policy laforge_opportunities_delete on opportunities
--   create policy laforge_opportunities_read on opportunities
--   create policy laforge_opportunities_tenant_guard on opportunities
--   create policy laforge_opportunities_update on opportunities
--   create policy laforge_organizations_create on organizations
--   create policy laforge_organizations_delete on organizations
--   create policy laforge_organizations_read on organizations
--   create policy laforge_organizations_tenant_guard on organizations
--   create policy laforge_organizations_update on organizations
--   create policy laforge_payments_create on payments
--   create policy laforge_payments_delete on payments
--   create policy laforge_payments_read on payments
--   create policy laforge_payments_tenant_guard on payments
--   create policy laforge_payments_update on payments
--   create policy laforge_pipelines_create on pipelines
--   create policy laforge_pipelines_delete on pipelines
--   create policy laforge_pipelines_read on pipelines
--   create policy laforge_pipelines_tenant_guard on pipelines
--   create policy laforge_pipelines_update on pipelines
--   create policy laforge_products_create on products
--   create policy laforge_products_delete on products
--   create policy laforge_products_read on products
--   create policy laforge_products_tenant_guard on products
--   create policy laforge_products_update on products
--   create policy laforge_quote_lines_create on quote_lines
--   create policy laforge_quote_lines_delete on quote_lines
--   create policy laforge_quote_lines_read on quote_lines
--   create policy laforge_quote_lines_tenant_guard on quote_lines
--   create policy laforge_quote_lines_update on quote_lines
--   create policy laforge_quotes_create on quotes
--   create policy laforge_quotes_delete on quotes
--   create policy laforge_quotes_read on quotes
--   create policy laforge_quotes_tenant_guard on quotes
--   create policy laforge_quotes_update on quotes
--   create policy laforge_sla_policies_create on sla_policies
--   create policy laforge_sla_policies_delete on sla_policies
--   create policy laforge_sla_policies_read on sla_policies
--   create policy laforge_sla_policies_tenant_guard on sla_policies
--   create policy laforge_sla_policies_update on sla_policies
--   create policy laforge_stages_create on stages
--   create policy laforge_stages_delete on stages
--   create policy laforge_stages_read on stages
--   create policy laforge_stages_tenant_guard on stages
--   create policy laforge_stages_update on stages
--   create policy laforge_support_tickets_create on support_tickets
--   create policy laforge_support_tickets_delete on support_tickets
--   create policy laforge_support_tickets_read on support_tickets
--   create policy laforge_support_tickets_tenant_guard on support_tickets
--   create policy laforge_support_tickets_update on support_tickets
--   create policy laforge_support_tickets_tags_guard on support_tickets_tags
--   create policy laforge_tags_create on tags
--   create policy laforge_tags_delete on tags
--   create policy laforge_tags_read on tags
--   create policy laforge_tags_tenant_guard on tags
--   create policy laforge_tags_update on tags
--   create policy laforge_teams_create on teams
--   create policy laforge_teams_delete on teams
--   create policy laforge_teams_read on teams
--   create policy laforge_teams_tenant_guard on teams
--   create policy laforge_teams_update on teams
--   create policy laforge_teams_users_guard on teams_users
--   create policy laforge_users_create on users
--   create policy laforge_users_delete on users
--   create policy laforge_users_read on users
--   create policy laforge_users_tenant_guard on users
--   create policy laforge_users_update on users

-- create enum account_tier
CREATE TYPE "account_tier" AS ENUM ('smb', 'midMarket', 'enterprise', 'strategic');

-- create enum activity_kind
CREATE TYPE "activity_kind" AS ENUM ('call', 'email', 'meeting', 'task', 'note');

-- create enum invoice_status
CREATE TYPE "invoice_status" AS ENUM ('draft', 'sent', 'paid', 'overdue', 'cancelled');

-- create enum lead_source
CREATE TYPE "lead_source" AS ENUM ('web', 'referral', 'event', 'outbound', 'partner');

-- create enum lead_status
CREATE TYPE "lead_status" AS ENUM ('new', 'contacted', 'qualified', 'disqualified', 'converted');

-- create enum membership_status
CREATE TYPE "membership_status" AS ENUM ('invited', 'active', 'suspended');

-- create enum opportunity_status
CREATE TYPE "opportunity_status" AS ENUM ('open', 'won', 'lost');

-- create enum payment_method
CREATE TYPE "payment_method" AS ENUM ('card', 'bankTransfer', 'directDebit', 'check');

-- create enum plan
CREATE TYPE "plan" AS ENUM ('free', 'starter', 'growth', 'enterprise');

-- create enum quote_status
CREATE TYPE "quote_status" AS ENUM ('draft', 'sent', 'accepted', 'rejected', 'expired');

-- create enum ticket_channel
CREATE TYPE "ticket_channel" AS ENUM ('email', 'web', 'phone', 'chat');

-- create enum ticket_priority
CREATE TYPE "ticket_priority" AS ENUM ('low', 'normal', 'high', 'urgent');

-- create enum ticket_status
CREATE TYPE "ticket_status" AS ENUM ('open', 'pending', 'onHold', 'solved', 'closed');

-- create table accounts
CREATE TABLE "accounts" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "tenant_id" uuid NOT NULL,
  "name" text NOT NULL,
  "domain" text,
  "website_url" text,
  "tier" "account_tier" NOT NULL DEFAULT 'smb',
  "annual_revenue" numeric,
  "employee_count" integer,
  "billing_country" text,
  "custom_fields" jsonb,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "owner_id" uuid NOT NULL,
  "team_id" uuid,
  "parent_id" uuid,
  CONSTRAINT "accounts_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "accounts_name_check" CHECK (char_length("name") BETWEEN 1 AND 200),
  CONSTRAINT "accounts_annual_revenue_check" CHECK ("annual_revenue" >= 0),
  CONSTRAINT "accounts_employee_count_check" CHECK ("employee_count" >= 0),
  CONSTRAINT "accounts_billing_country_check" CHECK ("billing_country" ~ '^[A-Z]{2}$')
);
ALTER TABLE "accounts" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "accounts" FORCE ROW LEVEL SECURITY;

-- create table activities
CREATE TABLE "activities" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "tenant_id" uuid NOT NULL,
  "kind" "activity_kind" NOT NULL DEFAULT 'task',
  "subject" text NOT NULL,
  "due_at" timestamptz,
  "completed_at" timestamptz,
  "duration_minutes" integer,
  "metadata" json,
  "owner_id" uuid NOT NULL,
  "account_id" uuid,
  "contact_id" uuid,
  "opportunity_id" uuid,
  "lead_id" uuid,
  CONSTRAINT "activities_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "activities_subject_check" CHECK (char_length("subject") BETWEEN 1 AND 200),
  CONSTRAINT "activities_duration_minutes_check" CHECK ("duration_minutes" >= 0)
);
ALTER TABLE "activities" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "activities" FORCE ROW LEVEL SECURITY;

-- create table attachments
CREATE TABLE "attachments" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "tenant_id" uuid NOT NULL,
  "file_name" text NOT NULL,
  "content_type" text NOT NULL,
  "size_bytes" bigint NOT NULL,
  "checksum" text NOT NULL,
  "storage_key" text NOT NULL,
  "uploaded_at" timestamptz NOT NULL DEFAULT now(),
  "uploaded_by_id" uuid NOT NULL,
  "ticket_id" uuid,
  "opportunity_id" uuid,
  CONSTRAINT "attachments_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "attachments_file_name_check" CHECK (char_length("file_name") BETWEEN 1 AND 255),
  CONSTRAINT "attachments_content_type_check" CHECK (char_length("content_type") BETWEEN 3 AND 127),
  CONSTRAINT "attachments_size_bytes_check" CHECK ("size_bytes" >= 0 AND "size_bytes" <= 26214400),
  CONSTRAINT "attachments_checksum_check" CHECK ("checksum" ~ '^[a-f0-9]{64}$')
);
ALTER TABLE "attachments" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "attachments" FORCE ROW LEVEL SECURITY;

-- create table comments
CREATE TABLE "comments" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "tenant_id" uuid NOT NULL,
  "body" text NOT NULL,
  "internal" boolean NOT NULL DEFAULT false,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  "edited_at" timestamptz,
  "ticket_id" uuid NOT NULL,
  "author_id" uuid NOT NULL,
  "parent_id" uuid,
  CONSTRAINT "comments_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "comments_body_check" CHECK (char_length("body") BETWEEN 1 AND 20000)
);
ALTER TABLE "comments" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "comments" FORCE ROW LEVEL SECURITY;

-- create table contacts
CREATE TABLE "contacts" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "tenant_id" uuid NOT NULL,
  "first_name" text NOT NULL,
  "last_name" text NOT NULL,
  "email" text,
  "phone" text,
  "national_id" text,
  "job_title" text,
  "birthday" date,
  "do_not_contact" boolean NOT NULL DEFAULT false,
  "account_id" uuid NOT NULL,
  "owner_id" uuid,
  CONSTRAINT "contacts_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "contacts_first_name_check" CHECK (char_length("first_name") BETWEEN 1 AND 100),
  CONSTRAINT "contacts_last_name_check" CHECK (char_length("last_name") BETWEEN 1 AND 100),
  CONSTRAINT "contacts_email_check" CHECK ("email" ~ '^[^@[:space:]]+@[^@[:space:]]+[.][^@[:space:]]+$'),
  CONSTRAINT "contacts_phone_check" CHECK ("phone" ~ E'^\\+?[0-9 ()-]{6,20}$')
);
ALTER TABLE "contacts" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "contacts" FORCE ROW LEVEL SECURITY;

-- create table contacts_opportunities
CREATE TABLE "contacts_opportunities" (
  "contact_id" uuid NOT NULL,
  "opportunity_id" uuid NOT NULL,
  CONSTRAINT "contacts_opportunities_pkey" PRIMARY KEY ("contact_id", "opportunity_id")
);
ALTER TABLE "contacts_opportunities" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "contacts_opportunities" FORCE ROW LEVEL SECURITY;

-- create table contacts_tags
CREATE TABLE "contacts_tags" (
  "contact_id" uuid NOT NULL,
  "tag_id" uuid NOT NULL,
  CONSTRAINT "contacts_tags_pkey" PRIMARY KEY ("contact_id", "tag_id")
);
ALTER TABLE "contacts_tags" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "contacts_tags" FORCE ROW LEVEL SECURITY;

-- create table currencies
CREATE TABLE "currencies" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "code" text NOT NULL,
  "name" text NOT NULL,
  "symbol" text NOT NULL,
  "minor_units" integer NOT NULL DEFAULT 2,
  "active" boolean NOT NULL DEFAULT true,
  CONSTRAINT "currencies_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "currencies_code_key" UNIQUE ("code"),
  CONSTRAINT "currencies_code_check" CHECK ("code" ~ '^[A-Z]{3}$'),
  CONSTRAINT "currencies_name_check" CHECK (char_length("name") BETWEEN 1 AND 60),
  CONSTRAINT "currencies_symbol_check" CHECK (char_length("symbol") BETWEEN 1 AND 4),
  CONSTRAINT "currencies_minor_units_check" CHECK ("minor_units" >= 0 AND "minor_units" <= 4)
);
ALTER TABLE "currencies" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "currencies" FORCE ROW LEVEL SECURITY;

-- create table invoice_lines
CREATE TABLE "invoice_lines" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "tenant_id" uuid NOT NULL,
  "description" text NOT NULL,
  "quantity" integer NOT NULL DEFAULT 1,
  "unit_price" numeric NOT NULL,
  "tax_rate" numeric NOT NULL DEFAULT 0,
  "amount" numeric NOT NULL DEFAULT 0,
  "invoice_id" uuid NOT NULL,
  "product_id" uuid,
  CONSTRAINT "invoice_lines_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "invoice_lines_description_check" CHECK (char_length("description") BETWEEN 1 AND 500),
  CONSTRAINT "invoice_lines_quantity_check" CHECK ("quantity" >= 1),
  CONSTRAINT "invoice_lines_unit_price_check" CHECK ("unit_price" >= 0),
  CONSTRAINT "invoice_lines_tax_rate_check" CHECK ("tax_rate" >= 0 AND "tax_rate" <= 1)
);
ALTER TABLE "invoice_lines" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "invoice_lines" FORCE ROW LEVEL SECURITY;

-- create table invoices
CREATE TABLE "invoices" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "tenant_id" uuid NOT NULL,
  "invoice_number" text NOT NULL,
  "sequence" bigint NOT NULL,
  "status" "invoice_status" NOT NULL DEFAULT 'draft',
  "issued_on" date NOT NULL,
  "due_on" date NOT NULL,
  "subtotal" numeric NOT NULL DEFAULT 0,
  "tax_total" numeric NOT NULL DEFAULT 0,
  "total" numeric NOT NULL DEFAULT 0,
  "amount_paid" numeric NOT NULL DEFAULT 0,
  "notes" text,
  "pdf_storage_key" text,
  "account_id" uuid NOT NULL,
  "quote_id" uuid,
  "currency_id" uuid NOT NULL,
  CONSTRAINT "invoices_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "invoices_invoice_number_check" CHECK (char_length("invoice_number") BETWEEN 1 AND 32),
  CONSTRAINT "invoices_sequence_check" CHECK ("sequence" >= 1),
  CONSTRAINT "invoices_subtotal_check" CHECK ("subtotal" >= 0),
  CONSTRAINT "invoices_tax_total_check" CHECK ("tax_total" >= 0),
  CONSTRAINT "invoices_total_check" CHECK ("total" >= 0),
  CONSTRAINT "invoices_amount_paid_check" CHECK ("amount_paid" >= 0)
);
ALTER TABLE "invoices" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "invoices" FORCE ROW LEVEL SECURITY;

-- create table leads
CREATE TABLE "leads" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "tenant_id" uuid NOT NULL,
  "full_name" text NOT NULL,
  "company" text,
  "email" text NOT NULL,
  "phone" text,
  "source" "lead_source" NOT NULL DEFAULT 'web',
  "status" "lead_status" NOT NULL DEFAULT 'new',
  "score" double precision NOT NULL DEFAULT 0,
  "notes" text,
  "converted_at" timestamptz,
  "owner_id" uuid,
  "converted_contact_id" uuid,
  "converted_account_id" uuid,
  CONSTRAINT "leads_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "leads_full_name_check" CHECK (char_length("full_name") BETWEEN 1 AND 200),
  CONSTRAINT "leads_email_check" CHECK ("email" ~ '^[^@[:space:]]+@[^@[:space:]]+[.][^@[:space:]]+$'),
  CONSTRAINT "leads_score_check" CHECK ("score" >= 0 AND "score" <= 100)
);
ALTER TABLE "leads" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "leads" FORCE ROW LEVEL SECURITY;

-- create table memberships
CREATE TABLE "memberships" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "tenant_id" uuid NOT NULL,
  "user_id" uuid NOT NULL,
  "invited_by_id" uuid,
  "status" "membership_status" NOT NULL DEFAULT 'invited',
  "invited_at" timestamptz NOT NULL DEFAULT now(),
  "accepted_at" timestamptz,
  "seat_price" numeric NOT NULL DEFAULT 0,
  CONSTRAINT "memberships_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "memberships_seat_price_check" CHECK ("seat_price" >= 0)
);
ALTER TABLE "memberships" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "memberships" FORCE ROW LEVEL SECURITY;

-- create table opportunities
CREATE TABLE "opportunities" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "tenant_id" uuid NOT NULL,
  "name" text NOT NULL,
  "amount" numeric NOT NULL DEFAULT 0,
  "probability" integer NOT NULL DEFAULT 10,
  "status" "opportunity_status" NOT NULL DEFAULT 'open',
  "expected_close_date" date,
  "closed_at" timestamptz,
  "loss_reason" text,
  "next_step" text,
  "account_id" uuid NOT NULL,
  "owner_id" uuid NOT NULL,
  "stage_id" uuid NOT NULL,
  "primary_contact_id" uuid,
  "currency_id" uuid NOT NULL,
  CONSTRAINT "opportunities_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "opportunities_name_check" CHECK (char_length("name") BETWEEN 1 AND 200),
  CONSTRAINT "opportunities_amount_check" CHECK ("amount" >= 0),
  CONSTRAINT "opportunities_probability_check" CHECK ("probability" >= 0 AND "probability" <= 100),
  CONSTRAINT "opportunities_loss_reason_check" CHECK (char_length("loss_reason") <= 500)
);
ALTER TABLE "opportunities" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "opportunities" FORCE ROW LEVEL SECURITY;

-- create table organizations
CREATE TABLE "organizations" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "tenant_id" uuid NOT NULL,
  "name" text NOT NULL,
  "slug" text NOT NULL,
  "plan" "plan" NOT NULL DEFAULT 'free',
  "seat_limit" integer NOT NULL DEFAULT 5,
  "billing_email" text NOT NULL,
  "stripe_customer_id" text,
  "data_region" text NOT NULL DEFAULT 'eu-west-1',
  "settings" jsonb,
  "created_at" timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT "organizations_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "organizations_tenant_id_key" UNIQUE ("tenant_id"),
  CONSTRAINT "organizations_slug_key" UNIQUE ("slug"),
  CONSTRAINT "organizations_name_check" CHECK (char_length("name") BETWEEN 1 AND 120),
  CONSTRAINT "organizations_slug_check" CHECK (char_length("slug") BETWEEN 3 AND 63 AND "slug" ~ '^[a-z0-9-]+$'),
  CONSTRAINT "organizations_seat_limit_check" CHECK ("seat_limit" >= 1),
  CONSTRAINT "organizations_billing_email_check" CHECK ("billing_email" ~ '^[^@[:space:]]+@[^@[:space:]]+[.][^@[:space:]]+$')
);
ALTER TABLE "organizations" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "organizations" FORCE ROW LEVEL SECURITY;

-- create table payments
CREATE TABLE "payments" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "tenant_id" uuid NOT NULL,
  "amount" numeric NOT NULL,
  "method" "payment_method" NOT NULL DEFAULT 'bankTransfer',
  "received_on" date NOT NULL,
  "reference" text,
  "card_last4" text,
  "processor_payload" jsonb,
  "invoice_id" uuid NOT NULL,
  "recorded_by_id" uuid,
  CONSTRAINT "payments_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "payments_amount_check" CHECK ("amount" >= 0),
  CONSTRAINT "payments_reference_check" CHECK (char_length("reference") <= 120),
  CONSTRAINT "payments_card_last4_check" CHECK ("card_last4" ~ '^[0-9]{4}$')
);
ALTER TABLE "payments" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "payments" FORCE ROW LEVEL SECURITY;

-- create table pipelines
CREATE TABLE "pipelines" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "tenant_id" uuid NOT NULL,
  "name" text NOT NULL,
  "is_default" boolean NOT NULL DEFAULT false,
  "team_id" uuid,
  CONSTRAINT "pipelines_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "pipelines_name_check" CHECK (char_length("name") BETWEEN 1 AND 80)
);
ALTER TABLE "pipelines" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "pipelines" FORCE ROW LEVEL SECURITY;

-- create table products
CREATE TABLE "products" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "tenant_id" uuid NOT NULL,
  "sku" text NOT NULL,
  "name" text NOT NULL,
  "description" text,
  "unit_price" numeric NOT NULL,
  "tax_rate" numeric NOT NULL DEFAULT 0,
  "active" boolean NOT NULL DEFAULT true,
  "currency_id" uuid NOT NULL,
  CONSTRAINT "products_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "products_sku_check" CHECK (char_length("sku") BETWEEN 1 AND 64 AND "sku" ~ '^[A-Z0-9][A-Z0-9-]*$'),
  CONSTRAINT "products_name_check" CHECK (char_length("name") BETWEEN 1 AND 200),
  CONSTRAINT "products_unit_price_check" CHECK ("unit_price" >= 0),
  CONSTRAINT "products_tax_rate_check" CHECK ("tax_rate" >= 0 AND "tax_rate" <= 1)
);
ALTER TABLE "products" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "products" FORCE ROW LEVEL SECURITY;

-- create table quote_lines
CREATE TABLE "quote_lines" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "tenant_id" uuid NOT NULL,
  "description" text NOT NULL,
  "quantity" integer NOT NULL DEFAULT 1,
  "unit_price" numeric NOT NULL,
  "discount_percent" numeric NOT NULL DEFAULT 0,
  "line_total" numeric NOT NULL DEFAULT 0,
  "position" integer NOT NULL DEFAULT 0,
  "quote_id" uuid NOT NULL,
  "product_id" uuid,
  CONSTRAINT "quote_lines_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "quote_lines_description_check" CHECK (char_length("description") BETWEEN 1 AND 500),
  CONSTRAINT "quote_lines_quantity_check" CHECK ("quantity" >= 1),
  CONSTRAINT "quote_lines_unit_price_check" CHECK ("unit_price" >= 0),
  CONSTRAINT "quote_lines_discount_percent_check" CHECK ("discount_percent" >= 0 AND "discount_percent" <= 100),
  CONSTRAINT "quote_lines_line_total_check" CHECK ("line_total" >= 0),
  CONSTRAINT "quote_lines_position_check" CHECK ("position" >= 0)
);
ALTER TABLE "quote_lines" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "quote_lines" FORCE ROW LEVEL SECURITY;

-- create table quotes
CREATE TABLE "quotes" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "tenant_id" uuid NOT NULL,
  "number" text NOT NULL,
  "status" "quote_status" NOT NULL DEFAULT 'draft',
  "valid_until" date NOT NULL,
  "discount_percent" numeric NOT NULL DEFAULT 0,
  "total" numeric NOT NULL DEFAULT 0,
  "terms" text,
  "opportunity_id" uuid NOT NULL,
  "prepared_by_id" uuid NOT NULL,
  "currency_id" uuid NOT NULL,
  CONSTRAINT "quotes_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "quotes_number_check" CHECK (char_length("number") BETWEEN 1 AND 32),
  CONSTRAINT "quotes_discount_percent_check" CHECK ("discount_percent" >= 0 AND "discount_percent" <= 100),
  CONSTRAINT "quotes_total_check" CHECK ("total" >= 0)
);
ALTER TABLE "quotes" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "quotes" FORCE ROW LEVEL SECURITY;

-- create table sla_policies
CREATE TABLE "sla_policies" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "tenant_id" uuid NOT NULL,
  "name" text NOT NULL,
  "priority" "ticket_priority" NOT NULL,
  "first_response_minutes" integer NOT NULL,
  "resolution_minutes" integer NOT NULL,
  "business_hours_only" boolean NOT NULL DEFAULT true,
  CONSTRAINT "sla_policies_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "sla_policies_name_check" CHECK (char_length("name") BETWEEN 1 AND 80),
  CONSTRAINT "sla_policies_first_response_minutes_check" CHECK ("first_response_minutes" >= 1),
  CONSTRAINT "sla_policies_resolution_minutes_check" CHECK ("resolution_minutes" >= 1)
);
ALTER TABLE "sla_policies" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "sla_policies" FORCE ROW LEVEL SECURITY;

-- create table stages
CREATE TABLE "stages" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "tenant_id" uuid NOT NULL,
  "name" text NOT NULL,
  "position" integer NOT NULL,
  "probability" integer NOT NULL DEFAULT 10,
  "closes_as" "opportunity_status",
  "pipeline_id" uuid NOT NULL,
  CONSTRAINT "stages_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "stages_name_check" CHECK (char_length("name") BETWEEN 1 AND 60),
  CONSTRAINT "stages_position_check" CHECK ("position" >= 0),
  CONSTRAINT "stages_probability_check" CHECK ("probability" >= 0 AND "probability" <= 100)
);
ALTER TABLE "stages" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "stages" FORCE ROW LEVEL SECURITY;

-- create table support_tickets
CREATE TABLE "support_tickets" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "tenant_id" uuid NOT NULL,
  "subject" text NOT NULL,
  "description" text NOT NULL,
  "status" "ticket_status" NOT NULL DEFAULT 'open',
  "priority" "ticket_priority" NOT NULL DEFAULT 'normal',
  "channel" "ticket_channel" NOT NULL DEFAULT 'email',
  "first_response_at" timestamptz,
  "resolved_at" timestamptz,
  "satisfaction_score" integer,
  "account_id" uuid NOT NULL,
  "contact_id" uuid,
  "reporter_id" uuid NOT NULL,
  "assignee_id" uuid,
  "sla_id" uuid,
  CONSTRAINT "support_tickets_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "support_tickets_subject_check" CHECK (char_length("subject") BETWEEN 1 AND 200),
  CONSTRAINT "support_tickets_satisfaction_score_check" CHECK ("satisfaction_score" >= 1 AND "satisfaction_score" <= 5)
);
ALTER TABLE "support_tickets" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "support_tickets" FORCE ROW LEVEL SECURITY;

-- create table support_tickets_tags
CREATE TABLE "support_tickets_tags" (
  "ticket_id" uuid NOT NULL,
  "tag_id" uuid NOT NULL,
  CONSTRAINT "support_tickets_tags_pkey" PRIMARY KEY ("ticket_id", "tag_id")
);
ALTER TABLE "support_tickets_tags" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "support_tickets_tags" FORCE ROW LEVEL SECURITY;

-- create table tags
CREATE TABLE "tags" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "tenant_id" uuid NOT NULL,
  "name" text NOT NULL,
  "color" text NOT NULL DEFAULT '#6B7280',
  CONSTRAINT "tags_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "tags_name_check" CHECK (char_length("name") BETWEEN 1 AND 40),
  CONSTRAINT "tags_color_check" CHECK ("color" ~ '^#[0-9A-Fa-f]{6}$')
);
ALTER TABLE "tags" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "tags" FORCE ROW LEVEL SECURITY;

-- create table teams
CREATE TABLE "teams" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "tenant_id" uuid NOT NULL,
  "name" text NOT NULL,
  "description" text,
  "lead_id" uuid,
  CONSTRAINT "teams_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "teams_name_check" CHECK (char_length("name") BETWEEN 1 AND 80)
);
ALTER TABLE "teams" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "teams" FORCE ROW LEVEL SECURITY;

-- create table teams_users
CREATE TABLE "teams_users" (
  "team_id" uuid NOT NULL,
  "user_id" uuid NOT NULL,
  CONSTRAINT "teams_users_pkey" PRIMARY KEY ("team_id", "user_id")
);
ALTER TABLE "teams_users" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "teams_users" FORCE ROW LEVEL SECURITY;

-- create table users
CREATE TABLE "users" (
  "id" uuid NOT NULL DEFAULT gen_random_uuid(),
  "tenant_id" uuid NOT NULL,
  "email" text NOT NULL,
  "full_name" text NOT NULL,
  "job_title" text,
  "role" text NOT NULL DEFAULT 'viewer',
  "locale" text NOT NULL DEFAULT 'en',
  "time_zone" text NOT NULL DEFAULT 'UTC',
  "mfa_secret" text,
  "last_seen_at" timestamptz,
  "active" boolean NOT NULL DEFAULT true,
  CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "users_email_check" CHECK (char_length("email") BETWEEN 3 AND 320 AND "email" ~ '^[^@[:space:]]+@[^@[:space:]]+[.][^@[:space:]]+$'),
  CONSTRAINT "users_full_name_check" CHECK (char_length("full_name") BETWEEN 1 AND 200),
  CONSTRAINT "users_locale_check" CHECK ("locale" ~ '^[a-z]{2}(-[A-Z]{2})?$')
);
ALTER TABLE "users" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "users" FORCE ROW LEVEL SECURITY;

-- add index accounts_owner_id_idx on accounts
CREATE INDEX "accounts_owner_id_idx" ON "accounts" ("owner_id");

-- add index accounts_parent_id_idx on accounts
CREATE INDEX "accounts_parent_id_idx" ON "accounts" ("parent_id");

-- add index accounts_team_id_idx on accounts
CREATE INDEX "accounts_team_id_idx" ON "accounts" ("team_id");

-- add index accounts_tenant_id_name_idx on accounts
CREATE INDEX "accounts_tenant_id_name_idx" ON "accounts" ("tenant_id", "name");

-- add index activities_account_id_idx on activities
CREATE INDEX "activities_account_id_idx" ON "activities" ("account_id");

-- add index activities_contact_id_idx on activities
CREATE INDEX "activities_contact_id_idx" ON "activities" ("contact_id");

-- add index activities_lead_id_idx on activities
CREATE INDEX "activities_lead_id_idx" ON "activities" ("lead_id");

-- add index activities_opportunity_id_idx on activities
CREATE INDEX "activities_opportunity_id_idx" ON "activities" ("opportunity_id");

-- add index activities_owner_id_idx on activities
CREATE INDEX "activities_owner_id_idx" ON "activities" ("owner_id");

-- add index activities_tenant_id_due_at_idx on activities
CREATE INDEX "activities_tenant_id_due_at_idx" ON "activities" ("tenant_id", "due_at");

-- add index attachments_opportunity_id_idx on attachments
CREATE INDEX "attachments_opportunity_id_idx" ON "attachments" ("opportunity_id");

-- add index attachments_tenant_id_idx on attachments
CREATE INDEX "attachments_tenant_id_idx" ON "attachments" ("tenant_id");

-- add index attachments_ticket_id_idx on attachments
CREATE INDEX "attachments_ticket_id_idx" ON "attachments" ("ticket_id");

-- add index attachments_uploaded_by_id_idx on attachments
CREATE INDEX "attachments_uploaded_by_id_idx" ON "attachments" ("uploaded_by_id");

-- add index comments_author_id_idx on comments
CREATE INDEX "comments_author_id_idx" ON "comments" ("author_id");

-- add index comments_parent_id_idx on comments
CREATE INDEX "comments_parent_id_idx" ON "comments" ("parent_id");

-- add index comments_tenant_id_idx on comments
CREATE INDEX "comments_tenant_id_idx" ON "comments" ("tenant_id");

-- add index comments_ticket_id_idx on comments
CREATE INDEX "comments_ticket_id_idx" ON "comments" ("ticket_id");

-- add index contacts_account_id_idx on contacts
CREATE INDEX "contacts_account_id_idx" ON "contacts" ("account_id");

-- add index contacts_owner_id_idx on contacts
CREATE INDEX "contacts_owner_id_idx" ON "contacts" ("owner_id");

-- add index contacts_tenant_id_email_key on contacts
CREATE UNIQUE INDEX "contacts_tenant_id_email_key" ON "contacts" ("tenant_id", "email");

-- add index contacts_tenant_id_last_name_first_name_idx on contacts
CREATE INDEX "contacts_tenant_id_last_name_first_name_idx" ON "contacts" ("tenant_id", "last_name", "first_name");

-- add index contacts_opportunities_opportunity_id_idx on contacts_opportunities
CREATE INDEX "contacts_opportunities_opportunity_id_idx" ON "contacts_opportunities" ("opportunity_id");

-- add index contacts_tags_tag_id_idx on contacts_tags
CREATE INDEX "contacts_tags_tag_id_idx" ON "contacts_tags" ("tag_id");

-- add index invoice_lines_invoice_id_idx on invoice_lines
CREATE INDEX "invoice_lines_invoice_id_idx" ON "invoice_lines" ("invoice_id");

-- add index invoice_lines_product_id_idx on invoice_lines
CREATE INDEX "invoice_lines_product_id_idx" ON "invoice_lines" ("product_id");

-- add index invoice_lines_tenant_id_idx on invoice_lines
CREATE INDEX "invoice_lines_tenant_id_idx" ON "invoice_lines" ("tenant_id");

-- add index invoices_account_id_idx on invoices
CREATE INDEX "invoices_account_id_idx" ON "invoices" ("account_id");

-- add index invoices_currency_id_idx on invoices
CREATE INDEX "invoices_currency_id_idx" ON "invoices" ("currency_id");

-- add index invoices_quote_id_idx on invoices
CREATE INDEX "invoices_quote_id_idx" ON "invoices" ("quote_id");

-- add index invoices_tenant_id_invoice_number_key on invoices
CREATE UNIQUE INDEX "invoices_tenant_id_invoice_number_key" ON "invoices" ("tenant_id", "invoice_number");

-- add index invoices_tenant_id_sequence_key on invoices
CREATE UNIQUE INDEX "invoices_tenant_id_sequence_key" ON "invoices" ("tenant_id", "sequence");

-- add index invoices_tenant_id_status_due_on_idx on invoices
CREATE INDEX "invoices_tenant_id_status_due_on_idx" ON "invoices" ("tenant_id", "status", "due_on");

-- add index leads_converted_account_id_idx on leads
CREATE INDEX "leads_converted_account_id_idx" ON "leads" ("converted_account_id");

-- add index leads_converted_contact_id_idx on leads
CREATE INDEX "leads_converted_contact_id_idx" ON "leads" ("converted_contact_id");

-- add index leads_owner_id_idx on leads
CREATE INDEX "leads_owner_id_idx" ON "leads" ("owner_id");

-- add index leads_tenant_id_status_idx on leads
CREATE INDEX "leads_tenant_id_status_idx" ON "leads" ("tenant_id", "status");

-- add index memberships_invited_by_id_idx on memberships
CREATE INDEX "memberships_invited_by_id_idx" ON "memberships" ("invited_by_id");

-- add index memberships_tenant_id_user_id_key on memberships
CREATE UNIQUE INDEX "memberships_tenant_id_user_id_key" ON "memberships" ("tenant_id", "user_id");

-- add index memberships_user_id_idx on memberships
CREATE INDEX "memberships_user_id_idx" ON "memberships" ("user_id");

-- add index opportunities_account_id_idx on opportunities
CREATE INDEX "opportunities_account_id_idx" ON "opportunities" ("account_id");

-- add index opportunities_currency_id_idx on opportunities
CREATE INDEX "opportunities_currency_id_idx" ON "opportunities" ("currency_id");

-- add index opportunities_owner_id_idx on opportunities
CREATE INDEX "opportunities_owner_id_idx" ON "opportunities" ("owner_id");

-- add index opportunities_primary_contact_id_idx on opportunities
CREATE INDEX "opportunities_primary_contact_id_idx" ON "opportunities" ("primary_contact_id");

-- add index opportunities_stage_id_idx on opportunities
CREATE INDEX "opportunities_stage_id_idx" ON "opportunities" ("stage_id");

-- add index opportunities_tenant_id_status_expected_close_date_idx on opportunities
CREATE INDEX "opportunities_tenant_id_status_expected_close_date_idx" ON "opportunities" ("tenant_id", "status", "expected_close_date");

-- add index payments_invoice_id_idx on payments
CREATE INDEX "payments_invoice_id_idx" ON "payments" ("invoice_id");

-- add index payments_recorded_by_id_idx on payments
CREATE INDEX "payments_recorded_by_id_idx" ON "payments" ("recorded_by_id");

-- add index payments_tenant_id_idx on payments
CREATE INDEX "payments_tenant_id_idx" ON "payments" ("tenant_id");

-- add index pipelines_team_id_idx on pipelines
CREATE INDEX "pipelines_team_id_idx" ON "pipelines" ("team_id");

-- add index pipelines_tenant_id_name_key on pipelines
CREATE UNIQUE INDEX "pipelines_tenant_id_name_key" ON "pipelines" ("tenant_id", "name");

-- add index products_currency_id_idx on products
CREATE INDEX "products_currency_id_idx" ON "products" ("currency_id");

-- add index products_tenant_id_sku_key on products
CREATE UNIQUE INDEX "products_tenant_id_sku_key" ON "products" ("tenant_id", "sku");

-- add index quote_lines_product_id_idx on quote_lines
CREATE INDEX "quote_lines_product_id_idx" ON "quote_lines" ("product_id");

-- add index quote_lines_quote_id_idx on quote_lines
CREATE INDEX "quote_lines_quote_id_idx" ON "quote_lines" ("quote_id");

-- add index quote_lines_tenant_id_idx on quote_lines
CREATE INDEX "quote_lines_tenant_id_idx" ON "quote_lines" ("tenant_id");

-- add index quotes_currency_id_idx on quotes
CREATE INDEX "quotes_currency_id_idx" ON "quotes" ("currency_id");

-- add index quotes_opportunity_id_idx on quotes
CREATE INDEX "quotes_opportunity_id_idx" ON "quotes" ("opportunity_id");

-- add index quotes_prepared_by_id_idx on quotes
CREATE INDEX "quotes_prepared_by_id_idx" ON "quotes" ("prepared_by_id");

-- add index quotes_tenant_id_number_key on quotes
CREATE UNIQUE INDEX "quotes_tenant_id_number_key" ON "quotes" ("tenant_id", "number");

-- add index sla_policies_tenant_id_priority_key on sla_policies
CREATE UNIQUE INDEX "sla_policies_tenant_id_priority_key" ON "sla_policies" ("tenant_id", "priority");

-- add index stages_pipeline_id_position_key on stages
CREATE UNIQUE INDEX "stages_pipeline_id_position_key" ON "stages" ("pipeline_id", "position");

-- add index stages_tenant_id_idx on stages
CREATE INDEX "stages_tenant_id_idx" ON "stages" ("tenant_id");

-- add index support_tickets_account_id_idx on support_tickets
CREATE INDEX "support_tickets_account_id_idx" ON "support_tickets" ("account_id");

-- add index support_tickets_assignee_id_idx on support_tickets
CREATE INDEX "support_tickets_assignee_id_idx" ON "support_tickets" ("assignee_id");

-- add index support_tickets_contact_id_idx on support_tickets
CREATE INDEX "support_tickets_contact_id_idx" ON "support_tickets" ("contact_id");

-- add index support_tickets_reporter_id_idx on support_tickets
CREATE INDEX "support_tickets_reporter_id_idx" ON "support_tickets" ("reporter_id");

-- add index support_tickets_sla_id_idx on support_tickets
CREATE INDEX "support_tickets_sla_id_idx" ON "support_tickets" ("sla_id");

-- add index support_tickets_tenant_id_status_priority_idx on support_tickets
CREATE INDEX "support_tickets_tenant_id_status_priority_idx" ON "support_tickets" ("tenant_id", "status", "priority");

-- add index support_tickets_tags_tag_id_idx on support_tickets_tags
CREATE INDEX "support_tickets_tags_tag_id_idx" ON "support_tickets_tags" ("tag_id");

-- add index tags_tenant_id_name_key on tags
CREATE UNIQUE INDEX "tags_tenant_id_name_key" ON "tags" ("tenant_id", "name");

-- add index teams_lead_id_idx on teams
CREATE INDEX "teams_lead_id_idx" ON "teams" ("lead_id");

-- add index teams_tenant_id_name_key on teams
CREATE UNIQUE INDEX "teams_tenant_id_name_key" ON "teams" ("tenant_id", "name");

-- add index teams_users_user_id_idx on teams_users
CREATE INDEX "teams_users_user_id_idx" ON "teams_users" ("user_id");

-- add index users_tenant_id_email_key on users
CREATE UNIQUE INDEX "users_tenant_id_email_key" ON "users" ("tenant_id", "email");

-- add foreign key accounts_owner_id_fkey accounts.owner_id -> users
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE RESTRICT;

-- add foreign key accounts_parent_id_fkey accounts.parent_id -> accounts
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "accounts" ("id") ON DELETE SET NULL;

-- add foreign key accounts_team_id_fkey accounts.team_id -> teams
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE SET NULL;

-- add foreign key activities_account_id_fkey activities.account_id -> accounts
ALTER TABLE "activities" ADD CONSTRAINT "activities_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts" ("id") ON DELETE CASCADE;

-- add foreign key activities_contact_id_fkey activities.contact_id -> contacts
ALTER TABLE "activities" ADD CONSTRAINT "activities_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts" ("id") ON DELETE SET NULL;

-- add foreign key activities_lead_id_fkey activities.lead_id -> leads
ALTER TABLE "activities" ADD CONSTRAINT "activities_lead_id_fkey" FOREIGN KEY ("lead_id") REFERENCES "leads" ("id") ON DELETE CASCADE;

-- add foreign key activities_opportunity_id_fkey activities.opportunity_id -> opportunities
ALTER TABLE "activities" ADD CONSTRAINT "activities_opportunity_id_fkey" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities" ("id") ON DELETE CASCADE;

-- add foreign key activities_owner_id_fkey activities.owner_id -> users
ALTER TABLE "activities" ADD CONSTRAINT "activities_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE CASCADE;

-- add foreign key attachments_opportunity_id_fkey attachments.opportunity_id -> opportunities
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_opportunity_id_fkey" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities" ("id") ON DELETE CASCADE;

-- add foreign key attachments_ticket_id_fkey attachments.ticket_id -> support_tickets
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "support_tickets" ("id") ON DELETE CASCADE;

-- add foreign key attachments_uploaded_by_id_fkey attachments.uploaded_by_id -> users
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users" ("id") ON DELETE RESTRICT;

-- add foreign key comments_author_id_fkey comments.author_id -> users
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users" ("id") ON DELETE RESTRICT;

-- add foreign key comments_parent_id_fkey comments.parent_id -> comments
ALTER TABLE "comments" ADD CONSTRAINT "comments_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "comments" ("id") ON DELETE CASCADE;

-- add foreign key comments_ticket_id_fkey comments.ticket_id -> support_tickets
ALTER TABLE "comments" ADD CONSTRAINT "comments_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "support_tickets" ("id") ON DELETE CASCADE;

-- add foreign key contacts_account_id_fkey contacts.account_id -> accounts
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts" ("id") ON DELETE CASCADE;

-- add foreign key contacts_owner_id_fkey contacts.owner_id -> users
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE SET NULL;

-- add foreign key contacts_opportunities_contact_id_fkey contacts_opportunities.contact_id -> contacts
ALTER TABLE "contacts_opportunities" ADD CONSTRAINT "contacts_opportunities_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts" ("id") ON DELETE CASCADE;

-- add foreign key contacts_opportunities_opportunity_id_fkey contacts_opportunities.opportunity_id -> opportunities
ALTER TABLE "contacts_opportunities" ADD CONSTRAINT "contacts_opportunities_opportunity_id_fkey" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities" ("id") ON DELETE CASCADE;

-- add foreign key contacts_tags_contact_id_fkey contacts_tags.contact_id -> contacts
ALTER TABLE "contacts_tags" ADD CONSTRAINT "contacts_tags_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts" ("id") ON DELETE CASCADE;

-- add foreign key contacts_tags_tag_id_fkey contacts_tags.tag_id -> tags
ALTER TABLE "contacts_tags" ADD CONSTRAINT "contacts_tags_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags" ("id") ON DELETE CASCADE;

-- add foreign key invoice_lines_invoice_id_fkey invoice_lines.invoice_id -> invoices
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices" ("id") ON DELETE CASCADE;

-- add foreign key invoice_lines_product_id_fkey invoice_lines.product_id -> products
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE SET NULL;

-- add foreign key invoices_account_id_fkey invoices.account_id -> accounts
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts" ("id") ON DELETE RESTRICT;

-- add foreign key invoices_currency_id_fkey invoices.currency_id -> currencies
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_currency_id_fkey" FOREIGN KEY ("currency_id") REFERENCES "currencies" ("id") ON DELETE RESTRICT;

-- add foreign key invoices_quote_id_fkey invoices.quote_id -> quotes
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_quote_id_fkey" FOREIGN KEY ("quote_id") REFERENCES "quotes" ("id") ON DELETE SET NULL;

-- add foreign key leads_converted_account_id_fkey leads.converted_account_id -> accounts
ALTER TABLE "leads" ADD CONSTRAINT "leads_converted_account_id_fkey" FOREIGN KEY ("converted_account_id") REFERENCES "accounts" ("id") ON DELETE SET NULL;

-- add foreign key leads_converted_contact_id_fkey leads.converted_contact_id -> contacts
ALTER TABLE "leads" ADD CONSTRAINT "leads_converted_contact_id_fkey" FOREIGN KEY ("converted_contact_id") REFERENCES "contacts" ("id") ON DELETE SET NULL;

-- add foreign key leads_owner_id_fkey leads.owner_id -> users
ALTER TABLE "leads" ADD CONSTRAINT "leads_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE SET NULL;

-- add foreign key memberships_invited_by_id_fkey memberships.invited_by_id -> users
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_invited_by_id_fkey" FOREIGN KEY ("invited_by_id") REFERENCES "users" ("id") ON DELETE SET NULL;

-- add foreign key memberships_user_id_fkey memberships.user_id -> users
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE;

-- add foreign key opportunities_account_id_fkey opportunities.account_id -> accounts
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts" ("id") ON DELETE CASCADE;

-- add foreign key opportunities_currency_id_fkey opportunities.currency_id -> currencies
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_currency_id_fkey" FOREIGN KEY ("currency_id") REFERENCES "currencies" ("id") ON DELETE RESTRICT;

-- add foreign key opportunities_owner_id_fkey opportunities.owner_id -> users
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE RESTRICT;

-- add foreign key opportunities_primary_contact_id_fkey opportunities.primary_contact_id -> contacts
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_primary_contact_id_fkey" FOREIGN KEY ("primary_contact_id") REFERENCES "contacts" ("id") ON DELETE SET NULL;

-- add foreign key opportunities_stage_id_fkey opportunities.stage_id -> stages
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_stage_id_fkey" FOREIGN KEY ("stage_id") REFERENCES "stages" ("id") ON DELETE RESTRICT;

-- add foreign key payments_invoice_id_fkey payments.invoice_id -> invoices
ALTER TABLE "payments" ADD CONSTRAINT "payments_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices" ("id") ON DELETE CASCADE;

-- add foreign key payments_recorded_by_id_fkey payments.recorded_by_id -> users
ALTER TABLE "payments" ADD CONSTRAINT "payments_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users" ("id") ON DELETE SET NULL;

-- add foreign key pipelines_team_id_fkey pipelines.team_id -> teams
ALTER TABLE "pipelines" ADD CONSTRAINT "pipelines_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE SET NULL;

-- add foreign key products_currency_id_fkey products.currency_id -> currencies
ALTER TABLE "products" ADD CONSTRAINT "products_currency_id_fkey" FOREIGN KEY ("currency_id") REFERENCES "currencies" ("id") ON DELETE RESTRICT;

-- add foreign key quote_lines_product_id_fkey quote_lines.product_id -> products
ALTER TABLE "quote_lines" ADD CONSTRAINT "quote_lines_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE SET NULL;

-- add foreign key quote_lines_quote_id_fkey quote_lines.quote_id -> quotes
ALTER TABLE "quote_lines" ADD CONSTRAINT "quote_lines_quote_id_fkey" FOREIGN KEY ("quote_id") REFERENCES "quotes" ("id") ON DELETE CASCADE;

-- add foreign key quotes_currency_id_fkey quotes.currency_id -> currencies
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_currency_id_fkey" FOREIGN KEY ("currency_id") REFERENCES "currencies" ("id") ON DELETE RESTRICT;

-- add foreign key quotes_opportunity_id_fkey quotes.opportunity_id -> opportunities
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_opportunity_id_fkey" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities" ("id") ON DELETE CASCADE;

-- add foreign key quotes_prepared_by_id_fkey quotes.prepared_by_id -> users
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_prepared_by_id_fkey" FOREIGN KEY ("prepared_by_id") REFERENCES "users" ("id") ON DELETE RESTRICT;

-- add foreign key stages_pipeline_id_fkey stages.pipeline_id -> pipelines
ALTER TABLE "stages" ADD CONSTRAINT "stages_pipeline_id_fkey" FOREIGN KEY ("pipeline_id") REFERENCES "pipelines" ("id") ON DELETE CASCADE;

-- add foreign key support_tickets_account_id_fkey support_tickets.account_id -> accounts
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts" ("id") ON DELETE CASCADE;

-- add foreign key support_tickets_assignee_id_fkey support_tickets.assignee_id -> users
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users" ("id") ON DELETE SET NULL;

-- add foreign key support_tickets_contact_id_fkey support_tickets.contact_id -> contacts
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts" ("id") ON DELETE SET NULL;

-- add foreign key support_tickets_reporter_id_fkey support_tickets.reporter_id -> users
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_reporter_id_fkey" FOREIGN KEY ("reporter_id") REFERENCES "users" ("id") ON DELETE RESTRICT;

-- add foreign key support_tickets_sla_id_fkey support_tickets.sla_id -> sla_policies
ALTER TABLE "support_tickets" ADD CONSTRAINT "support_tickets_sla_id_fkey" FOREIGN KEY ("sla_id") REFERENCES "sla_policies" ("id") ON DELETE SET NULL;

-- add foreign key support_tickets_tags_tag_id_fkey support_tickets_tags.tag_id -> tags
ALTER TABLE "support_tickets_tags" ADD CONSTRAINT "support_tickets_tags_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags" ("id") ON DELETE CASCADE;

-- add foreign key support_tickets_tags_ticket_id_fkey support_tickets_tags.ticket_id -> support_tickets
ALTER TABLE "support_tickets_tags" ADD CONSTRAINT "support_tickets_tags_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "support_tickets" ("id") ON DELETE CASCADE;

-- add foreign key teams_lead_id_fkey teams.lead_id -> users
ALTER TABLE "teams" ADD CONSTRAINT "teams_lead_id_fkey" FOREIGN KEY ("lead_id") REFERENCES "users" ("id") ON DELETE SET NULL;

-- add foreign key teams_users_team_id_fkey teams_users.team_id -> teams
ALTER TABLE "teams_users" ADD CONSTRAINT "teams_users_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE CASCADE;

-- add foreign key teams_users_user_id_fkey teams_users.user_id -> users
ALTER TABLE "teams_users" ADD CONSTRAINT "teams_users_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE;

-- create policy laforge_accounts_create on accounts
-- The context functions the policies call (as in rls.sql; CREATE OR REPLACE).
CREATE OR REPLACE FUNCTION laforge_user_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT CASE WHEN s ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN CAST(s AS uuid) END FROM (SELECT current_setting('laforge.user_id', true) AS s) AS setting$laforge$;
CREATE OR REPLACE FUNCTION laforge_tenant_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT CASE WHEN s ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN CAST(s AS uuid) END FROM (SELECT current_setting('laforge.tenant_id', true) AS s) AS setting$laforge$;
CREATE OR REPLACE FUNCTION laforge_user_role() RETURNS text LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT NULLIF(current_setting('laforge.user_role', true), '')$laforge$;
CREATE OR REPLACE FUNCTION laforge_user_roles() RETURNS text[] LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT string_to_array(NULLIF(current_setting('laforge.user_roles', true), ''), ',')$laforge$;
CREATE OR REPLACE FUNCTION laforge_user_claims() RETURNS text[] LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT string_to_array(NULLIF(current_setting('laforge.user_claims', true), ''), ',')$laforge$;
CREATE OR REPLACE FUNCTION laforge_has_claim(claim text) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $laforge$SELECT claim = ANY(string_to_array(NULLIF(current_setting('laforge.user_claims', true), ''), ','))$laforge$;
CREATE POLICY "laforge_accounts_create" ON "accounts" AS PERMISSIVE FOR INSERT
  WITH CHECK ((SELECT laforge_user_role()) = 'salesRep' OR 'salesRep' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'salesManager' OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_accounts_delete on accounts
CREATE POLICY "laforge_accounts_delete" ON "accounts" AS PERMISSIVE FOR DELETE
  USING ((SELECT laforge_user_role()) = 'salesManager' OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_accounts_read on accounts
CREATE POLICY "laforge_accounts_read" ON "accounts" AS PERMISSIVE FOR SELECT
  USING (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "accounts"."owner_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND "t1"."id" = (SELECT laforge_user_id())) OR EXISTS (SELECT 1 FROM "teams" AS "t2" WHERE "t2"."id" = "accounts"."team_id" AND "t2"."tenant_id" = (SELECT laforge_tenant_id()) AND EXISTS (SELECT 1 FROM "teams_users" AS "j3", "users" AS "t4" WHERE "j3"."team_id" = "t2"."id" AND "t4"."id" = "j3"."user_id" AND "t4"."tenant_id" = (SELECT laforge_tenant_id()) AND "t4"."id" = (SELECT laforge_user_id()))) OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_accounts_tenant_guard on accounts
CREATE POLICY "laforge_accounts_tenant_guard" ON "accounts" AS RESTRICTIVE FOR ALL
  USING ("accounts"."tenant_id" = (SELECT laforge_tenant_id()))
  WITH CHECK ("accounts"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_accounts_update on accounts
CREATE POLICY "laforge_accounts_update" ON "accounts" AS PERMISSIVE FOR UPDATE
  USING (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "accounts"."owner_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND (SELECT laforge_user_id()) = "t1"."id") OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])))
  WITH CHECK (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "accounts"."owner_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND (SELECT laforge_user_id()) = "t1"."id") OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_activities_create on activities
CREATE POLICY "laforge_activities_create" ON "activities" AS PERMISSIVE FOR INSERT
  WITH CHECK (TRUE);

-- create policy laforge_activities_delete on activities
CREATE POLICY "laforge_activities_delete" ON "activities" AS PERMISSIVE FOR DELETE
  USING (TRUE);

-- create policy laforge_activities_read on activities
CREATE POLICY "laforge_activities_read" ON "activities" AS PERMISSIVE FOR SELECT
  USING (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "activities"."owner_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND "t1"."id" = (SELECT laforge_user_id())) OR EXISTS (SELECT 1 FROM "opportunities" AS "t2", "users" AS "t3" WHERE "t2"."id" = "activities"."opportunity_id" AND "t2"."tenant_id" = (SELECT laforge_tenant_id()) AND "t3"."id" = "t2"."owner_id" AND "t3"."tenant_id" = (SELECT laforge_tenant_id()) AND "t3"."id" = (SELECT laforge_user_id())) OR EXISTS (SELECT 1 FROM "accounts" AS "t4", "users" AS "t5" WHERE "t4"."id" = "activities"."account_id" AND "t4"."tenant_id" = (SELECT laforge_tenant_id()) AND "t5"."id" = "t4"."owner_id" AND "t5"."tenant_id" = (SELECT laforge_tenant_id()) AND "t5"."id" = (SELECT laforge_user_id())) OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_activities_tenant_guard on activities
CREATE POLICY "laforge_activities_tenant_guard" ON "activities" AS RESTRICTIVE FOR ALL
  USING ("activities"."tenant_id" = (SELECT laforge_tenant_id()))
  WITH CHECK ("activities"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_activities_update on activities
CREATE POLICY "laforge_activities_update" ON "activities" AS PERMISSIVE FOR UPDATE
  USING (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "activities"."owner_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND "t1"."id" = (SELECT laforge_user_id())))
  WITH CHECK (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "activities"."owner_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND "t1"."id" = (SELECT laforge_user_id())));

-- create policy laforge_attachments_create on attachments
CREATE POLICY "laforge_attachments_create" ON "attachments" AS PERMISSIVE FOR INSERT
  WITH CHECK (TRUE);

-- create policy laforge_attachments_delete on attachments
CREATE POLICY "laforge_attachments_delete" ON "attachments" AS PERMISSIVE FOR DELETE
  USING (TRUE);

-- create policy laforge_attachments_read on attachments
CREATE POLICY "laforge_attachments_read" ON "attachments" AS PERMISSIVE FOR SELECT
  USING (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "attachments"."uploaded_by_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND "t1"."id" = (SELECT laforge_user_id())) OR EXISTS (SELECT 1 FROM "support_tickets" AS "t2", "users" AS "t3" WHERE "t2"."id" = "attachments"."ticket_id" AND "t2"."tenant_id" = (SELECT laforge_tenant_id()) AND "t3"."id" = "t2"."assignee_id" AND "t3"."tenant_id" = (SELECT laforge_tenant_id()) AND "t3"."id" = (SELECT laforge_user_id())) OR EXISTS (SELECT 1 FROM "opportunities" AS "t4", "users" AS "t5" WHERE "t4"."id" = "attachments"."opportunity_id" AND "t4"."tenant_id" = (SELECT laforge_tenant_id()) AND "t5"."id" = "t4"."owner_id" AND "t5"."tenant_id" = (SELECT laforge_tenant_id()) AND "t5"."id" = (SELECT laforge_user_id())) OR EXISTS (SELECT 1 FROM "opportunities" AS "t6", "accounts" AS "t7", "users" AS "t8" WHERE "t6"."id" = "attachments"."opportunity_id" AND "t6"."tenant_id" = (SELECT laforge_tenant_id()) AND "t7"."id" = "t6"."account_id" AND "t7"."tenant_id" = (SELECT laforge_tenant_id()) AND "t8"."id" = "t7"."owner_id" AND "t8"."tenant_id" = (SELECT laforge_tenant_id()) AND "t8"."id" = (SELECT laforge_user_id())) OR 'supportAgent' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_attachments_tenant_guard on attachments
CREATE POLICY "laforge_attachments_tenant_guard" ON "attachments" AS RESTRICTIVE FOR ALL
  USING ("attachments"."tenant_id" = (SELECT laforge_tenant_id()))
  WITH CHECK ("attachments"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_attachments_update on attachments
CREATE POLICY "laforge_attachments_update" ON "attachments" AS PERMISSIVE FOR UPDATE
  USING (TRUE)
  WITH CHECK (TRUE);

-- create policy laforge_comments_create on comments
CREATE POLICY "laforge_comments_create" ON "comments" AS PERMISSIVE FOR INSERT
  WITH CHECK (TRUE);

-- create policy laforge_comments_delete on comments
CREATE POLICY "laforge_comments_delete" ON "comments" AS PERMISSIVE FOR DELETE
  USING (TRUE);

-- create policy laforge_comments_read on comments
CREATE POLICY "laforge_comments_read" ON "comments" AS PERMISSIVE FOR SELECT
  USING (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "comments"."author_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND "t1"."id" = (SELECT laforge_user_id())) OR (NOT ("comments"."internal") AND EXISTS (SELECT 1 FROM "support_tickets" AS "t2", "users" AS "t3" WHERE "t2"."id" = "comments"."ticket_id" AND "t2"."tenant_id" = (SELECT laforge_tenant_id()) AND "t3"."id" = "t2"."reporter_id" AND "t3"."tenant_id" = (SELECT laforge_tenant_id()) AND "t3"."id" = (SELECT laforge_user_id()))) OR 'supportAgent' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR 'supportLead' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_comments_tenant_guard on comments
CREATE POLICY "laforge_comments_tenant_guard" ON "comments" AS RESTRICTIVE FOR ALL
  USING ("comments"."tenant_id" = (SELECT laforge_tenant_id()))
  WITH CHECK ("comments"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_comments_update on comments
CREATE POLICY "laforge_comments_update" ON "comments" AS PERMISSIVE FOR UPDATE
  USING (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "comments"."author_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND "t1"."id" = (SELECT laforge_user_id())) AND EXISTS (SELECT 1 FROM "support_tickets" AS "t2" WHERE "t2"."id" = "comments"."ticket_id" AND "t2"."tenant_id" = (SELECT laforge_tenant_id()) AND CAST("t2"."status" AS text) <> 'closed'))
  WITH CHECK (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "comments"."author_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND "t1"."id" = (SELECT laforge_user_id())) AND EXISTS (SELECT 1 FROM "support_tickets" AS "t2" WHERE "t2"."id" = "comments"."ticket_id" AND "t2"."tenant_id" = (SELECT laforge_tenant_id()) AND CAST("t2"."status" AS text) <> 'closed'));

-- create policy laforge_contacts_create on contacts
CREATE POLICY "laforge_contacts_create" ON "contacts" AS PERMISSIVE FOR INSERT
  WITH CHECK ((SELECT laforge_user_role()) = 'salesRep' OR 'salesRep' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'salesManager' OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_contacts_delete on contacts
CREATE POLICY "laforge_contacts_delete" ON "contacts" AS PERMISSIVE FOR DELETE
  USING ((SELECT laforge_user_role()) = 'salesManager' OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_contacts_read on contacts
CREATE POLICY "laforge_contacts_read" ON "contacts" AS PERMISSIVE FOR SELECT
  USING (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "contacts"."owner_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND "t1"."id" = (SELECT laforge_user_id())) OR EXISTS (SELECT 1 FROM "accounts" AS "t2", "users" AS "t3" WHERE "t2"."id" = "contacts"."account_id" AND "t2"."tenant_id" = (SELECT laforge_tenant_id()) AND "t3"."id" = "t2"."owner_id" AND "t3"."tenant_id" = (SELECT laforge_tenant_id()) AND "t3"."id" = (SELECT laforge_user_id())) OR EXISTS (SELECT 1 FROM "accounts" AS "t4", "teams" AS "t5" WHERE "t4"."id" = "contacts"."account_id" AND "t4"."tenant_id" = (SELECT laforge_tenant_id()) AND "t5"."id" = "t4"."team_id" AND "t5"."tenant_id" = (SELECT laforge_tenant_id()) AND EXISTS (SELECT 1 FROM "teams_users" AS "j6", "users" AS "t7" WHERE "j6"."team_id" = "t5"."id" AND "t7"."id" = "j6"."user_id" AND "t7"."tenant_id" = (SELECT laforge_tenant_id()) AND "t7"."id" = (SELECT laforge_user_id()))) OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_contacts_tenant_guard on contacts
CREATE POLICY "laforge_contacts_tenant_guard" ON "contacts" AS RESTRICTIVE FOR ALL
  USING ("contacts"."tenant_id" = (SELECT laforge_tenant_id()))
  WITH CHECK ("contacts"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_contacts_update on contacts
CREATE POLICY "laforge_contacts_update" ON "contacts" AS PERMISSIVE FOR UPDATE
  USING (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "contacts"."owner_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND (SELECT laforge_user_id()) = "t1"."id") OR EXISTS (SELECT 1 FROM "accounts" AS "t2", "users" AS "t3" WHERE "t2"."id" = "contacts"."account_id" AND "t2"."tenant_id" = (SELECT laforge_tenant_id()) AND "t3"."id" = "t2"."owner_id" AND "t3"."tenant_id" = (SELECT laforge_tenant_id()) AND (SELECT laforge_user_id()) = "t3"."id") OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])))
  WITH CHECK (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "contacts"."owner_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND (SELECT laforge_user_id()) = "t1"."id") OR EXISTS (SELECT 1 FROM "accounts" AS "t2", "users" AS "t3" WHERE "t2"."id" = "contacts"."account_id" AND "t2"."tenant_id" = (SELECT laforge_tenant_id()) AND "t3"."id" = "t2"."owner_id" AND "t3"."tenant_id" = (SELECT laforge_tenant_id()) AND (SELECT laforge_user_id()) = "t3"."id") OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_contacts_opportunities_guard on contacts_opportunities
CREATE POLICY "laforge_contacts_opportunities_guard" ON "contacts_opportunities" AS PERMISSIVE FOR ALL
  USING (EXISTS (SELECT 1 FROM "contacts" AS "t1" WHERE "t1"."id" = "contacts_opportunities"."contact_id") AND EXISTS (SELECT 1 FROM "opportunities" AS "t2" WHERE "t2"."id" = "contacts_opportunities"."opportunity_id"))
  WITH CHECK (EXISTS (SELECT 1 FROM "contacts" AS "t1" WHERE "t1"."id" = "contacts_opportunities"."contact_id") AND EXISTS (SELECT 1 FROM "opportunities" AS "t2" WHERE "t2"."id" = "contacts_opportunities"."opportunity_id"));

-- create policy laforge_contacts_tags_guard on contacts_tags
CREATE POLICY "laforge_contacts_tags_guard" ON "contacts_tags" AS PERMISSIVE FOR ALL
  USING (EXISTS (SELECT 1 FROM "contacts" AS "t1" WHERE "t1"."id" = "contacts_tags"."contact_id") AND EXISTS (SELECT 1 FROM "tags" AS "t2" WHERE "t2"."id" = "contacts_tags"."tag_id"))
  WITH CHECK (EXISTS (SELECT 1 FROM "contacts" AS "t1" WHERE "t1"."id" = "contacts_tags"."contact_id") AND EXISTS (SELECT 1 FROM "tags" AS "t2" WHERE "t2"."id" = "contacts_tags"."tag_id"));

-- create policy laforge_currencies_read on currencies
CREATE POLICY "laforge_currencies_read" ON "currencies" AS PERMISSIVE FOR SELECT
  USING (TRUE);

-- create policy laforge_invoice_lines_create on invoice_lines
CREATE POLICY "laforge_invoice_lines_create" ON "invoice_lines" AS PERMISSIVE FOR INSERT
  WITH CHECK (TRUE);

-- create policy laforge_invoice_lines_delete on invoice_lines
CREATE POLICY "laforge_invoice_lines_delete" ON "invoice_lines" AS PERMISSIVE FOR DELETE
  USING (TRUE);

-- create policy laforge_invoice_lines_read on invoice_lines
CREATE POLICY "laforge_invoice_lines_read" ON "invoice_lines" AS PERMISSIVE FOR SELECT
  USING ((SELECT laforge_has_claim('can.view.billing')) OR EXISTS (SELECT 1 FROM "invoices" AS "t1", "accounts" AS "t2", "users" AS "t3" WHERE "t1"."id" = "invoice_lines"."invoice_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND "t2"."id" = "t1"."account_id" AND "t2"."tenant_id" = (SELECT laforge_tenant_id()) AND "t3"."id" = "t2"."owner_id" AND "t3"."tenant_id" = (SELECT laforge_tenant_id()) AND "t3"."id" = (SELECT laforge_user_id())));

-- create policy laforge_invoice_lines_tenant_guard on invoice_lines
CREATE POLICY "laforge_invoice_lines_tenant_guard" ON "invoice_lines" AS RESTRICTIVE FOR ALL
  USING ("invoice_lines"."tenant_id" = (SELECT laforge_tenant_id()))
  WITH CHECK ("invoice_lines"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_invoice_lines_update on invoice_lines
CREATE POLICY "laforge_invoice_lines_update" ON "invoice_lines" AS PERMISSIVE FOR UPDATE
  USING (TRUE)
  WITH CHECK (TRUE);

-- create policy laforge_invoices_create on invoices
CREATE POLICY "laforge_invoices_create" ON "invoices" AS PERMISSIVE FOR INSERT
  WITH CHECK ((SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'billing' OR 'billing' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_has_claim('can.manage.billing')));

-- create policy laforge_invoices_delete on invoices
CREATE POLICY "laforge_invoices_delete" ON "invoices" AS PERMISSIVE FOR DELETE
  USING (((SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[]))) AND CAST("invoices"."status" AS text) = 'draft');

-- create policy laforge_invoices_read on invoices
CREATE POLICY "laforge_invoices_read" ON "invoices" AS PERMISSIVE FOR SELECT
  USING ((SELECT laforge_has_claim('can.view.billing')) OR EXISTS (SELECT 1 FROM "accounts" AS "t1", "users" AS "t2" WHERE "t1"."id" = "invoices"."account_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND "t2"."id" = "t1"."owner_id" AND "t2"."tenant_id" = (SELECT laforge_tenant_id()) AND "t2"."id" = (SELECT laforge_user_id())));

-- create policy laforge_invoices_tenant_guard on invoices
CREATE POLICY "laforge_invoices_tenant_guard" ON "invoices" AS RESTRICTIVE FOR ALL
  USING ("invoices"."tenant_id" = (SELECT laforge_tenant_id()))
  WITH CHECK ("invoices"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_invoices_update on invoices
CREATE POLICY "laforge_invoices_update" ON "invoices" AS PERMISSIVE FOR UPDATE
  USING (CAST("invoices"."status" AS text) <> 'cancelled' AND (SELECT laforge_has_claim('can.manage.billing')))
  WITH CHECK (CAST("invoices"."status" AS text) <> 'cancelled' AND (SELECT laforge_has_claim('can.manage.billing')));

-- create policy laforge_leads_create on leads
CREATE POLICY "laforge_leads_create" ON "leads" AS PERMISSIVE FOR INSERT
  WITH CHECK ((SELECT laforge_user_role()) = 'salesRep' OR 'salesRep' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'salesManager' OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_leads_delete on leads
CREATE POLICY "laforge_leads_delete" ON "leads" AS PERMISSIVE FOR DELETE
  USING ((SELECT laforge_user_role()) = 'salesManager' OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_leads_read on leads
CREATE POLICY "laforge_leads_read" ON "leads" AS PERMISSIVE FOR SELECT
  USING (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "leads"."owner_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND "t1"."id" = (SELECT laforge_user_id())) OR (CAST("leads"."status" AS text) = 'new' AND 'salesRep' = ANY(CAST((SELECT laforge_user_roles()) AS text[]))) OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_leads_tenant_guard on leads
CREATE POLICY "laforge_leads_tenant_guard" ON "leads" AS RESTRICTIVE FOR ALL
  USING ("leads"."tenant_id" = (SELECT laforge_tenant_id()))
  WITH CHECK ("leads"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_leads_update on leads
CREATE POLICY "laforge_leads_update" ON "leads" AS PERMISSIVE FOR UPDATE
  USING (CAST("leads"."status" AS text) <> 'converted' AND (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "leads"."owner_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND "t1"."id" = (SELECT laforge_user_id())) OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[]))))
  WITH CHECK (CAST("leads"."status" AS text) <> 'converted' AND (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "leads"."owner_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND "t1"."id" = (SELECT laforge_user_id())) OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[]))));

-- create policy laforge_memberships_create on memberships
CREATE POLICY "laforge_memberships_create" ON "memberships" AS PERMISSIVE FOR INSERT
  WITH CHECK ((SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_has_claim('can.manage.users')));

-- create policy laforge_memberships_delete on memberships
CREATE POLICY "laforge_memberships_delete" ON "memberships" AS PERMISSIVE FOR DELETE
  USING ((SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_has_claim('can.manage.users')));

-- create policy laforge_memberships_read on memberships
CREATE POLICY "laforge_memberships_read" ON "memberships" AS PERMISSIVE FOR SELECT
  USING (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "memberships"."user_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND "t1"."id" = (SELECT laforge_user_id())) OR (SELECT laforge_has_claim('can.manage.users')));

-- create policy laforge_memberships_tenant_guard on memberships
CREATE POLICY "laforge_memberships_tenant_guard" ON "memberships" AS RESTRICTIVE FOR ALL
  USING ("memberships"."tenant_id" = (SELECT laforge_tenant_id()))
  WITH CHECK ("memberships"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_memberships_update on memberships
CREATE POLICY "laforge_memberships_update" ON "memberships" AS PERMISSIVE FOR UPDATE
  USING ((SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_has_claim('can.manage.users')))
  WITH CHECK ((SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_has_claim('can.manage.users')));

-- create policy laforge_opportunities_create on opportunities
CREATE POLICY "laforge_opportunities_create" ON "opportunities" AS PERMISSIVE FOR INSERT
  WITH CHECK ((SELECT laforge_user_role()) = 'salesRep' OR 'salesRep' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'salesManager' OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_opportunities_delete on opportunities
CREATE POLICY "laforge_opportunities_delete" ON "opportunities" AS PERMISSIVE FOR DELETE
  USING (CAST("opportunities"."status" AS text) IN ('open', 'lost') AND 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_opportunities_read on opportunities
CREATE POLICY "laforge_opportunities_read" ON "opportunities" AS PERMISSIVE FOR SELECT
  USING (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "opportunities"."owner_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND "t1"."id" = (SELECT laforge_user_id())) OR EXISTS (SELECT 1 FROM "accounts" AS "t2", "users" AS "t3" WHERE "t2"."id" = "opportunities"."account_id" AND "t2"."tenant_id" = (SELECT laforge_tenant_id()) AND "t3"."id" = "t2"."owner_id" AND "t3"."tenant_id" = (SELECT laforge_tenant_id()) AND "t3"."id" = (SELECT laforge_user_id())) OR EXISTS (SELECT 1 FROM "accounts" AS "t4", "teams" AS "t5" WHERE "t4"."id" = "opportunities"."account_id" AND "t4"."tenant_id" = (SELECT laforge_tenant_id()) AND "t5"."id" = "t4"."team_id" AND "t5"."tenant_id" = (SELECT laforge_tenant_id()) AND EXISTS (SELECT 1 FROM "teams_users" AS "j6", "users" AS "t7" WHERE "j6"."team_id" = "t5"."id" AND "t7"."id" = "j6"."user_id" AND "t7"."tenant_id" = (SELECT laforge_tenant_id()) AND "t7"."id" = (SELECT laforge_user_id()))) OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_opportunities_tenant_guard on opportunities
CREATE POLICY "laforge_opportunities_tenant_guard" ON "opportunities" AS RESTRICTIVE FOR ALL
  USING ("opportunities"."tenant_id" = (SELECT laforge_tenant_id()))
  WITH CHECK ("opportunities"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_opportunities_update on opportunities
CREATE POLICY "laforge_opportunities_update" ON "opportunities" AS PERMISSIVE FOR UPDATE
  USING (CAST("opportunities"."status" AS text) = 'open' AND (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "opportunities"."owner_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND "t1"."id" = (SELECT laforge_user_id())) OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[]))))
  WITH CHECK (CAST("opportunities"."status" AS text) = 'open' AND (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "opportunities"."owner_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND "t1"."id" = (SELECT laforge_user_id())) OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[]))));

-- create policy laforge_organizations_create on organizations
CREATE POLICY "laforge_organizations_create" ON "organizations" AS PERMISSIVE FOR INSERT
  WITH CHECK (TRUE);

-- create policy laforge_organizations_delete on organizations
CREATE POLICY "laforge_organizations_delete" ON "organizations" AS PERMISSIVE FOR DELETE
  USING (TRUE);

-- create policy laforge_organizations_read on organizations
CREATE POLICY "laforge_organizations_read" ON "organizations" AS PERMISSIVE FOR SELECT
  USING (TRUE);

-- create policy laforge_organizations_tenant_guard on organizations
CREATE POLICY "laforge_organizations_tenant_guard" ON "organizations" AS RESTRICTIVE FOR ALL
  USING ("organizations"."tenant_id" = (SELECT laforge_tenant_id()))
  WITH CHECK ("organizations"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_organizations_update on organizations
CREATE POLICY "laforge_organizations_update" ON "organizations" AS PERMISSIVE FOR UPDATE
  USING ('admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])))
  WITH CHECK ('admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_payments_create on payments
CREATE POLICY "laforge_payments_create" ON "payments" AS PERMISSIVE FOR INSERT
  WITH CHECK ((SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'billing' OR 'billing' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_has_claim('can.manage.billing')));

-- create policy laforge_payments_delete on payments
CREATE POLICY "laforge_payments_delete" ON "payments" AS PERMISSIVE FOR DELETE
  USING ((SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_payments_read on payments
CREATE POLICY "laforge_payments_read" ON "payments" AS PERMISSIVE FOR SELECT
  USING ((SELECT laforge_has_claim('can.view.billing')));

-- create policy laforge_payments_tenant_guard on payments
CREATE POLICY "laforge_payments_tenant_guard" ON "payments" AS RESTRICTIVE FOR ALL
  USING ("payments"."tenant_id" = (SELECT laforge_tenant_id()))
  WITH CHECK ("payments"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_payments_update on payments
CREATE POLICY "laforge_payments_update" ON "payments" AS PERMISSIVE FOR UPDATE
  USING ((SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'billing' OR 'billing' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_has_claim('can.manage.billing')))
  WITH CHECK ((SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'billing' OR 'billing' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_has_claim('can.manage.billing')));

-- create policy laforge_pipelines_create on pipelines
CREATE POLICY "laforge_pipelines_create" ON "pipelines" AS PERMISSIVE FOR INSERT
  WITH CHECK ((SELECT laforge_user_role()) = 'salesManager' OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_pipelines_delete on pipelines
CREATE POLICY "laforge_pipelines_delete" ON "pipelines" AS PERMISSIVE FOR DELETE
  USING ((SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_pipelines_read on pipelines
CREATE POLICY "laforge_pipelines_read" ON "pipelines" AS PERMISSIVE FOR SELECT
  USING (TRUE);

-- create policy laforge_pipelines_tenant_guard on pipelines
CREATE POLICY "laforge_pipelines_tenant_guard" ON "pipelines" AS RESTRICTIVE FOR ALL
  USING ("pipelines"."tenant_id" = (SELECT laforge_tenant_id()))
  WITH CHECK ("pipelines"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_pipelines_update on pipelines
CREATE POLICY "laforge_pipelines_update" ON "pipelines" AS PERMISSIVE FOR UPDATE
  USING (EXISTS (SELECT 1 FROM "teams" AS "t1" WHERE "t1"."id" = "pipelines"."team_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND EXISTS (SELECT 1 FROM "teams_users" AS "j2", "users" AS "t3" WHERE "j2"."team_id" = "t1"."id" AND "t3"."id" = "j2"."user_id" AND "t3"."tenant_id" = (SELECT laforge_tenant_id()) AND "t3"."id" = (SELECT laforge_user_id()))) OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])))
  WITH CHECK (EXISTS (SELECT 1 FROM "teams" AS "t1" WHERE "t1"."id" = "pipelines"."team_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND EXISTS (SELECT 1 FROM "teams_users" AS "j2", "users" AS "t3" WHERE "j2"."team_id" = "t1"."id" AND "t3"."id" = "j2"."user_id" AND "t3"."tenant_id" = (SELECT laforge_tenant_id()) AND "t3"."id" = (SELECT laforge_user_id()))) OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_products_create on products
CREATE POLICY "laforge_products_create" ON "products" AS PERMISSIVE FOR INSERT
  WITH CHECK ((SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'salesManager' OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_has_claim('can.manage.catalog')));

-- create policy laforge_products_delete on products
CREATE POLICY "laforge_products_delete" ON "products" AS PERMISSIVE FOR DELETE
  USING ((SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_products_read on products
CREATE POLICY "laforge_products_read" ON "products" AS PERMISSIVE FOR SELECT
  USING ("products"."active" OR (SELECT laforge_has_claim('can.manage.catalog')));

-- create policy laforge_products_tenant_guard on products
CREATE POLICY "laforge_products_tenant_guard" ON "products" AS RESTRICTIVE FOR ALL
  USING ("products"."tenant_id" = (SELECT laforge_tenant_id()))
  WITH CHECK ("products"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_products_update on products
CREATE POLICY "laforge_products_update" ON "products" AS PERMISSIVE FOR UPDATE
  USING ((SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'salesManager' OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_has_claim('can.manage.catalog')))
  WITH CHECK ((SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'salesManager' OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_has_claim('can.manage.catalog')));

-- create policy laforge_quote_lines_create on quote_lines
CREATE POLICY "laforge_quote_lines_create" ON "quote_lines" AS PERMISSIVE FOR INSERT
  WITH CHECK (TRUE);

-- create policy laforge_quote_lines_delete on quote_lines
CREATE POLICY "laforge_quote_lines_delete" ON "quote_lines" AS PERMISSIVE FOR DELETE
  USING (TRUE);

-- create policy laforge_quote_lines_read on quote_lines
CREATE POLICY "laforge_quote_lines_read" ON "quote_lines" AS PERMISSIVE FOR SELECT
  USING (EXISTS (SELECT 1 FROM "quotes" AS "t1", "opportunities" AS "t2", "users" AS "t3" WHERE "t1"."id" = "quote_lines"."quote_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND "t2"."id" = "t1"."opportunity_id" AND "t2"."tenant_id" = (SELECT laforge_tenant_id()) AND "t3"."id" = "t2"."owner_id" AND "t3"."tenant_id" = (SELECT laforge_tenant_id()) AND "t3"."id" = (SELECT laforge_user_id())) OR EXISTS (SELECT 1 FROM "quotes" AS "t4", "users" AS "t5" WHERE "t4"."id" = "quote_lines"."quote_id" AND "t4"."tenant_id" = (SELECT laforge_tenant_id()) AND "t5"."id" = "t4"."prepared_by_id" AND "t5"."tenant_id" = (SELECT laforge_tenant_id()) AND "t5"."id" = (SELECT laforge_user_id())) OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_quote_lines_tenant_guard on quote_lines
CREATE POLICY "laforge_quote_lines_tenant_guard" ON "quote_lines" AS RESTRICTIVE FOR ALL
  USING ("quote_lines"."tenant_id" = (SELECT laforge_tenant_id()))
  WITH CHECK ("quote_lines"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_quote_lines_update on quote_lines
CREATE POLICY "laforge_quote_lines_update" ON "quote_lines" AS PERMISSIVE FOR UPDATE
  USING (EXISTS (SELECT 1 FROM "quotes" AS "t1" WHERE "t1"."id" = "quote_lines"."quote_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND CAST("t1"."status" AS text) = 'draft') AND (EXISTS (SELECT 1 FROM "quotes" AS "t2", "users" AS "t3" WHERE "t2"."id" = "quote_lines"."quote_id" AND "t2"."tenant_id" = (SELECT laforge_tenant_id()) AND "t3"."id" = "t2"."prepared_by_id" AND "t3"."tenant_id" = (SELECT laforge_tenant_id()) AND "t3"."id" = (SELECT laforge_user_id())) OR EXISTS (SELECT 1 FROM "quotes" AS "t4", "opportunities" AS "t5", "users" AS "t6" WHERE "t4"."id" = "quote_lines"."quote_id" AND "t4"."tenant_id" = (SELECT laforge_tenant_id()) AND "t5"."id" = "t4"."opportunity_id" AND "t5"."tenant_id" = (SELECT laforge_tenant_id()) AND "t6"."id" = "t5"."owner_id" AND "t6"."tenant_id" = (SELECT laforge_tenant_id()) AND "t6"."id" = (SELECT laforge_user_id()))))
  WITH CHECK (EXISTS (SELECT 1 FROM "quotes" AS "t1" WHERE "t1"."id" = "quote_lines"."quote_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND CAST("t1"."status" AS text) = 'draft') AND (EXISTS (SELECT 1 FROM "quotes" AS "t2", "users" AS "t3" WHERE "t2"."id" = "quote_lines"."quote_id" AND "t2"."tenant_id" = (SELECT laforge_tenant_id()) AND "t3"."id" = "t2"."prepared_by_id" AND "t3"."tenant_id" = (SELECT laforge_tenant_id()) AND "t3"."id" = (SELECT laforge_user_id())) OR EXISTS (SELECT 1 FROM "quotes" AS "t4", "opportunities" AS "t5", "users" AS "t6" WHERE "t4"."id" = "quote_lines"."quote_id" AND "t4"."tenant_id" = (SELECT laforge_tenant_id()) AND "t5"."id" = "t4"."opportunity_id" AND "t5"."tenant_id" = (SELECT laforge_tenant_id()) AND "t6"."id" = "t5"."owner_id" AND "t6"."tenant_id" = (SELECT laforge_tenant_id()) AND "t6"."id" = (SELECT laforge_user_id()))));

-- create policy laforge_quotes_create on quotes
CREATE POLICY "laforge_quotes_create" ON "quotes" AS PERMISSIVE FOR INSERT
  WITH CHECK ((SELECT laforge_user_role()) = 'salesRep' OR 'salesRep' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'salesManager' OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_quotes_delete on quotes
CREATE POLICY "laforge_quotes_delete" ON "quotes" AS PERMISSIVE FOR DELETE
  USING (((SELECT laforge_user_role()) = 'salesManager' OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[]))) AND CAST("quotes"."status" AS text) = 'draft');

-- create policy laforge_quotes_read on quotes
CREATE POLICY "laforge_quotes_read" ON "quotes" AS PERMISSIVE FOR SELECT
  USING (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "quotes"."prepared_by_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND "t1"."id" = (SELECT laforge_user_id())) OR EXISTS (SELECT 1 FROM "opportunities" AS "t2", "users" AS "t3" WHERE "t2"."id" = "quotes"."opportunity_id" AND "t2"."tenant_id" = (SELECT laforge_tenant_id()) AND "t3"."id" = "t2"."owner_id" AND "t3"."tenant_id" = (SELECT laforge_tenant_id()) AND "t3"."id" = (SELECT laforge_user_id())) OR EXISTS (SELECT 1 FROM "opportunities" AS "t4", "accounts" AS "t5", "users" AS "t6" WHERE "t4"."id" = "quotes"."opportunity_id" AND "t4"."tenant_id" = (SELECT laforge_tenant_id()) AND "t5"."id" = "t4"."account_id" AND "t5"."tenant_id" = (SELECT laforge_tenant_id()) AND "t6"."id" = "t5"."owner_id" AND "t6"."tenant_id" = (SELECT laforge_tenant_id()) AND "t6"."id" = (SELECT laforge_user_id())) OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_quotes_tenant_guard on quotes
CREATE POLICY "laforge_quotes_tenant_guard" ON "quotes" AS RESTRICTIVE FOR ALL
  USING ("quotes"."tenant_id" = (SELECT laforge_tenant_id()))
  WITH CHECK ("quotes"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_quotes_update on quotes
CREATE POLICY "laforge_quotes_update" ON "quotes" AS PERMISSIVE FOR UPDATE
  USING (CAST("quotes"."status" AS text) = 'draft' AND (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "quotes"."prepared_by_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND "t1"."id" = (SELECT laforge_user_id())) OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[]))))
  WITH CHECK (CAST("quotes"."status" AS text) = 'draft' AND (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "quotes"."prepared_by_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND "t1"."id" = (SELECT laforge_user_id())) OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[]))));

-- create policy laforge_sla_policies_create on sla_policies
CREATE POLICY "laforge_sla_policies_create" ON "sla_policies" AS PERMISSIVE FOR INSERT
  WITH CHECK ((SELECT laforge_user_role()) = 'supportLead' OR 'supportLead' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_sla_policies_delete on sla_policies
CREATE POLICY "laforge_sla_policies_delete" ON "sla_policies" AS PERMISSIVE FOR DELETE
  USING ((SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_sla_policies_read on sla_policies
CREATE POLICY "laforge_sla_policies_read" ON "sla_policies" AS PERMISSIVE FOR SELECT
  USING (TRUE);

-- create policy laforge_sla_policies_tenant_guard on sla_policies
CREATE POLICY "laforge_sla_policies_tenant_guard" ON "sla_policies" AS RESTRICTIVE FOR ALL
  USING ("sla_policies"."tenant_id" = (SELECT laforge_tenant_id()))
  WITH CHECK ("sla_policies"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_sla_policies_update on sla_policies
CREATE POLICY "laforge_sla_policies_update" ON "sla_policies" AS PERMISSIVE FOR UPDATE
  USING ((SELECT laforge_user_role()) = 'supportLead' OR 'supportLead' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])))
  WITH CHECK ((SELECT laforge_user_role()) = 'supportLead' OR 'supportLead' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_stages_create on stages
CREATE POLICY "laforge_stages_create" ON "stages" AS PERMISSIVE FOR INSERT
  WITH CHECK ((SELECT laforge_user_role()) = 'salesManager' OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_stages_delete on stages
CREATE POLICY "laforge_stages_delete" ON "stages" AS PERMISSIVE FOR DELETE
  USING ((SELECT laforge_user_role()) = 'salesManager' OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_stages_read on stages
CREATE POLICY "laforge_stages_read" ON "stages" AS PERMISSIVE FOR SELECT
  USING (TRUE);

-- create policy laforge_stages_tenant_guard on stages
CREATE POLICY "laforge_stages_tenant_guard" ON "stages" AS RESTRICTIVE FOR ALL
  USING ("stages"."tenant_id" = (SELECT laforge_tenant_id()))
  WITH CHECK ("stages"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_stages_update on stages
CREATE POLICY "laforge_stages_update" ON "stages" AS PERMISSIVE FOR UPDATE
  USING ((SELECT laforge_user_role()) = 'salesManager' OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])))
  WITH CHECK ((SELECT laforge_user_role()) = 'salesManager' OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_support_tickets_create on support_tickets
CREATE POLICY "laforge_support_tickets_create" ON "support_tickets" AS PERMISSIVE FOR INSERT
  WITH CHECK ((SELECT laforge_user_role()) = 'supportAgent' OR 'supportAgent' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'supportLead' OR 'supportLead' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'salesRep' OR 'salesRep' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'salesManager' OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_support_tickets_delete on support_tickets
CREATE POLICY "laforge_support_tickets_delete" ON "support_tickets" AS PERMISSIVE FOR DELETE
  USING ((SELECT laforge_user_role()) = 'supportLead' OR 'supportLead' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_support_tickets_read on support_tickets
CREATE POLICY "laforge_support_tickets_read" ON "support_tickets" AS PERMISSIVE FOR SELECT
  USING (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "support_tickets"."assignee_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND "t1"."id" = (SELECT laforge_user_id())) OR EXISTS (SELECT 1 FROM "users" AS "t2" WHERE "t2"."id" = "support_tickets"."reporter_id" AND "t2"."tenant_id" = (SELECT laforge_tenant_id()) AND "t2"."id" = (SELECT laforge_user_id())) OR EXISTS (SELECT 1 FROM "accounts" AS "t3", "users" AS "t4" WHERE "t3"."id" = "support_tickets"."account_id" AND "t3"."tenant_id" = (SELECT laforge_tenant_id()) AND "t4"."id" = "t3"."owner_id" AND "t4"."tenant_id" = (SELECT laforge_tenant_id()) AND "t4"."id" = (SELECT laforge_user_id())) OR (CAST("support_tickets"."status" AS text) IN ('open', 'pending', 'onHold') AND 'supportAgent' = ANY(CAST((SELECT laforge_user_roles()) AS text[]))) OR 'supportLead' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_support_tickets_tenant_guard on support_tickets
CREATE POLICY "laforge_support_tickets_tenant_guard" ON "support_tickets" AS RESTRICTIVE FOR ALL
  USING ("support_tickets"."tenant_id" = (SELECT laforge_tenant_id()))
  WITH CHECK ("support_tickets"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_support_tickets_update on support_tickets
CREATE POLICY "laforge_support_tickets_update" ON "support_tickets" AS PERMISSIVE FOR UPDATE
  USING (CAST("support_tickets"."status" AS text) <> 'closed' AND (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "support_tickets"."assignee_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND "t1"."id" = (SELECT laforge_user_id())) OR 'supportAgent' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR 'supportLead' = ANY(CAST((SELECT laforge_user_roles()) AS text[]))))
  WITH CHECK (CAST("support_tickets"."status" AS text) <> 'closed' AND (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "support_tickets"."assignee_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND "t1"."id" = (SELECT laforge_user_id())) OR 'supportAgent' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR 'supportLead' = ANY(CAST((SELECT laforge_user_roles()) AS text[]))));

-- create policy laforge_support_tickets_tags_guard on support_tickets_tags
CREATE POLICY "laforge_support_tickets_tags_guard" ON "support_tickets_tags" AS PERMISSIVE FOR ALL
  USING (EXISTS (SELECT 1 FROM "support_tickets" AS "t1" WHERE "t1"."id" = "support_tickets_tags"."ticket_id") AND EXISTS (SELECT 1 FROM "tags" AS "t2" WHERE "t2"."id" = "support_tickets_tags"."tag_id"))
  WITH CHECK (EXISTS (SELECT 1 FROM "support_tickets" AS "t1" WHERE "t1"."id" = "support_tickets_tags"."ticket_id") AND EXISTS (SELECT 1 FROM "tags" AS "t2" WHERE "t2"."id" = "support_tickets_tags"."tag_id"));

-- create policy laforge_tags_create on tags
CREATE POLICY "laforge_tags_create" ON "tags" AS PERMISSIVE FOR INSERT
  WITH CHECK (TRUE);

-- create policy laforge_tags_delete on tags
CREATE POLICY "laforge_tags_delete" ON "tags" AS PERMISSIVE FOR DELETE
  USING (TRUE);

-- create policy laforge_tags_read on tags
CREATE POLICY "laforge_tags_read" ON "tags" AS PERMISSIVE FOR SELECT
  USING (TRUE);

-- create policy laforge_tags_tenant_guard on tags
CREATE POLICY "laforge_tags_tenant_guard" ON "tags" AS RESTRICTIVE FOR ALL
  USING ("tags"."tenant_id" = (SELECT laforge_tenant_id()))
  WITH CHECK ("tags"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_tags_update on tags
CREATE POLICY "laforge_tags_update" ON "tags" AS PERMISSIVE FOR UPDATE
  USING (TRUE)
  WITH CHECK (TRUE);

-- create policy laforge_teams_create on teams
CREATE POLICY "laforge_teams_create" ON "teams" AS PERMISSIVE FOR INSERT
  WITH CHECK ((SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'salesManager' OR 'salesManager' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_user_role()) = 'supportLead' OR 'supportLead' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_teams_delete on teams
CREATE POLICY "laforge_teams_delete" ON "teams" AS PERMISSIVE FOR DELETE
  USING ((SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_teams_read on teams
CREATE POLICY "laforge_teams_read" ON "teams" AS PERMISSIVE FOR SELECT
  USING (EXISTS (SELECT 1 FROM "teams_users" AS "j1", "users" AS "t2" WHERE "j1"."team_id" = "teams"."id" AND "t2"."id" = "j1"."user_id" AND "t2"."tenant_id" = (SELECT laforge_tenant_id()) AND "t2"."id" = (SELECT laforge_user_id())) OR EXISTS (SELECT 1 FROM "users" AS "t3" WHERE "t3"."id" = "teams"."lead_id" AND "t3"."tenant_id" = (SELECT laforge_tenant_id()) AND "t3"."id" = (SELECT laforge_user_id())) OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_teams_tenant_guard on teams
CREATE POLICY "laforge_teams_tenant_guard" ON "teams" AS RESTRICTIVE FOR ALL
  USING ("teams"."tenant_id" = (SELECT laforge_tenant_id()))
  WITH CHECK ("teams"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_teams_update on teams
CREATE POLICY "laforge_teams_update" ON "teams" AS PERMISSIVE FOR UPDATE
  USING (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "teams"."lead_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND (SELECT laforge_user_id()) = "t1"."id") OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])))
  WITH CHECK (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "teams"."lead_id" AND "t1"."tenant_id" = (SELECT laforge_tenant_id()) AND (SELECT laforge_user_id()) = "t1"."id") OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_teams_users_guard on teams_users
CREATE POLICY "laforge_teams_users_guard" ON "teams_users" AS PERMISSIVE FOR ALL
  USING (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "teams_users"."user_id"))
  WITH CHECK (EXISTS (SELECT 1 FROM "users" AS "t1" WHERE "t1"."id" = "teams_users"."user_id"));

-- create policy laforge_users_create on users
CREATE POLICY "laforge_users_create" ON "users" AS PERMISSIVE FOR INSERT
  WITH CHECK ((SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])) OR (SELECT laforge_has_claim('can.manage.users')));

-- create policy laforge_users_delete on users
CREATE POLICY "laforge_users_delete" ON "users" AS PERMISSIVE FOR DELETE
  USING ((SELECT laforge_user_role()) = 'admin' OR 'admin' = ANY(CAST((SELECT laforge_user_roles()) AS text[])));

-- create policy laforge_users_read on users
CREATE POLICY "laforge_users_read" ON "users" AS PERMISSIVE FOR SELECT
  USING ("users"."active" OR "users"."id" = (SELECT laforge_user_id()) OR (SELECT laforge_has_claim('can.manage.users')));

-- create policy laforge_users_tenant_guard on users
CREATE POLICY "laforge_users_tenant_guard" ON "users" AS RESTRICTIVE FOR ALL
  USING ("users"."tenant_id" = (SELECT laforge_tenant_id()))
  WITH CHECK ("users"."tenant_id" = (SELECT laforge_tenant_id()));

-- create policy laforge_users_update on users
CREATE POLICY "laforge_users_update" ON "users" AS PERMISSIVE FOR UPDATE
  USING ("users"."id" = (SELECT laforge_user_id()) OR (SELECT laforge_has_claim('can.manage.users')))
  WITH CHECK ("users"."id" = (SELECT laforge_user_id()) OR (SELECT laforge_has_claim('can.manage.users')));
