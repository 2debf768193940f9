extension RecordedVote {
    /// The heaviest weight §9's clamp allows.
    public static let maximumWeight = 1.25

    /// Checks the vote's own fields, so the arithmetic that follows cannot trap or turn NaN.
    public func validate() throws(PricingInputError) {
        guard userWeightAtVote.isFinite, userWeightAtVote >= 0, userWeightAtVote <= Self.maximumWeight else {
            throw .invalidWeight(voteEventId: voteEventId, weight: userWeightAtVote)
        }
        let prices = [
            ("livePriceAtVote", livePriceAtVote), ("fairRangeLower", fairRange.lower),
            ("fairRangeUpper", fairRange.upper), ("baseStepAtVote", baseStepAtVote),
        ]
        for (field, value) in prices where !PriceBounds.contains(value) {
            throw .priceOutOfRange(field: field, value: value)
        }
        guard fairRange.lower <= fairRange.upper else {
            throw .invertedFairRange(voteEventId: voteEventId, lower: fairRange.lower, upper: fairRange.upper)
        }
        guard baseStepAtVote > .zero else {
            throw .nonPositiveBaseStep(voteEventId: voteEventId, baseStep: baseStepAtVote)
        }
        guard cycleNumber >= 1 else { throw .invalidCycleNumber(voteEventId: voteEventId, cycleNumber: cycleNumber) }
        guard brickSeq >= 1 else { throw .invalidBrickSeq(voteEventId: voteEventId, brickSeq: brickSeq) }
    }
}
