import EventContracts
import Foundation
import Postgres
@testable import purchase_execution
@testable import ServiceKit
import Testing

@Suite struct PurchaseBatchTests {
    @Test func batchBuysCreditsOnceRecordsSalesAndTelemetryAndEmits() async throws {
        try await PurchaseTestDatabase.with { db in
            try await db.apply([
                try Events.company("acme"), try Events.product("p1", stock: 100), try Events.product("p2", price: 500, stock: nil),
            ])
            let emitted = try await db.apply([
                try Events.batch([Events.line("p1", quantity: 3), Events.line("p2", quantity: 7, price: 500)]),
            ])
            #expect(try await db.stock("p1") == (97, 3))
            #expect(try await db.stock("p2") == (nil, 7))
            #expect(try await db.balance("acme") == 3 * 10_000 + 7 * 500)
            #expect(try await db.number("SELECT count(*) FROM \(db.schema).balance_ledger") == 1)
            #expect(try await db.number("SELECT count(*) FROM \(db.schema).sale_records") == 2)
            let telemetry = try await db.query("SELECT spent_cents, items::text FROM \(db.schema).batch_telemetry")
            #expect(telemetry.count == 1)
            #expect(try telemetry[0].decode(0, as: Int64.self) == 33_500)
            #expect(try telemetry[0].decode(1, as: String.self).contains("\"productId\": \"p1\""))
            let executed = try Events.emitted(PurchaseBatchExecuted.self, in: emitted)
            #expect(executed.count == 1)
            #expect(executed.first?.items.map(\.status) == [.filled, .filled])
            #expect(executed.first?.spentCents == 33_500)
            let changes = try Events.emitted(ProductStockChanged.self, in: emitted).sorted { $0.productId < $1.productId }
            #expect(changes.map(\.productId) == ["p1", "p2"])
            #expect(changes.map(\.stockAvailable) == [97, nil])
            #expect(changes.map(\.totalSold) == [3, 7])
        }
    }

    @Test func redeliveredBatchAndRepeatedItemHaveNoSecondEffect() async throws {
        try await PurchaseTestDatabase.with { db in
            try await db.apply([try Events.product("p1", stock: 100)])
            let lines = [Events.line("p1", quantity: 4)]
            try await db.apply([try Events.batch(lines)])
            // The same batch again under new event ids: once alone, twice within one consumed batch.
            let again = try await db.apply([try Events.batch(lines)])
            let twice = try await db.apply([try Events.batch(lines), try Events.batch(lines, batchId: "b2")])
            for emitted in [again, twice] {
                let executed = try Events.emitted(PurchaseBatchExecuted.self, in: emitted)
                #expect(executed.flatMap(\.items).allSatisfy { $0.status == .duplicate && $0.spentCents == 0 })
                #expect(try Events.emitted(ProductStockChanged.self, in: emitted).isEmpty)
            }
            // Two new batches with the same key in one consumed batch: the second is the duplicate.
            let fresh = [Events.line("p1", quantity: 2, key: "w1:h2:p1")]
            let both = try await db.apply([try Events.batch(fresh, batchId: "b3"), try Events.batch(fresh, batchId: "b4")])
            #expect(try Events.emitted(PurchaseBatchExecuted.self, in: both).map { $0.items[0].status } == [.filled, .duplicate])
            #expect(try await db.stock("p1") == (94, 6))
            #expect(try await db.balance("acme") == 60_000)
            #expect(try await db.number("SELECT count(*) FROM \(db.schema).sale_records") == 2)
            #expect(try await db.number("SELECT count(*) FROM \(db.schema).batch_telemetry") == 4)
        }
    }

    /// The seed's "price change during commit" (§13) with the 5 % band of D000-35.
    @Test func priceChangeAboveFivePercentRejectsWithinExecutesWithinPlannedSpend() async throws {
        try await PurchaseTestDatabase.with { db in
            try await db.apply([try Events.product("up6", price: 10_600), try Events.product("up5", price: 10_500),
                                try Events.product("down5", price: 9_500)])
            let emitted = try await db.apply([
                try Events.batch([Events.line("up6"), Events.line("up5"), Events.line("down5")]),
            ])
            let items = try #require(try Events.emitted(PurchaseBatchExecuted.self, in: emitted).first).items
            #expect(items[0].status == .rejected && items[0].reason == "price_changed" && items[0].spentCents == 0)
            #expect(items[1].status == .partial && items[1].quantity == 9 && items[1].unitPriceCents == 10_500)
            #expect(items[1].spentCents == 94_500 && items[1].spentCents <= 100_000)
            #expect(items[2].status == .filled && items[2].quantity == 10 && items[2].spentCents == 95_000)
            #expect(try await db.stock("up6") == (100, 0))
            #expect(try await db.balance("acme") == 94_500 + 95_000)
        }
    }

    @Test func partialFillsTakeWhatIsLeft() async throws {
        try await PurchaseTestDatabase.with { db in
            try await db.apply([try Events.product("p1", stock: 7), try Events.product("p2", stock: 0)])
            let emitted = try await db.apply([
                try Events.batch([Events.line("p1", quantity: 5), Events.line("p2", quantity: 1)]),
                try Events.batch([Events.line("p1", quantity: 5, key: "w1:h:p1:again")], batchId: "b2"),
            ])
            let batches = try Events.emitted(PurchaseBatchExecuted.self, in: emitted)
            #expect(batches.map { $0.items.map(\.status) } == [[.filled, .rejected], [.partial]])
            #expect(batches[0].items[1].reason == "no_stock")
            #expect(batches[1].items[0].quantity == 2 && batches[1].items[0].reason == "stock_short")
            #expect(try await db.stock("p1") == (0, 7))
        }
    }

