/// §16 / B.2 step 13: how hard the crowd pushes, and the step before any cap.
///
/// All step amounts are in dollars as doubles, the unit the seed's formulas use: the base step
/// is whole dollars and §20's `round()` rounds to whole dollars (P-11).
public enum RawStep {
    /// `intensity = max(p_under, p_over) × C`, in [0, 1].
    public static func intensity(_ sentiment: Sentiment, confidence: Double) -> Double {
        sentiment.dominantPct * confidence
    }

    /// `raw_step = base_step × (1 + 2 × intensity)`: one to three base steps.
    public static func rawStep(baseStep: Double, intensity: Double) -> Double {
        baseStep * (1 + 2 * intensity)
    }
}
