-- purchase-execution owns the money and the stock of purchase waves (seed 000 §§6-7, 10-11;
-- D000-34..41, D000-44): authoritative price/stock/sold counts, the company ledger, sale records
-- keyed by idempotency key, one telemetry row per batch, and wave rollbacks.
--
-- How catalog stock (absolute, versioned) and purchases (relative) combine on one product
-- (the rule of PurchaseExecutionDomain.StockRecord, applied in SQL):
--  1. catalog.product.upserted states the seller's whole inventory at a catalog `version`. A newer
--     version REPLACES `stock` (negative is stored as 0, NULL = unlimited); an equal or older version
--     is a redelivery or arrived late and changes nothing at all, so it cannot resurrect sold units.
--  2. A purchase is a RELATIVE decrement of whatever `stock` is now, applied only while enough units
--     exist: `stock = stock - q WHERE stock IS NULL OR stock >= q`, under the row lock the batch took.
--     NULL stays NULL. `total_sold` grows by q. A rollback adds the units back (relative too).
--  3. Purchases and rollbacks never touch `catalog_version`. Every applied change of either kind
--     bumps `stock_version`, the monotonic `version` of product.stock.changed.
-- So a catalog update wins over sales made before it was applied: the catalog is expected to have
-- counted them (it consumes product.stock.changed).

CREATE TABLE products (
    id               text PRIMARY KEY,
    company_id       text NOT NULL,
    price_cents      bigint NOT NULL,
    stock            bigint CHECK (stock IS NULL OR stock >= 0), -- NULL = unlimited
    total_sold       bigint NOT NULL DEFAULT 0 CHECK (total_sold >= 0),
    is_active        boolean NOT NULL,
    is_archived      boolean NOT NULL,
    catalog_version  bigint NOT NULL,
    stock_version    bigint NOT NULL DEFAULT 1
);

-- `balance_cents` is the sum of this service's ledger (wave sales minus rollbacks);
-- `catalog_balance_cents` is the catalog's own figure, kept for reference and never mixed in.
CREATE TABLE companies (
    id                     text PRIMARY KEY,
    owner_id               text,
    flagged_status         text,
    catalog_balance_cents  bigint,
    catalog_version        bigint,
    balance_cents          bigint NOT NULL DEFAULT 0
);
CREATE INDEX companies_owner ON companies (owner_id);

-- Append-only: one SALE row per company and batch (the aggregated credit), one ROLLBACK row per
-- company and rolled-back wave.
CREATE TABLE balance_ledger (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id    text NOT NULL,
    wave_id       text NOT NULL,
    batch_id      text,
    kind          text NOT NULL CHECK (kind IN ('SALE', 'ROLLBACK')),
    amount_cents  bigint NOT NULL,
    recorded_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX balance_ledger_company ON balance_ledger (company_id);

-- Self-sell links (buyer.linked): a buyer is linked to its company, and to every company of its owner.
CREATE TABLE buyer_links (
    buyer_id    text NOT NULL,
    company_id  text NOT NULL,
    owner_id    text,
    PRIMARY KEY (buyer_id, company_id)
);

-- One row per executed order line; the idempotency key makes a redelivered item a DUPLICATE.
CREATE TABLE sale_records (
    idempotency_key   text PRIMARY KEY,
    wave_id           text NOT NULL,
    pass              bigint NOT NULL,
    batch_id          text NOT NULL,
    company_id        text NOT NULL,
    product_id        text NOT NULL,
    buyer_id          text NOT NULL,
    status            text NOT NULL CHECK (status IN ('FILLED', 'PARTIAL')),
    quantity          bigint NOT NULL CHECK (quantity > 0),
    unit_price_cents  bigint NOT NULL,
    spent_cents       bigint NOT NULL,
    sold_at           timestamptz NOT NULL DEFAULT now(),
    reversed_at       timestamptz
);
CREATE INDEX sale_records_wave ON sale_records (wave_id);

-- §11: one compact row per batch {waveId, batchId, companyId, totalSpent, items[{productId, qty, price}]}.
CREATE TABLE batch_telemetry (
    wave_id      text NOT NULL,
    batch_id     text NOT NULL,
    pass         bigint NOT NULL,
    company_id   text NOT NULL,
    spent_cents  bigint NOT NULL,
    items        jsonb NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (wave_id, batch_id)
);

-- A rolled-back wave: what was reversed. Its existence makes the rollback idempotent and refuses
-- later batches of the wave.
CREATE TABLE wave_rollbacks (
    wave_id          text PRIMARY KEY,
    requested_by     text NOT NULL,
    reason           text NOT NULL,
    reversed_sales   bigint NOT NULL,
    restocked_units  bigint NOT NULL,
    debited_cents    bigint NOT NULL,
    rolled_back_at   timestamptz NOT NULL DEFAULT now()
);
