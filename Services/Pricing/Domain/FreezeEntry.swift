import Foundation

/// §23.1 / B.2 step 20: an agreeing FAIR crowd freezes the price.
public enum FreezeEntry {
    /// `p_fair ≥ 0.55` and `weighted_total ≥ 20`, checked after every applied vote (P-16),
    /// because an all-FAIR crowd never moves the price.
    public static func isDue(_ sentiment: Sentiment, weightedTotal: Double, config: PricingConfig) -> Bool {
        sentiment.pFair >= config.freezeFairPct && weightedTotal >= config.freezeMinWeightedTotal
    }
}

extension BrickPriceState {
    /// Enters freeze mode if due: until the freezing vote's `createdAt` + 14 days (P-22).
    /// During the freeze votes are logged but skipped by the aggregator (§23.2 Option A).
    mutating func enterFreezeIfDue(at: Date, config: PricingConfig) -> FreezeChange? {
        guard !freezeMode, FreezeEntry.isDue(sentiment, weightedTotal: counters.total, config: config) else {
            return nil
        }
        freezeMode = true
        freezeUntil = at.addingTimeInterval(config.freezeDuration)
        return FreezeChange(brickId: brickId, freezeMode: true, freezeUntil: freezeUntil, reason: .fairConsensus, at: at)
    }
}