    @Test func selfSellInactiveAndForeignProductsAreRejected() async throws {
        try await PurchaseTestDatabase.with { db in
            try await db.apply([
                try Events.company("acme", owner: "alice"), try Events.company("acme-2", owner: "alice"),
                try Events.product("p1"), try Events.product("p2", active: false), try Events.product("p3", company: "other"),
                try Events.product("p4", company: "acme-2"),
                try Events.incoming(BuyerLinked(buyerId: "buyer-a", companyId: "acme", ownerId: "alice")),
            ])
            let emitted = try await db.apply([
                try Events.batch([
                    Events.line("p1", buyer: "buyer-a"), Events.line("p2"), Events.line("p3"), Events.line("p1", key: "k-ok"),
                ]),
                // buyer-a belongs to alice, who also owns acme-2: self-selling through the owner link.
                try Events.batch([Events.line("p4", buyer: "buyer-a")], batchId: "b2", company: "acme-2"),
            ])
            let batches = try Events.emitted(PurchaseBatchExecuted.self, in: emitted)
            #expect(batches[0].items.map(\.reason) == ["self_sell", "inactive", "company_mismatch", nil])
            #expect(batches[1].items.map(\.reason) == ["self_sell"])
        }
    }

    @Test func unknownProductIsRejectedWithReasonAndChangesNothing() async throws {
        try await PurchaseTestDatabase.with { db in
            try await db.apply([try Events.product("p1", stock: 10)])
            let bad = try Events.batch([Events.line("p1", quantity: 1), Events.line("ghost", quantity: 1)])
            await #expect {
                try await db.apply([bad])
            } throws: { error in
                let rejection = error as? EventRejected
                return rejection?.eventID == bad.envelope.id && rejection?.reason.contains("unknown product ghost") == true
            }
            #expect(try await db.stock("p1") == (10, 0))
            #expect(try await db.number("SELECT count(*) FROM \(db.schema).sale_records") == 0)
            #expect(try await db.number("SELECT count(*) FROM \(db.schema).batch_telemetry") == 0)
        }
    }

    @Test func roundTripsAreConstantPerRunWhateverItsSize() async throws {
        try await PurchaseTestDatabase.with { db in
            try await db.apply(try (0..<50).map { try Events.product("p\($0)", company: "c\($0 % 5)", stock: 1_000) })
            let one = try await db.applyCounting([try Events.batch([Events.line("p0", quantity: 1)], company: "c0")])
            let many = try await db.applyCounting(try (0..<20).map { batch in
                try Events.batch(
                    (0..<10).map { Events.line("p\(batch % 5 + 5 * $0)", quantity: 1, key: "k\(batch):\($0)") },
                    batchId: "b\(batch)", company: "c\(batch % 5)")
            })
            #expect(one.roundTrips == 2)
            #expect(many.roundTrips == 2)
            #expect(try Events.emitted(PurchaseBatchExecuted.self, in: many.emitted).count == 20)
            #expect(try await db.number("SELECT sum(total_sold)::bigint FROM \(db.schema).products") == 201)
        }
    }

    /// Issue 7: the consumer's whole path for one batch (BEGIN with the inbox claim, the handler, the outbox
    /// insert with COMMIT) costs at most 5 round trips, whatever the batch's size, and a redelivery too.
    @Test func aConsumedBatchCostsAtMostFiveRoundTripsIncludingTheConsumersOwn() async throws {
        try await PurchaseTestDatabase.with { db in
            try await db.apply(try (0..<50).map { try Events.product("p\($0)", company: "c\($0 % 5)", stock: 1_000) })
            let requests = try (0..<20).map { batch in
                try Events.batch(
                    (0..<10).map { Events.line("p\(batch % 5 + 5 * $0)", quantity: 1, key: "k\(batch):\($0)") },
                    batchId: "b\(batch)", company: "c\(batch % 5)")
            }
            let one = try await db.consumeCounting([try Events.batch([Events.line("p0", quantity: 1)], company: "c0")])
            let many = try await db.consumeCounting(requests)
            let redelivered = try await db.consumeCounting(requests)
            #expect(one.roundTrips <= 5)
            #expect(many.roundTrips <= 5)
            #expect(redelivered.roundTrips <= 5)
            #expect(many.roundTrips == one.roundTrips)
            #expect(one.result.applied == 1 && many.result.applied == 20)
            #expect(redelivered.result.applied == 0 && redelivered.result.duplicates == 20 && redelivered.result.emitted.isEmpty)
            #expect(try Events.emitted(PurchaseBatchExecuted.self, in: many.result.emitted).count == 20)
            // Committed: every claimed id in the inbox, every emitted event in the outbox, the stock sold once.
            #expect(try await db.number("SELECT count(*) FROM \(db.schema).inbox WHERE event_type = $1", [PurchaseBatchRequested.eventType]) == 21)
            let emitted = one.result.emitted.count + many.result.emitted.count
            #expect(try await db.number("SELECT count(*) FROM \(db.schema).outbox") == Int64(emitted))
            #expect(try await db.number("SELECT sum(total_sold)::bigint FROM \(db.schema).products") == 201)
        }
    }
}
