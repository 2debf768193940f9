import EventContracts
import Foundation
import Postgres
import ServiceKit
import Testing
@testable import warehouse_orders
import WarehouseOrdersDomain

/// Rejections, concurrency, the sales-log upsert rule and the round-trip budget of the tick.
struct DayTickIntegrityTests {
    @Test func aTickForAnUnknownWarehouseIsRejectedAndWritesNothing() async throws {
        try await WarehouseTestDatabase.with { db in
            let tick = try MarchWarehouse.tick(warehouse: "nowhere")
            let error = await #expect(throws: EventRejected.self) { try await db.apply([tick]) }
            #expect(error?.eventID == tick.envelope.id)
            #expect(error?.reason == "warehouse nowhere not found")
            #expect(try await db.count("warehouse_day_tick") == 0)
        }
    }

    @Test func aTickNamingAnotherCompanyIsRejected() async throws {
        try await WarehouseTestDatabase.with { db in
            try await db.apply(MarchWarehouse.reference())
            let error = await #expect(throws: EventRejected.self) {
                try await db.apply([try MarchWarehouse.tick(company: "c2")])
            }
            #expect(error?.reason == "warehouse w1 belongs to company c1, not c2")
            #expect(try await db.count("warehouse_day_tick") == 0)
            #expect(try await db.count("customer_order") == 0)
        }
    }

    @Test func concurrentTicksOfOneWarehouseDayYieldOneOutcome() async throws {
        try await WarehouseTestDatabase.with { db in
            try await db.apply(MarchWarehouse.reference())
            let ticks = try (0..<4).map { _ in try MarchWarehouse.tick() }
            let outcomes = try await withThrowingTaskGroup(of: [OutboxMessage].self) { group in
                for tick in ticks { group.addTask { try await db.apply([tick]) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let completed = try outcomes.flatMap { try Events.emitted(WarehouseDayCompleted.self, in: $0) }
            #expect(completed.filter { !$0.skippedAsDuplicate }.count == 1)
            #expect(completed.filter(\.skippedAsDuplicate).count == 3)
            #expect(try outcomes.flatMap { try Events.emitted(WarehouseOrderCreated.self, in: $0) }.count == 1)
            #expect(try await db.count("customer_order") == 1)
            let stock = try await db.query("SELECT qty_on_hand FROM \(db.schema).inventory_item")
            #expect(try stock[0].decode(0, as: Int64.self) == 0)
        }
    }

    @Test func salesLogUpsertOverwritesButKeepsQtyShipped() async throws {
        try await WarehouseTestDatabase.with { db in
            let day = try #require(DayKey("2025-03-10"))
            let reasons = ReasonsSnapshot(
                baseDesired: 3, expectedUnits: 3, priceIndex: 1, priceMultiplier: 1, seasonScore: 100, tierUsed: 1,
                bandMatched: false, resolvedBandCategoryId: nil, blockedByPrice: false, blockedBySeason: false,
                missingSeasonScenario: false)
            func result(ordered: Int64) -> DayTickResult {
                let row = DailySalesLogRow(
                    listingId: "L1", dayKey: day, companyId: "c1", marketZone: .usa, warehouseBuildingId: "w1",
                    productTemplateId: "t1", playerProductId: "p1", qtyOrdered: ordered, expectedUnits: 3, seasonScore: 100,
                    priceIndex: 1, reasons: reasons, salePrice: nil, listPrice: 900)
                return DayTickResult(
                    companyId: "c1", warehouseBuildingId: "w1", dayKey: day, marketZone: .usa, order: nil, pausedListings: [],
                    inventoryReservations: [], salesLog: [row], evaluations: [], listingsWithoutTemplate: [],
                    summary: DayCompletedSummary())
            }
            let store = db.store
            let first = result(ordered: 3)
            let second = result(ordered: 1)
            try await db.pool.transaction { try store.write(first, on: $0) }
            try await db.query("UPDATE \(db.schema).daily_product_sales_log SET qty_shipped = 2")
            try await db.pool.transaction { try store.write(second, on: $0) }
            let row = try await db.query("SELECT qty_ordered, qty_shipped FROM \(db.schema).daily_product_sales_log")
            #expect(try [row[0].decode(0, as: Int64.self), row[0].decode(1, as: Int64.self)] == [1, 2])
        }
    }

    @Test func aTickCostsTheSameRoundTripsForTenAndAThousandListings() async throws {
        var trips: [Int] = []
        for listings in [10, 1_000] {
            try await WarehouseTestDatabase.with { db in
                var reference = try [MarchWarehouse.building()] + MarchWarehouse.categories()
                reference.append(try MarchWarehouse.band("b", category: "l3", min: 1, max: 3))
                for index in 0..<listings {
                    reference.append(try MarchWarehouse.template("t\(index)"))
                    reference.append(try MarchWarehouse.stock("t\(index)", index % 3 == 0 ? 1 : 50))
                    reference.append(try MarchWarehouse.listing("L\(index)", template: "t\(index)", order: Double(index)))
                }
                try await db.apply(reference)
                trips.append(try await db.roundTrips(applying: [MarchWarehouse.tick()]))
                #expect(try await db.count("order_item") == Int64(listings))
                // Every third template had 1 unit: ordered, used up, paused.
                let paused = try await db.query("SELECT count(*) FROM \(db.schema).listing WHERE status = 'PAUSED'")
                #expect(try paused[0].decode(0, as: Int64.self) == Int64((listings + 2) / 3))
            }
        }
        // claim (1 pipeline) + snapshot (1 pipeline) + writes (1 pipeline).
        #expect(trips == [3, 3])
    }
}
