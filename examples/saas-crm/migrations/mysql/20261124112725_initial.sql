-- LaForge migration for MySQL/MariaDB. Review it before applying it; the .down.sql file of the same name undoes it.
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
CREATE TABLE `accounts` (
  `id` CHAR(36) NOT NULL DEFAULT (UUID()),
  `tenant_id` CHAR(36) NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `domain` VARCHAR(255),
  `website_url` VARCHAR(255),
  `tier` ENUM('smb','midMarket','enterprise','strategic') NOT NULL DEFAULT 'smb',
  `annual_revenue` DECIMAL(38,10),
  `employee_count` INT,
  `billing_country` VARCHAR(255),
  `custom_fields` JSON,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `owner_id` CHAR(36) NOT NULL,
  `team_id` CHAR(36),
  `parent_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `accounts_name_check` CHECK (CHAR_LENGTH(`name`) BETWEEN 1 AND 200),
  CONSTRAINT `accounts_annual_revenue_check` CHECK (`annual_revenue` >= 0),
  CONSTRAINT `accounts_employee_count_check` CHECK (`employee_count` >= 0),
  CONSTRAINT `accounts_billing_country_check` CHECK (`billing_country` REGEXP '^[A-Z]{2}$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table activities
CREATE TABLE `activities` (
  `id` CHAR(36) NOT NULL DEFAULT (UUID()),
  `tenant_id` CHAR(36) NOT NULL,
  `kind` ENUM('call','email','meeting','task','note') NOT NULL DEFAULT 'task',
  `subject` VARCHAR(200) NOT NULL,
  `due_at` DATETIME(6),
  `completed_at` DATETIME(6),
  `duration_minutes` INT,
  `metadata` JSON,
  `owner_id` CHAR(36) NOT NULL,
  `account_id` CHAR(36),
  `contact_id` CHAR(36),
  `opportunity_id` CHAR(36),
  `lead_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `activities_subject_check` CHECK (CHAR_LENGTH(`subject`) BETWEEN 1 AND 200),
  CONSTRAINT `activities_duration_minutes_check` CHECK (`duration_minutes` >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table attachments
CREATE TABLE `attachments` (
  `id` CHAR(36) NOT NULL DEFAULT (UUID()),
  `tenant_id` CHAR(36) NOT NULL,
  `file_name` VARCHAR(255) NOT NULL,
  `content_type` VARCHAR(127) NOT NULL,
  `size_bytes` BIGINT NOT NULL,
  `checksum` VARCHAR(255) NOT NULL,
  `storage_key` VARCHAR(255) NOT NULL,
  `uploaded_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `uploaded_by_id` CHAR(36) NOT NULL,
  `ticket_id` CHAR(36),
  `opportunity_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `attachments_file_name_check` CHECK (CHAR_LENGTH(`file_name`) BETWEEN 1 AND 255),
  CONSTRAINT `attachments_content_type_check` CHECK (CHAR_LENGTH(`content_type`) BETWEEN 3 AND 127),
  CONSTRAINT `attachments_size_bytes_check` CHECK (`size_bytes` >= 0 AND `size_bytes` <= 26214400),
  CONSTRAINT `attachments_checksum_check` CHECK (`checksum` REGEXP '^[a-f0-9]{64}$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table comments
CREATE TABLE `comments` (
  `id` CHAR(36) NOT NULL DEFAULT (UUID()),
  `tenant_id` CHAR(36) NOT NULL,
  `body` LONGTEXT NOT NULL,
  `internal` BOOLEAN NOT NULL DEFAULT FALSE,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `edited_at` DATETIME(6),
  `ticket_id` CHAR(36) NOT NULL,
  `author_id` CHAR(36) NOT NULL,
  `parent_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `comments_body_check` CHECK (CHAR_LENGTH(`body`) BETWEEN 1 AND 20000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table contacts
CREATE TABLE `contacts` (
  `id` CHAR(36) NOT NULL DEFAULT (UUID()),
  `tenant_id` CHAR(36) NOT NULL,
  `first_name` VARCHAR(100) NOT NULL,
  `last_name` VARCHAR(100) NOT NULL,
  `email` VARCHAR(255),
  `phone` VARCHAR(255),
  `national_id` VARCHAR(255),
  `job_title` VARCHAR(255),
  `birthday` DATE,
  `do_not_contact` BOOLEAN NOT NULL DEFAULT FALSE,
  `account_id` CHAR(36) NOT NULL,
  `owner_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `contacts_first_name_check` CHECK (CHAR_LENGTH(`first_name`) BETWEEN 1 AND 100),
  CONSTRAINT `contacts_last_name_check` CHECK (CHAR_LENGTH(`last_name`) BETWEEN 1 AND 100),
  CONSTRAINT `contacts_email_check` CHECK (`email` REGEXP '^[^@[:space:]]+@[^@[:space:]]+[.][^@[:space:]]+$'),
  CONSTRAINT `contacts_phone_check` CHECK (`phone` REGEXP (CONCAT('^', CHAR(92 USING utf8mb4), '+?[0-9 ()-]{6,20}$')))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table contacts_opportunities
CREATE TABLE `contacts_opportunities` (
  `contact_id` CHAR(36) NOT NULL,
  `opportunity_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`contact_id`, `opportunity_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table contacts_tags
CREATE TABLE `contacts_tags` (
  `contact_id` CHAR(36) NOT NULL,
  `tag_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`contact_id`, `tag_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table currencies
CREATE TABLE `currencies` (
  `id` CHAR(36) NOT NULL DEFAULT (UUID()),
  `code` VARCHAR(255) NOT NULL,
  `name` VARCHAR(60) NOT NULL,
  `symbol` VARCHAR(4) NOT NULL,
  `minor_units` INT NOT NULL DEFAULT 2,
  `active` BOOLEAN NOT NULL DEFAULT TRUE,
  PRIMARY KEY (`id`),
  CONSTRAINT `currencies_code_key` UNIQUE (`code`),
  CONSTRAINT `currencies_code_check` CHECK (`code` REGEXP '^[A-Z]{3}$'),
  CONSTRAINT `currencies_name_check` CHECK (CHAR_LENGTH(`name`) BETWEEN 1 AND 60),
  CONSTRAINT `currencies_symbol_check` CHECK (CHAR_LENGTH(`symbol`) BETWEEN 1 AND 4),
  CONSTRAINT `currencies_minor_units_check` CHECK (`minor_units` >= 0 AND `minor_units` <= 4)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table invoice_lines
CREATE TABLE `invoice_lines` (
  `id` CHAR(36) NOT NULL DEFAULT (UUID()),
  `tenant_id` CHAR(36) NOT NULL,
  `description` VARCHAR(500) NOT NULL,
  `quantity` INT NOT NULL DEFAULT 1,
  `unit_price` DECIMAL(38,10) NOT NULL,
  `tax_rate` DECIMAL(38,10) NOT NULL DEFAULT 0,
  `amount` DECIMAL(38,10) NOT NULL DEFAULT 0,
  `invoice_id` CHAR(36) NOT NULL,
  `product_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `invoice_lines_description_check` CHECK (CHAR_LENGTH(`description`) BETWEEN 1 AND 500),
  CONSTRAINT `invoice_lines_quantity_check` CHECK (`quantity` >= 1),
  CONSTRAINT `invoice_lines_unit_price_check` CHECK (`unit_price` >= 0),
  CONSTRAINT `invoice_lines_tax_rate_check` CHECK (`tax_rate` >= 0 AND `tax_rate` <= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table invoices
CREATE TABLE `invoices` (
  `id` CHAR(36) NOT NULL DEFAULT (UUID()),
  `tenant_id` CHAR(36) NOT NULL,
  `invoice_number` VARCHAR(32) NOT NULL,
  `sequence` BIGINT NOT NULL,
  `status` ENUM('draft','sent','paid','overdue','cancelled') NOT NULL DEFAULT 'draft',
  `issued_on` DATE NOT NULL,
  `due_on` DATE NOT NULL,
  `subtotal` DECIMAL(38,10) NOT NULL DEFAULT 0,
  `tax_total` DECIMAL(38,10) NOT NULL DEFAULT 0,
  `total` DECIMAL(38,10) NOT NULL DEFAULT 0,
  `amount_paid` DECIMAL(38,10) NOT NULL DEFAULT 0,
  `notes` TEXT,
  `pdf_storage_key` VARCHAR(255),
  `account_id` CHAR(36) NOT NULL,
  `quote_id` CHAR(36),
  `currency_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `invoices_invoice_number_check` CHECK (CHAR_LENGTH(`invoice_number`) BETWEEN 1 AND 32),
  CONSTRAINT `invoices_sequence_check` CHECK (`sequence` >= 1),
  CONSTRAINT `invoices_subtotal_check` CHECK (`subtotal` >= 0),
  CONSTRAINT `invoices_tax_total_check` CHECK (`tax_total` >= 0),
  CONSTRAINT `invoices_total_check` CHECK (`total` >= 0),
  CONSTRAINT `invoices_amount_paid_check` CHECK (`amount_paid` >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table leads
CREATE TABLE `leads` (
  `id` CHAR(36) NOT NULL DEFAULT (UUID()),
  `tenant_id` CHAR(36) NOT NULL,
  `full_name` VARCHAR(200) NOT NULL,
  `company` VARCHAR(255),
  `email` VARCHAR(255) NOT NULL,
  `phone` VARCHAR(255),
  `source` ENUM('web','referral','event','outbound','partner') NOT NULL DEFAULT 'web',
  `status` ENUM('new','contacted','qualified','disqualified','converted') NOT NULL DEFAULT 'new',
  `score` DOUBLE NOT NULL DEFAULT 0,
  `notes` TEXT,
  `converted_at` DATETIME(6),
  `owner_id` CHAR(36),
  `converted_contact_id` CHAR(36),
  `converted_account_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `leads_full_name_check` CHECK (CHAR_LENGTH(`full_name`) BETWEEN 1 AND 200),
  CONSTRAINT `leads_email_check` CHECK (`email` REGEXP '^[^@[:space:]]+@[^@[:space:]]+[.][^@[:space:]]+$'),
  CONSTRAINT `leads_score_check` CHECK (`score` >= 0 AND `score` <= 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table memberships
CREATE TABLE `memberships` (
  `id` CHAR(36) NOT NULL DEFAULT (UUID()),
  `tenant_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  `invited_by_id` CHAR(36),
  `status` ENUM('invited','active','suspended') NOT NULL DEFAULT 'invited',
  `invited_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  `accepted_at` DATETIME(6),
  `seat_price` DECIMAL(38,10) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  CONSTRAINT `memberships_seat_price_check` CHECK (`seat_price` >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table opportunities
CREATE TABLE `opportunities` (
  `id` CHAR(36) NOT NULL DEFAULT (UUID()),
  `tenant_id` CHAR(36) NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `amount` DECIMAL(38,10) NOT NULL DEFAULT 0,
  `probability` INT NOT NULL DEFAULT 10,
  `status` ENUM('open','won','lost') NOT NULL DEFAULT 'open',
  `expected_close_date` DATE,
  `closed_at` DATETIME(6),
  `loss_reason` VARCHAR(500),
  `next_step` TEXT,
  `account_id` CHAR(36) NOT NULL,
  `owner_id` CHAR(36) NOT NULL,
  `stage_id` CHAR(36) NOT NULL,
  `primary_contact_id` CHAR(36),
  `currency_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `opportunities_name_check` CHECK (CHAR_LENGTH(`name`) BETWEEN 1 AND 200),
  CONSTRAINT `opportunities_amount_check` CHECK (`amount` >= 0),
  CONSTRAINT `opportunities_probability_check` CHECK (`probability` >= 0 AND `probability` <= 100),
  CONSTRAINT `opportunities_loss_reason_check` CHECK (CHAR_LENGTH(`loss_reason`) <= 500)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table organizations
CREATE TABLE `organizations` (
  `id` CHAR(36) NOT NULL DEFAULT (UUID()),
  `tenant_id` CHAR(36) NOT NULL,
  `name` VARCHAR(120) NOT NULL,
  `slug` VARCHAR(63) NOT NULL,
  `plan` ENUM('free','starter','growth','enterprise') NOT NULL DEFAULT 'free',
  `seat_limit` INT NOT NULL DEFAULT 5,
  `billing_email` VARCHAR(255) NOT NULL,
  `stripe_customer_id` VARCHAR(255),
  `data_region` VARCHAR(255) NOT NULL DEFAULT 'eu-west-1',
  `settings` JSON,
  `created_at` DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (`id`),
  CONSTRAINT `organizations_tenant_id_key` UNIQUE (`tenant_id`),
  CONSTRAINT `organizations_slug_key` UNIQUE (`slug`),
  CONSTRAINT `organizations_name_check` CHECK (CHAR_LENGTH(`name`) BETWEEN 1 AND 120),
  CONSTRAINT `organizations_slug_check` CHECK (CHAR_LENGTH(`slug`) BETWEEN 3 AND 63 AND `slug` REGEXP '^[a-z0-9-]+$'),
  CONSTRAINT `organizations_seat_limit_check` CHECK (`seat_limit` >= 1),
  CONSTRAINT `organizations_billing_email_check` CHECK (`billing_email` REGEXP '^[^@[:space:]]+@[^@[:space:]]+[.][^@[:space:]]+$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table payments
CREATE TABLE `payments` (
  `id` CHAR(36) NOT NULL DEFAULT (UUID()),
  `tenant_id` CHAR(36) NOT NULL,
  `amount` DECIMAL(38,10) NOT NULL,
  `method` ENUM('card','bankTransfer','directDebit','check') NOT NULL DEFAULT 'bankTransfer',
  `received_on` DATE NOT NULL,
  `reference` VARCHAR(120),
  `card_last4` VARCHAR(255),
  `processor_payload` JSON,
  `invoice_id` CHAR(36) NOT NULL,
  `recorded_by_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `payments_amount_check` CHECK (`amount` >= 0),
  CONSTRAINT `payments_reference_check` CHECK (CHAR_LENGTH(`reference`) <= 120),
  CONSTRAINT `payments_card_last4_check` CHECK (`card_last4` REGEXP '^[0-9]{4}$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table pipelines
CREATE TABLE `pipelines` (
  `id` CHAR(36) NOT NULL DEFAULT (UUID()),
  `tenant_id` CHAR(36) NOT NULL,
  `name` VARCHAR(80) NOT NULL,
  `is_default` BOOLEAN NOT NULL DEFAULT FALSE,
  `team_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `pipelines_name_check` CHECK (CHAR_LENGTH(`name`) BETWEEN 1 AND 80)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table products
CREATE TABLE `products` (
  `id` CHAR(36) NOT NULL DEFAULT (UUID()),
  `tenant_id` CHAR(36) NOT NULL,
  `sku` VARCHAR(64) NOT NULL,
  `name` VARCHAR(200) NOT NULL,
  `description` TEXT,
  `unit_price` DECIMAL(38,10) NOT NULL,
  `tax_rate` DECIMAL(38,10) NOT NULL DEFAULT 0,
  `active` BOOLEAN NOT NULL DEFAULT TRUE,
  `currency_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `products_sku_check` CHECK (CHAR_LENGTH(`sku`) BETWEEN 1 AND 64 AND `sku` REGEXP '^[A-Z0-9][A-Z0-9-]*$'),
  CONSTRAINT `products_name_check` CHECK (CHAR_LENGTH(`name`) BETWEEN 1 AND 200),
  CONSTRAINT `products_unit_price_check` CHECK (`unit_price` >= 0),
  CONSTRAINT `products_tax_rate_check` CHECK (`tax_rate` >= 0 AND `tax_rate` <= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table quote_lines
CREATE TABLE `quote_lines` (
  `id` CHAR(36) NOT NULL DEFAULT (UUID()),
  `tenant_id` CHAR(36) NOT NULL,
  `description` VARCHAR(500) NOT NULL,
  `quantity` INT NOT NULL DEFAULT 1,
  `unit_price` DECIMAL(38,10) NOT NULL,
  `discount_percent` DECIMAL(38,10) NOT NULL DEFAULT 0,
  `line_total` DECIMAL(38,10) NOT NULL DEFAULT 0,
  `position` INT NOT NULL DEFAULT 0,
  `quote_id` CHAR(36) NOT NULL,
  `product_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `quote_lines_description_check` CHECK (CHAR_LENGTH(`description`) BETWEEN 1 AND 500),
  CONSTRAINT `quote_lines_quantity_check` CHECK (`quantity` >= 1),
  CONSTRAINT `quote_lines_unit_price_check` CHECK (`unit_price` >= 0),
  CONSTRAINT `quote_lines_discount_percent_check` CHECK (`discount_percent` >= 0 AND `discount_percent` <= 100),
  CONSTRAINT `quote_lines_line_total_check` CHECK (`line_total` >= 0),
  CONSTRAINT `quote_lines_position_check` CHECK (`position` >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table quotes
CREATE TABLE `quotes` (
  `id` CHAR(36) NOT NULL DEFAULT (UUID()),
  `tenant_id` CHAR(36) NOT NULL,
  `number` VARCHAR(32) NOT NULL,
  `status` ENUM('draft','sent','accepted','rejected','expired') NOT NULL DEFAULT 'draft',
  `valid_until` DATE NOT NULL,
  `discount_percent` DECIMAL(38,10) NOT NULL DEFAULT 0,
  `total` DECIMAL(38,10) NOT NULL DEFAULT 0,
  `terms` TEXT,
  `opportunity_id` CHAR(36) NOT NULL,
  `prepared_by_id` CHAR(36) NOT NULL,
  `currency_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `quotes_number_check` CHECK (CHAR_LENGTH(`number`) BETWEEN 1 AND 32),
  CONSTRAINT `quotes_discount_percent_check` CHECK (`discount_percent` >= 0 AND `discount_percent` <= 100),
  CONSTRAINT `quotes_total_check` CHECK (`total` >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table sla_policies
CREATE TABLE `sla_policies` (
  `id` CHAR(36) NOT NULL DEFAULT (UUID()),
  `tenant_id` CHAR(36) NOT NULL,
  `name` VARCHAR(80) NOT NULL,
  `priority` ENUM('low','normal','high','urgent') NOT NULL,
  `first_response_minutes` INT NOT NULL,
  `resolution_minutes` INT NOT NULL,
  `business_hours_only` BOOLEAN NOT NULL DEFAULT TRUE,
  PRIMARY KEY (`id`),
  CONSTRAINT `sla_policies_name_check` CHECK (CHAR_LENGTH(`name`) BETWEEN 1 AND 80),
  CONSTRAINT `sla_policies_first_response_minutes_check` CHECK (`first_response_minutes` >= 1),
  CONSTRAINT `sla_policies_resolution_minutes_check` CHECK (`resolution_minutes` >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table stages
CREATE TABLE `stages` (
  `id` CHAR(36) NOT NULL DEFAULT (UUID()),
  `tenant_id` CHAR(36) NOT NULL,
  `name` VARCHAR(60) NOT NULL,
  `position` INT NOT NULL,
  `probability` INT NOT NULL DEFAULT 10,
  `closes_as` ENUM('open','won','lost'),
  `pipeline_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  CONSTRAINT `stages_name_check` CHECK (CHAR_LENGTH(`name`) BETWEEN 1 AND 60),
  CONSTRAINT `stages_position_check` CHECK (`position` >= 0),
  CONSTRAINT `stages_probability_check` CHECK (`probability` >= 0 AND `probability` <= 100)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table support_tickets
CREATE TABLE `support_tickets` (
  `id` CHAR(36) NOT NULL DEFAULT (UUID()),
  `tenant_id` CHAR(36) NOT NULL,
  `subject` VARCHAR(200) NOT NULL,
  `description` TEXT NOT NULL,
  `status` ENUM('open','pending','onHold','solved','closed') NOT NULL DEFAULT 'open',
  `priority` ENUM('low','normal','high','urgent') NOT NULL DEFAULT 'normal',
  `channel` ENUM('email','web','phone','chat') NOT NULL DEFAULT 'email',
  `first_response_at` DATETIME(6),
  `resolved_at` DATETIME(6),
  `satisfaction_score` INT,
  `account_id` CHAR(36) NOT NULL,
  `contact_id` CHAR(36),
  `reporter_id` CHAR(36) NOT NULL,
  `assignee_id` CHAR(36),
  `sla_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `support_tickets_subject_check` CHECK (CHAR_LENGTH(`subject`) BETWEEN 1 AND 200),
  CONSTRAINT `support_tickets_satisfaction_score_check` CHECK (`satisfaction_score` >= 1 AND `satisfaction_score` <= 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table support_tickets_tags
CREATE TABLE `support_tickets_tags` (
  `ticket_id` CHAR(36) NOT NULL,
  `tag_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`ticket_id`, `tag_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table tags
CREATE TABLE `tags` (
  `id` CHAR(36) NOT NULL DEFAULT (UUID()),
  `tenant_id` CHAR(36) NOT NULL,
  `name` VARCHAR(40) NOT NULL,
  `color` VARCHAR(255) NOT NULL DEFAULT '#6B7280',
  PRIMARY KEY (`id`),
  CONSTRAINT `tags_name_check` CHECK (CHAR_LENGTH(`name`) BETWEEN 1 AND 40),
  CONSTRAINT `tags_color_check` CHECK (`color` REGEXP '^#[0-9A-Fa-f]{6}$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table teams
CREATE TABLE `teams` (
  `id` CHAR(36) NOT NULL DEFAULT (UUID()),
  `tenant_id` CHAR(36) NOT NULL,
  `name` VARCHAR(80) NOT NULL,
  `description` TEXT,
  `lead_id` CHAR(36),
  PRIMARY KEY (`id`),
  CONSTRAINT `teams_name_check` CHECK (CHAR_LENGTH(`name`) BETWEEN 1 AND 80)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table teams_users
CREATE TABLE `teams_users` (
  `team_id` CHAR(36) NOT NULL,
  `user_id` CHAR(36) NOT NULL,
  PRIMARY KEY (`team_id`, `user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- create table users
CREATE TABLE `users` (
  `id` CHAR(36) NOT NULL DEFAULT (UUID()),
  `tenant_id` CHAR(36) NOT NULL,
  `email` VARCHAR(320) NOT NULL,
  `full_name` VARCHAR(200) NOT NULL,
  `job_title` VARCHAR(255),
  `role` VARCHAR(255) NOT NULL DEFAULT 'viewer',
  `locale` VARCHAR(255) NOT NULL DEFAULT 'en',
  `time_zone` VARCHAR(255) NOT NULL DEFAULT 'UTC',
  `mfa_secret` VARCHAR(255),
  `last_seen_at` DATETIME(6),
  `active` BOOLEAN NOT NULL DEFAULT TRUE,
  PRIMARY KEY (`id`),
  CONSTRAINT `users_email_check` CHECK (CHAR_LENGTH(`email`) BETWEEN 3 AND 320 AND `email` REGEXP '^[^@[:space:]]+@[^@[:space:]]+[.][^@[:space:]]+$'),
  CONSTRAINT `users_full_name_check` CHECK (CHAR_LENGTH(`full_name`) BETWEEN 1 AND 200),
  CONSTRAINT `users_locale_check` CHECK (`locale` REGEXP '^[a-z]{2}(-[A-Z]{2})?$')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- add index accounts_owner_id_idx on accounts
CREATE INDEX `accounts_owner_id_idx` ON `accounts` (`owner_id`);

-- add index accounts_parent_id_idx on accounts
CREATE INDEX `accounts_parent_id_idx` ON `accounts` (`parent_id`);

-- add index accounts_team_id_idx on accounts
CREATE INDEX `accounts_team_id_idx` ON `accounts` (`team_id`);

-- add index accounts_tenant_id_name_idx on accounts
CREATE INDEX `accounts_tenant_id_name_idx` ON `accounts` (`tenant_id`, `name`);

-- add index activities_account_id_idx on activities
CREATE INDEX `activities_account_id_idx` ON `activities` (`account_id`);

-- add index activities_contact_id_idx on activities
CREATE INDEX `activities_contact_id_idx` ON `activities` (`contact_id`);

-- add index activities_lead_id_idx on activities
CREATE INDEX `activities_lead_id_idx` ON `activities` (`lead_id`);

-- add index activities_opportunity_id_idx on activities
CREATE INDEX `activities_opportunity_id_idx` ON `activities` (`opportunity_id`);

-- add index activities_owner_id_idx on activities
CREATE INDEX `activities_owner_id_idx` ON `activities` (`owner_id`);

-- add index activities_tenant_id_due_at_idx on activities
CREATE INDEX `activities_tenant_id_due_at_idx` ON `activities` (`tenant_id`, `due_at`);

-- add index attachments_opportunity_id_idx on attachments
CREATE INDEX `attachments_opportunity_id_idx` ON `attachments` (`opportunity_id`);

-- add index attachments_tenant_id_idx on attachments
CREATE INDEX `attachments_tenant_id_idx` ON `attachments` (`tenant_id`);

-- add index attachments_ticket_id_idx on attachments
CREATE INDEX `attachments_ticket_id_idx` ON `attachments` (`ticket_id`);

-- add index attachments_uploaded_by_id_idx on attachments
CREATE INDEX `attachments_uploaded_by_id_idx` ON `attachments` (`uploaded_by_id`);

-- add index comments_author_id_idx on comments
CREATE INDEX `comments_author_id_idx` ON `comments` (`author_id`);

-- add index comments_parent_id_idx on comments
CREATE INDEX `comments_parent_id_idx` ON `comments` (`parent_id`);

-- add index comments_tenant_id_idx on comments
CREATE INDEX `comments_tenant_id_idx` ON `comments` (`tenant_id`);

-- add index comments_ticket_id_idx on comments
CREATE INDEX `comments_ticket_id_idx` ON `comments` (`ticket_id`);

-- add index contacts_account_id_idx on contacts
CREATE INDEX `contacts_account_id_idx` ON `contacts` (`account_id`);

-- add index contacts_owner_id_idx on contacts
CREATE INDEX `contacts_owner_id_idx` ON `contacts` (`owner_id`);

-- add index contacts_tenant_id_email_key on contacts
CREATE UNIQUE INDEX `contacts_tenant_id_email_key` ON `contacts` (`tenant_id`, `email`);

-- add index contacts_tenant_id_last_name_first_name_idx on contacts
CREATE INDEX `contacts_tenant_id_last_name_first_name_idx` ON `contacts` (`tenant_id`, `last_name`, `first_name`);

-- add index contacts_opportunities_opportunity_id_idx on contacts_opportunities
CREATE INDEX `contacts_opportunities_opportunity_id_idx` ON `contacts_opportunities` (`opportunity_id`);

-- add index contacts_tags_tag_id_idx on contacts_tags
CREATE INDEX `contacts_tags_tag_id_idx` ON `contacts_tags` (`tag_id`);

-- add index invoice_lines_invoice_id_idx on invoice_lines
CREATE INDEX `invoice_lines_invoice_id_idx` ON `invoice_lines` (`invoice_id`);

-- add index invoice_lines_product_id_idx on invoice_lines
CREATE INDEX `invoice_lines_product_id_idx` ON `invoice_lines` (`product_id`);

-- add index invoice_lines_tenant_id_idx on invoice_lines
CREATE INDEX `invoice_lines_tenant_id_idx` ON `invoice_lines` (`tenant_id`);

-- add index invoices_account_id_idx on invoices
CREATE INDEX `invoices_account_id_idx` ON `invoices` (`account_id`);

-- add index invoices_currency_id_idx on invoices
CREATE INDEX `invoices_currency_id_idx` ON `invoices` (`currency_id`);

-- add index invoices_quote_id_idx on invoices
CREATE INDEX `invoices_quote_id_idx` ON `invoices` (`quote_id`);

-- add index invoices_tenant_id_invoice_number_key on invoices
CREATE UNIQUE INDEX `invoices_tenant_id_invoice_number_key` ON `invoices` (`tenant_id`, `invoice_number`);

-- add index invoices_tenant_id_sequence_key on invoices
CREATE UNIQUE INDEX `invoices_tenant_id_sequence_key` ON `invoices` (`tenant_id`, `sequence`);

-- add index invoices_tenant_id_status_due_on_idx on invoices
CREATE INDEX `invoices_tenant_id_status_due_on_idx` ON `invoices` (`tenant_id`, `status`, `due_on`);

-- add index leads_converted_account_id_idx on leads
CREATE INDEX `leads_converted_account_id_idx` ON `leads` (`converted_account_id`);

-- add index leads_converted_contact_id_idx on leads
CREATE INDEX `leads_converted_contact_id_idx` ON `leads` (`converted_contact_id`);

-- add index leads_owner_id_idx on leads
CREATE INDEX `leads_owner_id_idx` ON `leads` (`owner_id`);

-- add index leads_tenant_id_status_idx on leads
CREATE INDEX `leads_tenant_id_status_idx` ON `leads` (`tenant_id`, `status`);

-- add index memberships_invited_by_id_idx on memberships
CREATE INDEX `memberships_invited_by_id_idx` ON `memberships` (`invited_by_id`);

-- add index memberships_tenant_id_user_id_key on memberships
CREATE UNIQUE INDEX `memberships_tenant_id_user_id_key` ON `memberships` (`tenant_id`, `user_id`);

-- add index memberships_user_id_idx on memberships
CREATE INDEX `memberships_user_id_idx` ON `memberships` (`user_id`);

-- add index opportunities_account_id_idx on opportunities
CREATE INDEX `opportunities_account_id_idx` ON `opportunities` (`account_id`);

-- add index opportunities_currency_id_idx on opportunities
CREATE INDEX `opportunities_currency_id_idx` ON `opportunities` (`currency_id`);

-- add index opportunities_owner_id_idx on opportunities
CREATE INDEX `opportunities_owner_id_idx` ON `opportunities` (`owner_id`);

-- add index opportunities_primary_contact_id_idx on opportunities
CREATE INDEX `opportunities_primary_contact_id_idx` ON `opportunities` (`primary_contact_id`);

-- add index opportunities_stage_id_idx on opportunities
CREATE INDEX `opportunities_stage_id_idx` ON `opportunities` (`stage_id`);

-- add index opportunities_tenant_id_status_expected_close_date_idx on opportunities
CREATE INDEX `opportunities_tenant_id_status_expected_close_date_idx` ON `opportunities` (`tenant_id`, `status`, `expected_close_date`);

-- add index payments_invoice_id_idx on payments
CREATE INDEX `payments_invoice_id_idx` ON `payments` (`invoice_id`);

-- add index payments_recorded_by_id_idx on payments
CREATE INDEX `payments_recorded_by_id_idx` ON `payments` (`recorded_by_id`);

-- add index payments_tenant_id_idx on payments
CREATE INDEX `payments_tenant_id_idx` ON `payments` (`tenant_id`);

-- add index pipelines_team_id_idx on pipelines
CREATE INDEX `pipelines_team_id_idx` ON `pipelines` (`team_id`);

-- add index pipelines_tenant_id_name_key on pipelines
CREATE UNIQUE INDEX `pipelines_tenant_id_name_key` ON `pipelines` (`tenant_id`, `name`);

-- add index products_currency_id_idx on products
CREATE INDEX `products_currency_id_idx` ON `products` (`currency_id`);

-- add index products_tenant_id_sku_key on products
CREATE UNIQUE INDEX `products_tenant_id_sku_key` ON `products` (`tenant_id`, `sku`);

-- add index quote_lines_product_id_idx on quote_lines
CREATE INDEX `quote_lines_product_id_idx` ON `quote_lines` (`product_id`);

-- add index quote_lines_quote_id_idx on quote_lines
CREATE INDEX `quote_lines_quote_id_idx` ON `quote_lines` (`quote_id`);

-- add index quote_lines_tenant_id_idx on quote_lines
CREATE INDEX `quote_lines_tenant_id_idx` ON `quote_lines` (`tenant_id`);

-- add index quotes_currency_id_idx on quotes
CREATE INDEX `quotes_currency_id_idx` ON `quotes` (`currency_id`);

-- add index quotes_opportunity_id_idx on quotes
CREATE INDEX `quotes_opportunity_id_idx` ON `quotes` (`opportunity_id`);

-- add index quotes_prepared_by_id_idx on quotes
CREATE INDEX `quotes_prepared_by_id_idx` ON `quotes` (`prepared_by_id`);

-- add index quotes_tenant_id_number_key on quotes
CREATE UNIQUE INDEX `quotes_tenant_id_number_key` ON `quotes` (`tenant_id`, `number`);

-- add index sla_policies_tenant_id_priority_key on sla_policies
CREATE UNIQUE INDEX `sla_policies_tenant_id_priority_key` ON `sla_policies` (`tenant_id`, `priority`);

-- add index stages_pipeline_id_position_key on stages
CREATE UNIQUE INDEX `stages_pipeline_id_position_key` ON `stages` (`pipeline_id`, `position`);

-- add index stages_tenant_id_idx on stages
CREATE INDEX `stages_tenant_id_idx` ON `stages` (`tenant_id`);

-- add index support_tickets_account_id_idx on support_tickets
CREATE INDEX `support_tickets_account_id_idx` ON `support_tickets` (`account_id`);

-- add index support_tickets_assignee_id_idx on support_tickets
CREATE INDEX `support_tickets_assignee_id_idx` ON `support_tickets` (`assignee_id`);

-- add index support_tickets_contact_id_idx on support_tickets
CREATE INDEX `support_tickets_contact_id_idx` ON `support_tickets` (`contact_id`);

-- add index support_tickets_reporter_id_idx on support_tickets
CREATE INDEX `support_tickets_reporter_id_idx` ON `support_tickets` (`reporter_id`);

-- add index support_tickets_sla_id_idx on support_tickets
CREATE INDEX `support_tickets_sla_id_idx` ON `support_tickets` (`sla_id`);

-- add index support_tickets_tenant_id_status_priority_idx on support_tickets
CREATE INDEX `support_tickets_tenant_id_status_priority_idx` ON `support_tickets` (`tenant_id`, `status`, `priority`);

-- add index support_tickets_tags_tag_id_idx on support_tickets_tags
CREATE INDEX `support_tickets_tags_tag_id_idx` ON `support_tickets_tags` (`tag_id`);

-- add index tags_tenant_id_name_key on tags
CREATE UNIQUE INDEX `tags_tenant_id_name_key` ON `tags` (`tenant_id`, `name`);

-- add index teams_lead_id_idx on teams
CREATE INDEX `teams_lead_id_idx` ON `teams` (`lead_id`);

-- add index teams_tenant_id_name_key on teams
CREATE UNIQUE INDEX `teams_tenant_id_name_key` ON `teams` (`tenant_id`, `name`);

-- add index teams_users_user_id_idx on teams_users
CREATE INDEX `teams_users_user_id_idx` ON `teams_users` (`user_id`);

-- add index users_tenant_id_email_key on users
CREATE UNIQUE INDEX `users_tenant_id_email_key` ON `users` (`tenant_id`, `email`);

-- add foreign key accounts_owner_id_fkey accounts.owner_id -> users
ALTER TABLE `accounts` ADD CONSTRAINT `accounts_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT;

-- add foreign key accounts_parent_id_fkey accounts.parent_id -> accounts
ALTER TABLE `accounts` ADD CONSTRAINT `accounts_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `accounts` (`id`) ON DELETE SET NULL;

-- add foreign key accounts_team_id_fkey accounts.team_id -> teams
ALTER TABLE `accounts` ADD CONSTRAINT `accounts_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE SET NULL;

-- add foreign key activities_account_id_fkey activities.account_id -> accounts
ALTER TABLE `activities` ADD CONSTRAINT `activities_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE;

-- add foreign key activities_contact_id_fkey activities.contact_id -> contacts
ALTER TABLE `activities` ADD CONSTRAINT `activities_contact_id_fkey` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`) ON DELETE SET NULL;

-- add foreign key activities_lead_id_fkey activities.lead_id -> leads
ALTER TABLE `activities` ADD CONSTRAINT `activities_lead_id_fkey` FOREIGN KEY (`lead_id`) REFERENCES `leads` (`id`) ON DELETE CASCADE;

-- add foreign key activities_opportunity_id_fkey activities.opportunity_id -> opportunities
ALTER TABLE `activities` ADD CONSTRAINT `activities_opportunity_id_fkey` FOREIGN KEY (`opportunity_id`) REFERENCES `opportunities` (`id`) ON DELETE CASCADE;

-- add foreign key activities_owner_id_fkey activities.owner_id -> users
ALTER TABLE `activities` ADD CONSTRAINT `activities_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;

-- add foreign key attachments_opportunity_id_fkey attachments.opportunity_id -> opportunities
ALTER TABLE `attachments` ADD CONSTRAINT `attachments_opportunity_id_fkey` FOREIGN KEY (`opportunity_id`) REFERENCES `opportunities` (`id`) ON DELETE CASCADE;

-- add foreign key attachments_ticket_id_fkey attachments.ticket_id -> support_tickets
ALTER TABLE `attachments` ADD CONSTRAINT `attachments_ticket_id_fkey` FOREIGN KEY (`ticket_id`) REFERENCES `support_tickets` (`id`) ON DELETE CASCADE;

-- add foreign key attachments_uploaded_by_id_fkey attachments.uploaded_by_id -> users
ALTER TABLE `attachments` ADD CONSTRAINT `attachments_uploaded_by_id_fkey` FOREIGN KEY (`uploaded_by_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT;

-- add foreign key comments_author_id_fkey comments.author_id -> users
ALTER TABLE `comments` ADD CONSTRAINT `comments_author_id_fkey` FOREIGN KEY (`author_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT;

-- add foreign key comments_parent_id_fkey comments.parent_id -> comments
ALTER TABLE `comments` ADD CONSTRAINT `comments_parent_id_fkey` FOREIGN KEY (`parent_id`) REFERENCES `comments` (`id`) ON DELETE CASCADE;

-- add foreign key comments_ticket_id_fkey comments.ticket_id -> support_tickets
ALTER TABLE `comments` ADD CONSTRAINT `comments_ticket_id_fkey` FOREIGN KEY (`ticket_id`) REFERENCES `support_tickets` (`id`) ON DELETE CASCADE;

-- add foreign key contacts_account_id_fkey contacts.account_id -> accounts
ALTER TABLE `contacts` ADD CONSTRAINT `contacts_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE;

-- add foreign key contacts_owner_id_fkey contacts.owner_id -> users
ALTER TABLE `contacts` ADD CONSTRAINT `contacts_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;

-- add foreign key contacts_opportunities_contact_id_fkey contacts_opportunities.contact_id -> contacts
ALTER TABLE `contacts_opportunities` ADD CONSTRAINT `contacts_opportunities_contact_id_fkey` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`) ON DELETE CASCADE;

-- add foreign key contacts_opportunities_opportunity_id_fkey contacts_opportunities.opportunity_id -> opportunities
ALTER TABLE `contacts_opportunities` ADD CONSTRAINT `contacts_opportunities_opportunity_id_fkey` FOREIGN KEY (`opportunity_id`) REFERENCES `opportunities` (`id`) ON DELETE CASCADE;

-- add foreign key contacts_tags_contact_id_fkey contacts_tags.contact_id -> contacts
ALTER TABLE `contacts_tags` ADD CONSTRAINT `contacts_tags_contact_id_fkey` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`) ON DELETE CASCADE;

-- add foreign key contacts_tags_tag_id_fkey contacts_tags.tag_id -> tags
ALTER TABLE `contacts_tags` ADD CONSTRAINT `contacts_tags_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE;

-- add foreign key invoice_lines_invoice_id_fkey invoice_lines.invoice_id -> invoices
ALTER TABLE `invoice_lines` ADD CONSTRAINT `invoice_lines_invoice_id_fkey` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`) ON DELETE CASCADE;

-- add foreign key invoice_lines_product_id_fkey invoice_lines.product_id -> products
ALTER TABLE `invoice_lines` ADD CONSTRAINT `invoice_lines_product_id_fkey` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON DELETE SET NULL;

-- add foreign key invoices_account_id_fkey invoices.account_id -> accounts
ALTER TABLE `invoices` ADD CONSTRAINT `invoices_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE RESTRICT;

-- add foreign key invoices_currency_id_fkey invoices.currency_id -> currencies
ALTER TABLE `invoices` ADD CONSTRAINT `invoices_currency_id_fkey` FOREIGN KEY (`currency_id`) REFERENCES `currencies` (`id`) ON DELETE RESTRICT;

-- add foreign key invoices_quote_id_fkey invoices.quote_id -> quotes
ALTER TABLE `invoices` ADD CONSTRAINT `invoices_quote_id_fkey` FOREIGN KEY (`quote_id`) REFERENCES `quotes` (`id`) ON DELETE SET NULL;

-- add foreign key leads_converted_account_id_fkey leads.converted_account_id -> accounts
ALTER TABLE `leads` ADD CONSTRAINT `leads_converted_account_id_fkey` FOREIGN KEY (`converted_account_id`) REFERENCES `accounts` (`id`) ON DELETE SET NULL;

-- add foreign key leads_converted_contact_id_fkey leads.converted_contact_id -> contacts
ALTER TABLE `leads` ADD CONSTRAINT `leads_converted_contact_id_fkey` FOREIGN KEY (`converted_contact_id`) REFERENCES `contacts` (`id`) ON DELETE SET NULL;

-- add foreign key leads_owner_id_fkey leads.owner_id -> users
ALTER TABLE `leads` ADD CONSTRAINT `leads_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;

-- add foreign key memberships_invited_by_id_fkey memberships.invited_by_id -> users
ALTER TABLE `memberships` ADD CONSTRAINT `memberships_invited_by_id_fkey` FOREIGN KEY (`invited_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;

-- add foreign key memberships_user_id_fkey memberships.user_id -> users
ALTER TABLE `memberships` ADD CONSTRAINT `memberships_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;

-- add foreign key opportunities_account_id_fkey opportunities.account_id -> accounts
ALTER TABLE `opportunities` ADD CONSTRAINT `opportunities_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE;

-- add foreign key opportunities_currency_id_fkey opportunities.currency_id -> currencies
ALTER TABLE `opportunities` ADD CONSTRAINT `opportunities_currency_id_fkey` FOREIGN KEY (`currency_id`) REFERENCES `currencies` (`id`) ON DELETE RESTRICT;

-- add foreign key opportunities_owner_id_fkey opportunities.owner_id -> users
ALTER TABLE `opportunities` ADD CONSTRAINT `opportunities_owner_id_fkey` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT;

-- add foreign key opportunities_primary_contact_id_fkey opportunities.primary_contact_id -> contacts
ALTER TABLE `opportunities` ADD CONSTRAINT `opportunities_primary_contact_id_fkey` FOREIGN KEY (`primary_contact_id`) REFERENCES `contacts` (`id`) ON DELETE SET NULL;

-- add foreign key opportunities_stage_id_fkey opportunities.stage_id -> stages
ALTER TABLE `opportunities` ADD CONSTRAINT `opportunities_stage_id_fkey` FOREIGN KEY (`stage_id`) REFERENCES `stages` (`id`) ON DELETE RESTRICT;

-- add foreign key payments_invoice_id_fkey payments.invoice_id -> invoices
ALTER TABLE `payments` ADD CONSTRAINT `payments_invoice_id_fkey` FOREIGN KEY (`invoice_id`) REFERENCES `invoices` (`id`) ON DELETE CASCADE;

-- add foreign key payments_recorded_by_id_fkey payments.recorded_by_id -> users
ALTER TABLE `payments` ADD CONSTRAINT `payments_recorded_by_id_fkey` FOREIGN KEY (`recorded_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;

-- add foreign key pipelines_team_id_fkey pipelines.team_id -> teams
ALTER TABLE `pipelines` ADD CONSTRAINT `pipelines_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE SET NULL;

-- add foreign key products_currency_id_fkey products.currency_id -> currencies
ALTER TABLE `products` ADD CONSTRAINT `products_currency_id_fkey` FOREIGN KEY (`currency_id`) REFERENCES `currencies` (`id`) ON DELETE RESTRICT;

-- add foreign key quote_lines_product_id_fkey quote_lines.product_id -> products
ALTER TABLE `quote_lines` ADD CONSTRAINT `quote_lines_product_id_fkey` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON DELETE SET NULL;

-- add foreign key quote_lines_quote_id_fkey quote_lines.quote_id -> quotes
ALTER TABLE `quote_lines` ADD CONSTRAINT `quote_lines_quote_id_fkey` FOREIGN KEY (`quote_id`) REFERENCES `quotes` (`id`) ON DELETE CASCADE;

-- add foreign key quotes_currency_id_fkey quotes.currency_id -> currencies
ALTER TABLE `quotes` ADD CONSTRAINT `quotes_currency_id_fkey` FOREIGN KEY (`currency_id`) REFERENCES `currencies` (`id`) ON DELETE RESTRICT;

-- add foreign key quotes_opportunity_id_fkey quotes.opportunity_id -> opportunities
ALTER TABLE `quotes` ADD CONSTRAINT `quotes_opportunity_id_fkey` FOREIGN KEY (`opportunity_id`) REFERENCES `opportunities` (`id`) ON DELETE CASCADE;

-- add foreign key quotes_prepared_by_id_fkey quotes.prepared_by_id -> users
ALTER TABLE `quotes` ADD CONSTRAINT `quotes_prepared_by_id_fkey` FOREIGN KEY (`prepared_by_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT;

-- add foreign key stages_pipeline_id_fkey stages.pipeline_id -> pipelines
ALTER TABLE `stages` ADD CONSTRAINT `stages_pipeline_id_fkey` FOREIGN KEY (`pipeline_id`) REFERENCES `pipelines` (`id`) ON DELETE CASCADE;

-- add foreign key support_tickets_account_id_fkey support_tickets.account_id -> accounts
ALTER TABLE `support_tickets` ADD CONSTRAINT `support_tickets_account_id_fkey` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE CASCADE;

-- add foreign key support_tickets_assignee_id_fkey support_tickets.assignee_id -> users
ALTER TABLE `support_tickets` ADD CONSTRAINT `support_tickets_assignee_id_fkey` FOREIGN KEY (`assignee_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;

-- add foreign key support_tickets_contact_id_fkey support_tickets.contact_id -> contacts
ALTER TABLE `support_tickets` ADD CONSTRAINT `support_tickets_contact_id_fkey` FOREIGN KEY (`contact_id`) REFERENCES `contacts` (`id`) ON DELETE SET NULL;

-- add foreign key support_tickets_reporter_id_fkey support_tickets.reporter_id -> users
ALTER TABLE `support_tickets` ADD CONSTRAINT `support_tickets_reporter_id_fkey` FOREIGN KEY (`reporter_id`) REFERENCES `users` (`id`) ON DELETE RESTRICT;

-- add foreign key support_tickets_sla_id_fkey support_tickets.sla_id -> sla_policies
ALTER TABLE `support_tickets` ADD CONSTRAINT `support_tickets_sla_id_fkey` FOREIGN KEY (`sla_id`) REFERENCES `sla_policies` (`id`) ON DELETE SET NULL;

-- add foreign key support_tickets_tags_tag_id_fkey support_tickets_tags.tag_id -> tags
ALTER TABLE `support_tickets_tags` ADD CONSTRAINT `support_tickets_tags_tag_id_fkey` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE;

-- add foreign key support_tickets_tags_ticket_id_fkey support_tickets_tags.ticket_id -> support_tickets
ALTER TABLE `support_tickets_tags` ADD CONSTRAINT `support_tickets_tags_ticket_id_fkey` FOREIGN KEY (`ticket_id`) REFERENCES `support_tickets` (`id`) ON DELETE CASCADE;

-- add foreign key teams_lead_id_fkey teams.lead_id -> users
ALTER TABLE `teams` ADD CONSTRAINT `teams_lead_id_fkey` FOREIGN KEY (`lead_id`) REFERENCES `users` (`id`) ON DELETE SET NULL;

-- add foreign key teams_users_team_id_fkey teams_users.team_id -> teams
ALTER TABLE `teams_users` ADD CONSTRAINT `teams_users_team_id_fkey` FOREIGN KEY (`team_id`) REFERENCES `teams` (`id`) ON DELETE CASCADE;

-- add foreign key teams_users_user_id_fkey teams_users.user_id -> users
ALTER TABLE `teams_users` ADD CONSTRAINT `teams_users_user_id_fkey` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;
