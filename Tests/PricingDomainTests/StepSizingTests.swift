import Foundation
import Money
import PricingDomain
import Testing

/// B.2 steps 11–17, each on its own, with hand-computed dollars.
struct StepSizingTests {
    let config = Fixture.config

    /// A vote whose logged fair range and base step differ from anything the state would give,
    /// so the tests prove steps 11 and 12 read the vote.
    func vote(lower: Cents, upper: Cents, baseStep: Cents) throws -> RecordedVote {
        var vote = try Fixture.vote(.over, on: try Fixture.state(), user: 1, at: Fixture.listedAt)
        vote.fairRange = FairRange(lower: lower, upper: upper)
        vote.baseStepAtVote = baseStep
        return vote
    }

    /// `voters` verified voters, `spacing` seconds apart, each from its own ip unless `sharedIp`.
    func participation(voters: Int, spacing: TimeInterval, sharedIp: String?) throws -> CycleParticipation {
        var participation = CycleParticipation.empty
        let state = try Fixture.state()
        for user in stride(from: 1, through: voters, by: 1) {
            let vote = try Fixture.vote(.over, on: state, user: user, at: Fixture.time(Double(user) * spacing), ip: sharedIp)
            participation.record(vote, windowSize: config.clusterWindowSize)
        }
        return participation
    }

    func size(
        _ vote: RecordedVote, _ direction: MoveDirection, counters: WeightedCounters, voters: Int = 0,
        spacing: TimeInterval = 120, sharedIp: String? = nil
    ) throws -> StepSizing {
        try StepSizing.size(
            vote: vote, direction: direction, counters: counters, sentiment: Sentiment(counters),
            confidence: PricingConfidence.confidence(weightedTotal: counters.total, config: config),
            participation: participation(voters: voters, spacing: spacing, sharedIp: sharedIp), config: config)
    }

    @Test("steps 11–12 (§15): UP anchors at the vote's upper bound, DOWN at its lower; base step from the vote")
    func anchorAndBaseStepFromVote() throws {
        let vote = try vote(lower: 20_000, upper: 22_000, baseStep: 1_000)
        let up = WeightedCounters(under: 0, fair: 0, over: 5, total: 5, sinceLastMove: 5)
        let sizingUp = try size(vote, .up, counters: up)
        #expect(sizingUp.anchor == 22_000 && sizingUp.baseStep == 1_000)
        // raw 10 × 1.2 = 12; early 10 × 1.125 = 11.25; dynamic 0.06 × 220 = 13.2 → 11.25 → $11.
        #expect(sizingUp.finalStep == 1_100 && sizingUp.targetPrice == 23_100)
        let down = WeightedCounters(under: 5, fair: 0, over: 0, total: 5, sinceLastMove: 5)
        let sizingDown = try size(vote, .down, counters: down)
        // dynamic 0.06 × 200 = 12 > early 11.25 → $11 below 200.00.
        #expect(sizingDown.anchor == 20_000 && sizingDown.targetPrice == 18_900)
    }

    @Test("step 13 (§16): intensity = max(p_under, p_over) × C and raw = base × (1 + 2 × intensity)")
    func step13Intensity() {
        let sentiment = Sentiment(pUnder: 0.25, pFair: 0.25, pOver: 0.5)
        #expect(RawStep.intensity(sentiment, confidence: 0.5) == 0.25)
        #expect(RawStep.rawStep(baseStep: 7, intensity: 0.25) == 10.5)
        #expect(RawStep.rawStep(baseStep: 7, intensity: 1) == 21)
    }

    @Test("step 14 (§17): base × clamp(1 + 0.5 × total / 20, 1, 1.5) while total < 20, none from 20")
    func step14EarlyCap() {
        #expect(EarlyAntiBrigadeCap.maxStep(baseStep: 40, weightedTotal: 0, config: config) == 40)
        #expect(EarlyAntiBrigadeCap.maxStep(baseStep: 40, weightedTotal: 10, config: config) == 50)
        #expect(EarlyAntiBrigadeCap.maxStep(baseStep: 40, weightedTotal: 15, config: config) == 55)
        #expect(EarlyAntiBrigadeCap.maxStep(baseStep: 40, weightedTotal: 19.9, config: config).map { abs($0 - 59.9) < 1e-9 } == true)
        #expect(EarlyAntiBrigadeCap.maxStep(baseStep: 40, weightedTotal: 19.99, config: config) == 40 * (1 + 0.5 * (19.99 / 20)))
        #expect(EarlyAntiBrigadeCap.maxStep(baseStep: 40, weightedTotal: 20, config: config) == nil)
    }

    @Test("step 14 binds: $1000 brick, total 15 → raw 64, early 55, dynamic 80 → $55")
    func step14EarlyCapBinds() throws {
        let vote = try vote(lower: 95_000, upper: 105_000, baseStep: 4_000)
        let counters = WeightedCounters(under: 0, fair: 0, over: 15, total: 15, sinceLastMove: 5)
        let sizing = try size(vote, .up, counters: counters)
        #expect(abs(sizing.rawStep - 64) < 1e-9)
        #expect(sizing.earlyMaxStep == 55)
        #expect(sizing.dynamicMaxStep == 80)  // min(0.08 × 1050 = 84, 80)
        #expect(sizing.finalStep == 5_500 && sizing.targetPrice == 110_500)
    }

