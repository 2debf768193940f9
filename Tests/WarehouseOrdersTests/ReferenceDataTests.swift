import EventContracts
import Foundation
import Postgres
import ServiceKit
import Testing
@testable import warehouse_orders
import WarehouseOrdersDomain

/// Reference events: set-based upserts, latest event wins, invalid ones rejected with their reason.
struct ReferenceDataTests {
    @Test func everyReferenceTableIsWrittenInOneBatch() async throws {
        try await WarehouseTestDatabase.with { db in
            try await db.apply(MarchWarehouse.reference() + [
                try Events.incoming(MarketPriceIndexUpdated(marketZone: "USA", multiplier: 1.2, isActive: true)),
                try Events.incoming(MarketSeasonScenarioUpserted(definitionId: "d", marketZone: "EU", weeks: [0, 50.5], isActive: true)),
                try Events.incoming(WarehouseMetricUpdated(warehouseBuildingId: "w1", metricType: .salesCount, currentLevel: 2.5)),
            ])
            let counts = try await [
                "warehouse_building", "category_node", "sales_band_config", "product_template", "inventory_item", "listing",
                "zone_price_index", "season_scenario", "building_metric_state",
            ].asyncMap { try await db.count($0) }
            #expect(counts == [1, 2, 1, 2, 1, 3, 1, 1, 1])
            let weeks = try await db.query("SELECT weeks FROM \(db.schema).season_scenario")
            #expect(try weeks[0].decode(0, as: [Double].self) == [0, 50.5])
        }
    }

    @Test func anOlderEventNeverOverwritesANewerOne() async throws {
        try await WarehouseTestDatabase.with { db in
            let newer = Events.baseTime.addingTimeInterval(60)
            try await db.apply([try Events.incoming(
                WarehouseInventoryAdjusted(warehouseBuildingId: "w1", productTemplateId: "t1", qtyOnHand: 8, avgUnitCostCents: 1),
                time: newer)])
            // Redelivered late, and in one batch two versions of one key: the latest time wins.
            try await db.apply([
                try Events.incoming(
                    WarehouseInventoryAdjusted(warehouseBuildingId: "w1", productTemplateId: "t1", qtyOnHand: 3, avgUnitCostCents: 1)),
                try Events.incoming(
                    WarehouseInventoryAdjusted(warehouseBuildingId: "w1", productTemplateId: "t2", qtyOnHand: 4, avgUnitCostCents: 1),
                    time: newer),
                try Events.incoming(
                    WarehouseInventoryAdjusted(warehouseBuildingId: "w1", productTemplateId: "t2", qtyOnHand: 2, avgUnitCostCents: 1)),
            ])
            let rows = try await db.query(
                "SELECT product_template_id, qty_on_hand FROM \(db.schema).inventory_item ORDER BY product_template_id")
            #expect(try rows.map { "\(try $0.decode(0, as: String.self))=\(try $0.decode(1, as: Int64.self))" } == ["t1=8", "t2=4"])
        }
    }

    @Test func anInvalidListingIsRejectedWithItsReasonAndWritesNothing() async throws {
        try await WarehouseTestDatabase.with { db in
            let bad = try MarchWarehouse.listing("L9", template: "t1", list: 0, order: 0)
            let error = await #expect(throws: EventRejected.self) {
                try await db.apply([try MarchWarehouse.building(), bad])
            }
            #expect(error?.eventID == bad.envelope.id)
            #expect(error?.reason.contains("listPriceCents") == true)
            #expect(try await db.count("warehouse_building") == 0)
            #expect(try await db.count("listing") == 0)
        }
    }

    @Test func overlappingActiveBandsAreRejected() async throws {
        try await WarehouseTestDatabase.with { db in
            try await db.apply([try MarchWarehouse.band("b1", category: "l3", tiers: 1...3, min: 1, max: 2)])
            let overlapping = try MarchWarehouse.band("b2", category: "l3", tiers: 3...5, min: 1, max: 2)
            let error = await #expect(throws: EventRejected.self) { try await db.apply([overlapping]) }
            #expect(error?.eventID == overlapping.envelope.id)
            #expect(error?.reason.contains("overlaps active band b1") == true)
            // Replacing b1 itself, and a band of another tier range, are fine.
            try await db.apply([
                try MarchWarehouse.band("b1", category: "l3", tiers: 1...2, min: 1, max: 3),
                try MarchWarehouse.band("b3", category: "l3", tiers: 3...5, min: 2, max: 9, mode: 5),
            ])
            #expect(try await db.count("sales_band_config") == 2)
        }
    }

    @Test func aBandWithModeOutsideItsRangeIsRejected() async throws {
        try await WarehouseTestDatabase.with { db in
            // The contract checks min ≤ mode ≤ max; the domain also checks the quantity limits (D002-10).
            let huge = try MarchWarehouse.band("b1", category: "l3", min: 0, max: 2_000_000_000)
            let error = await #expect(throws: EventRejected.self) { try await db.apply([huge]) }
            #expect(error?.reason.contains("maxDaily") == true)
            #expect(try await db.count("sales_band_config") == 0)
        }
    }
}

extension Array {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var result: [T] = []
        for element in self { result.append(try await transform(element)) }
        return result
    }
}
