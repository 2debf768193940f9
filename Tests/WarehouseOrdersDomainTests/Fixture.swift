import Foundation
import Money
import Testing
import WarehouseOrdersDomain

/// Builders for reference rows with the defaults most tests share (company c1, warehouse w1).
enum Fixture {
    static func day(_ text: String) throws -> DayKey {
        try #require(DayKey(text))
    }

    static func listing(
        _ id: String, template: String, createdAt: Double, sale: Int64? = nil, list: Int64 = 1_000,
        status: ListingStatus = .listed, warehouse: String = "w1", company: String = "c1"
    ) -> Listing {
        Listing(
            id: ListingID(id), companyId: CompanyID(company), warehouseBuildingId: WarehouseID(warehouse),
            productTemplateId: ProductTemplateID(template), playerProductId: PlayerProductID("p-\(id)"),
            salePrice: sale.map { Cents($0) }, listPrice: Cents(list), status: status,
            createdAt: Date(timeIntervalSince1970: createdAt))
    }

    static func template(
        _ id: String, category: String, quality: ProductQuality = .standard, suggested: Int64 = 1_000,
        season: String? = nil
    ) -> ProductTemplate {
        ProductTemplate(
            id: ProductTemplateID(id), categoryL3Id: CategoryID(category), productQuality: quality,
            suggestedSalePrice: Cents(suggested), seasonScenarioDefinitionId: season.map { SeasonDefinitionID($0) })
    }

    static func stock(_ template: String, _ qty: Int64, warehouse: String = "w1") -> InventoryItem {
        InventoryItem(
            warehouseBuildingId: WarehouseID(warehouse), productTemplateId: ProductTemplateID(template), qtyOnHand: qty)
    }

    static func band(
        _ id: String, category: String, quality: ProductQuality = .standard, tiers: ClosedRange<Int64> = 1...5,
        min: Int64, max: Int64, mode: Int64? = nil, active: Bool = true
    ) -> DemandBand {
        DemandBand(
            id: DemandBandID(id), categoryId: CategoryID(category), productQuality: quality, tierMin: tiers.lowerBound,
            tierMax: tiers.upperBound, minDaily: min, maxDaily: max, expectedMode: mode, isActive: active)
    }

    static func salesCount(_ level: Double, warehouse: String = "w1") -> BuildingMetricState {
        BuildingMetricState(buildingId: WarehouseID(warehouse), metricType: .salesCount, currentLevel: level)
    }

    /// A snapshot of warehouse w1 of company c1 in zone `zone`.
    static func snapshot(
        day: DayKey, zone: MarketZone? = nil, listings: [Listing], templates: [ProductTemplate],
        inventory: [InventoryItem], bands: [DemandBand] = [], categories: [CategoryNode] = [],
        seasons: [SeasonScenario] = [], priceIndices: [ZonePriceIndex] = [], metrics: [BuildingMetricState] = []
    ) -> WarehouseDaySnapshot {
        WarehouseDaySnapshot(
            companyId: "c1", warehouseBuildingId: "w1", dayKey: day,
            building: WarehouseBuilding(id: "w1", companyId: "c1", marketZone: zone), priceIndices: priceIndices,
            listings: listings, templates: templates, inventory: inventory, seasonScenarios: seasons,
            metricStates: metrics, bands: bands, categories: categories)
    }
}