    @Test("step 15 (§18.1, P-12): (0.05 + 0.10 × C) × anchor, never above $80")
    func step15DynamicCap() {
        #expect(abs(DynamicCap.maxStep(anchor: 117.6, confidence: 0.2, config: config) - 8.232) < 1e-12)
        #expect(DynamicCap.maxStep(anchor: 2_100, confidence: 1, config: config) == 80)
        #expect(DynamicCap.maxStep(anchor: 100, confidence: 0, config: config) == 5)
    }

    @Test("step 16 (§18.2, P-14): catch-up needs total ≥ 15, ≥ 12 voters, share ≥ 0.60, no clustering")
    func step16CatchUpConditions() {
        #expect(CatchUpCap.isActive(weightedTotal: 15, uniqueVoters: 12, dominantPct: 0.6, clustered: false, config: config))
        #expect(!CatchUpCap.isActive(weightedTotal: 14.9, uniqueVoters: 12, dominantPct: 0.6, clustered: false, config: config))
        #expect(!CatchUpCap.isActive(weightedTotal: 15, uniqueVoters: 11, dominantPct: 0.6, clustered: false, config: config))
        #expect(!CatchUpCap.isActive(weightedTotal: 15, uniqueVoters: 12, dominantPct: 0.59, clustered: false, config: config))
        #expect(!CatchUpCap.isActive(weightedTotal: 15, uniqueVoters: 12, dominantPct: 0.6, clustered: true, config: config))
        #expect(CatchUpCap.maxStep(anchor: 105, config: config) == 21)
        #expect(CatchUpCap.maxStep(anchor: 2_100, config: config) == 80)
    }

    @Test("step 16 (P-14): catch-up replaces the dynamic cap — total 25, 20 voters, 80 % OVER: $13 not $11")
    func step16CatchUpReplacesDynamicCap() throws {
        let vote = try vote(lower: 9_500, upper: 10_500, baseStep: 700)
        let counters = WeightedCounters(under: 5, fair: 0, over: 20, total: 25, sinceLastMove: 5)
        // intensity 0.8 × 0.5 = 0.4, raw 7 × 1.8 = 12.6; dynamic 0.10 × 105 = 10.5; catch-up 21.
        let spread = try size(vote, .up, counters: counters, voters: 20, spacing: 120)
        #expect(spread.catchUpActive && !spread.clustered && spread.earlyMaxStep == nil)
        #expect(abs(spread.maxStep - 21) < 1e-9 && spread.finalStep == 1_300)
        let bunched = try size(vote, .up, counters: counters, voters: 20, spacing: 1, sharedIp: "one-ip")
        #expect(bunched.clustered && !bunched.catchUpActive)
        #expect(bunched.finalStep == 1_100)  // 10.5 rounds half-up to 11 (P-11)
    }

    @Test("step 16 (P-14): the early cap still applies under catch-up — total 16: 9.8 → $10")
    func step16EarlyCapStillApplies() throws {
        let vote = try vote(lower: 9_500, upper: 10_500, baseStep: 700)
        let counters = WeightedCounters(under: 4, fair: 0, over: 12, total: 16, sinceLastMove: 5)
        let sizing = try size(vote, .up, counters: counters, voters: 12)
        // intensity 0.75 × 0.32 = 0.24, raw 10.36; early 7 × 1.4 = 9.8; catch-up 21.
        #expect(sizing.catchUpActive)
        #expect(sizing.finalStep == 1_000 && sizing.targetPrice == 11_500)
    }

    @Test("step 17 (§20, P-13): the clamp ≥ base step comes last and wins over a smaller cap")
    func step17FinalClampWins() throws {
        #expect(FinalStep.dollars(rawStep: 3.6, baseStep: 3, maxStep: 0.63, earlyMaxStep: 3.075) == 3)
        let vote = try vote(lower: 950, upper: 1_050, baseStep: 300)
        let counters = WeightedCounters(under: 0, fair: 0, over: 5, total: 5, sinceLastMove: 5)
        let sizing = try size(vote, .up, counters: counters)
        #expect(abs(sizing.dynamicMaxStep - 0.63) < 1e-12)
        #expect(sizing.finalStep == 300 && sizing.targetPrice == 1_350)
    }

    @Test("step 17 (P-11): round() is half-up on the double: 6.5 → 7, 6.49 → 6, 8.232 → 8")
    func step17Rounding() {
        #expect(FinalStep.dollars(rawStep: 6.5, baseStep: 3, maxStep: 100, earlyMaxStep: nil) == 7)
        #expect(FinalStep.dollars(rawStep: 6.49, baseStep: 3, maxStep: 100, earlyMaxStep: nil) == 6)
        #expect(FinalStep.dollars(rawStep: 9.8, baseStep: 7, maxStep: 8.232, earlyMaxStep: 8.75) == 8)
    }

    @Test("§18 absolute cap: a $2000 brick at full confidence steps $80, not $225")
    func absoluteCap() throws {
        let vote = try vote(lower: 190_000, upper: 210_000, baseStep: 7_500)
        let counters = WeightedCounters(under: 0, fair: 0, over: 60, total: 60, sinceLastMove: 5)
        let sizing = try size(vote, .up, counters: counters, voters: 12)
        #expect(sizing.rawStep == 225 && sizing.maxStep == 80)
        #expect(sizing.finalStep == 8_000 && sizing.targetPrice == 218_000)
    }

    @Test("P-11: new_price = max(anchor − step, 0)")
    func priceNeverNegative() throws {
        let vote = try vote(lower: 95, upper: 105, baseStep: 300)
        let counters = WeightedCounters(under: 5, fair: 0, over: 0, total: 5, sinceLastMove: 5)
        #expect(try size(vote, .down, counters: counters).targetPrice == 0)
    }
}
