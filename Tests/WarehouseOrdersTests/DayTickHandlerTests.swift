import EventContracts
import Foundation
import Postgres
import ServiceKit
import Testing
@testable import warehouse_orders
import WarehouseOrdersDomain

/// Events in → orders, pauses, stock, sales log and emitted events out, against the real PostgreSQL.
struct DayTickHandlerTests {
    @Test func marchScenarioOrdersSharesStockAndPauses() async throws {
        try await WarehouseTestDatabase.with { db in
            try await db.apply(MarchWarehouse.reference())
            let emitted = try await db.apply([MarchWarehouse.tick()])

            let created = try Events.emitted(WarehouseOrderCreated.self, in: emitted)
            #expect(created.count == 1)
            let order = try #require(created.first)
            #expect(order.items.map(\.listingId) == ["L1", "L2"])
            #expect(order.items.map(\.qtyOrdered) == [5, 2])
            #expect(order.items.map(\.salePriceCents) == [1_000, 1_250])
            let first = try #require(order.items.first?.reasons)
            #expect(first.baseDesired == 5 && first.priceIndex == 1.0 && first.priceMultiplier == 1.0)
            #expect(first.bandMatched && first.resolvedBandCategoryId == "l2" && first.tierUsed == 1)
            #expect(first.missingSeasonScenario == true && first.seasonScore == 100)
            #expect(order.items.last?.reasons.priceIndex == 1.25)

            let paused = try Events.emitted(WarehouseListingPaused.self, in: emitted)
            #expect(paused.map(\.listingId) == ["L1", "L2", "L3"])
            let completed = try #require(try Events.emitted(WarehouseDayCompleted.self, in: emitted).first)
            #expect(completed.orderId == order.orderId)
            #expect(completed.listingsConsidered == 3 && completed.itemsOrdered == 2 && completed.unitsOrdered == 7)
            #expect(completed.paused == 3 && !completed.skippedAsDuplicate)

            let stock = try await db.query("SELECT qty_on_hand FROM \(db.schema).inventory_item WHERE product_template_id = 't1'")
            #expect(try stock[0].decode(0, as: Int64.self) == 0)
            let statuses = try await db.query(
                "SELECT status || '/' || pause_reason FROM \(db.schema).listing ORDER BY listing_id")
            #expect(try statuses.map { try $0.decode(0, as: String.self) } == Array(repeating: "PAUSED/OUT_OF_STOCK", count: 3))
            let items = try await db.query(
                "SELECT qty_ordered, qty_fulfilled, qty_shipped, sort_index FROM \(db.schema).order_item ORDER BY sort_index")
            #expect(try items.map { try [$0.decode(0, as: Int64.self), $0.decode(1), $0.decode(2), $0.decode(3)] } == [[5, 0, 0, 0], [2, 0, 0, 1]])
            let log = try await db.query(
                "SELECT listing_id, qty_ordered, qty_shipped, sale_price_cents, list_price_cents FROM \(db.schema).daily_product_sales_log ORDER BY listing_id")
            #expect(log.count == 2)
            #expect(try log[1].decode(1, as: Int64.self) == 2 && log[1].decode(3, as: Int64?.self) == 1_250)
            let marker = try await db.query("SELECT order_id FROM \(db.schema).warehouse_day_tick")
            #expect(try marker.map { try $0.decode(0, as: String?.self) } == [order.orderId])
        }
    }

    @Test func reTickOfTheSameDayChangesNothing() async throws {
        try await WarehouseTestDatabase.with { db in
            try await db.apply(MarchWarehouse.reference())
            try await db.apply([MarchWarehouse.tick()])
            // New stock and a re-listed listing would order again if the day ran twice.
            try await db.apply([try MarchWarehouse.stock("t1", 50), try MarchWarehouse.listing("L1", template: "t1", order: 0)])
            let again = try await db.apply([MarchWarehouse.tick()])

            let completed = try Events.emitted(WarehouseDayCompleted.self, in: again)
            #expect(completed.map(\.skippedAsDuplicate) == [true])
            #expect(try Events.emitted(WarehouseOrderCreated.self, in: again).isEmpty)
            #expect(try Events.emitted(WarehouseListingPaused.self, in: again).isEmpty)
            #expect(try await db.count("order_item") == 2)
            let stock = try await db.query("SELECT qty_on_hand FROM \(db.schema).inventory_item WHERE product_template_id = 't1'")
            #expect(try stock[0].decode(0, as: Int64.self) == 50)
        }
    }

    @Test func aDayThatOrderedNothingIsNotRunAgain() async throws {
        try await WarehouseTestDatabase.with { db in
            // expectedMode 0 is a real value: zero demand (D002-10).
            try await db.apply(
                try [MarchWarehouse.building()] + MarchWarehouse.categories() + [
                    try MarchWarehouse.band("b0", category: "l3", min: 0, max: 4, mode: 0), try MarchWarehouse.template("t1"),
                    try MarchWarehouse.stock("t1", 9), try MarchWarehouse.listing("L1", template: "t1", order: 0),
                ])
            let first = try await db.apply([MarchWarehouse.tick()])
            let summary = try #require(try Events.emitted(WarehouseDayCompleted.self, in: first).first)
            #expect(summary.orderId == nil && summary.itemsOrdered == 0 && summary.listingsConsidered == 1)
            #expect(try await db.count("warehouse_day_tick") == 1)
            #expect(try await db.count("customer_order") == 0)

            // Demand appears, but the day is done.
            try await db.apply([try MarchWarehouse.band("b0", category: "l3", min: 0, max: 4, mode: 4)])
            let second = try await db.apply([MarchWarehouse.tick()])
            #expect(try Events.emitted(WarehouseDayCompleted.self, in: second).map(\.skippedAsDuplicate) == [true])
            #expect(try await db.count("customer_order") == 0)
            // The next day does order: base 4 → 4·1.037 ≈ 4.15 → 4 with t1's jitter on 2025-03-11, whatever it is, ≥ 1.
            let nextDay = try await db.apply([MarchWarehouse.tick(day: "2025-03-11")])
            #expect(try Events.emitted(WarehouseOrderCreated.self, in: nextDay).count == 1)
        }
    }

