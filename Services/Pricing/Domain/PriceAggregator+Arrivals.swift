extension PriceAggregator {
    /// What a batch of arriving votes did to one brick.
    public struct ArrivalsResult: Sendable, Hashable {
        /// The state after every vote that could apply.
        public var state: BrickPriceState
        /// Outcomes of all applied votes, in application order.
        public var outcomes: [PricingOutcome]
        /// Each applied vote's result, in application order.
        public var applied: [AggregationResult]
        /// Votes still waiting for a gap to fill (P-03).
        public var waiting: [RecordedVote]
        /// Votes ignored as already applied or already taken (P-03).
        public var duplicates: [RecordedVote]
    }

    /// The consumer's step for one brick: merges the votes it already holds with the new
    /// arrivals, applies every one that is next in `brickSeq` order, and holds the rest.
    /// Because only the sequence decides the order, the result does not depend on the order or
    /// number of deliveries (ARCHITECTURE "Messaging rules").
    public static func applyArrivals(
        _ arrivals: [RecordedVote], held: [RecordedVote], to state: BrickPriceState, config: PricingConfig
    ) throws(PricingInputError) -> ArrivalsResult {
        let release = LedgerSequencer.release(after: state.appliedBrickSeq, held: held + arrivals)
        var result = ArrivalsResult(
            state: state, outcomes: [], applied: [], waiting: release.waiting, duplicates: release.duplicates)
        result.applied.reserveCapacity(release.ready.count)
        for vote in release.ready {
            let step = try apply(vote, to: result.state, config: config)
            result.state = step.state
            result.outcomes += step.outcomes
            result.applied.append(step)
        }
        return result
    }
}
