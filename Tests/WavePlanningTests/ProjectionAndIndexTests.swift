import EventContracts
import Foundation
import Postgres
import TestSupport
import Testing
@testable import wave_planning

/// Projections (versioned upserts, price history, sales window) and the candidate index job
/// (prefilter, de-duplication, spam, seeded sample, never during a wave) on the real PostgreSQL.
struct ProjectionAndIndexTests {
    @Test func staleVersionsAreIgnoredAndPriceChangesRecorded() async throws {
        try await WaveTestDatabase.with { db in
            let now = Date()
            try await db.apply([
                try Events.incoming(Catalog.company("c1", version: 2)),
                try Events.incoming(Catalog.product("p1", company: "c1", priceCents: 1_000, version: 1, now: now)),
            ])
            // Version 3 raises the price; version 2 arrives late and must change nothing.
            let raised = Catalog.product("p1", company: "c1", priceCents: 6_000, version: 3, now: now, updatedAt: now.addingTimeInterval(-60))
            let stale = Catalog.product("p1", company: "c1", priceCents: 2_000, version: 2, now: now)
            let staleCompany = CatalogCompanyUpserted(
                companyId: "c1", version: 1, ownerId: "x", reputationScore: 0.1, balanceCents: 1, flaggedStatus: .blocked)
            let trips = try await db.apply([try Events.incoming(raised), try Events.incoming(stale), try Events.incoming(staleCompany)]).roundTrips
            #expect(trips == 1)
            let product = try await db.query("SELECT price_cents, previous_price_cents, version FROM \(db.schema).product")
            #expect(try product[0].decode("price_cents", as: Int64.self) == 6_000)
            #expect(try product[0].decode("previous_price_cents", as: Int64?.self) == 1_000)
            #expect(try await db.count("price_change") == 1)
            #expect(try await db.query("SELECT flagged_status FROM \(db.schema).company")[0].decode(0, as: String.self) == "NONE")
        }
    }

    @Test func stockChangesFeedTheSevenDaySalesWindowOnce() async throws {
        try await WaveTestDatabase.with { db in
            let now = Date()
            try await db.apply([try Events.incoming(ProductStockChanged(productId: "p1", version: 1, stockAvailable: 50, totalSold: 900), time: now)])
            try await db.apply([
                try Events.incoming(ProductStockChanged(productId: "p1", version: 3, stockAvailable: 40, totalSold: 910), time: now),
                try Events.incoming(ProductStockChanged(productId: "p1", version: 2, stockAvailable: 45, totalSold: 905), time: now),
            ])
            // The first report is the baseline; the next adds 10 units; the late version 2 adds nothing.
            #expect(try await db.query("SELECT sum(units)::bigint FROM \(db.schema).sales_day")[0].decode(0, as: Int64.self) == 10)
            #expect(try await db.query("SELECT stock FROM \(db.schema).product_stock")[0].decode(0, as: Int64.self) == 40)
        }
    }

    @Test func indexPrefiltersDeduplicatesAndFlagsSpam() async throws {
        try await WaveTestDatabase.with { db in
            let now = Date()
            var products = [
                Catalog.product("cap-ok", company: "c1", priceCents: 5_000_000, now: now),
                Catalog.product("cap-over", company: "c1", priceCents: 5_000_001, now: now),
                Catalog.product("no-stock", company: "c1", priceCents: 1_000, stock: 0, now: now),
                Catalog.product("free", company: "c1", priceCents: 0, now: now),
            ]
            var archived = Catalog.product("archived", company: "c1", priceCents: 1_000, now: now)
            archived.isArchived = true
            products.append(archived)
            // A thousand identical listings created an hour ago: three are kept and the company is spamming.
            products += (0..<1_000).map {
                Catalog.product("clone-\($0)", company: "spam", priceCents: 999, createdDaysAgo: 1.0 / 24, now: now, category: "same")
            }
            try await db.apply(try [Events.incoming(Catalog.company("c1")), Events.incoming(Catalog.company("spam"))] + products.map { try Events.incoming($0) })
            #expect(try await db.buildIndex(now: now) == 4)
            let ids = try await db.query("SELECT product_id FROM \(db.schema).candidate_index ORDER BY 1").map { try $0.decode(0, as: String.self) }
            #expect(ids.first == "cap-ok" && !ids.contains("cap-over") && !ids.contains("no-stock") && !ids.contains("archived"))
            // Equal creation times: productId in byte order breaks the tie (D000-20), so clone-10 precedes clone-2.
            #expect(ids.filter { $0.hasPrefix("clone-") } == ["clone-0", "clone-1", "clone-10"])
            #expect(try await db.count("candidate_index", "company_spamming") == 3)
            #expect(try await db.count("price_summary") == 2)

            // A wave reads the index and flags the spammer for review.
            let started = try await db.apply([try Events.incoming(WaveRequested(waveId: "w", budgetCents: 1_000_000, requestedBy: "ops"), time: now)])
            let flags = try Events.emitted(ReviewFlagged.self, in: started.emitted)
            #expect(flags.contains { $0.entityId == "spam" && $0.reason == "duplicate_listing_spam" })
            // Never during a wave: the job skips while the wave executes.
            #expect(try await db.buildIndex(now: now) == nil)
            // A wave whose partner never answers stops holding the index back once it is stalled.
            _ = try await db.query("UPDATE \(db.schema).wave SET started_at = now() - interval '2 hours'")
            #expect(try await db.buildIndex(now: now) == 4)
        }
    }

