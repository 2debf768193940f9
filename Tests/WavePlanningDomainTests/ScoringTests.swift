import Foundation
import Money
import Testing
import WavePlanningDomain

@Suite struct ScoringTests {
    private func score(_ plan: WavePlan, _ id: String) throws -> ScoreBreakdown {
        try #require(plan.explanations[id]?.score)
    }

    @Test func d000_43_tierAttractivenessMatchesDecision() throws {
        let plan = try Fixture.plan(Fixture.tiers(), budget: 5_000_000)
        let low = try score(plan, "low-0"), mid = try score(plan, "mid-0"), high = try score(plan, "high-0")
        #expect(abs(low.rawAttractiveness - 0.529) < 0.001)
        #expect(abs(mid.rawAttractiveness - 0.594) < 0.001)
        #expect(abs(high.rawAttractiveness - 0.163) < 0.001)
        // D000-06 by hand for the medium tier: (0.40·0.8 + 0.20·pp + 0 + 0.10·0.5 + 0.05·recency) / 0.95.
        let expected = (0.40 * 0.8 + 0.20 * mid.pricePreference + 0.20 * 0 + 0.10 * 0.5 + 0.05 * mid.recency) / 0.95
        #expect(abs(mid.base - expected) < 1e-12)
        #expect(abs(mid.recency - exp(-log(2.0) * 30 / 14)) < 1e-12)
    }

    @Test func d000_06_baseIsNormalisedToOne() throws {
        // Quality 1, reputation 1, top seller, brand new, alone (z = 0 → pp = exp(-0.04/1.62)).
        var config = WaveConfig()
        config.newProductHoldSeconds = 0
        let plan = try Fixture.plan(
            [Fixture.product("p", company: "c", price: 1_000, quality: 1, age: 0, sales: 5)], budget: 100_000,
            companies: [Fixture.company("c", reputation: 1)], config: config)
        let s = try score(plan, "p")
        let pp = exp(-0.04 / 1.62)
        #expect(abs(s.pricePreference - pp) < 1e-12)
        #expect(abs(s.base - (0.40 + 0.20 * pp + 0.20 + 0.10 + 0.05) / 0.95) < 1e-12)
        #expect(s.base <= 1)
    }

    @Test func d000_10_stdFloorForNearlyEqualPrices() throws {
        let plan = try Fixture.plan(
            [Fixture.product("a", price: 1_000), Fixture.product("b", price: 1_001)], budget: 100_000)
        let a = try score(plan, "a"), b = try score(plan, "b")
        // std ≈ 0.0005 is floored at 0.5, so the z-scores stay within ±0.001.
        #expect(abs(a.priceZ) < 0.001 && abs(b.priceZ) < 0.001)
        #expect(plan.priceSummary.stdLogPrice < 0.5)
    }

    @Test func d000_12_unitPricePenaltyValues() throws {
        let prices: [(Int64, Double)] = [(20_000, 0.979), (500_000, 0.5), (800_000, 0.363), (4_999_900, 0.059)]
        let plan = try Fixture.plan(prices.map { Fixture.product("p\($0.0)", price: $0.0) }, budget: 100_000_000)
        for (price, expected) in prices {
            #expect(abs(try score(plan, "p\(price)").unitPricePenalty - expected) < 0.0005)
        }
    }

    @Test func d000_13_demandIsLogNormalised() throws {
        let plan = try Fixture.plan(
            [Fixture.product("none", price: 1_000), Fixture.product("nine", price: 1_000, sales: 9),
             Fixture.product("top", price: 1_000, sales: 99)], budget: 100_000)
        #expect(try score(plan, "none").demand == 0)
        #expect(abs(try score(plan, "nine").demand - 0.5) < 1e-12)
        #expect(try score(plan, "top").demand == 1)
    }

    @Test func d000_13_noSalesAnywhereMeansZeroDemand() throws {
        let plan = try Fixture.plan([Fixture.product("a", price: 1_000)], budget: 100_000)
        #expect(try score(plan, "a").demand == 0)
    }

    @Test func d000_14_recencyHalfLifeIsFourteenDays() throws {
        let plan = try Fixture.plan(
            [Fixture.product("old", price: 1_000, age: 14 * Fixture.day),
             Fixture.product("future", price: 1_000, age: -Fixture.day)], budget: 100_000)
        #expect(abs(try score(plan, "old").recency - 0.5) < 1e-12)
        #expect(try score(plan, "future").recency == 1)
    }

    @Test func d000_15_companyScoreReductionsAndClamp() throws {
        let products = [
            Fixture.product("r", company: "refunds", price: 1_000),
            Fixture.product("h", company: "high", price: 1_000),
            Fixture.product("n", company: "null", price: 1_000),
        ]
        let plan = try Fixture.plan(products, budget: 100_000, companies: [
            Fixture.company("refunds", reputation: 0.8, refundRate: 0.11),
            Fixture.company("high", reputation: 1.7),
            Fixture.company("null", reputation: nil),
        ])
        #expect(abs(try score(plan, "r").company - 0.4) < 1e-12)
        #expect(try score(plan, "h").company == 1)
        #expect(try score(plan, "n").company == 0)
    }

    @Test func d000_07_qualityIsClamped() throws {
        let plan = try Fixture.plan(
            [Fixture.product("hi", price: 1_000, quality: 3), Fixture.product("lo", price: 1_000, quality: -1),
             Fixture.product("nil", price: 1_000, quality: nil)], budget: 100_000)
        #expect(try score(plan, "hi").quality == 1)
        #expect(try score(plan, "lo").quality == 0)
        #expect(try score(plan, "nil").quality == 0)
    }

    @Test func d000_22_jitterAndIntegerWeight() throws {
        var config = WaveConfig()
        config.seed = "ab-seed"
        let plan = try Fixture.plan(Fixture.tiers(perTier: 3), budget: 1_000_000, config: config)
        for (id, explanation) in plan.explanations {
            let s = try #require(explanation.score)
            #expect(s.jitterUnit == seededUnit("ab-seed:\(id):jitter"))
            let expected = min(max(s.rawAttractiveness * (1 + 0.02 * (2 * s.jitterUnit - 1)), 0), 1)
            #expect(s.attractiveness == expected)
            #expect(s.weight == Int64(roundHalfUp(s.attractiveness * 1_000_000)))
        }
    }
}
