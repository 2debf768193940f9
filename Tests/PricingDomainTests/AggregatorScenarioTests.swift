import Foundation
import Money
import PricingDomain
import Testing

/// Whole B.2 runs with hand-computed prices: a $100 brick and one-weight OVER votes two minutes apart.
struct AggregatorScenarioTests {
    let config = Fixture.config

    @Test("steps 8–19: the 5th OVER vote moves 100.00 → 112.00 from the anchor 105.00 by $7")
    func firstMove() throws {
        let (state, results) = try Fixture.applyVotes(.over, users: 1...5, to: try Fixture.state(), start: 60)
        // C 0.1, raw 7 × 1.2 = 8.4, early 7.875, dynamic 0.06 × 105 = 6.3 → clamp ≥ 7 → $7.
        let fifth = try #require(results.last)
        let move = try #require(fifth.outcomes.moves.first)
        #expect(move.from == 10_000 && move.to == 11_200 && move.anchor == 10_500 && move.finalStep == 700)
        #expect(move.direction == .up && move.causedByVoteEventId == 1_005 && move.cycleId == state.cycleId)
        #expect(fifth.outcomes.count == 1)
        #expect(state.livePrice == 11_200 && state.momentumScore == 1)
        #expect(state.counters.sinceLastMove == 0 && state.counters.total == 5)
        #expect(state.lastPriceUpdate == Fixture.time(60 + 4 * 120))
    }

    @Test("§21, P-20: 15 OVER votes move 100 → 112 → 125.60 → 141.88 and the 15th resets the cycle (15 voters)")
    func threeMovesAndReset() throws {
        let (state, results) = try Fixture.applyVotes(.over, users: 1...15, to: try Fixture.state(), start: 60)
        let moves = results.flatMap(\.outcomes).moves
        // Vote 10: anchor 117.60, raw 9.8, early 8.75, dynamic 0.07 × 117.6 = 8.232 → $8.
        // Vote 15: anchor 131.88, raw 11.2, early 9.625, catch-up 26.376 → 9.625 → $10.
        #expect(moves.map(\.to) == [11_200, 12_560, 14_188])
        #expect(moves.map(\.finalStep) == [700, 800, 1_000])
        #expect(results[14].sizing?.catchUpActive == true)
        let reset = try #require(results[14].outcomes.cycleChanges.first)
        #expect(reset.closedCycleNumber == 1 && reset.newCycleNumber == 2)
        #expect(reset.closedCycleStartPrice == 10_000 && reset.closedCycleEndPrice == 14_188)
        #expect(reset.direction == .up && reset.cause == .qualifiedMove)
        #expect(reset.newCycleId == CycleId.derive(brickId: Fixture.brickId, cycleNumber: 2))
        // P-20: everything cycle-scoped cleared; momentum 2 decays to 1.
        #expect(state.cycleNumber == 2 && state.cycleStartPrice == 14_188)
        #expect(state.counters == .zero && state.sentiment == .zero)
        #expect(state.pricingConfidence == 0 && state.reliabilityScore == 0)
        #expect(state.participation == .empty && state.momentumScore == 1)
    }

    @Test("§21: a ≥ 7 % move alone does not reset without weight 20 or 15 voters")
    func noResetWithoutVolume() throws {
        let (state, results) = try Fixture.applyVotes(.over, users: 1...14, to: try Fixture.state(), start: 60)
        #expect(results.flatMap(\.outcomes).cycleChanges.isEmpty)
        #expect(state.cycleNumber == 1 && state.livePrice == 12_560)
    }

    @Test("P-20: the 7 % test is exact in cents — 107.00 from 100.00 qualifies, 106.99 does not")
    func resetThresholdExact() {
        #expect(CycleReset.isDue(livePrice: 10_700, cycleStartPrice: 10_000, weightedTotal: 20, uniqueVoters: 0, config: config))
        #expect(!CycleReset.isDue(livePrice: 10_699, cycleStartPrice: 10_000, weightedTotal: 20, uniqueVoters: 0, config: config))
        #expect(CycleReset.isDue(livePrice: 9_300, cycleStartPrice: 10_000, weightedTotal: 0, uniqueVoters: 15, config: config))
        #expect(!CycleReset.isDue(livePrice: 9_300, cycleStartPrice: 10_000, weightedTotal: 19.9, uniqueVoters: 14, config: config))
        #expect(!CycleReset.isDue(livePrice: 0, cycleStartPrice: 0, weightedTotal: 50, uniqueVoters: 50, config: config))
    }

    @Test("§19, P-17: against momentum +2 a DOWN batch is absorbed twice, then moves; momentum −1")
    func momentumAbsorbsReversal() throws {
        var state = try Fixture.state()
        state.momentumScore = 2
        var absorbed: [Bool] = []
        var prices: [Cents] = []
        for batch in 0..<3 {
            let start = Double(batch) * 5 * 120
            let run = try Fixture.applyVotes(.under, users: 1...5, to: state, start: start)
            state = run.state
            absorbed.append(run.results.last?.momentumAbsorbed ?? false)
            prices.append(state.livePrice)
            #expect(state.counters.sinceLastMove == 0)
        }
        #expect(absorbed == [true, true, false])
        // Third batch: total 15, 5 voters (no catch-up), anchor 95.00, raw 11.2, early 9.625,
        // dynamic 0.08 × 95 = 7.6 → $8; 13 % down but too little volume to reset.
        #expect(prices == [10_000, 10_000, 8_700])
        #expect(state.momentumScore == -1)
    }

    @Test("§19: momentum moves one per move and stays within [−2, 2]; decays one toward 0")
    func momentumUnit() {
        #expect(MomentumBuffer.apply(.up, to: 2, config: config) == .init(score: 2, moves: true))
        #expect(MomentumBuffer.apply(.down, to: -2, config: config) == .init(score: -2, moves: true))
        #expect(MomentumBuffer.apply(.down, to: 0, config: config) == .init(score: -1, moves: true))
        #expect(MomentumBuffer.apply(.up, to: -1, config: config) == .init(score: 0, moves: false))
        #expect(MomentumBuffer.decayed(-2, config: config) == -1)
        #expect(MomentumBuffer.decayed(0, config: config) == 0)
    }

    @Test("P-21: C reaching 0.8 records price, weighted total and vote time")
    func highConfidenceMark() throws {
        var state = try Fixture.state()
        state.counters = WeightedCounters(under: 19, fair: 0, over: 20, total: 39, sinceLastMove: 0)
        let at = Fixture.time(500)
        let vote = try Fixture.vote(.fair, on: state, user: 1, at: at)
        let result = try PriceAggregator.apply(vote, to: state, config: config)
        #expect(result.state.pricingConfidence == 0.8)
        #expect(result.state.lastHighConfidence == HighConfidenceMark(price: 10_000, weightedTotal: 40, at: at))
        #expect(result.outcomes.isEmpty)
        let below = try PriceAggregator.apply(
            try Fixture.vote(.fair, on: try Fixture.state(), user: 1, at: at), to: try Fixture.state(), config: config)
        #expect(below.state.lastHighConfidence == nil)
    }
}
