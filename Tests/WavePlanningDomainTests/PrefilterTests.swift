import Testing
import WavePlanningDomain

@Suite struct PrefilterTests {
    @Test func d000_01_hardCapBoundaryInCents() throws {
        let products = [
            Fixture.product("p49999", price: 4_999_900),
            Fixture.product("p50000", price: 5_000_000),
            Fixture.product("p50000_01", price: 5_000_001),
            Fixture.product("p50001", price: 5_000_100),
        ]
        let plan = try Fixture.plan(products, budget: 100_000_000)
        #expect(plan.exclusion("p49999") != .priceAboveHardCap)
        #expect(plan.exclusion("p50000") != .priceAboveHardCap)
        #expect(plan.exclusion("p50000_01") == .priceAboveHardCap)
        #expect(plan.exclusion("p50001") == .priceAboveHardCap)
        #expect(plan.eligibleCount == 2)
    }

    @Test func d000_02_eachReasonInOrder() throws {
        let products = [
            Fixture.product("orphan", company: "nobody", price: 1_000),
            Fixture.product("inactive", price: 1_000, isActive: false),
            Fixture.product("archived", price: 1_000, isArchived: true),
            Fixture.product("flagged", company: "watched", price: 1_000),
            Fixture.product("self", company: "linked", price: 1_000),
            Fixture.product("refund", company: "refunder", price: 1_000),
            Fixture.product("penalty", price: 1_000, penalty: true),
            Fixture.product("negative", price: -5),
            Fixture.product("zero", price: 0),
            Fixture.product("nostock", price: 1_000, stock: 0),
            Fixture.product("negstock", price: 1_000, stock: -3),
            Fixture.product("fine", price: 1_000),
        ]
        let companies = products.map(\.companyId).filter { !["nobody", "watched", "refunder"].contains($0) }
            .map { Fixture.company($0) }
            + [Fixture.company("watched", flag: .watch), Fixture.company("refunder", refundRate: 0.26)]
        let catalog = WaveCatalog(products: products, companies: companies, buyerLinkedCompanyIds: ["linked"])
        let plan = try WavePlanner.plan(WaveRequest(waveId: "w", budgetCents: 1_000_000, now: Fixture.now), catalog: catalog)
        #expect(plan.exclusion("orphan") == .companyMissing)
        #expect(plan.exclusion("inactive") == .inactive)
        #expect(plan.exclusion("archived") == .inactive)
        #expect(plan.exclusion("flagged") == .companyFlagged)
        #expect(plan.exclusion("self") == .selfSell)
        #expect(plan.exclusion("refund") == .refundFreeze)
        #expect(plan.exclusion("penalty") == .productPenaltyFlag)
        #expect(plan.exclusion("negative") == .priceInvalid)
        #expect(plan.exclusion("zero") == .priceZero)
        #expect(plan.exclusion("nostock") == .outOfStock)
        #expect(plan.exclusion("negstock") == .outOfStock)
        #expect(plan.exclusion("fine") == nil)
        #expect(plan.eligibleCount == 1)
    }

    @Test func d000_02_firstMatchingReasonWins() throws {
        // Inactive, penalised, zero-priced and out of stock at once: only the first reason is reported.
        let product = Fixture.product("multi", price: 0, stock: 0, isActive: false, penalty: true)
        let plan = try Fixture.plan([product], budget: 10_000)
        #expect(plan.exclusions == [Exclusion(productId: "multi", reason: .inactive)])
    }

    @Test func d000_16_refundFreezeOnlyAboveQuarter() throws {
        let products = [Fixture.product("a", company: "at", price: 1_000), Fixture.product("b", company: "above", price: 1_000)]
        let plan = try Fixture.plan(
            products, budget: 1_000_000,
            companies: [Fixture.company("at", refundRate: 0.25), Fixture.company("above", refundRate: 0.2501)])
        #expect(plan.exclusion("a") == nil)
        #expect(plan.exclusion("b") == .refundFreeze)
        #expect(plan.flagged.contains(FlaggedEntity(entityType: .company, entityId: "above", reason: "refund_freeze",
                                                     detail: "refund rate above the freeze threshold")))
    }

    @Test func invalidInputsAreTypedErrors() throws {
        let product = Fixture.product("a", price: 1_000)
        #expect(throws: WavePlanningError.negativeBudget(-1)) { try Fixture.plan([product], budget: -1) }
        #expect(throws: WavePlanningError.emptyWaveId) { try Fixture.plan([product], budget: 1, waveId: "") }
        #expect(throws: WavePlanningError.duplicateProductId("a")) { try Fixture.plan([product, product], budget: 1) }
        var config = WaveConfig()
        config.batchSize = 0
        #expect(throws: WavePlanningError.invalidConfig(field: "batchSize", reason: "must be positive")) {
            try Fixture.plan([product], budget: 1, config: config)
        }
    }
}
