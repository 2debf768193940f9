import Testing
import WavePlanningDomain

@Suite struct LedgerTests {
    private func plan() throws -> WavePlan {
        try Fixture.plan((0..<30).map { Fixture.product("p\($0)", price: 1_000 + Int64($0)) }, budget: 1_000_000)
    }

    @Test func redeliveredResultsHaveNoSecondEffect() throws {
        let plan = try plan()
        var ledger = WaveLedger(plan: plan)
        let results = Execution.results(plan.firstPass)
        try ledger.record(results)
        let once = ledger
        try ledger.record(results)
        #expect(ledger == once)
        let duplicate = results.map {
            ExecutedItem(idempotencyKey: $0.idempotencyKey + "x", productId: $0.productId, status: .duplicate, quantity: $0.quantity,
                         unitPriceCents: $0.unitPriceCents, spentCents: $0.spentCents)
        }
        try ledger.record(duplicate)
        #expect(ledger.spentCents == once.spentCents)
    }

    @Test func badResultsAreTypedErrors() throws {
        var ledger = WaveLedger(plan: try plan())
        #expect(throws: WavePlanningError.unknownProduct("zz")) {
            try ledger.record([ExecutedItem(idempotencyKey: "k", productId: "zz", status: .filled, quantity: 1, unitPriceCents: 1, spentCents: 1)])
        }
        #expect(throws: WavePlanningError.invalidExecutionResult(productId: "p1", reason: "negative quantity, price or spend")) {
            try ledger.record([ExecutedItem(idempotencyKey: "k", productId: "p1", status: .filled, quantity: -1, unitPriceCents: 1, spentCents: 1)])
        }
    }

    @Test func d000_37_atMostThreeReallocationPasses() throws {
        let plan = try Fixture.plan((0..<100).map { Fixture.product("p\($0)", price: 1_000 + Int64($0)) }, budget: 1_000_000)
        var ledger = WaveLedger(plan: plan)
        var pass = plan.firstPass
        var passes = 0
        // Every second order of each pass is rejected, so money is always left for another pass.
        while true {
            let rejected = Set(pass.orders.enumerated().filter { $0.offset % 2 == 1 }.map(\.element.productId))
            try ledger.record(Execution.results(pass) { rejected.contains($0.productId) ? Execution.rejected($0, reason: "no_stock") : nil })
            guard let next = try ledger.nextPass(batchSize: 25, maxReallocationPasses: 3) else { break }
            passes += 1
            #expect(next.pass == passes)
            #expect(!next.orders.contains { rejected.contains($0.productId) })
            pass = next
        }
        #expect(passes == 3)
        let summary = ledger.summary(flaggedCount: 2)
        #expect(summary.passes == 4)
        #expect(summary.stopReason == .reallocationPassesExhausted)
        #expect(summary.retainedCents > 500)
        #expect(summary.spentCents + summary.retainedCents == plan.budgetCents)
        #expect(summary.flaggedCount == 2)
        #expect(summary.perCompany.reduce(0) { $0 + $1.spentCents } == summary.spentCents)
    }

    @Test func d000_36_fullFillsKeepVerifiedPriceAndStock() throws {
        let plan = try plan()
        var ledger = WaveLedger(plan: plan)
        try ledger.record(Execution.results(plan.firstPass) { order in
            var item = Execution.filled(order, price: order.unitPriceCents)
            item.remainingStock = order.productId == "p0" ? 0 : nil
            return item
        })
        let p0 = try #require(ledger.entries.first { $0.productId == "p0" })
        #expect(p0.maxUnits == p0.boughtUnits)
        #expect(!p0.isFrozen)
    }
}

@Suite struct LedgerValidationTests {
    @Test func resultsThatBreakTheBudgetOrArithmeticAreRefused() throws {
        let plan = try Fixture.plan((0..<30).map { Fixture.product("p\($0)", price: 1_000 + Int64($0)) }, budget: 1_000_000)
        var ledger = WaveLedger(plan: plan)
        #expect(throws: WavePlanningError.invalidExecutionResult(productId: "p1", reason: "spent is not quantity × unit price")) {
            try ledger.record([ExecutedItem(idempotencyKey: "k", productId: "p1", status: .filled, quantity: 2, unitPriceCents: 1_001, spentCents: 5)])
        }
        #expect(throws: WavePlanningError.invalidExecutionResult(productId: "p1", reason: "spend exceeds the wave's remaining budget")) {
            try ledger.record([ExecutedItem(idempotencyKey: "k", productId: "p1", status: .filled, quantity: 1_000, unitPriceCents: 1_001,
                                            spentCents: 1_001_000)])
        }
        #expect(ledger.spentCents == 0)
        // A batch with one bad item changes nothing, not even its good items.
        let good = Execution.results(plan.firstPass)
        var bad = good
        bad[bad.count - 1].quantity = -1
        #expect(throws: WavePlanningError.self) { try ledger.record(bad) }
        #expect(ledger == WaveLedger(plan: plan))
        #expect(throws: WavePlanningError.invalidAllocationEntry(productId: "x", reason: "negative weight or bought amount")) {
            try allocateBudget([AllocationEntry(productId: "x", companyId: "c", weight: -1, priceCents: 1, unitCap: 1, spendCapCents: 1)],
                               budgetCents: 10, companyCaps: [:], minSpendCents: 0, applyMinimumThreshold: true)
        }
    }
}
