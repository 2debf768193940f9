import EventContracts
import Foundation
import Testing

extension EndToEnd {
    /// Story 7: the scheduler requests waves; wave-planning plans them from its candidate index and asks
    /// purchase-execution for batches; purchase-execution verifies and buys against its own stock;
    /// wave-planning reallocates what was not bought and completes the wave within budget.
    @Suite("End-to-end waves", .timeLimit(.minutes(4)))
    struct WaveTests {
        /// Two waves requested together plan from the same candidate index (the index is not rebuilt while
        /// a wave executes), so both want the ten scarce one-unit products. Whichever executes second finds
        /// them sold out (REJECTED, no stock) and reallocates that money to the others in a later pass.
        @Test("waves plan, execute, reallocate what could not be bought and complete within budget; sales match purchase-execution's audit")
        func wavesPlanExecuteReallocateAndComplete() async throws {
            try await SystemUnderTest.run(services: [.wavePlanning, .purchaseExecution]) { system in
                try await WaveStory(system: system).run()
            }
        }
    }
}

/// The wave story's steps and checks, shared with the replica suite.
struct WaveStory {
    let system: SystemUnderTest
    let market = WaveMarket()
    let budgetCents: Int64 = 50_000

    func run() async throws {
        try await market.publishCatalog(to: system)
        #expect(try await system.eventually(timeout: .seconds(120)) {
            let indexed = try await system.integer(
                "SELECT count(*) FROM {schema}.candidate_index WHERE product_id IN (\(market.productList))", in: .wavePlanning)
            let verified = try await system.integer(
                "SELECT count(*) FROM {schema}.products WHERE id IN (\(market.productList))", in: .purchaseExecution)
            return indexed == market.count && verified == market.count
        })
        let waves = [market.wave("first"), market.wave("second")]
        try await system.publish([market.request("first", budgetCents: budgetCents), market.request("second", budgetCents: budgetCents)])

        var completions: [WaveCompleted] = []
        for wave in waves {
            let completed = try await system.awaitEvents(WaveCompleted.self, subject: About.wave(wave), timeout: .seconds(150)) {
                !$0.isEmpty
            }
            completions += try #require(completed.first.map { [$0.data] }, "wave \(wave) never completed")
        }
        var reallocated = false
        var soldPerProduct: [String: Int64] = [:]
        for summary in completions {
            #expect(summary.spentCents <= summary.budgetCents)
            #expect(summary.spentCents + summary.retainedCents == budgetCents)
            let about = About.wave(summary.waveId)
            let requested = system.sink.events(PurchaseBatchRequested.self, subject: about).map(\.data)
            let executed = system.sink.events(PurchaseBatchExecuted.self, subject: about).map(\.data)
            #expect(!requested.isEmpty)
            #expect(Set(executed.map(\.batchId)) == Set(requested.map(\.batchId)))
            #expect(Set(requested.map(\.pass)).count == Int(summary.passes))
            let firstAnswers = Dictionary(executed.map { ($0.batchId, $0) }) { first, _ in first }
            #expect(firstAnswers.values.reduce(0) { $0 + $1.spentCents } == summary.spentCents)
            let items = firstAnswers.values.flatMap(\.items)
            if summary.passes >= 2 && items.contains(where: { $0.status == .rejected && $0.reason != nil }) { reallocated = true }

            let reply = try await system.get(
                .purchaseExecution, "/api/waves/\(summary.waveId)/sales", token: try await system.token(for: UUID(), admin: true))
            #expect(reply.status == 200, "\(reply.text)")
            let audit = try reply.decode(WaveSalesReply.self)
            #expect(audit.liveSpentCents == summary.spentCents)
            #expect(Set(audit.sales.map(\.idempotencyKey)).count == audit.sales.count)
            #expect(audit.sales.count == items.count { ($0.status == .filled || $0.status == .partial) && $0.quantity > 0 })
            for sale in audit.sales { soldPerProduct[sale.productId, default: 0] += sale.quantity }
        }
        #expect(reallocated, "no wave reallocated money that a sold-out product could not take")
        #expect(market.scarce.allSatisfy { (soldPerProduct[market.product($0)] ?? 0) <= 1 })

        // Stock and sold counts reconcile with the sales of both waves: nothing was sold twice.
        let reconciled = try await system.integer(
            """
            WITH initial(id, units) AS (VALUES \(market.initialStockRows))
            SELECT count(*) FROM {schema}.products p JOIN initial i ON i.id = p.id
            WHERE p.stock + p.total_sold = i.units
              AND p.total_sold = COALESCE((SELECT sum(s.quantity) FROM {schema}.sale_records s WHERE s.product_id = p.id), 0)
            """, in: .purchaseExecution)
        #expect(reconciled == market.count)
        let soldInDatabase = try await system.integer(
            "SELECT COALESCE(sum(total_sold), 0) FROM {schema}.products WHERE id IN (\(market.productList))", in: .purchaseExecution)
        #expect(Int64(soldInDatabase) == soldPerProduct.values.reduce(0, +))
    }
}

/// purchase-execution's `GET /api/waves/{id}/sales`, as far as the story reads it.
struct WaveSalesReply: Decodable {
    struct Sale: Decodable {
        let idempotencyKey: String
        let productId: String
        let quantity: Int64
    }

    let sales: [Sale]
    let liveSpentCents: Int64
}
