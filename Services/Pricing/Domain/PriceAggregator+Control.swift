extension PriceAggregator {
    /// Applies a control entry pricing appended (P-03): a freeze timeout (P-22) or a recheck
    /// (P-23). It must sit at the state's ``BrickPriceState/nextControlPosition``.
    ///
    /// - Throws: ``PricingInputError/freezeTimeoutNotDue(freezeUntil:at:)`` for a timeout on a
    ///   brick that is not frozen or not yet due; position and brick errors as for votes.
    public static func apply(
        _ entry: ControlEntry, to state: BrickPriceState, config: PricingConfig
    ) throws(PricingInputError) -> AggregationResult {
        try checkBelongs(brickId: entry.brickId, at: entry.position, expected: state.nextControlPosition, to: state)
        var next = state
        next.controlEntriesSinceVote = entry.position.control
        next.updatedAt = entry.at
        let outcomes: [PricingOutcome]
        switch entry.kind {
        case .freezeTimeout:
            guard FreezeTimeout.isDue(state, now: entry.at) else {
                throw .freezeTimeoutNotDue(freezeUntil: state.freezeUntil, at: entry.at)
            }
            outcomes = next.timeOutFreeze(config: config)
        case .recheck:
            outcomes = next.recheck(at: entry.at, config: config)
        }
        return AggregationResult(state: next, outcomes: outcomes, disposition: .control)
    }

    /// Applies any ledger entry: a vote or a control entry.
    public static func apply(
        _ entry: LedgerEntry, to state: BrickPriceState, config: PricingConfig
    ) throws(PricingInputError) -> AggregationResult {
        switch entry {
        case .vote(let vote): try apply(vote, to: state, config: config)
        case .control(let control): try apply(control, to: state, config: config)
        }
    }
}
