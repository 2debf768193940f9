extension BrickPriceState {
    /// The state of a freshly listed brick: cycle 1 at the baseline price (P-04), every counter,
    /// share, score and flag at its §4.1 default, nothing of the ledger applied yet.
    ///
    /// - Throws: ``PricingInputError/priceOutOfRange(field:value:)`` for a baseline price that is
    ///   negative or beyond `NUMERIC(12,2)`.
    public init(listing: BrickListing) throws(PricingInputError) {
        guard PriceBounds.contains(listing.baselinePrice) else {
            throw .priceOutOfRange(field: "baselinePrice", value: listing.baselinePrice)
        }
        self.init(
            brickId: listing.brickId, baselinePrice: listing.baselinePrice, livePrice: listing.baselinePrice,
            listedAt: listing.listedAt, cycleNumber: 1, cycleId: CycleId.derive(brickId: listing.brickId, cycleNumber: 1),
            cycleStartPrice: listing.baselinePrice, cycleStartedAt: listing.listedAt, counters: .zero,
            sentiment: .zero, pricingConfidence: 0, reliabilityScore: 0, momentumScore: 0,
            lastPriceUpdate: listing.listedAt, lastHighConfidence: nil, needsRecheck: false, recheckEpoch: 0,
            freezeMode: false, freezeUntil: nil, appliedBrickSeq: 0, controlEntriesSinceVote: 0,
            lastVoteEventId: nil, lastAppliedVoteAt: nil, participation: .empty, updatedAt: listing.listedAt)
    }
}
