import Postgres
import WarehouseOrdersDomain

extension WarehouseStore {
    /// Takes the (warehouse, day) for this transaction (D002-05): serializes every tick of the
    /// warehouse, then inserts the day's marker. Returns false when the day was already handled (the
    /// marker exists, or an order does) — the tick must then do nothing. One round trip.
    ///
    /// The transaction-scoped advisory lock makes a concurrent tick of the same warehouse wait here
    /// until this one commits, so it then finds the marker; ticks of other warehouses never wait.
    func claimDay(warehouse: WarehouseID, day: DayKey, on connection: PostgresConnection) throws -> Bool {
        // Two statements in one round trip: the second takes its snapshot after the lock is granted, so
        // it sees what a tick that held the lock committed.
        let results = try connection.pipeline([
            PostgresStatement("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", ["\(schema).warehouse-day:\(warehouse)"]),
            PostgresStatement(
                """
                WITH marked AS (
                  INSERT INTO \(table("warehouse_day_tick")) (warehouse_building_id, day_key)
                  SELECT $1, $2::date WHERE NOT EXISTS (
                    SELECT 1 FROM \(table("customer_order")) WHERE warehouse_building_id = $1 AND day_key = $2::date)
                  ON CONFLICT DO NOTHING RETURNING 1
                )
                SELECT count(*) FROM marked
                """, [warehouse.rawValue, day.description]),
        ])
        return try results[1][0].decode(0, as: Int64.self) == 1
    }

    /// Everything the day tick reads, in ONE pipeline of set-based SELECTs (D002-26): the building,
    /// its zone's price index, the company's LISTED listings, their templates, category nodes and
    /// bands (L3 and L2 parents), the warehouse's stock (locked for the decrement), the zone's season
    /// scenarios and the SALES_COUNT metric.
    ///
    /// The stock is all of the warehouse's, not only the listed templates': one range of the primary key,
    /// already in lock order, where picking the listed templates' rows cost a lookup each and a sort (a
    /// tenth of the time at 10,000 listings). The core ignores stock no listing sells.
    func loadSnapshot(
        company: CompanyID, warehouse: WarehouseID, day: DayKey, defaultZone: MarketZone,
        on connection: PostgresConnection
    ) throws -> WarehouseDaySnapshot {
        // Every statement starts from the same parameters and the same CTEs, so each is self-contained
        // and binds all three values with their types.
        let common = """
            WITH p AS (SELECT $1::text AS warehouse, $2::text AS company, $3::text AS default_zone),
            listed AS (
              SELECT l.* FROM \(table("listing")) l, p
              WHERE l.warehouse_building_id = p.warehouse AND l.company_id = p.company AND l.status = 'LISTED'
            ),
            templates AS (
              SELECT t.* FROM \(table("product_template")) t
              WHERE t.product_template_id IN (SELECT product_template_id FROM listed)
            ),
            zone AS (
              SELECT COALESCE(
                (SELECT b.market_zone FROM \(table("warehouse_building")) b, p WHERE b.warehouse_building_id = p.warehouse),
                (SELECT default_zone FROM p)) AS market_zone
            ),
            nodes AS (
              SELECT n.* FROM \(table("category_node")) n WHERE n.category_id IN (SELECT category_l3_id FROM templates)
            )
            """
        let selects = [
            "SELECT b.warehouse_building_id, b.company_id, b.market_zone FROM \(table("warehouse_building")) b, p WHERE b.warehouse_building_id = p.warehouse",
            "SELECT market_zone, multiplier, is_active FROM \(table("zone_price_index")) WHERE market_zone = (SELECT market_zone FROM zone)",
            """
            SELECT listing_id, company_id, warehouse_building_id, product_template_id, player_product_id,
                   sale_price_cents, list_price_cents, status, created_at
            FROM listed
            """,
            """
            SELECT product_template_id, category_l3_id, product_quality, suggested_sale_price_cents,
                   season_scenario_definition_id, product_season
            FROM templates
            """,
            """
            SELECT i.warehouse_building_id, i.product_template_id, i.qty_on_hand, i.avg_unit_cost_cents
            FROM \(table("inventory_item")) i, p
            WHERE i.warehouse_building_id = p.warehouse
            ORDER BY i.product_template_id FOR UPDATE OF i
            """,
            """
            SELECT definition_id, market_zone, weeks, is_active FROM \(table("season_scenario"))
            WHERE is_active AND market_zone = (SELECT market_zone FROM zone)
              AND definition_id IN (SELECT season_scenario_definition_id FROM templates)
            """,
            """
            SELECT m.building_id, m.metric_type, m.current_level FROM \(table("building_metric_state")) m, p
            WHERE m.building_id = p.warehouse AND m.metric_type = 'SALES_COUNT'
            """,
            """
            SELECT band_id, category_id, product_quality, tier_min, tier_max, min_daily, max_daily, expected_mode, is_active
            FROM \(table("sales_band_config")) WHERE is_active AND category_id IN (
              SELECT category_l3_id FROM templates UNION SELECT parent_id FROM nodes WHERE parent_id IS NOT NULL)
            """,
            "SELECT category_id, level, parent_id FROM nodes",
        ]
        let parameters: [any PostgresBindable] = [warehouse.rawValue, company.rawValue, defaultZone.rawValue]
        let statements = selects.map { PostgresStatement(common + "\n" + $0, parameters) }
        let results = try connection.pipeline(statements)
        return WarehouseDaySnapshot(
            companyId: company, warehouseBuildingId: warehouse, dayKey: day,
            building: try results[0].first.map(WarehouseBuilding.init(row:)),
            priceIndices: try results[1].map(ZonePriceIndex.init(row:)), listings: try results[2].map(Listing.init(row:)),
            templates: try results[3].map(ProductTemplate.init(row:)), inventory: try results[4].map(InventoryItem.init(row:)),
            seasonScenarios: try results[5].map(SeasonScenario.init(row:)),
            metricStates: try results[6].map(BuildingMetricState.init(row:)),
            bands: try results[7].map(DemandBand.init(row:)), categories: try results[8].map(CategoryNode.init(row:)))
    }
}
