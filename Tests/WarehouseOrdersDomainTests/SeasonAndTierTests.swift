import Testing
import WarehouseOrdersDomain

@Suite struct SeasonScoreTests {
    @Test("D002-23: no scenario → 100 and missingSeasonScenario")
    func missingScenario() {
        let score = SeasonScore(weeks: nil, weekIndex0: 9)
        #expect(score.value == 100 && score.missingScenario && !score.blocks)
    }

    @Test("Seed §1: the week's entry is the score; 0 is the gate (D002-08)")
    func entry() {
        let weeks = (0..<52).map { Double($0) }
        #expect(SeasonScore(weeks: weeks, weekIndex0: 9).value == 9)
        #expect(SeasonScore(weeks: weeks, weekIndex0: 0).blocks)
        #expect(!SeasonScore(weeks: weeks, weekIndex0: 0).missingScenario)
        #expect(!SeasonScore(weeks: [0.5], weekIndex0: 0).blocks)
    }

    @Test("D002-23: index past the end, non-finite entries → 100; others clamp to 0…100")
    func badData() {
        #expect(SeasonScore(weeks: [0, 0], weekIndex0: 2).value == 100)
        #expect(SeasonScore(weeks: [], weekIndex0: 0).value == 100)
        #expect(SeasonScore(weeks: [.nan], weekIndex0: 0).value == 100)
        #expect(SeasonScore(weeks: [-.infinity], weekIndex0: 0).value == 100)
        #expect(SeasonScore(weeks: [140], weekIndex0: 0).value == 100)
        #expect(SeasonScore(weeks: [-3], weekIndex0: 0).value == 0)
        #expect(SeasonScore(weeks: [-3], weekIndex0: 0).blocks)
    }
}

@Suite struct DemandTierTests {
    @Test(
        "D002-13: tier = clamp(floor(level ?? 1), 1, 5)",
        arguments: [
            (nil, 1), (0.0, 1), (0.99, 1), (1.0, 1), (2.999, 2), (3.7, 3), (5.0, 5), (5.5, 5), (99.0, 5), (-4.0, 1),
            (Double.infinity, 5), (-Double.infinity, 1), (Double.nan, 1),
        ] as [(Double?, Int64)])
    func tier(_ level: Double?, _ expected: Int64) {
        #expect(DemandTier.from(salesCountLevel: level) == expected)
    }
}
