-- wave-planning (seed 000, decisions D000-01..45): projections, the candidate index, the
-- versioned configuration, waves with their persisted plans, the review queue and telemetry.

-- Projections of the catalog (versioned upserts: an older version never overwrites a newer one).
CREATE TABLE product (
  product_id           text PRIMARY KEY,
  company_id           text NOT NULL,
  version              bigint NOT NULL,
  price_cents          bigint NOT NULL,
  quality              double precision NOT NULL,
  stock                bigint,
  max_per_order        bigint,
  is_active            boolean NOT NULL,
  is_archived          boolean NOT NULL,
  category             text,
  created_at           timestamptz NOT NULL,
  updated_at           timestamptz NOT NULL,
  -- D000-05, D000-19: the price before the last change and when it changed.
  previous_price_cents bigint,
  price_changed_at     timestamptz
);
CREATE INDEX product_company ON product (company_id);

-- Every price change, for the spike rule's audit (D000-19).
CREATE TABLE price_change (
  product_id           text NOT NULL,
  previous_price_cents bigint NOT NULL,
  price_cents          bigint NOT NULL,
  changed_at           timestamptz NOT NULL,
  PRIMARY KEY (product_id, changed_at)
);

-- Authoritative stock after sales (product.stock.changed, versioned by purchase-execution).
CREATE TABLE product_stock (
  product_id   text PRIMARY KEY,
  version      bigint NOT NULL,
  stock        bigint,
  total_sold   bigint NOT NULL,
  -- Units already counted into sales_day, so a totalSold delta is counted once.
  sold_counted bigint NOT NULL DEFAULT 0,
  observed_at  timestamptz NOT NULL
);

-- Units sold per product and UTC day; the 7-day window is the sum of the last 7 days (D000-05).
CREATE TABLE sales_day (
  product_id text NOT NULL,
  day        date NOT NULL,
  units      bigint NOT NULL,
  PRIMARY KEY (product_id, day)
);

CREATE TABLE company (
  company_id      text PRIMARY KEY,
  version         bigint NOT NULL,
  owner_id        text NOT NULL,
  reputation      double precision NOT NULL,
  balance_cents   bigint NOT NULL,
  flagged_status  text NOT NULL,
  updated_at      timestamptz NOT NULL
);

-- Buyer accounts tied to a company (D000-16 self-sell).
CREATE TABLE buyer_link (
  buyer_id   text NOT NULL,
  company_id text NOT NULL,
  owner_id   text,
  linked_at  timestamptz NOT NULL,
  PRIMARY KEY (buyer_id, company_id)
);
CREATE INDEX buyer_link_company ON buyer_link (company_id);

CREATE TABLE company_refund (
  company_id  text PRIMARY KEY,
  refund_rate double precision NOT NULL,
  window_days bigint NOT NULL,
  reported_at timestamptz NOT NULL
);

-- §14 admin blacklists; applied when a wave reads the index, so they act at once.
CREATE TABLE blacklist (
  entity_type text NOT NULL CHECK (entity_type IN ('PRODUCT', 'COMPANY')),
  entity_id   text NOT NULL,
  operator_id text NOT NULL,
  reason      text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (entity_type, entity_id)
);

-- The candidate index (D000-02, D000-04, D000-20), rebuilt by the index job, never during a wave.
-- It holds the product-level prefilter (active, price, stock), de-duplication and a seeded sample;
-- company-level exclusions (flagged, self-sell, refund freeze, blacklists) are read with the index
-- at wave time so they act at once and are audited and flagged per wave.
CREATE TABLE candidate_index (
  product_id           text PRIMARY KEY,
  company_id           text NOT NULL,
  price_cents          bigint NOT NULL,
  quality              double precision NOT NULL,
  stock                bigint,
  max_per_order        bigint,
  category             text,
  created_at           timestamptz NOT NULL,
  updated_at           timestamptz NOT NULL,
  previous_price_cents bigint,
  price_changed_at     timestamptz,
  recent_sales_7d      bigint NOT NULL,
  -- D000-20: the company has a duplicate-signature group of spam size created recently.
  company_spamming     boolean NOT NULL
);

-- Price summaries per category (D000-08: reporting only; the planner computes its own).
CREATE TABLE price_summary (
  category           text PRIMARY KEY,
  products           bigint NOT NULL,
  median_price_cents bigint NOT NULL,
  median_log_price   double precision NOT NULL,
  std_log_price      double precision NOT NULL,
  built_at           timestamptz NOT NULL
);

