import Testing
import WavePlanningDomain

/// The §13 QA scenarios, sized as D000-43 says.
@Suite struct QAScenarioTests {
    private func tierSpend(_ plan: WavePlan, _ tier: String) -> Int64 {
        plan.firstPass.orders.filter { $0.productId.hasPrefix(tier + "-") }.reduce(0) { $0 + $1.plannedSpendCents }
    }

    @Test func test_medium_price_favoritism_exact_numbers() throws {
        let plan = try Fixture.plan(Fixture.tiers(), budget: 5_000_000)
        // D000-43: $23.6k / $26.4k / $0 at B = $50,000 (to the $100).
        #expect((tierSpend(plan, "low") + 5_000) / 10_000 == 236)
        #expect((tierSpend(plan, "mid") + 5_000) / 10_000 == 264)
        #expect(tierSpend(plan, "high") == 0)
        #expect(tierSpend(plan, "low") + tierSpend(plan, "mid") == 5_000_000)
    }

    @Test func mediumPriceFavoritismAtTwoHundredThousand() throws {
        let plan = try Fixture.plan(Fixture.tiers(), budget: 20_000_000)
        // D000-43: about $83k / $93k / $24k; the high tier gets two or three single units from the top-up.
        let high = tierSpend(plan, "high")
        #expect([1_600_000, 2_400_000].contains(high))
        // Low stays near $83k; the medium tier takes the rest: $93k with three high units, $101k with two.
        #expect(abs(tierSpend(plan, "low") - 8_300_000) <= 100_000)
        #expect(tierSpend(plan, "mid") >= 9_200_000)
        #expect(tierSpend(plan, "low") + tierSpend(plan, "mid") + high == 20_000_000)
        #expect(plan.firstPass.stopReason == .budgetSpent)
    }

    @Test func mediumPriceFavoritismThreeProductRanking() throws {
        let plan = try Fixture.plan(
            [Fixture.product("low", price: 1_000), Fixture.product("mid", price: 20_000), Fixture.product("high", price: 800_000)],
            budget: 5_000_000)
        let raw = { (id: String) in plan.explanations[id]?.score?.rawAttractiveness ?? -1 }
        #expect(raw("mid") > raw("low"))
        #expect(raw("low") > raw("high"))
    }

    @Test func maxSpendPerProductIsNeverExceeded() throws {
        let plan = try Fixture.plan([Fixture.product("solo", price: 1_000)], budget: 10_000_000)
        #expect(plan.spendByProduct["solo"] == 500_000)
        #expect(plan.retainedCents == 9_500_000)
        #expect(plan.firstPass.stopReason == .noFeasibleRecipient)
    }

    @Test func reallocationWhenTheTopProductRunsOut() throws {
        let products = [Fixture.product("top", price: 2_000, quality: 1)]
            + (0..<29).map { Fixture.product("p\($0)", price: 2_000 + Int64($0), quality: 0.5) }
        let plan = try Fixture.plan(products, budget: 1_000_000)
        let top = try #require(plan.firstPass.orders.first { $0.productId == "top" })
        #expect(plan.firstPass.orders.allSatisfy { $0.quantity * $0.unitPriceCents <= top.plannedSpendCents })
        var ledger = WaveLedger(plan: plan)
        try ledger.record(Execution.results(plan.firstPass) { $0.productId == "top" ? Execution.partial($0, units: 3) : nil })
        let leftover = plan.budgetCents - ledger.spentCents
        #expect(leftover >= top.plannedSpendCents - 3 * top.unitPriceCents)
        let next = try #require(try ledger.nextPass(batchSize: 25, maxReallocationPasses: 3))
        #expect(next.pass == 1)
        #expect(!next.orders.contains { $0.productId == "top" })
        #expect(next.plannedSpendCents <= leftover)
        // Top-up stops once M is below every remaining price (at most $20.28) or below $5.
        #expect(next.plannedSpendCents > leftover - 2_028)
        #expect(next.planHash != plan.firstPass.planHash)
        try ledger.record(Execution.results(next))
        let summary = ledger.summary(flaggedCount: 0)
        #expect(summary.spentCents + summary.retainedCents == 1_000_000)
        #expect(summary.retainedCents < 2_028)
        #expect(summary.passes == 2)
    }

    @Test func priceChangeDuringCommitAbortsAndReallocates() throws {
        let products = (0..<25).map { Fixture.product("p\($0)", price: 5_000 + Int64($0)) }
        let plan = try Fixture.plan(products, budget: 1_000_000)
        var ledger = WaveLedger(plan: plan)
        try ledger.record(Execution.results(plan.firstPass) { $0.productId == "p3" ? Execution.rejected($0, reason: "price_changed") : nil })
        #expect(ledger.executionExclusions == ["p3": "price_changed"])
        let next = try #require(try ledger.nextPass(batchSize: 25, maxReallocationPasses: 3))
        #expect(!next.orders.contains { $0.productId == "p3" })
        #expect(next.plannedSpendCents > 0)
    }

    @Test func largeCatalogReadsOnlyTheCandidateSample() throws {
        let products = (0..<5_000).map { Fixture.product("p\($0)", price: 1_000 + Int64($0 % 977)) }
        let plan = try Fixture.plan(products, budget: 100_000_000)
        #expect(plan.candidateCount == 5_000)
        #expect(plan.eligibleCount == 1_000)
        #expect(plan.explanations.count == 1_000)
        #expect(plan.exclusions.count { $0.reason == .notSampled } == 4_000)
    }
}
