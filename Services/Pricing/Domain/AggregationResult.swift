/// What applying one ledger entry did.
public struct AggregationResult: Sendable, Hashable {
    /// The brick's state after the entry; persist it and emit `brick.state.updated` from it.
    public var state: BrickPriceState
    /// Decisions to publish, in the order they happened.
    public var outcomes: [PricingOutcome]
    public var disposition: EntryDisposition
    /// B.2 steps 11–17 when the vote was eligible and had a direction; `nil` otherwise.
    public var sizing: StepSizing?
    /// Whether momentum absorbed the sized move (P-17): the price stayed.
    public var momentumAbsorbed: Bool

    public init(
        state: BrickPriceState, outcomes: [PricingOutcome], disposition: EntryDisposition,
        sizing: StepSizing? = nil, momentumAbsorbed: Bool = false
    ) {
        self.state = state
        self.outcomes = outcomes
        self.disposition = disposition
        self.sizing = sizing
        self.momentumAbsorbed = momentumAbsorbed
    }
}

/// How the aggregator treated an entry. Skipped votes still advance the applied `brickSeq`.
public enum EntryDisposition: String, Sendable, Hashable, Codable {
    /// The vote reached the counters (B.2 step 4 onwards).
    case applied = "APPLIED"
    /// B.2 step 2, P-05: stamped for another cycle than the current one.
    case skippedStaleCycle = "SKIPPED_STALE_CYCLE"
    /// B.2 step 3, §23.2 Option A: logged, but the brick is frozen.
    case skippedFrozen = "SKIPPED_FROZEN"
    /// A control entry (freeze timeout or recheck) was applied.
    case control = "CONTROL"
}
