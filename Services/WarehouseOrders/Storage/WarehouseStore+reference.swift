import Foundation
import Postgres
import WarehouseOrdersDomain

extension WarehouseStore {
    /// One upsert per reference table that has rows, to be sent together as one pipeline.
    func upsertStatements(_ changes: ReferenceChanges) -> [PostgresStatement] {
        var statements: [PostgresStatement] = []
        func add<Value>(_ rows: LatestByKey<Value>, _ upsert: ReferenceUpsert, _ arrays: ([Value]) -> [any PostgresBindable]) {
            guard !rows.isEmpty else { return }
            let sorted = rows.sorted
            statements.append(upsert.statement(arrays(sorted.map(\.value)) + [sorted.map(\.time)]))
        }
        add(changes.buildings, upsert("warehouse_building", ["warehouse_building_id"], [
            .init("warehouse_building_id", "text"), .init("company_id", "text"), .init("market_zone", "text"),
        ])) { [$0.map(\.id.rawValue), $0.map(\.companyId.rawValue), $0.map { $0.marketZone?.rawValue }] }
        add(changes.priceIndices, upsert("zone_price_index", ["market_zone"], [
            .init("market_zone", "text"), .init("multiplier", "float8"), .init("is_active", "boolean"),
        ])) { [$0.map(\.marketZone.rawValue), $0.map(\.multiplier), $0.map(\.isActive)] }
        add(changes.listings, upsert("listing", ["listing_id"], Self.listingColumns)) { rows in
            [
                rows.map(\.id.rawValue), rows.map(\.companyId.rawValue), rows.map(\.warehouseBuildingId.rawValue),
                rows.map(\.productTemplateId.rawValue), rows.map(\.playerProductId.rawValue),
                rows.map { $0.salePrice?.rawValue }, rows.map(\.listPrice.rawValue), rows.map(\.status.rawValue),
                rows.map { _ in String?.none }, rows.map(\.createdAt),
            ]
        }
        add(changes.templates, upsert("product_template", ["product_template_id"], [
            .init("product_template_id", "text"), .init("category_l3_id", "text"), .init("product_quality", "text"),
            .init("suggested_sale_price_cents", "bigint"), .init("season_scenario_definition_id", "text"),
            .init("product_season", "text"),
        ])) { rows in
            [
                rows.map(\.id.rawValue), rows.map(\.categoryL3Id.rawValue), rows.map(\.productQuality.rawValue),
                rows.map(\.suggestedSalePrice.rawValue), rows.map { $0.seasonScenarioDefinitionId?.rawValue },
                rows.map(\.productSeason),
            ]
        }
        add(changes.inventory, upsert("inventory_item", ["warehouse_building_id", "product_template_id"], [
            .init("warehouse_building_id", "text"), .init("product_template_id", "text"),
            .init("qty_on_hand", "bigint"), .init("avg_unit_cost_cents", "bigint"),
        ])) { rows in
            [
                rows.map(\.warehouseBuildingId.rawValue), rows.map(\.productTemplateId.rawValue),
                rows.map(\.qtyOnHand), rows.map(\.avgUnitCost.rawValue),
            ]
        }
        add(changes.seasons, upsert("season_scenario", ["definition_id", "market_zone"], [
            .init("definition_id", "text"), .init("market_zone", "text"),
            // Ragged arrays cannot be unnested as one 2-D array: each row's weeks travel as an array literal.
            .init("weeks", "text", conversion: "u.weeks::float8[]"), .init("is_active", "boolean"),
        ])) { rows in
            [
                rows.map(\.definitionId.rawValue), rows.map(\.marketZone.rawValue),
                rows.map { Double.postgresArrayText($0.weeks) ?? "{}" }, rows.map(\.isActive),
            ]
        }
        add(changes.metrics, upsert("building_metric_state", ["building_id", "metric_type"], [
            .init("building_id", "text"), .init("metric_type", "text"), .init("current_level", "float8"),
        ])) { [$0.map(\.buildingId.rawValue), $0.map(\.metricType.rawValue), $0.map(\.currentLevel)] }
        add(changes.bands, upsert("sales_band_config", ["band_id"], Self.bandColumns)) { rows in
            [
                rows.map(\.id.rawValue), rows.map(\.categoryId.rawValue), rows.map(\.productQuality.rawValue),
                rows.map(\.tierMin), rows.map(\.tierMax), rows.map(\.minDaily), rows.map(\.maxDaily),
                rows.map(\.expectedMode), rows.map(\.isActive),
            ]
        }
        add(changes.categories, upsert("category_node", ["category_id"], [
            .init("category_id", "text"), .init("level", "text"), .init("parent_id", "text"),
        ])) { [$0.map(\.id.rawValue), $0.map(\.level.rawValue), $0.map { $0.parentId?.rawValue }] }
        return statements
    }

    private func upsert(_ name: String, _ key: [String], _ columns: [ReferenceUpsert.Column]) -> ReferenceUpsert {
        ReferenceUpsert(table: table(name), columns: columns, key: key)
    }

    /// A listing upsert also clears `pause_reason`: the game's status is the truth from then on.
    private static let listingColumns: [ReferenceUpsert.Column] = [
        .init("listing_id", "text"), .init("company_id", "text"), .init("warehouse_building_id", "text"),
        .init("product_template_id", "text"), .init("player_product_id", "text"), .init("sale_price_cents", "bigint"),
        .init("list_price_cents", "bigint"), .init("status", "text"), .init("pause_reason", "text"),
        .init("created_at", "timestamptz"),
    ]

    private static let bandColumns: [ReferenceUpsert.Column] = [
        .init("band_id", "text"), .init("category_id", "text"), .init("product_quality", "text"),
        .init("tier_min", "bigint"), .init("tier_max", "bigint"), .init("min_daily", "bigint"),
        .init("max_daily", "bigint"), .init("expected_mode", "bigint"), .init("is_active", "boolean"),
    ]

    /// The stored bands of the given categories, against which new bands are validated (D002-09).
    func bands(inCategories categories: [String], on connection: PostgresConnection) throws -> [DemandBand] {
        let rows = try connection.query(
            """
            SELECT band_id, category_id, product_quality, tier_min, tier_max, min_daily, max_daily, expected_mode,
                   is_active
            FROM \(table("sales_band_config")) WHERE category_id = ANY($1::text[])
            """, [categories])
        return try rows.map(DemandBand.init(row:))
    }
}
