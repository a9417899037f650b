-- LaForge migration for SQLite. Review it before applying it; the .down.sql file of the same name undoes it.
-- Operations:
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

-- create table accounts
-- SQLite has no REGEXP, so only the runtime checks "accounts": "billing_country" (pattern).
CREATE TABLE "accounts" (
  "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  "tenant_id" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "domain" TEXT,
  "website_url" TEXT,
  "tier" TEXT NOT NULL DEFAULT 'smb' CHECK ("tier" IN ('smb', 'midMarket', 'enterprise', 'strategic')),
  "annual_revenue" NUMERIC,
  "employee_count" INTEGER,
  "billing_country" TEXT,
  "custom_fields" TEXT CHECK (json_valid("custom_fields")),
  "created_at" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  "owner_id" TEXT NOT NULL,
  "team_id" TEXT,
  "parent_id" TEXT,
  CONSTRAINT "accounts_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "accounts_name_check" CHECK (length("name") BETWEEN 1 AND 200),
  CONSTRAINT "accounts_annual_revenue_check" CHECK ("annual_revenue" >= 0),
  CONSTRAINT "accounts_employee_count_check" CHECK ("employee_count" >= 0),
  CONSTRAINT "accounts_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE RESTRICT,
  CONSTRAINT "accounts_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "accounts" ("id") ON DELETE SET NULL,
  CONSTRAINT "accounts_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE SET NULL
);

-- create table activities
CREATE TABLE "activities" (
  "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  "tenant_id" TEXT NOT NULL,
  "kind" TEXT NOT NULL DEFAULT 'task' CHECK ("kind" IN ('call', 'email', 'meeting', 'task', 'note')),
  "subject" TEXT NOT NULL,
  "due_at" TEXT,
  "completed_at" TEXT,
  "duration_minutes" INTEGER,
  "metadata" TEXT CHECK (json_valid("metadata")),
  "owner_id" TEXT NOT NULL,
  "account_id" TEXT,
  "contact_id" TEXT,
  "opportunity_id" TEXT,
  "lead_id" TEXT,
  CONSTRAINT "activities_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "activities_subject_check" CHECK (length("subject") BETWEEN 1 AND 200),
  CONSTRAINT "activities_duration_minutes_check" CHECK ("duration_minutes" >= 0),
  CONSTRAINT "activities_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts" ("id") ON DELETE CASCADE,
  CONSTRAINT "activities_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts" ("id") ON DELETE SET NULL,
  CONSTRAINT "activities_lead_id_fkey" FOREIGN KEY ("lead_id") REFERENCES "leads" ("id") ON DELETE CASCADE,
  CONSTRAINT "activities_opportunity_id_fkey" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities" ("id") ON DELETE CASCADE,
  CONSTRAINT "activities_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE CASCADE
);

