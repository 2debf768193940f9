import EventContracts
import Foundation
import ServiceKit

/// Reference events for warehouse `w1` of company `c1` ticked on 2025-03-10, the decisions' example
/// day: `seededUnit("c1:w1:2025-03-10:t1") = 0.6231858717245088` (D002-03), so the jitter of a base
/// `b` of template `t1` is `(2·0.6231858717245088 − 1)·0.15·b = 0.0369558·b`.
enum MarchWarehouse {
    static let day = "2025-03-10"
    static let t0 = Date(timeIntervalSince1970: 1_740_000_000)

    static func building(company: String = "c1", zone: String? = nil) throws -> IncomingEvent {
        try Events.incoming(WarehouseBuildingUpserted(warehouseBuildingId: "w1", companyId: company, marketZone: zone))
    }

    /// `l3` (L3) under `l2` (L2).
    static func categories() throws -> [IncomingEvent] {
        [
            try Events.incoming(CatalogCategoryUpserted(categoryId: "l2", level: .l2)),
            try Events.incoming(CatalogCategoryUpserted(categoryId: "l3", level: .l3, parentId: "l2")),
        ]
    }

    static func band(
        _ id: String, category: String, tiers: ClosedRange<Int64> = 1...5, min: Int64, max: Int64, mode: Int64? = nil
    ) throws -> IncomingEvent {
        try Events.incoming(DemandBandUpserted(
            bandId: id, categoryId: category, productQuality: .standard, tierMin: tiers.lowerBound,
            tierMax: tiers.upperBound, minDaily: min, maxDaily: max, expectedMode: mode, isActive: true))
    }

    static func template(_ id: String, season: String? = nil) throws -> IncomingEvent {
        try Events.incoming(CatalogTemplateUpserted(
            productTemplateId: id, categoryL3Id: "l3", productQuality: .standard, suggestedSalePriceCents: 1_000,
            seasonScenarioDefinitionId: season))
    }

    static func stock(_ template: String, _ quantity: Int64) throws -> IncomingEvent {
        try Events.incoming(WarehouseInventoryAdjusted(
            warehouseBuildingId: "w1", productTemplateId: template, qtyOnHand: quantity, avgUnitCostCents: 400))
    }

    /// Listing `id` of `template`, created `order` seconds after `t0` (its processing position, D002-16).
    static func listing(
        _ id: String, template: String, sale: Int64? = nil, list: Int64 = 1_000, order: Double, warehouse: String = "w1"
    ) throws -> IncomingEvent {
        try Events.incoming(WarehouseListingUpserted(
            listingId: id, companyId: "c1", warehouseBuildingId: warehouse, productTemplateId: template,
            playerProductId: "pp-\(id)", salePriceCents: sale, listPriceCents: list, status: .listed,
            createdAt: t0.addingTimeInterval(order)))
    }

    static func tick(company: String = "c1", warehouse: String = "w1", day: String = day) throws -> IncomingEvent {
        try Events.incoming(EventContracts.WarehouseDayTick(companyId: company, warehouseBuildingId: warehouse, dayKey: day))
    }

    /// The full scenario: band only on the L2 parent (min 4, max 6 → base 5 → 5.18 → 5), `t1` stock 7
    /// shared by `L1` (price = suggested → ×1.0 → 5) and `L2` (sale 1250 → index 1.25 → ×0.7 → 3.5 → 4,
    /// capped at the remaining 2), `L3` of `t2` without a stock row.
    static func reference() throws -> [IncomingEvent] {
        try [building()] + categories() + [
            band("b-l2", category: "l2", min: 4, max: 6), template("t1"), template("t2"), stock("t1", 7),
            listing("L1", template: "t1", order: 0), listing("L2", template: "t1", sale: 1_250, list: 1_500, order: 1),
            listing("L3", template: "t2", order: 2),
        ]
    }
}