CREATE TABLE candidate_index_state (
  id          boolean PRIMARY KEY DEFAULT true CHECK (id),
  built_at    timestamptz NOT NULL,
  rows        bigint NOT NULL,
  catalog_rows bigint NOT NULL
);

-- The wave configuration: one versioned row, every change logged with the operator (§14).
CREATE TABLE wave_config (
  id                   boolean PRIMARY KEY DEFAULT true CHECK (id),
  version              bigint NOT NULL,
  default_budget_cents bigint NOT NULL,
  candidate_index_size bigint NOT NULL,
  config               jsonb NOT NULL,
  updated_at           timestamptz NOT NULL,
  updated_by           text NOT NULL
);
INSERT INTO wave_config (version, default_budget_cents, candidate_index_size, config, updated_at, updated_by)
VALUES (1, 5000000, 5000, '{}'::jsonb, now(), 'migration');

CREATE TABLE admin_change (
  change_id      bigserial PRIMARY KEY,
  operator_id    text NOT NULL,
  action         text NOT NULL,
  entity_id      text,
  detail         jsonb NOT NULL,
  config_version bigint,
  changed_at     timestamptz NOT NULL DEFAULT now()
);

-- Waves (D000-44: unique id, status planned → executing → done) and their persisted state.
CREATE TABLE wave (
  wave_id         text PRIMARY KEY,
  status          text NOT NULL CHECK (status IN ('executing', 'done')),
  requested_by    text NOT NULL,
  budget_cents    bigint NOT NULL,
  seed            text NOT NULL,
  config_version  bigint NOT NULL,
  config          jsonb NOT NULL,
  started_at      timestamptz NOT NULL,
  current_pass    integer NOT NULL,
  open_batches    integer NOT NULL,
  spent_cents     bigint NOT NULL DEFAULT 0,
  retained_cents  bigint,
  stop_reason     text,
  flagged_count   integer NOT NULL,
  candidate_count integer NOT NULL,
  eligible_count  integer NOT NULL,
  -- The executed state (WaveLedger) after the last applied result: restarts continue from it.
  ledger          jsonb NOT NULL,
  completed_at    timestamptz
);

-- The fresh plan with exclusions and the explain trace, written once before anything executes.
CREATE TABLE wave_plan (
  wave_id text PRIMARY KEY,
  plan    jsonb NOT NULL
);

-- One row per planned order of every pass (D000-39: the idempotency key is unique).
CREATE TABLE wave_order (
  idempotency_key     text PRIMARY KEY,
  wave_id             text NOT NULL,
  pass                integer NOT NULL,
  plan_hash           text NOT NULL,
  batch_id            text NOT NULL,
  product_id          text NOT NULL,
  company_id          text NOT NULL,
  quantity            bigint NOT NULL,
  unit_price_cents    bigint NOT NULL,
  planned_spend_cents bigint NOT NULL,
  buyer_id            text NOT NULL,
  status              text,
  executed_quantity   bigint,
  executed_price_cents bigint,
  spent_cents         bigint,
  reason              text
);
CREATE INDEX wave_order_wave ON wave_order (wave_id, pass);

CREATE TABLE wave_batch (
  batch_id    text PRIMARY KEY,
  wave_id     text NOT NULL,
  pass        integer NOT NULL,
  company_id  text NOT NULL,
  executed_at timestamptz
);
CREATE INDEX wave_batch_wave ON wave_batch (wave_id, pass);

-- The human review queue (§14, D000-41); never blocks a wave.
CREATE TABLE review_item (
  wave_id     text NOT NULL,
  entity_type text NOT NULL,
  entity_id   text NOT NULL,
  reason      text NOT NULL,
  detail      text NOT NULL,
  flagged_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (wave_id, entity_type, entity_id, reason)
);

-- Bandwidth accounting per wave and phase (issue item 5).
CREATE TABLE wave_telemetry (
  telemetry_id bigserial PRIMARY KEY,
  wave_id      text NOT NULL,
  phase        text NOT NULL,
  pass         integer NOT NULL,
  round_trips  bigint NOT NULL,
  rows_read    bigint NOT NULL,
  rows_written bigint NOT NULL,
  duration_us  bigint NOT NULL,
  recorded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX wave_telemetry_wave ON wave_telemetry (wave_id);
