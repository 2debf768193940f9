import Foundation
import Money
import PricingDomain
import Testing

/// Fair range (§7, P-10), tiers (§8, P-11), cycle ids (P-04) and configuration.
struct ReferenceValueTests {
    @Test("P-10: bounds are live × (1 ± 0.05) half-up to cents; 0.30 → lower 0.29")
    func fairRangeBounds() throws {
        #expect(try FairRange(around: 30, pct: 500) == FairRange(lower: 29, upper: 32))  // 28.5 → 29, 31.5 → 32
        #expect(try FairRange(around: 10_000, pct: 500) == FairRange(lower: 9_500, upper: 10_500))
        #expect(try FairRange(around: 4_999, pct: 500) == FairRange(lower: 4_749, upper: 5_249))  // 4749.05, 5248.95
        #expect(try FairRange(around: 0, pct: 500) == FairRange(lower: 0, upper: 0))
    }

    @Test(
        "§8 / P-11: tiers by lower bound in cents; 49.99 is tier 1, 50.00 tier 2, 0 tier 1",
        arguments: [
            (0, 300), (4_999, 300), (5_000, 500), (9_999, 500), (10_000, 700), (14_999, 700),
            (15_000, 1_000), (29_999, 1_000), (30_000, 1_500), (49_999, 1_500), (50_000, 2_500), (99_999, 2_500),
            (100_000, 4_000), (199_999, 4_000), (200_000, 7_500), (999_999_999_999, 7_500),
        ] as [(Int64, Int64)])
    func baseStepTiers(price: Int64, step: Int64) {
        #expect(BaseStepTier.baseStep(for: Cents(price)) == Cents(step))
    }

    @Test("P-04: cycle ids are UUIDv5 of the fixed namespace and \"<brickId>:<n>\"")
    func cycleIds() throws {
        #expect(CycleId.derive(brickId: Fixture.brickId, cycleNumber: 1).uuidString.lowercased()
            == "00801d55-f733-51fc-86c7-a7b2d90c7e7d")
        #expect(CycleId.derive(brickId: Fixture.brickId, cycleNumber: 2).uuidString.lowercased()
            == "07628cdf-a567-5660-9a8e-a910c9b57931")
        #expect(try Fixture.state().cycleId == CycleId.derive(brickId: Fixture.brickId, cycleNumber: 1))
    }

    @Test("the standard configuration is Appendix A plus the decisions, and validates")
    func standardConfig() throws {
        let config = try PricingConfig.standard.validated()
        #expect(config.absoluteCap == 8_000 && config.capMin == 0.05 && config.capMax == 0.15)
        #expect(config.freezeDuration == 14 * 86_400 && config.deadBrickAfter == 30 * 86_400)
        #expect(config.dailyCloseHour == 23 && config.dailyCloseMinute == 7)
    }

    @Test("a bad configuration value is refused by name")
    func badConfig() {
        var config = PricingConfig.standard
        config.capMin = 0.2
        #expect(throws: PricingConfigError(key: "capMin", requirement: "≤ capMax")) { try config.validated() }
        config = .standard
        config.fullConfidenceWeightedTotal = 0
        #expect(throws: PricingConfigError(key: "fullConfidenceWeightedTotal", requirement: "a finite weight > 0")) {
            try config.validated()
        }
        config = .standard
        config.freezeFairPct = .nan
        #expect(throws: PricingConfigError(key: "freezeFairPct", requirement: "a ratio in [0, 1]")) {
            try config.validated()
        }
    }
}
