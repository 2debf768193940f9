import Testing
import WavePlanningDomain

@Suite struct AllocationTests {
    private func entry(_ id: String, company: String? = nil, weight: Int64, price: Int64, unitCap: Int64 = 1_000_000,
                       spendCap: Int64 = 1_000_000_000) -> AllocationEntry {
        AllocationEntry(productId: id, companyId: company ?? "c-\(id)", weight: weight, priceCents: price, unitCap: unitCap,
                        spendCapCents: spendCap)
    }

    private func caps(_ entries: [AllocationEntry], _ cap: Int64 = 1_000_000_000) -> [String: Int64] {
        Dictionary(entries.map { ($0.companyId, cap) }, uniquingKeysWith: { a, _ in a })
    }

    private func spend(_ outcome: AllocationOutcome) -> [String: Int64] {
        Dictionary(uniqueKeysWithValues: outcome.entries.indices.map { (outcome.entries[$0].productId, outcome.spendCents[$0]) })
    }

    @Test func d000_24_decisionExampleDropsTenOfThirty() throws {
        // B = $50, 30 equal $0.50 products, maxSpend = $2.50 = minSpendEff: 10 drop, 20 get $2.50 each.
        let entries = (0..<30).map { entry("p" + ($0 < 10 ? "0\($0)" : "\($0)"), weight: 1_000, price: 50, spendCap: 250) }
        let outcome = try allocateBudget(entries, budgetCents: 5_000, companyCaps: caps(entries), minSpendCents: 250,
                                         applyMinimumThreshold: true)
        #expect(outcome.dropped == (20..<30).reversed().map { "p\($0)" })
        let spends = spend(outcome)
        #expect((0..<20).allSatisfy { spends["p" + ($0 < 10 ? "0\($0)" : "\($0)")] == 250 })
        #expect(outcome.spentCents == 5_000)
        #expect(outcome.stopReason == .budgetSpent)
    }

    @Test func d000_24_thresholdIsSkippedForReallocation() throws {
        let entries = (0..<30).map { entry("p\($0 + 10)", weight: 1_000, price: 50, spendCap: 250) }
        let outcome = try allocateBudget(entries, budgetCents: 5_000, companyCaps: caps(entries), minSpendCents: 250,
                                         applyMinimumThreshold: false)
        // 30 × floor(166 / 50) units = $45.00; top-up buys 6 more units while M ≥ 250: $48.00, $2.00 retained.
        #expect(outcome.dropped.isEmpty)
        #expect(outcome.spentCents == 4_800)
        #expect(outcome.stopReason == .tinyLeftover)
    }

