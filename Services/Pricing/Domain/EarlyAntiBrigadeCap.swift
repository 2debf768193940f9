/// §17 / B.2 step 14: a smooth ramp that keeps the first votes of a cycle from taking big steps.
public enum EarlyAntiBrigadeCap {
    /// While `weighted_total < 20`: `base_step × clamp(1 + 0.5 × weighted_total / 20, 1, 1.5)`
    /// (0.5 is `EARLY_RAMP_MAX_MULT − 1`). From 20 on it does not apply: `nil`.
    /// P-14: it still applies when catch-up is active.
    public static func maxStep(baseStep: Double, weightedTotal: Double, config: PricingConfig) -> Double? {
        guard weightedTotal < config.earlyRampWeightedLimit else { return nil }
        let ramp = 1.0 + (config.earlyRampMaxMultiplier - 1.0) * (weightedTotal / config.earlyRampWeightedLimit)
        return baseStep * min(max(ramp, 1.0), config.earlyRampMaxMultiplier)
    }
}
