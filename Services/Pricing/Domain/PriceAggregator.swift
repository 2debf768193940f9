import Foundation

/// The Price Aggregator (Appendix B.2): applies one recorded vote to a brick's state, in the
/// seed's exact step order, and says what happened.
///
/// It is a pure function of (state, vote, config): the clock is the vote's `createdAt` and
/// there is no randomness, so replaying a ledger reproduces every state (Principle 6).
///
/// ```swift
/// let result = try PriceAggregator.apply(vote, to: state, config: .standard)
/// // persist result.state, publish result.outcomes
/// ```
public enum PriceAggregator {
    /// Applies `vote`, which must be the brick's next `brickSeq` (P-03).
    ///
    /// - Throws: ``PricingInputError`` when the vote is for another brick, out of order, or has
    ///   invalid fields; the state is then unchanged.
    public static func apply(
        _ vote: RecordedVote, to state: BrickPriceState, config: PricingConfig
    ) throws(PricingInputError) -> AggregationResult {
        // Step 1 (lock) belongs to storage; the core checks the entry belongs here, now.
        try vote.validate()
        try checkBelongs(
            brickId: vote.brickId, at: LedgerPosition(brickSeq: vote.brickSeq, control: 0),
            expected: LedgerPosition(brickSeq: state.appliedBrickSeq + 1, control: 0), to: state)
        var next = state
        next.appliedBrickSeq = vote.brickSeq
        next.controlEntriesSinceVote = 0
        next.lastVoteEventId = vote.voteEventId
        next.updatedAt = vote.createdAt

        // P-22: voting stamped cycle N+1 after the freeze deadline; exit the freeze first.
        var outcomes: [PricingOutcome] = []
        if FreezeTimeout.isPassed(by: vote, state: next) {
            outcomes += next.timeOutFreeze(config: config)
        }
        // Step 2 (P-05): a vote for another cycle is skipped.
        guard vote.cycleId == next.cycleId else {
            return AggregationResult(state: next, outcomes: outcomes, disposition: .skippedStaleCycle)
        }
        // Step 3 (§23.2 Option A): frozen votes are analytics only.
        guard !next.freezeMode else {
            return AggregationResult(state: next, outcomes: outcomes, disposition: .skippedFrozen)
        }
        // Steps 4–7: counters, participation, sentiment, C, R.
        next.counters.add(vote.userWeightAtVote, as: vote.voteType)
        next.participation.record(vote, windowSize: config.clusterWindowSize)
        next.lastAppliedVoteAt = vote.createdAt
        next.sentiment = Sentiment(next.counters)
        next.pricingConfidence = PricingConfidence.confidence(weightedTotal: next.counters.total, config: config)
        next.reliabilityScore = PricingConfidence.reliability(weightedTotal: next.counters.total, config: config)

        // Steps 8–19: eligibility, direction, sizing, momentum, the move.
        var result = AggregationResult(state: next, outcomes: outcomes, disposition: .applied)
        try moveIfEligible(vote, config: config, into: &result)

        // P-21, then steps 20–21 after every applied vote (P-16).
        let at = vote.createdAt
        result.state.lastHighConfidence = HighConfidenceMark.updated(
            result.state.lastHighConfidence, confidence: result.state.pricingConfidence,
            livePrice: result.state.livePrice, weightedTotal: result.state.counters.total, at: at)
        if let freeze = result.state.enterFreezeIfDue(at: at, config: config) {
            result.outcomes.append(.freezeChanged(freeze))
        }
        if let reset = result.state.resetCycleIfDue(at: at, config: config) {
            result.outcomes.append(.cycleReset(reset))
        }
        return result
    }

    /// Steps 8–19. Step 10: not eligible or a tie leaves only the counters updated.
    private static func moveIfEligible(
        _ vote: RecordedVote, config: PricingConfig, into result: inout AggregationResult
    ) throws(PricingInputError) {
        let state = result.state
        guard MovementEligibility.isEligible(state.counters, frozen: state.freezeMode, config: config),
            let direction = state.sentiment.dominantDirection
        else { return }
        let sizing = try StepSizing.size(
            vote: vote, direction: direction, counters: state.counters, sentiment: state.sentiment,
            confidence: state.pricingConfidence, participation: state.participation, config: config)
        let momentum = MomentumBuffer.apply(direction, to: state.momentumScore, config: config)
        result.sizing = sizing
        result.momentumAbsorbed = !momentum.moves
        result.state.momentumScore = momentum.score
        // §20, P-17: the batch is spent whether the price moves or momentum absorbs it.
        result.state.counters.sinceLastMove = 0
        guard momentum.moves else { return }
        let move = PriceMove(
            brickId: state.brickId, from: state.livePrice, to: sizing.targetPrice, direction: direction,
            anchor: sizing.anchor, finalStep: sizing.finalStep, cycleId: state.cycleId,
            causedByVoteEventId: vote.voteEventId, at: vote.createdAt)
        result.state.livePrice = sizing.targetPrice
        result.state.lastPriceUpdate = vote.createdAt
        result.outcomes.append(.priceMoved(move))
    }

    /// An entry applies only to its own brick, at exactly the next ledger position (P-03).
    static func checkBelongs(
        brickId: UUID, at position: LedgerPosition, expected: LedgerPosition, to state: BrickPriceState
    ) throws(PricingInputError) {
        guard brickId == state.brickId else { throw .brickMismatch(expected: state.brickId, found: brickId) }
        guard position == expected else { throw .outOfSequence(expected: expected, found: position) }
    }
}