    @Test func d000_28_companyCapExcessGoesToOthers() throws {
        let entries = [entry("a1", company: "A", weight: 100, price: 1), entry("a2", company: "A", weight: 100, price: 1),
                       entry("a3", company: "A", weight: 100, price: 1), entry("b", company: "B", weight: 100, price: 1),
                       entry("c", company: "C", weight: 100, price: 1)]
        let outcome = try allocateBudget(entries, budgetCents: 10_000, companyCaps: ["A": 3_000, "B": 10_000, "C": 10_000],
                                         minSpendCents: 500, applyMinimumThreshold: false)
        // Round 1: 2,000 each, A stops at its 3,000 cap; round 2 splits the 3,000 left between B and C.
        #expect(spend(outcome) == ["a1": 2_000, "a2": 1_000, "a3": 0, "b": 3_500, "c": 3_500])
        let bSteps = outcome.steps[outcome.entries.firstIndex { $0.productId == "b" } ?? 0]
        #expect(bSteps.prefix(2) == [.entitlement(round: 1, shareCents: 2_000, roomCents: 10_000, grantedCents: 2_000),
                                     .entitlement(round: 2, shareCents: 1_500, roomCents: 8_000, grantedCents: 1_500)])
    }

    @Test func d000_29_topUpByLargestCreditRatio() throws {
        // Targets 1,100 and 550 at $3.00: A 3 units (credit 200), B 1 unit (credit 250), M = 450.
        // B's ratio 250/300 beats A's 200/300 although A comes first canonically.
        let entries = [entry("a", weight: 2, price: 300), entry("b", weight: 1, price: 300)]
        let outcome = try allocateBudget(entries, budgetCents: 1_650, companyCaps: caps(entries), minSpendCents: 100,
                                         applyMinimumThreshold: false)
        #expect(spend(outcome) == ["a": 900, "b": 600])
        #expect(outcome.leftoverCents == 150)
        #expect(outcome.stopReason == .noFeasibleRecipient)
        #expect(outcome.steps[1].last == .toppedUp(pass: 1, unitPriceCents: 300))
    }

    @Test func d000_29_topUpRepeatsPasses() throws {
        let entries = [entry("a", weight: 3, price: 400), entry("b", weight: 1, price: 400)]
        let outcome = try allocateBudget(entries, budgetCents: 1_000, companyCaps: caps(entries), minSpendCents: 100,
                                         applyMinimumThreshold: false)
        #expect(outcome.steps[0] == [.entitlement(round: 1, shareCents: 750, roomCents: 400_000_000, grantedCents: 750),
                                     .converted(units: 1, spendCents: 400, creditCents: 350), .toppedUp(pass: 1, unitPriceCents: 400)])
        #expect(spend(outcome) == ["a": 800, "b": 0])
    }

    @Test func d000_23_canonicalOrderBreaksTies() throws {
        let entries = [entry("b", weight: 7, price: 1), entry("a", weight: 7, price: 1)]
        let outcome = try allocateBudget(entries, budgetCents: 3, companyCaps: caps(entries), minSpendCents: 0,
                                         applyMinimumThreshold: false)
        #expect(outcome.entries.map(\.productId) == ["a", "b"])
        #expect(spend(outcome) == ["a": 2, "b": 1])
    }

    @Test func d000_27_zeroWeightNeverReceivesMoney() throws {
        let entries = [entry("z", weight: 0, price: 1), entry("w", weight: 1, price: 1)]
        let outcome = try allocateBudget(entries, budgetCents: 100, companyCaps: caps(entries), minSpendCents: 0,
                                         applyMinimumThreshold: true)
        #expect(spend(outcome) == ["z": 0, "w": 100])
    }

    @Test func d000_32_tinyLeftoverIsRetained() throws {
        let tiny = try allocateBudget([entry("p", weight: 1, price: 1_000)], budgetCents: 10_499, companyCaps: ["c-p": 1_000_000],
                                      minSpendCents: 500, applyMinimumThreshold: true)
        #expect(tiny.spentCents == 10_000 && tiny.leftoverCents == 499 && tiny.stopReason == .tinyLeftover)
        let stuck = try allocateBudget([entry("p", weight: 1, price: 1_000)], budgetCents: 10_500, companyCaps: ["c-p": 1_000_000],
                                       minSpendCents: 500, applyMinimumThreshold: true)
        #expect(stuck.leftoverCents == 500 && stuck.stopReason == .noFeasibleRecipient)
        let exact = try allocateBudget([entry("p", weight: 1, price: 1_000)], budgetCents: 10_000, companyCaps: ["c-p": 1_000_000],
                                       minSpendCents: 500, applyMinimumThreshold: true)
        #expect(exact.leftoverCents == 0 && exact.stopReason == .budgetSpent)
    }

    @Test func negativeBudgetIsATypedError() {
        #expect(throws: WavePlanningError.negativeBudget(-5)) {
            try allocateBudget([], budgetCents: -5, companyCaps: [:], minSpendCents: 0, applyMinimumThreshold: true)
        }
    }

    @Test func d000_25_26_spendCapsInCents() throws {
        let product = [Fixture.product("p", price: 100)]
        #expect(try Fixture.plan(product, budget: 100_000_000).spendCaps.maxSpendCents == 2_500_000)
        #expect(try Fixture.plan(product, budget: 10_000_000).spendCaps.maxSpendCents == 500_000)
        let small = try Fixture.plan(product, budget: 5_000).spendCaps
        #expect(small.maxSpendCents == 250 && small.minSpendCents == 250)
        #expect(try Fixture.plan(product, budget: 10_000_000).spendCaps.minSpendCents == 500)
    }

    @Test func d000_30_unitCapBoundsOneCentProducts() throws {
        let plan = try Fixture.plan([Fixture.product("cent", price: 1)], budget: 10_000_000)
        #expect(plan.firstPass.orders.map(\.quantity) == [1_000])
        #expect(plan.spendByProduct["cent"] == 1_000)
        let capped = try Fixture.plan([Fixture.product("cent", price: 1, maxPerOrder: 7)], budget: 10_000_000)
        #expect(capped.firstPass.orders.map(\.quantity) == [7])
    }

    @Test func d000_31_companyCapUsesSellerBalance() throws {
        let products = (0..<10).map { Fixture.product("p\($0)", company: "poor", price: 100, category: "k\($0)") }
            + (0..<30).map { Fixture.product("o\($0)", price: 100) }
        let plan = try Fixture.plan(products, budget: 1_000_000, companies: [Fixture.company("poor", balance: 60_000)])
        #expect(plan.companyCaps["poor"] == 30_000)
        // The cap binds: the company's entitlement is cut to 30,000 and top-up never passes it.
        let poorSpend = plan.spendByCompany["poor"] ?? 0
        #expect(poorSpend <= 30_000 && poorSpend >= 29_000)
        var config = WaveConfig()
        config.companyBalanceShare = nil
        let off = try Fixture.plan(products, budget: 1_000_000, companies: [Fixture.company("poor", balance: 60_000)], config: config)
        #expect(off.companyCaps["poor"] == 100_000)
        let broke = try Fixture.plan(products, budget: 1_000_000, companies: [Fixture.company("poor", balance: -5)])
        #expect(broke.exclusion("p0") == .priceAboveCompanyCap)
        #expect(broke.spendByCompany["poor"] == nil)
    }

    @Test func d000_33_itemAboveMaxSpendIsEligibleButUnbuyable() throws {
        let products = [Fixture.product("pricey", price: 800_000)] + (0..<30).map { Fixture.product("o\($0)", price: 20_000) }
        let plan = try Fixture.plan(products, budget: 10_000_000)
        #expect(plan.exclusion("pricey") == .noAffordableUnit)
        #expect(plan.eligibleCount == 31)
    }
}
