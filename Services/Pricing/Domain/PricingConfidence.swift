/// Volume-based scores of §11 and §12.
public enum PricingConfidence {
    /// §11 / B.2 step 6: `C = min(1.0, weighted_total / N_FULL_CONFIDENCE)`. It drives the
    /// intensity, the dynamic cap and (via the thresholds) catch-up eligibility.
    public static func confidence(weightedTotal: Double, config: PricingConfig) -> Double {
        min(1.0, weightedTotal / config.fullConfidenceWeightedTotal)
    }

    /// §12 / B.2 step 7, P-21: `R = volume_score = min(1, weighted_total / 50)` in v1.0; the
    /// other components are not defined yet. R is a risk signal and never feeds pricing.
    public static func reliability(weightedTotal: Double, config: PricingConfig) -> Double {
        min(1.0, weightedTotal / config.fullConfidenceWeightedTotal)
    }
}
