import Money
import Postgres
import WarehouseOrdersDomain

// Decoders of the snapshot's rows, by column position in the SELECTs of WarehouseStore.
// An unknown enum spelling in a row is a storage error, never a silent default.

/// A stored enum value the domain does not know (only possible if the table was edited by hand).
struct UnknownEnumValue: Error, CustomStringConvertible {
    let column: String
    let value: String
    var description: String { "stored \(column) '\(value)' is not a known value" }
}

func storedEnum<T: RawRepresentable>(_ row: PostgresRow, _ column: Int, _ name: String) throws -> T
where T.RawValue == String {
    let text = try row.decode(column, as: String.self)
    guard let value = T(rawValue: text) else { throw UnknownEnumValue(column: name, value: text) }
    return value
}

extension WarehouseBuilding {
    /// `warehouse_building_id, company_id, market_zone`
    init(row: PostgresRow) throws {
        self.init(
            id: WarehouseID(try row.decode(0, as: String.self)), companyId: CompanyID(try row.decode(1, as: String.self)),
            marketZone: try row.decode(2, as: String?.self).map(MarketZone.init(rawValue:)))
    }
}

extension ZonePriceIndex {
    /// `market_zone, multiplier, is_active`
    init(row: PostgresRow) throws {
        self.init(
            marketZone: MarketZone(rawValue: try row.decode(0, as: String.self)),
            multiplier: try row.decode(1, as: Double.self), isActive: try row.decode(2, as: Bool.self))
    }
}

extension Listing {
    /// `listing_id, company_id, warehouse_building_id, product_template_id, player_product_id,
    /// sale_price_cents, list_price_cents, status, created_at`
    init(row: PostgresRow) throws {
        self.init(
            id: ListingID(try row.decode(0, as: String.self)), companyId: CompanyID(try row.decode(1, as: String.self)),
            warehouseBuildingId: WarehouseID(try row.decode(2, as: String.self)),
            productTemplateId: ProductTemplateID(try row.decode(3, as: String.self)),
            playerProductId: PlayerProductID(try row.decode(4, as: String.self)),
            salePrice: try row.decode(5, as: Int64?.self).map { Cents($0) },
            listPrice: Cents(try row.decode(6, as: Int64.self)),
            status: ListingStatus(rawValue: try row.decode(7, as: String.self)),
            createdAt: try row.decode(8))
    }
}

extension ProductTemplate {
    /// `product_template_id, category_l3_id, product_quality, suggested_sale_price_cents,
    /// season_scenario_definition_id, product_season`
    init(row: PostgresRow) throws {
        self.init(
            id: ProductTemplateID(try row.decode(0, as: String.self)),
            categoryL3Id: CategoryID(try row.decode(1, as: String.self)),
            productQuality: try storedEnum(row, 2, "product_quality"),
            suggestedSalePrice: Cents(try row.decode(3, as: Int64.self)),
            seasonScenarioDefinitionId: try row.decode(4, as: String?.self).map { SeasonDefinitionID($0) },
            productSeason: try row.decode(5, as: String?.self))
    }
}

extension InventoryItem {
    /// `warehouse_building_id, product_template_id, qty_on_hand, avg_unit_cost_cents`
    init(row: PostgresRow) throws {
        self.init(
            warehouseBuildingId: WarehouseID(try row.decode(0, as: String.self)),
            productTemplateId: ProductTemplateID(try row.decode(1, as: String.self)),
            qtyOnHand: try row.decode(2, as: Int64.self), avgUnitCost: Cents(try row.decode(3, as: Int64.self)))
    }
}

extension SeasonScenario {
    /// `definition_id, market_zone, weeks, is_active`; the row's key (definition, zone) is its id.
    init(row: PostgresRow) throws {
        let definition = try row.decode(0, as: String.self)
        let zone = try row.decode(1, as: String.self)
        self.init(
            id: ReferenceChanges.seasonScenarioID(definition: definition, zone: zone), definitionId: SeasonDefinitionID(definition),
            marketZone: MarketZone(rawValue: zone), weeks: try row.decode(2, as: [Double].self),
            isActive: try row.decode(3, as: Bool.self))
    }
}

extension BuildingMetricState {
    /// `building_id, metric_type, current_level`
    init(row: PostgresRow) throws {
        self.init(
            buildingId: WarehouseID(try row.decode(0, as: String.self)),
            metricType: BuildingMetricType(rawValue: try row.decode(1, as: String.self)),
            currentLevel: try row.decode(2, as: Double.self))
    }
}

extension DemandBand {
    /// `band_id, category_id, product_quality, tier_min, tier_max, min_daily, max_daily, expected_mode, is_active`
    init(row: PostgresRow) throws {
        self.init(
            id: DemandBandID(try row.decode(0, as: String.self)), categoryId: CategoryID(try row.decode(1, as: String.self)),
            productQuality: try storedEnum(row, 2, "product_quality"), tierMin: try row.decode(3, as: Int64.self),
            tierMax: try row.decode(4, as: Int64.self), minDaily: try row.decode(5, as: Int64.self),
            maxDaily: try row.decode(6, as: Int64.self), expectedMode: try row.decode(7, as: Int64?.self),
            isActive: try row.decode(8, as: Bool.self))
    }
}

extension CategoryNode {
    /// `category_id, level, parent_id`
    init(row: PostgresRow) throws {
        self.init(
            id: CategoryID(try row.decode(0, as: String.self)), level: try storedEnum(row, 1, "level"),
            parentId: try row.decode(2, as: String?.self).map { CategoryID($0) })
    }
}
