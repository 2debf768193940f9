-- warehouse-orders: the seed 002 §3 tables, the day-tick marker (D002-05) and indexes for the
-- tick's bulk loads. Ids are text: the game's ids are lowercase UUIDs, but nothing here depends
-- on it. Every reference row keeps the CloudEvents `time` of the event that wrote it
-- (`source_time`), so a redelivered older event never overwrites a newer one.

-- CompanyBuilding
CREATE TABLE warehouse_building (
    warehouse_building_id text PRIMARY KEY,
    company_id text NOT NULL,
    market_zone text,
    source_time timestamptz NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- MarketZonePriceIndex
CREATE TABLE zone_price_index (
    market_zone text PRIMARY KEY,
    multiplier double precision NOT NULL,
    is_active boolean NOT NULL,
    source_time timestamptz NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- ShowcaseListing
CREATE TABLE listing (
    listing_id text PRIMARY KEY,
    company_id text NOT NULL,
    warehouse_building_id text NOT NULL,
    product_template_id text NOT NULL,
    player_product_id text NOT NULL,
    sale_price_cents bigint,
    list_price_cents bigint NOT NULL,
    status text NOT NULL,
    pause_reason text,
    created_at timestamptz NOT NULL,
    source_time timestamptz NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX listing_by_warehouse ON listing (warehouse_building_id, status, company_id, created_at, listing_id);

-- ProductTemplate
CREATE TABLE product_template (
    product_template_id text PRIMARY KEY,
    category_l3_id text NOT NULL,
    product_quality text NOT NULL,
    suggested_sale_price_cents bigint NOT NULL,
    season_scenario_definition_id text,
    product_season text,
    source_time timestamptz NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- BuildingInventoryItem: qty_on_hand is decremented by the tick as a reservation (D002-04).
CREATE TABLE inventory_item (
    warehouse_building_id text NOT NULL,
    product_template_id text NOT NULL,
    qty_on_hand bigint NOT NULL CHECK (qty_on_hand >= 0),
    avg_unit_cost_cents bigint NOT NULL,
    source_time timestamptz NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (warehouse_building_id, product_template_id)
);

-- MarketZoneSeasonScenario: one row per (definition, zone), the event's key.
CREATE TABLE season_scenario (
    definition_id text NOT NULL,
    market_zone text NOT NULL,
    weeks double precision[] NOT NULL,
    is_active boolean NOT NULL,
    source_time timestamptz NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (definition_id, market_zone)
);

-- BuildingMetricState
CREATE TABLE building_metric_state (
    building_id text NOT NULL,
    metric_type text NOT NULL,
    current_level double precision NOT NULL,
    source_time timestamptz NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (building_id, metric_type)
);

-- ProductSalesBandConfig: category_id is an L3 or an L2 id (D002-09).
CREATE TABLE sales_band_config (
    band_id text PRIMARY KEY,
    category_id text NOT NULL,
    product_quality text NOT NULL,
    tier_min bigint NOT NULL,
    tier_max bigint NOT NULL,
    min_daily bigint NOT NULL,
    max_daily bigint NOT NULL,
    expected_mode bigint,
    is_active boolean NOT NULL,
    source_time timestamptz NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sales_band_by_category ON sales_band_config (category_id, product_quality);

-- ProductCategoryNode
CREATE TABLE category_node (
    category_id text PRIMARY KEY,
    level text NOT NULL,
    parent_id text,
    source_time timestamptz NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- The (warehouse, day) marker (D002-05): inserted first by every tick; a conflict means the day
-- was already handled, whatever its outcome.
CREATE TABLE warehouse_day_tick (
    warehouse_building_id text NOT NULL,
    day_key date NOT NULL,
    order_id text,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (warehouse_building_id, day_key)
);

-- ModaverseOrder
CREATE TABLE customer_order (
    order_id text PRIMARY KEY,
    company_id text NOT NULL,
    warehouse_building_id text NOT NULL,
    day_key date NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (warehouse_building_id, day_key)
);

-- ModaverseOrderItem
CREATE TABLE order_item (
    order_item_id text PRIMARY KEY,
    order_id text NOT NULL REFERENCES customer_order (order_id),
    listing_id text NOT NULL,
    product_template_id text NOT NULL,
    player_product_id text NOT NULL,
    qty_ordered bigint NOT NULL CHECK (qty_ordered > 0),
    qty_fulfilled bigint NOT NULL DEFAULT 0,
    qty_shipped bigint NOT NULL DEFAULT 0,
    sort_index integer NOT NULL,
    sale_price_cents bigint NOT NULL,
    expected_units bigint NOT NULL,
    reasons_snapshot jsonb NOT NULL,
    UNIQUE (order_id, listing_id),
    UNIQUE (order_id, sort_index)
);

-- DailyProductSalesLog, upserted on (listing, day) keeping qty_shipped (D002-20).
CREATE TABLE daily_product_sales_log (
    listing_id text NOT NULL,
    day_key date NOT NULL,
    company_id text NOT NULL,
    market_zone text NOT NULL,
    warehouse_building_id text NOT NULL,
    product_template_id text NOT NULL,
    player_product_id text NOT NULL,
    qty_ordered bigint NOT NULL,
    qty_shipped bigint NOT NULL DEFAULT 0,
    expected_units bigint NOT NULL,
    season_score double precision NOT NULL,
    price_index double precision NOT NULL,
    reasons_snapshot jsonb NOT NULL,
    sale_price_cents bigint,
    list_price_cents bigint NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (listing_id, day_key)
);
CREATE INDEX sales_log_by_warehouse_day ON daily_product_sales_log (warehouse_building_id, day_key);