    @Test func l3BandHitNoBandAndExpectedModeDriveTheBase() async throws {
        try await WarehouseTestDatabase.with { db in
            // L3 band with mode 10: 10 + 0.0369558·10 = 10.37 → 10; the L2 band is not used.
            try await db.apply(
                try [MarchWarehouse.building()] + MarchWarehouse.categories() + [
                    try MarchWarehouse.band("b-l3", category: "l3", min: 1, max: 20, mode: 10),
                    try MarchWarehouse.band("b-l2", category: "l2", min: 50, max: 60), try MarchWarehouse.template("t1"),
                    try MarchWarehouse.stock("t1", 100), try MarchWarehouse.listing("L1", template: "t1", order: 0),
                ])
            let emitted = try await db.apply([MarchWarehouse.tick()])
            let item = try #require(try Events.emitted(WarehouseOrderCreated.self, in: emitted).first?.items.first)
            #expect(item.qtyOrdered == 10 && item.reasons.resolvedBandCategoryId == "l3" && item.reasons.bandMatched)
        }
    }

    @Test func noBandGivesBaseOneAndSeasonZeroBlocks() async throws {
        try await WarehouseTestDatabase.with { db in
            // 2025-03-10 is day-of-year0 68 → week 9 (D002-07). Scenario "winter" scores week 9 with 0.
            var weeks = Array(repeating: 100.0, count: 52)
            weeks[9] = 0
            try await db.apply(
                try [MarchWarehouse.building()] + MarchWarehouse.categories() + [
                    try MarchWarehouse.template("t1"), try MarchWarehouse.template("t2", season: "winter"),
                    try MarchWarehouse.template("t3", season: "absent"),
                    try Events.incoming(MarketSeasonScenarioUpserted(definitionId: "winter", marketZone: "USA", weeks: weeks, isActive: true)),
                    try MarchWarehouse.stock("t1", 5), try MarchWarehouse.stock("t2", 5), try MarchWarehouse.stock("t3", 5),
                    try MarchWarehouse.listing("L1", template: "t1", order: 0),
                    try MarchWarehouse.listing("L2", template: "t2", order: 1),
                    try MarchWarehouse.listing("L3", template: "t3", order: 2),
                ])
            let emitted = try await db.apply([MarchWarehouse.tick()])
            let order = try #require(try Events.emitted(WarehouseOrderCreated.self, in: emitted).first)
            // No band anywhere: base 1 → 1 unit for t1 and t3; t2 is season-blocked.
            #expect(order.items.map(\.listingId) == ["L1", "L3"])
            #expect(order.items.map(\.qtyOrdered) == [1, 1])
            #expect(order.items.allSatisfy { !$0.reasons.bandMatched && $0.reasons.resolvedBandCategoryId == nil })
            // A definition without a scenario in the zone: neutral 100 and flagged (D002-23).
            #expect(order.items.last?.reasons.missingSeasonScenario == true)
            let summary = try #require(try Events.emitted(WarehouseDayCompleted.self, in: emitted).first)
            #expect(summary.blockedBySeason == 1 && summary.blockedByPrice == 0)
        }
    }

    @Test func priceIndexOfTwoBlocksAndTierComesFromTheMetric() async throws {
        try await WarehouseTestDatabase.with { db in
            // Level 7.9 → floor 7 → clamped to tier 5, which only the 5…5 band covers (mode 3 → 3.11 → 3).
            try await db.apply(
                try [MarchWarehouse.building()] + MarchWarehouse.categories() + [
                    try MarchWarehouse.band("b-low", category: "l3", tiers: 1...4, min: 40, max: 40),
                    try MarchWarehouse.band("b-top", category: "l3", tiers: 5...5, min: 1, max: 5, mode: 3),
                    try Events.incoming(WarehouseMetricUpdated(warehouseBuildingId: "w1", metricType: .salesCount, currentLevel: 7.9)),
                    try MarchWarehouse.template("t1"), try MarchWarehouse.stock("t1", 100),
                    try MarchWarehouse.listing("L1", template: "t1", order: 0),
                    try MarchWarehouse.listing("L2", template: "t1", sale: 2_000, order: 1),
                ])
            let emitted = try await db.apply([MarchWarehouse.tick()])
            let order = try #require(try Events.emitted(WarehouseOrderCreated.self, in: emitted).first)
            #expect(order.items.map(\.listingId) == ["L1"])
            #expect(order.items.first?.qtyOrdered == 3 && order.items.first?.reasons.tierUsed == 5)
            let summary = try #require(try Events.emitted(WarehouseDayCompleted.self, in: emitted).first)
            #expect(summary.blockedByPrice == 1)
        }
    }
}
