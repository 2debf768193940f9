import EventContracts
import Foundation
import ServiceKit

/// The benchmark's synthetic world: warehouses of one company each, every listing of a template
/// shared with one other listing (so stock is shared), one demand band on the L3 category that every
/// template belongs to, and stock that never runs out during the measured day.
struct BenchWorld {
    let warehouses: Int
    let listingsPerWarehouse: Int
    let prefix: String

    static let day = "2025-03-10"
    static let listedAt = Date(timeIntervalSince1970: 1_740_000_000)
    /// Noon UTC of ``day``.
    static let firstDayNoon = Date(timeIntervalSince1970: 1_741_608_000)

    var templatesPerWarehouse: Int { max(1, listingsPerWarehouse / 2) }

    func warehouse(_ index: Int) -> String { "\(prefix)w\(index)" }
    func company(_ index: Int) -> String { "\(prefix)c\(index)" }
    func template(_ index: Int) -> String { "\(prefix)t\(index)" }

    /// Categories, the band and the templates: shared by every warehouse.
    func catalog() throws -> [IncomingEvent] {
        let l2 = "\(prefix)l2", l3 = "\(prefix)l3"
        var events = [
            try event(CatalogCategoryUpserted(categoryId: l2, level: .l2)),
            try event(CatalogCategoryUpserted(categoryId: l3, level: .l3, parentId: l2)),
            try event(DemandBandUpserted(
                bandId: "\(prefix)band", categoryId: l3, productQuality: .standard, tierMin: 1, tierMax: 5, minDaily: 1,
                maxDaily: 4, isActive: true)),
        ]
        for index in 0..<templatesPerWarehouse {
            events.append(try event(CatalogTemplateUpserted(
                productTemplateId: template(index), categoryL3Id: l3, productQuality: .standard, suggestedSalePriceCents: 1_000)))
        }
        return events
    }

    /// Warehouse `index`: its building, stock for every template and its listings.
    func stockedWarehouse(_ index: Int) throws -> [IncomingEvent] {
        let id = warehouse(index)
        var events = [try event(WarehouseBuildingUpserted(warehouseBuildingId: id, companyId: company(index), marketZone: nil))]
        for t in 0..<templatesPerWarehouse {
            events.append(try event(WarehouseInventoryAdjusted(
                warehouseBuildingId: id, productTemplateId: template(t), qtyOnHand: 1_000_000, avgUnitCostCents: 400)))
        }
        for l in 0..<listingsPerWarehouse {
            events.append(try event(WarehouseListingUpserted(
                listingId: "\(id)-l\(l)", companyId: company(index), warehouseBuildingId: id,
                productTemplateId: template(l % templatesPerWarehouse), playerProductId: "\(id)-p\(l)",
                salePriceCents: l % 3 == 0 ? 900 : nil, listPriceCents: 1_000, status: .listed,
                createdAt: Self.listedAt.addingTimeInterval(Double(l)))))
        }
        return events
    }

    func tick(_ index: Int) throws -> IncomingEvent {
        try event(EventContracts.WarehouseDayTick(companyId: company(index), warehouseBuildingId: warehouse(index), dayKey: Self.day))
    }

    private func event<Payload: EventPayload>(_ data: Payload) throws -> IncomingEvent {
        try IncomingEvent(CloudEvent(id: UUID(), source: "urn:market:bench", time: Self.listedAt, data: data))
    }
}