-- create table attachments
-- SQLite has no REGEXP, so only the runtime checks "attachments": "checksum" (pattern).
CREATE TABLE "attachments" (
  "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  "tenant_id" TEXT NOT NULL,
  "file_name" TEXT NOT NULL,
  "content_type" TEXT NOT NULL,
  "size_bytes" INTEGER NOT NULL,
  "checksum" TEXT NOT NULL,
  "storage_key" TEXT NOT NULL,
  "uploaded_at" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  "uploaded_by_id" TEXT NOT NULL,
  "ticket_id" TEXT,
  "opportunity_id" TEXT,
  CONSTRAINT "attachments_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "attachments_file_name_check" CHECK (length("file_name") BETWEEN 1 AND 255),
  CONSTRAINT "attachments_content_type_check" CHECK (length("content_type") BETWEEN 3 AND 127),
  CONSTRAINT "attachments_size_bytes_check" CHECK ("size_bytes" >= 0 AND "size_bytes" <= 26214400),
  CONSTRAINT "attachments_opportunity_id_fkey" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities" ("id") ON DELETE CASCADE,
  CONSTRAINT "attachments_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "support_tickets" ("id") ON DELETE CASCADE,
  CONSTRAINT "attachments_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);

-- create table comments
CREATE TABLE "comments" (
  "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  "tenant_id" TEXT NOT NULL,
  "body" TEXT NOT NULL,
  "internal" INTEGER NOT NULL DEFAULT 0 CHECK ("internal" IN (0, 1)),
  "created_at" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  "edited_at" TEXT,
  "ticket_id" TEXT NOT NULL,
  "author_id" TEXT NOT NULL,
  "parent_id" TEXT,
  CONSTRAINT "comments_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "comments_body_check" CHECK (length("body") BETWEEN 1 AND 20000),
  CONSTRAINT "comments_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users" ("id") ON DELETE RESTRICT,
  CONSTRAINT "comments_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "comments" ("id") ON DELETE CASCADE,
  CONSTRAINT "comments_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "support_tickets" ("id") ON DELETE CASCADE
);

-- create table contacts
-- SQLite has no REGEXP, so only the runtime checks "contacts": "email" (email), "phone" (pattern).
CREATE TABLE "contacts" (
  "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  "tenant_id" TEXT NOT NULL,
  "first_name" TEXT NOT NULL,
  "last_name" TEXT NOT NULL,
  "email" TEXT,
  "phone" TEXT,
  "national_id" TEXT,
  "job_title" TEXT,
  "birthday" TEXT,
  "do_not_contact" INTEGER NOT NULL DEFAULT 0 CHECK ("do_not_contact" IN (0, 1)),
  "account_id" TEXT NOT NULL,
  "owner_id" TEXT,
  CONSTRAINT "contacts_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "contacts_first_name_check" CHECK (length("first_name") BETWEEN 1 AND 100),
  CONSTRAINT "contacts_last_name_check" CHECK (length("last_name") BETWEEN 1 AND 100),
  CONSTRAINT "contacts_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts" ("id") ON DELETE CASCADE,
  CONSTRAINT "contacts_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE SET NULL
);

-- create table contacts_opportunities
CREATE TABLE "contacts_opportunities" (
  "contact_id" TEXT NOT NULL,
  "opportunity_id" TEXT NOT NULL,
  CONSTRAINT "contacts_opportunities_pkey" PRIMARY KEY ("contact_id", "opportunity_id"),
  CONSTRAINT "contacts_opportunities_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts" ("id") ON DELETE CASCADE,
  CONSTRAINT "contacts_opportunities_opportunity_id_fkey" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities" ("id") ON DELETE CASCADE
);

-- create table contacts_tags
CREATE TABLE "contacts_tags" (
  "contact_id" TEXT NOT NULL,
  "tag_id" TEXT NOT NULL,
  CONSTRAINT "contacts_tags_pkey" PRIMARY KEY ("contact_id", "tag_id"),
  CONSTRAINT "contacts_tags_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts" ("id") ON DELETE CASCADE,
  CONSTRAINT "contacts_tags_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags" ("id") ON DELETE CASCADE
);

-- create table currencies
-- SQLite has no REGEXP, so only the runtime checks "currencies": "code" (pattern).
CREATE TABLE "currencies" (
  "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  "code" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "symbol" TEXT NOT NULL,
  "minor_units" INTEGER NOT NULL DEFAULT 2,
  "active" INTEGER NOT NULL DEFAULT 1 CHECK ("active" IN (0, 1)),
  CONSTRAINT "currencies_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "currencies_code_key" UNIQUE ("code"),
  CONSTRAINT "currencies_name_check" CHECK (length("name") BETWEEN 1 AND 60),
  CONSTRAINT "currencies_symbol_check" CHECK (length("symbol") BETWEEN 1 AND 4),
  CONSTRAINT "currencies_minor_units_check" CHECK ("minor_units" >= 0 AND "minor_units" <= 4)
);

-- create table invoice_lines
CREATE TABLE "invoice_lines" (
  "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  "tenant_id" TEXT NOT NULL,
  "description" TEXT NOT NULL,
  "quantity" INTEGER NOT NULL DEFAULT 1,
  "unit_price" NUMERIC NOT NULL,
  "tax_rate" NUMERIC NOT NULL DEFAULT 0,
  "amount" NUMERIC NOT NULL DEFAULT 0,
  "invoice_id" TEXT NOT NULL,
  "product_id" TEXT,
  CONSTRAINT "invoice_lines_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "invoice_lines_description_check" CHECK (length("description") BETWEEN 1 AND 500),
  CONSTRAINT "invoice_lines_quantity_check" CHECK ("quantity" >= 1),
  CONSTRAINT "invoice_lines_unit_price_check" CHECK ("unit_price" >= 0),
  CONSTRAINT "invoice_lines_tax_rate_check" CHECK ("tax_rate" >= 0 AND "tax_rate" <= 1),
  CONSTRAINT "invoice_lines_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices" ("id") ON DELETE CASCADE,
  CONSTRAINT "invoice_lines_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE SET NULL
);

-- create table invoices
CREATE TABLE "invoices" (
  "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  "tenant_id" TEXT NOT NULL,
  "invoice_number" TEXT NOT NULL,
  "sequence" INTEGER NOT NULL,
  "status" TEXT NOT NULL DEFAULT 'draft' CHECK ("status" IN ('draft', 'sent', 'paid', 'overdue', 'cancelled')),
  "issued_on" TEXT NOT NULL,
  "due_on" TEXT NOT NULL,
  "subtotal" NUMERIC NOT NULL DEFAULT 0,
  "tax_total" NUMERIC NOT NULL DEFAULT 0,
  "total" NUMERIC NOT NULL DEFAULT 0,
  "amount_paid" NUMERIC NOT NULL DEFAULT 0,
  "notes" TEXT,
  "pdf_storage_key" TEXT,
  "account_id" TEXT NOT NULL,
  "quote_id" TEXT,
  "currency_id" TEXT NOT NULL,
  CONSTRAINT "invoices_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "invoices_invoice_number_check" CHECK (length("invoice_number") BETWEEN 1 AND 32),
  CONSTRAINT "invoices_sequence_check" CHECK ("sequence" >= 1),
  CONSTRAINT "invoices_subtotal_check" CHECK ("subtotal" >= 0),
  CONSTRAINT "invoices_tax_total_check" CHECK ("tax_total" >= 0),
  CONSTRAINT "invoices_total_check" CHECK ("total" >= 0),
  CONSTRAINT "invoices_amount_paid_check" CHECK ("amount_paid" >= 0),
  CONSTRAINT "invoices_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts" ("id") ON DELETE RESTRICT,
  CONSTRAINT "invoices_currency_id_fkey" FOREIGN KEY ("currency_id") REFERENCES "currencies" ("id") ON DELETE RESTRICT,
  CONSTRAINT "invoices_quote_id_fkey" FOREIGN KEY ("quote_id") REFERENCES "quotes" ("id") ON DELETE SET NULL
);

-- create table leads
-- SQLite has no REGEXP, so only the runtime checks "leads": "email" (email).
CREATE TABLE "leads" (
  "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  "tenant_id" TEXT NOT NULL,
  "full_name" TEXT NOT NULL,
  "company" TEXT,
  "email" TEXT NOT NULL,
  "phone" TEXT,
  "source" TEXT NOT NULL DEFAULT 'web' CHECK ("source" IN ('web', 'referral', 'event', 'outbound', 'partner')),
  "status" TEXT NOT NULL DEFAULT 'new' CHECK ("status" IN ('new', 'contacted', 'qualified', 'disqualified', 'converted')),
  "score" REAL NOT NULL DEFAULT 0,
  "notes" TEXT,
  "converted_at" TEXT,
  "owner_id" TEXT,
  "converted_contact_id" TEXT,
  "converted_account_id" TEXT,
  CONSTRAINT "leads_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "leads_full_name_check" CHECK (length("full_name") BETWEEN 1 AND 200),
  CONSTRAINT "leads_score_check" CHECK ("score" >= 0 AND "score" <= 100),
  CONSTRAINT "leads_converted_account_id_fkey" FOREIGN KEY ("converted_account_id") REFERENCES "accounts" ("id") ON DELETE SET NULL,
  CONSTRAINT "leads_converted_contact_id_fkey" FOREIGN KEY ("converted_contact_id") REFERENCES "contacts" ("id") ON DELETE SET NULL,
  CONSTRAINT "leads_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE SET NULL
);

-- create table memberships
CREATE TABLE "memberships" (
  "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  "tenant_id" TEXT NOT NULL,
  "user_id" TEXT NOT NULL,
  "invited_by_id" TEXT,
  "status" TEXT NOT NULL DEFAULT 'invited' CHECK ("status" IN ('invited', 'active', 'suspended')),
  "invited_at" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  "accepted_at" TEXT,
  "seat_price" NUMERIC NOT NULL DEFAULT 0,
  CONSTRAINT "memberships_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "memberships_seat_price_check" CHECK ("seat_price" >= 0),
  CONSTRAINT "memberships_invited_by_id_fkey" FOREIGN KEY ("invited_by_id") REFERENCES "users" ("id") ON DELETE SET NULL,
  CONSTRAINT "memberships_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);

-- create table opportunities
CREATE TABLE "opportunities" (
  "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  "tenant_id" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "amount" NUMERIC NOT NULL DEFAULT 0,
  "probability" INTEGER NOT NULL DEFAULT 10,
  "status" TEXT NOT NULL DEFAULT 'open' CHECK ("status" IN ('open', 'won', 'lost')),
  "expected_close_date" TEXT,
  "closed_at" TEXT,
  "loss_reason" TEXT,
  "next_step" TEXT,
  "account_id" TEXT NOT NULL,
  "owner_id" TEXT NOT NULL,
  "stage_id" TEXT NOT NULL,
  "primary_contact_id" TEXT,
  "currency_id" TEXT NOT NULL,
  CONSTRAINT "opportunities_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "opportunities_name_check" CHECK (length("name") BETWEEN 1 AND 200),
  CONSTRAINT "opportunities_amount_check" CHECK ("amount" >= 0),
  CONSTRAINT "opportunities_probability_check" CHECK ("probability" >= 0 AND "probability" <= 100),
  CONSTRAINT "opportunities_loss_reason_check" CHECK (length("loss_reason") <= 500),
  CONSTRAINT "opportunities_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts" ("id") ON DELETE CASCADE,
  CONSTRAINT "opportunities_currency_id_fkey" FOREIGN KEY ("currency_id") REFERENCES "currencies" ("id") ON DELETE RESTRICT,
  CONSTRAINT "opportunities_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users" ("id") ON DELETE RESTRICT,
  CONSTRAINT "opportunities_primary_contact_id_fkey" FOREIGN KEY ("primary_contact_id") REFERENCES "contacts" ("id") ON DELETE SET NULL,
  CONSTRAINT "opportunities_stage_id_fkey" FOREIGN KEY ("stage_id") REFERENCES "stages" ("id") ON DELETE RESTRICT
);

-- create table organizations
-- SQLite has no REGEXP, so only the runtime checks "organizations": "slug" (pattern), "billing_email" (email).
CREATE TABLE "organizations" (
  "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  "tenant_id" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "slug" TEXT NOT NULL,
  "plan" TEXT NOT NULL DEFAULT 'free' CHECK ("plan" IN ('free', 'starter', 'growth', 'enterprise')),
  "seat_limit" INTEGER NOT NULL DEFAULT 5,
  "billing_email" TEXT NOT NULL,
  "stripe_customer_id" TEXT,
  "data_region" TEXT NOT NULL DEFAULT 'eu-west-1',
  "settings" TEXT CHECK (json_valid("settings")),
  "created_at" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CONSTRAINT "organizations_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "organizations_tenant_id_key" UNIQUE ("tenant_id"),
  CONSTRAINT "organizations_slug_key" UNIQUE ("slug"),
  CONSTRAINT "organizations_name_check" CHECK (length("name") BETWEEN 1 AND 120),
  CONSTRAINT "organizations_slug_check" CHECK (length("slug") BETWEEN 3 AND 63),
  CONSTRAINT "organizations_seat_limit_check" CHECK ("seat_limit" >= 1)
);

-- create table payments
-- SQLite has no REGEXP, so only the runtime checks "payments": "card_last4" (pattern).
CREATE TABLE "payments" (
  "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  "tenant_id" TEXT NOT NULL,
  "amount" NUMERIC NOT NULL,
  "method" TEXT NOT NULL DEFAULT 'bankTransfer' CHECK ("method" IN ('card', 'bankTransfer', 'directDebit', 'check')),
  "received_on" TEXT NOT NULL,
  "reference" TEXT,
  "card_last4" TEXT,
  "processor_payload" TEXT CHECK (json_valid("processor_payload")),
  "invoice_id" TEXT NOT NULL,
  "recorded_by_id" TEXT,
  CONSTRAINT "payments_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "payments_amount_check" CHECK ("amount" >= 0),
  CONSTRAINT "payments_reference_check" CHECK (length("reference") <= 120),
  CONSTRAINT "payments_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "invoices" ("id") ON DELETE CASCADE,
  CONSTRAINT "payments_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users" ("id") ON DELETE SET NULL
);

-- create table pipelines
CREATE TABLE "pipelines" (
  "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  "tenant_id" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "is_default" INTEGER NOT NULL DEFAULT 0 CHECK ("is_default" IN (0, 1)),
  "team_id" TEXT,
  CONSTRAINT "pipelines_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "pipelines_name_check" CHECK (length("name") BETWEEN 1 AND 80),
  CONSTRAINT "pipelines_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE SET NULL
);

-- create table products
-- SQLite has no REGEXP, so only the runtime checks "products": "sku" (pattern).
CREATE TABLE "products" (
  "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  "tenant_id" TEXT NOT NULL,
  "sku" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "description" TEXT,
  "unit_price" NUMERIC NOT NULL,
  "tax_rate" NUMERIC NOT NULL DEFAULT 0,
  "active" INTEGER NOT NULL DEFAULT 1 CHECK ("active" IN (0, 1)),
  "currency_id" TEXT NOT NULL,
  CONSTRAINT "products_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "products_sku_check" CHECK (length("sku") BETWEEN 1 AND 64),
  CONSTRAINT "products_name_check" CHECK (length("name") BETWEEN 1 AND 200),
  CONSTRAINT "products_unit_price_check" CHECK ("unit_price" >= 0),
  CONSTRAINT "products_tax_rate_check" CHECK ("tax_rate" >= 0 AND "tax_rate" <= 1),
  CONSTRAINT "products_currency_id_fkey" FOREIGN KEY ("currency_id") REFERENCES "currencies" ("id") ON DELETE RESTRICT
);

-- create table quote_lines
CREATE TABLE "quote_lines" (
  "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  "tenant_id" TEXT NOT NULL,
  "description" TEXT NOT NULL,
  "quantity" INTEGER NOT NULL DEFAULT 1,
  "unit_price" NUMERIC NOT NULL,
  "discount_percent" NUMERIC NOT NULL DEFAULT 0,
  "line_total" NUMERIC NOT NULL DEFAULT 0,
  "position" INTEGER NOT NULL DEFAULT 0,
  "quote_id" TEXT NOT NULL,
  "product_id" TEXT,
  CONSTRAINT "quote_lines_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "quote_lines_description_check" CHECK (length("description") BETWEEN 1 AND 500),
  CONSTRAINT "quote_lines_quantity_check" CHECK ("quantity" >= 1),
  CONSTRAINT "quote_lines_unit_price_check" CHECK ("unit_price" >= 0),
  CONSTRAINT "quote_lines_discount_percent_check" CHECK ("discount_percent" >= 0 AND "discount_percent" <= 100),
  CONSTRAINT "quote_lines_line_total_check" CHECK ("line_total" >= 0),
  CONSTRAINT "quote_lines_position_check" CHECK ("position" >= 0),
  CONSTRAINT "quote_lines_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products" ("id") ON DELETE SET NULL,
  CONSTRAINT "quote_lines_quote_id_fkey" FOREIGN KEY ("quote_id") REFERENCES "quotes" ("id") ON DELETE CASCADE
);

-- create table quotes
CREATE TABLE "quotes" (
  "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  "tenant_id" TEXT NOT NULL,
  "number" TEXT NOT NULL,
  "status" TEXT NOT NULL DEFAULT 'draft' CHECK ("status" IN ('draft', 'sent', 'accepted', 'rejected', 'expired')),
  "valid_until" TEXT NOT NULL,
  "discount_percent" NUMERIC NOT NULL DEFAULT 0,
  "total" NUMERIC NOT NULL DEFAULT 0,
  "terms" TEXT,
  "opportunity_id" TEXT NOT NULL,
  "prepared_by_id" TEXT NOT NULL,
  "currency_id" TEXT NOT NULL,
  CONSTRAINT "quotes_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "quotes_number_check" CHECK (length("number") BETWEEN 1 AND 32),
  CONSTRAINT "quotes_discount_percent_check" CHECK ("discount_percent" >= 0 AND "discount_percent" <= 100),
  CONSTRAINT "quotes_total_check" CHECK ("total" >= 0),
  CONSTRAINT "quotes_currency_id_fkey" FOREIGN KEY ("currency_id") REFERENCES "currencies" ("id") ON DELETE RESTRICT,
  CONSTRAINT "quotes_opportunity_id_fkey" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities" ("id") ON DELETE CASCADE,
  CONSTRAINT "quotes_prepared_by_id_fkey" FOREIGN KEY ("prepared_by_id") REFERENCES "users" ("id") ON DELETE RESTRICT
);

-- create table sla_policies
CREATE TABLE "sla_policies" (
  "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  "tenant_id" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "priority" TEXT NOT NULL CHECK ("priority" IN ('low', 'normal', 'high', 'urgent')),
  "first_response_minutes" INTEGER NOT NULL,
  "resolution_minutes" INTEGER NOT NULL,
  "business_hours_only" INTEGER NOT NULL DEFAULT 1 CHECK ("business_hours_only" IN (0, 1)),
  CONSTRAINT "sla_policies_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "sla_policies_name_check" CHECK (length("name") BETWEEN 1 AND 80),
  CONSTRAINT "sla_policies_first_response_minutes_check" CHECK ("first_response_minutes" >= 1),
  CONSTRAINT "sla_policies_resolution_minutes_check" CHECK ("resolution_minutes" >= 1)
);

-- create table stages
CREATE TABLE "stages" (
  "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  "tenant_id" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "position" INTEGER NOT NULL,
  "probability" INTEGER NOT NULL DEFAULT 10,
  "closes_as" TEXT CHECK ("closes_as" IN ('open', 'won', 'lost')),
  "pipeline_id" TEXT NOT NULL,
  CONSTRAINT "stages_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "stages_name_check" CHECK (length("name") BETWEEN 1 AND 60),
  CONSTRAINT "stages_position_check" CHECK ("position" >= 0),
  CONSTRAINT "stages_probability_check" CHECK ("probability" >= 0 AND "probability" <= 100),
  CONSTRAINT "stages_pipeline_id_fkey" FOREIGN KEY ("pipeline_id") REFERENCES "pipelines" ("id") ON DELETE CASCADE
);

-- create table support_tickets
CREATE TABLE "support_tickets" (
  "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  "tenant_id" TEXT NOT NULL,
  "subject" TEXT NOT NULL,
  "description" TEXT NOT NULL,
  "status" TEXT NOT NULL DEFAULT 'open' CHECK ("status" IN ('open', 'pending', 'onHold', 'solved', 'closed')),
  "priority" TEXT NOT NULL DEFAULT 'normal' CHECK ("priority" IN ('low', 'normal', 'high', 'urgent')),
  "channel" TEXT NOT NULL DEFAULT 'email' CHECK ("channel" IN ('email', 'web', 'phone', 'chat')),
  "first_response_at" TEXT,
  "resolved_at" TEXT,
  "satisfaction_score" INTEGER,
  "account_id" TEXT NOT NULL,
  "contact_id" TEXT,
  "reporter_id" TEXT NOT NULL,
  "assignee_id" TEXT,
  "sla_id" TEXT,
  CONSTRAINT "support_tickets_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "support_tickets_subject_check" CHECK (length("subject") BETWEEN 1 AND 200),
  CONSTRAINT "support_tickets_satisfaction_score_check" CHECK ("satisfaction_score" >= 1 AND "satisfaction_score" <= 5),
  CONSTRAINT "support_tickets_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts" ("id") ON DELETE CASCADE,
  CONSTRAINT "support_tickets_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users" ("id") ON DELETE SET NULL,
  CONSTRAINT "support_tickets_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts" ("id") ON DELETE SET NULL,
  CONSTRAINT "support_tickets_reporter_id_fkey" FOREIGN KEY ("reporter_id") REFERENCES "users" ("id") ON DELETE RESTRICT,
  CONSTRAINT "support_tickets_sla_id_fkey" FOREIGN KEY ("sla_id") REFERENCES "sla_policies" ("id") ON DELETE SET NULL
);

-- create table support_tickets_tags
CREATE TABLE "support_tickets_tags" (
  "ticket_id" TEXT NOT NULL,
  "tag_id" TEXT NOT NULL,
  CONSTRAINT "support_tickets_tags_pkey" PRIMARY KEY ("ticket_id", "tag_id"),
  CONSTRAINT "support_tickets_tags_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags" ("id") ON DELETE CASCADE,
  CONSTRAINT "support_tickets_tags_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "support_tickets" ("id") ON DELETE CASCADE
);

-- create table tags
-- SQLite has no REGEXP, so only the runtime checks "tags": "color" (pattern).
CREATE TABLE "tags" (
  "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  "tenant_id" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "color" TEXT NOT NULL DEFAULT '#6B7280',
  CONSTRAINT "tags_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "tags_name_check" CHECK (length("name") BETWEEN 1 AND 40)
);

-- create table teams
CREATE TABLE "teams" (
  "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  "tenant_id" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "description" TEXT,
  "lead_id" TEXT,
  CONSTRAINT "teams_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "teams_name_check" CHECK (length("name") BETWEEN 1 AND 80),
  CONSTRAINT "teams_lead_id_fkey" FOREIGN KEY ("lead_id") REFERENCES "users" ("id") ON DELETE SET NULL
);

-- create table teams_users
CREATE TABLE "teams_users" (
  "team_id" TEXT NOT NULL,
  "user_id" TEXT NOT NULL,
  CONSTRAINT "teams_users_pkey" PRIMARY KEY ("team_id", "user_id"),
  CONSTRAINT "teams_users_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE CASCADE,
  CONSTRAINT "teams_users_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);

-- create table users
-- SQLite has no REGEXP, so only the runtime checks "users": "email" (email), "locale" (pattern).
CREATE TABLE "users" (
  "id" TEXT NOT NULL DEFAULT (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (random() & 3), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
  "tenant_id" TEXT NOT NULL,
  "email" TEXT NOT NULL,
  "full_name" TEXT NOT NULL,
  "job_title" TEXT,
  "role" TEXT NOT NULL DEFAULT 'viewer',
  "locale" TEXT NOT NULL DEFAULT 'en',
  "time_zone" TEXT NOT NULL DEFAULT 'UTC',
  "mfa_secret" TEXT,
  "last_seen_at" TEXT,
  "active" INTEGER NOT NULL DEFAULT 1 CHECK ("active" IN (0, 1)),
  CONSTRAINT "users_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "users_email_check" CHECK (length("email") BETWEEN 3 AND 320),
  CONSTRAINT "users_full_name_check" CHECK (length("full_name") BETWEEN 1 AND 200)
);

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
-- inside CREATE TABLE "accounts" above

-- add foreign key accounts_parent_id_fkey accounts.parent_id -> accounts
-- inside CREATE TABLE "accounts" above

-- add foreign key accounts_team_id_fkey accounts.team_id -> teams
-- inside CREATE TABLE "accounts" above

-- add foreign key activities_account_id_fkey activities.account_id -> accounts
-- inside CREATE TABLE "activities" above

-- add foreign key activities_contact_id_fkey activities.contact_id -> contacts
-- inside CREATE TABLE "activities" above

-- add foreign key activities_lead_id_fkey activities.lead_id -> leads
-- inside CREATE TABLE "activities" above

-- add foreign key activities_opportunity_id_fkey activities.opportunity_id -> opportunities
-- inside CREATE TABLE "activities" above

-- add foreign key activities_owner_id_fkey activities.owner_id -> users
-- inside CREATE TABLE "activities" above

-- add foreign key attachments_opportunity_id_fkey attachments.opportunity_id -> opportunities
-- inside CREATE TABLE "attachments" above

-- add foreign key attachments_ticket_id_fkey attachments.ticket_id -> support_tickets
-- inside CREATE TABLE "attachments" above

-- add foreign key attachments_uploaded_by_id_fkey attachments.uploaded_by_id -> users
-- inside CREATE TABLE "attachments" above

-- add foreign key comments_author_id_fkey comments.author_id -> users
-- inside CREATE TABLE "comments" above

-- add foreign key comments_parent_id_fkey comments.parent_id -> comments
-- inside CREATE TABLE "comments" above

-- add foreign key comments_ticket_id_fkey comments.ticket_id -> support_tickets
-- inside CREATE TABLE "comments" above

-- add foreign key contacts_account_id_fkey contacts.account_id -> accounts
-- inside CREATE TABLE "contacts" above

-- add foreign key contacts_owner_id_fkey contacts.owner_id -> users
-- inside CREATE TABLE "contacts" above

-- add foreign key contacts_opportunities_contact_id_fkey contacts_opportunities.contact_id -> contacts
-- inside CREATE TABLE "contacts_opportunities" above

-- add foreign key contacts_opportunities_opportunity_id_fkey contacts_opportunities.opportunity_id -> opportunities
-- inside CREATE TABLE "contacts_opportunities" above

-- add foreign key contacts_tags_contact_id_fkey contacts_tags.contact_id -> contacts
-- inside CREATE TABLE "contacts_tags" above

-- add foreign key contacts_tags_tag_id_fkey contacts_tags.tag_id -> tags
-- inside CREATE TABLE "contacts_tags" above

-- add foreign key invoice_lines_invoice_id_fkey invoice_lines.invoice_id -> invoices
-- inside CREATE TABLE "invoice_lines" above

-- add foreign key invoice_lines_product_id_fkey invoice_lines.product_id -> products
-- inside CREATE TABLE "invoice_lines" above

-- add foreign key invoices_account_id_fkey invoices.account_id -> accounts
-- inside CREATE TABLE "invoices" above

-- add foreign key invoices_currency_id_fkey invoices.currency_id -> currencies
-- inside CREATE TABLE "invoices" above

-- add foreign key invoices_quote_id_fkey invoices.quote_id -> quotes
-- inside CREATE TABLE "invoices" above

-- add foreign key leads_converted_account_id_fkey leads.converted_account_id -> accounts
-- inside CREATE TABLE "leads" above

-- add foreign key leads_converted_contact_id_fkey leads.converted_contact_id -> contacts
-- inside CREATE TABLE "leads" above

-- add foreign key leads_owner_id_fkey leads.owner_id -> users
-- inside CREATE TABLE "leads" above

-- add foreign key memberships_invited_by_id_fkey memberships.invited_by_id -> users
-- inside CREATE TABLE "memberships" above

-- add foreign key memberships_user_id_fkey memberships.user_id -> users
-- inside CREATE TABLE "memberships" above

-- add foreign key opportunities_account_id_fkey opportunities.account_id -> accounts
-- inside CREATE TABLE "opportunities" above

-- add foreign key opportunities_currency_id_fkey opportunities.currency_id -> currencies
-- inside CREATE TABLE "opportunities" above

-- add foreign key opportunities_owner_id_fkey opportunities.owner_id -> users
-- inside CREATE TABLE "opportunities" above

-- add foreign key opportunities_primary_contact_id_fkey opportunities.primary_contact_id -> contacts
-- inside CREATE TABLE "opportunities" above

-- add foreign key opportunities_stage_id_fkey opportunities.stage_id -> stages
-- inside CREATE TABLE "opportunities" above

-- add foreign key payments_invoice_id_fkey payments.invoice_id -> invoices
-- inside CREATE TABLE "payments" above

-- add foreign key payments_recorded_by_id_fkey payments.recorded_by_id -> users
-- inside CREATE TABLE "payments" above

-- add foreign key pipelines_team_id_fkey pipelines.team_id -> teams
-- inside CREATE TABLE "pipelines" above

-- add foreign key products_currency_id_fkey products.currency_id -> currencies
-- inside CREATE TABLE "products" above

-- add foreign key quote_lines_product_id_fkey quote_lines.product_id -> products
-- inside CREATE TABLE "quote_lines" above

-- add foreign key quote_lines_quote_id_fkey quote_lines.quote_id -> quotes
-- inside CREATE TABLE "quote_lines" above

-- add foreign key quotes_currency_id_fkey quotes.currency_id -> currencies
-- inside CREATE TABLE "quotes" above

-- add foreign key quotes_opportunity_id_fkey quotes.opportunity_id -> opportunities
-- inside CREATE TABLE "quotes" above

-- add foreign key quotes_prepared_by_id_fkey quotes.prepared_by_id -> users
-- inside CREATE TABLE "quotes" above

-- add foreign key stages_pipeline_id_fkey stages.pipeline_id -> pipelines
-- inside CREATE TABLE "stages" above

-- add foreign key support_tickets_account_id_fkey support_tickets.account_id -> accounts
-- inside CREATE TABLE "support_tickets" above

-- add foreign key support_tickets_assignee_id_fkey support_tickets.assignee_id -> users
-- inside CREATE TABLE "support_tickets" above

-- add foreign key support_tickets_contact_id_fkey support_tickets.contact_id -> contacts
-- inside CREATE TABLE "support_tickets" above

-- add foreign key support_tickets_reporter_id_fkey support_tickets.reporter_id -> users
-- inside CREATE TABLE "support_tickets" above

-- add foreign key support_tickets_sla_id_fkey support_tickets.sla_id -> sla_policies
-- inside CREATE TABLE "support_tickets" above

-- add foreign key support_tickets_tags_tag_id_fkey support_tickets_tags.tag_id -> tags
-- inside CREATE TABLE "support_tickets_tags" above

-- add foreign key support_tickets_tags_ticket_id_fkey support_tickets_tags.ticket_id -> support_tickets
-- inside CREATE TABLE "support_tickets_tags" above

-- add foreign key teams_lead_id_fkey teams.lead_id -> users
-- inside CREATE TABLE "teams" above

-- add foreign key teams_users_team_id_fkey teams_users.team_id -> teams
-- inside CREATE TABLE "teams_users" above

-- add foreign key teams_users_user_id_fkey teams_users.user_id -> users
-- inside CREATE TABLE "teams_users" above