    @Test func indexSampleIsSeededAndBounded() async throws {
        try await WaveTestDatabase.with { db in
            try await db.apply(try Catalog.events(products: 60, companies: 6))
            _ = try await db.query("UPDATE \(db.schema).wave_config SET candidate_index_size = 25")
            #expect(try await db.buildIndex() == 25)
            let first = try await db.query("SELECT product_id FROM \(db.schema).candidate_index ORDER BY 1").map { try $0.decode(0, as: String.self) }
            #expect(try await db.buildIndex() == 25)
            let second = try await db.query("SELECT product_id FROM \(db.schema).candidate_index ORDER BY 1").map { try $0.decode(0, as: String.self) }
            #expect(first == second)
            // The SQL sample key is D000-04's seededUnit: the kept ids are the 25 smallest keys.
            let expected = (0..<60).map { "p\($0)" }.sorted { lhs, rhs in
                let a = SeededKey.unit("candidate-index:\(lhs):sample"), b = SeededKey.unit("candidate-index:\(rhs):sample")
                return a != b ? a < b : lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
            }
            #expect(first == Array(expected.prefix(25)).sorted())
        }
    }

    @Test func selfSellBlacklistAndPriceSpikeAreExcludedAndFlagged() async throws {
        try await WaveTestDatabase.with { db in
            let now = Date()
            var events = try Catalog.events(products: 12, companies: 4, now: now)
            events.append(try Events.incoming(BuyerLinked(buyerId: "buyer-1", companyId: "c1")))
            // +500 % one minute before the wave (D000-19): blocked.
            events.append(try Events.incoming(
                Catalog.product("p2", company: "c2", priceCents: 3_000, version: 2, now: now, updatedAt: now.addingTimeInterval(-60))))
            try await db.apply(events)
            _ = try await db.buildIndex(now: now)
            _ = try await db.query(
                "INSERT INTO \(db.schema).blacklist (entity_type, entity_id, operator_id, reason) VALUES ('PRODUCT', 'p3', 'op', 'test')")
            let started = try await db.apply([try Events.incoming(WaveRequested(waveId: "w", budgetCents: 100_000, requestedBy: "ops"), time: now)])
            let batches = try Events.emitted(PurchaseBatchRequested.self, in: started.emitted)
            #expect(!batches.isEmpty)
            #expect(!batches.contains { $0.companyId == "c1" })
            #expect(!batches.flatMap(\.items).contains { $0.productId == "p2" || $0.productId == "p3" })
            let flags = try Events.emitted(ReviewFlagged.self, in: started.emitted)
            #expect(flags.contains { $0.entityType == .company && $0.entityId == "c1" && $0.reason == "self_sell" })
            #expect(flags.contains { $0.entityType == .product && $0.entityId == "p2" && $0.reason == "blocked" })
            #expect(try await db.count("review_item") == Int64(flags.count))
            // The version change inside one batch still lands in the price history.
            #expect(try await db.count("price_change", "product_id = 'p2' AND previous_price_cents = 500") == 1)
        }
    }
}
