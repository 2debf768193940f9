import Money

/// B.2 steps 11–17 for one eligible vote: anchor, base step, intensity, raw step, the three
/// caps in their locked order (§18.2: raw → early → dynamic → catch-up → final clamp ≥ base),
/// and the price the step leads to. Every intermediate value is kept, so a move can be
/// explained and each rule tested on its own.
public struct StepSizing: Sendable, Hashable, Codable {
    public var direction: MoveDirection
    /// Step 11: the fair-range bound on the winning side, from the vote.
    public var anchor: Cents
    /// Step 12: the base step logged on the vote.
    public var baseStep: Cents
    /// Step 13: `max(p_under, p_over) × C`.
    public var intensity: Double
    /// Step 13: the uncapped step, in dollars.
    public var rawStep: Double
    /// Step 14: the early anti-brigade cap in dollars; `nil` once the weighted total reaches 20.
    public var earlyMaxStep: Double?
    /// Step 15: the dynamic cap in dollars.
    public var dynamicMaxStep: Double
    /// P-18: whether W10 was clustered (which disables catch-up).
    public var clustered: Bool
    /// Step 16: whether catch-up replaced the dynamic cap (P-14).
    public var catchUpActive: Bool
    /// The cap in force after step 16, in dollars (early cap not included).
    public var maxStep: Double
    /// Step 17: the rounded, clamped step.
    public var finalStep: Cents
    /// §20, P-11: `max(anchor ± final_step, 0)`, and never above ``PriceBounds/maximum``.
    public var targetPrice: Cents

    /// Sizes the move of `direction` triggered by `vote`, given the state after steps 4–7.
    public static func size(
        vote: RecordedVote, direction: MoveDirection, counters: WeightedCounters, sentiment: Sentiment,
        confidence: Double, participation: CycleParticipation, config: PricingConfig
    ) throws(PricingInputError) -> StepSizing {
        let anchor = AnchorPrice.anchor(for: direction, fairRange: vote.fairRange)
        let anchorDollars = Double(anchor.rawValue) / 100
        let baseDollars = Double(vote.baseStepAtVote.rawValue) / 100
        let intensity = RawStep.intensity(sentiment, confidence: confidence)
        let raw = RawStep.rawStep(baseStep: baseDollars, intensity: intensity)
        let early = EarlyAntiBrigadeCap.maxStep(baseStep: baseDollars, weightedTotal: counters.total, config: config)
        let dynamic = DynamicCap.maxStep(anchor: anchorDollars, confidence: confidence, config: config)
        let clustered = VoteClustering.isClustered(participation.recentVotes, config: config)
        let catchUp = CatchUpCap.isActive(
            weightedTotal: counters.total, uniqueVoters: participation.uniqueVoters,
            dominantPct: sentiment.dominantPct, clustered: clustered, config: config)
        let maxStep = catchUp ? CatchUpCap.maxStep(anchor: anchorDollars, config: config) : dynamic
        let stepDollars = FinalStep.dollars(rawStep: raw, baseStep: baseDollars, maxStep: maxStep, earlyMaxStep: early)
        let finalStep = try cents(ofWholeDollars: stepDollars)
        return StepSizing(
            direction: direction, anchor: anchor, baseStep: vote.baseStepAtVote, intensity: intensity,
            rawStep: raw, earlyMaxStep: early, dynamicMaxStep: dynamic, clustered: clustered,
            catchUpActive: catchUp, maxStep: maxStep, finalStep: finalStep,
            targetPrice: target(from: anchor, step: finalStep, direction: direction))
    }

    /// The step is at most max(base step, cap) of a validated price, so it fits; the guard
    /// only turns an impossible non-finite value into a typed error instead of a trap.
    private static func cents(ofWholeDollars dollars: Double) throws(PricingInputError) -> Cents {
        guard let whole = Int64(exactly: dollars), let cents = try? Cents(whole).multiplied(by: 100),
            PriceBounds.contains(cents)
        else {
            throw .priceOutOfRange(field: "finalStep", value: PriceBounds.maximum)
        }
        return cents
    }

    /// P-11: `new_price = max(anchor ± step, 0)`; both operands are validated prices, so the raw
    /// sum cannot overflow. Capped at the storable maximum (a choice: NUMERIC(12,2) holds no more).
    private static func target(from anchor: Cents, step: Cents, direction: MoveDirection) -> Cents {
        let moved = direction == .up ? anchor.rawValue + step.rawValue : anchor.rawValue - step.rawValue
        return Cents(min(max(moved, 0), PriceBounds.maximum.rawValue))
    }
}
