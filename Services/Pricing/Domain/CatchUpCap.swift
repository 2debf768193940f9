/// §18.2 / B.2 step 16: when a broad, unclustered crowd agrees, the cap widens so a badly
/// wrong price can catch up.
public enum CatchUpCap {
    /// Catch-up needs ALL of: weighted total ≥ 15, unique voters ≥ 12 (P-19), dominant share
    /// ≥ 0.60 (P-15, FAIR in the denominator), and W10 not clustered (P-18).
    public static func isActive(
        weightedTotal: Double, uniqueVoters: Int, dominantPct: Double, clustered: Bool, config: PricingConfig
    ) -> Bool {
        weightedTotal >= config.catchUpMinWeightedTotal
            && uniqueVoters >= config.catchUpMinUniqueVoters
            && dominantPct >= config.catchUpMinDominantPct
            && !clustered
    }

    /// `min(CATCHUP_MAX_PCT × anchor, ABSOLUTE_CAP)` in dollars. P-14: while active it
    /// **replaces** the dynamic cap (it does not stack on it).
    public static func maxStep(anchor: Double, config: PricingConfig) -> Double {
        min(config.catchUpMaxPct * anchor, Double(config.absoluteCap.rawValue) / 100)
    }
}
