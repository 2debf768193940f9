import Foundation
import Money
import PricingDomain
import Testing

/// B.2 steps 4–10 one at a time: counters, sentiment, C, R, eligibility, direction, no-move.
struct SignalStepTests {
    let config = Fixture.config

    @Test("step 4 (§13, P-15): the vote's weight goes to its counter and to since-last-move; total is the sum")
    func step4Counters() {
        var counters = WeightedCounters.zero
        counters.add(1.25, as: .over)
        counters.add(0.5, as: .under)
        counters.add(0.75, as: .fair)
        #expect(counters == WeightedCounters(under: 0.5, fair: 0.75, over: 1.25, total: 2.5, sinceLastMove: 2.5))
    }

    @Test("step 5 (§10): shares are counter / total, all 0 when the total is 0")
    func step5Sentiment() {
        let counters = WeightedCounters(under: 1, fair: 2, over: 5, total: 8, sinceLastMove: 0)
        #expect(Sentiment(counters) == Sentiment(pUnder: 0.125, pFair: 0.25, pOver: 0.625))
        #expect(Sentiment(.zero) == Sentiment(pUnder: 0, pFair: 0, pOver: 0))
    }

    @Test("steps 6–7 (§11, §12, P-21): C = R = min(1, total / 50)")
    func steps6and7Confidence() {
        #expect(PricingConfidence.confidence(weightedTotal: 10, config: config) == 0.2)
        #expect(PricingConfidence.confidence(weightedTotal: 75, config: config) == 1)
        #expect(PricingConfidence.reliability(weightedTotal: 25, config: config) == 0.5)
    }

    @Test("step 8 (§14): total ≥ 5, since-last-move ≥ 5 and not frozen, all required")
    func step8Eligibility() {
        let ready = WeightedCounters(under: 0, fair: 0, over: 5, total: 5, sinceLastMove: 5)
        #expect(MovementEligibility.isEligible(ready, frozen: false, config: config))
        #expect(!MovementEligibility.isEligible(ready, frozen: true, config: config))
        let smallBatch = WeightedCounters(under: 0, fair: 0, over: 9, total: 9, sinceLastMove: 4.99)
        #expect(!MovementEligibility.isEligible(smallBatch, frozen: false, config: config))
        let smallTotal = WeightedCounters(under: 0, fair: 0, over: 4.99, total: 4.99, sinceLastMove: 4.99)
        #expect(!MovementEligibility.isEligible(smallTotal, frozen: false, config: config))
    }

    @Test("step 9 (§10): OVER > UNDER is UP, UNDER > OVER is DOWN, a tie has no direction; FAIR never leads")
    func step9Direction() {
        #expect(Sentiment(pUnder: 0.2, pFair: 0.7, pOver: 0.1).dominantDirection == .down)
        #expect(Sentiment(pUnder: 0.1, pFair: 0.8, pOver: 0.1000001).dominantDirection == .up)
        #expect(Sentiment(pUnder: 0.4, pFair: 0.2, pOver: 0.4).dominantDirection == nil)
        #expect(Sentiment(pUnder: 0, pFair: 1, pOver: 0).dominantDirection == nil)
        #expect(Sentiment(pUnder: 0.3, pFair: 0.5, pOver: 0.2).dominantPct == 0.3)
    }

    @Test("steps 4–10 through the aggregator: four votes update the signal only")
    func step10SignalOnlyBelowThreshold() throws {
        let (state, results) = try Fixture.applyVotes(.over, users: 1...4, to: try Fixture.state(), start: 60)
        #expect(results.allSatisfy { $0.outcomes.isEmpty && $0.sizing == nil && $0.disposition == .applied })
        #expect(state.livePrice == 10_000)
        #expect(state.counters == WeightedCounters(under: 0, fair: 0, over: 4, total: 4, sinceLastMove: 4))
        #expect(state.sentiment == Sentiment(pUnder: 0, pFair: 0, pOver: 1))
        #expect(state.pricingConfidence == 0.08 && state.reliabilityScore == 0.08)
        #expect(state.appliedBrickSeq == 4 && state.lastVoteEventId == 1_004)
        #expect(state.participation.uniqueVoters == 4)
    }

    @Test("step 10: an eligible tie does not move and keeps since-last-move accumulating")
    func step10TieDoesNotMove() throws {
        var state = try Fixture.state()
        // OVER and UNDER balance before the total reaches 5; from then on every vote is eligible.
        for (index, type) in [VoteType.over, .under, .fair, .fair, .fair, .fair, .fair].enumerated() {
            let vote = try Fixture.vote(type, on: state, user: index + 1, at: Fixture.time(Double(index) * 90))
            state = try PriceAggregator.apply(vote, to: state, config: config).state
        }
        #expect(state.livePrice == 10_000)
        #expect(state.counters.sinceLastMove == 7)
        #expect(state.sentiment.dominantDirection == nil)
    }

    @Test("P-19: unique voters count verified users once, weight 0 included, unverified never")
    func uniqueVoters() throws {
        var state = try Fixture.state()
        let votes: [(Int, Double, Bool)] = [(1, 1, true), (1, 1, true), (2, 0, true), (3, 0, false), (4, 1, false)]
        for (index, (user, weight, verified)) in votes.enumerated() {
            let vote = try Fixture.vote(
                .fair, on: state, user: user, at: Fixture.time(Double(index)), weight: weight, verified: verified)
            state = try PriceAggregator.apply(vote, to: state, config: config).state
        }
        #expect(state.participation.uniqueVoters == 2)
        #expect(state.participation.recentVotes.count == 5)
        #expect(state.counters.total == 3)
    }
}
