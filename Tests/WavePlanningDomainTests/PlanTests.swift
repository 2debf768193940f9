import Testing
import WavePlanningDomain

@Suite struct PlanTests {
    @Test func d000_39_planHashOverSortedLines() {
        #expect(PlanHash.hash(of: [("p1", 2, 100), ("p0", 1, 50)]) == "2e2a2e899d3e74a8")
        #expect(PlanHash.hash(of: [("p0", 1, 50), ("p1", 2, 100)]) == "2e2a2e899d3e74a8")
        #expect(PlanHash.idempotencyKey(waveId: "w", planHash: "h", productId: "p") == "w:h:p")
    }

    @Test func d000_39_ordersCarryKeysOfTheirPass() throws {
        let plan = try Fixture.plan(Fixture.tiers(perTier: 2), budget: 1_000_000)
        let hash = PlanHash.hash(of: plan.firstPass.orders.map { ($0.productId, $0.quantity, $0.unitPriceCents) })
        #expect(plan.firstPass.planHash == hash)
        #expect(plan.firstPass.orders.allSatisfy { $0.idempotencyKey == "wave-1:\(hash):\($0.productId)" })
        #expect(plan.firstPass.orders.allSatisfy { $0.plannedSpendCents == $0.quantity * $0.unitPriceCents })
    }

    @Test func d000_41_buyerIdIsSeededHash() {
        #expect(BuyerIdentity.buyerId(seed: "s", productId: "p1") == "sim_a8bcad12cd59")
    }

    @Test func d000_42_seedFallsBackToWaveId() throws {
        #expect(WaveSeed.resolve(configSeed: nil, waveId: "w") == "w")
        #expect(WaveSeed.resolve(configSeed: "", waveId: "w") == "w")
        #expect(WaveSeed.resolve(configSeed: "ab", waveId: "w") == "ab")
        #expect(try Fixture.plan([Fixture.product("p", price: 100)], budget: 1_000, waveId: "wave-9").seed == "wave-9")
    }

    @Test func d000_40_batchesHoldOneCompanyAtMostTwentyFive() throws {
        // Distinct prices, so no listing is a duplicate (D000-20).
        let beta: [CandidateProduct] = (0..<60).map { (index: Int) in
            Fixture.product("b\(100 + index)", company: "beta", price: 1_000 + Int64(index))
        }
        let alpha: [CandidateProduct] = (0..<3).map { (index: Int) in
            Fixture.product("a\(index)", company: "alpha", price: 1_000 + Int64(index))
        }
        let products = beta + alpha
        // A company cap of 100 % keeps D000-31 from cutting beta's orders short.
        var config = WaveConfig()
        config.companyBudgetShare = 10_000
        let plan = try Fixture.plan(products, budget: 10_000_000, config: config)
        let batches = plan.firstPass.batches
        #expect(batches.map(\.companyId) == ["alpha", "beta", "beta", "beta"])
        #expect(batches.map(\.orders.count) == [3, 25, 25, 10])
        for batch in batches {
            #expect(batch.orders.allSatisfy { $0.companyId == batch.companyId })
            let ids = batch.orders.map(\.productId)
            #expect(ids == ids.sorted())
        }
        #expect(batches.map(\.batchId) == (0..<4).map { "wave-1:\(plan.firstPass.planHash):\($0)" })
        #expect(batches.reduce(0) { $0 + $1.spendCents } == plan.firstPass.plannedSpendCents)
    }

    @Test func explainTraceCoversScoredAndExcludedProducts() throws {
        let products = Fixture.tiers(perTier: 2) + [Fixture.product("gone", price: 1_000, isActive: false)]
        let plan = try Fixture.plan(products, budget: 1_000_000)
        let mid = try #require(plan.explain("mid-0"))
        #expect(mid.score != nil && mid.caps != nil)
        #expect(mid.steps.contains { if case .entitlement = $0 { true } else { false } })
        #expect(mid.plannedSpendCents == plan.spendByProduct["mid-0"])
        #expect(plan.explain("gone")?.exclusion == .inactive)
        #expect(plan.explain("unknown") == nil)
        #expect(plan.explain("high-0")?.exclusion == .noAffordableUnit)
    }
}
