import Money

/// §20 / B.2 step 17: the step actually taken.
public enum FinalStep {
    /// `round(clamp(raw_step, base_step, min(max_step, early_max_step)))` in whole dollars.
    ///
    /// The lower clamp ≥ base_step is applied last (P-13), so it wins over a cap smaller than
    /// the base step. `round()` is half-up on the double (P-11: 6.5 → 7), through
    /// `Money.roundHalfUp`, whose 1e-9 guard keeps 6.4999999999 from a product like
    /// `3 × 2.1666…` from rounding the other way than the exact value.
    public static func dollars(rawStep: Double, baseStep: Double, maxStep: Double, earlyMaxStep: Double?) -> Double {
        let upper = min(maxStep, earlyMaxStep ?? maxStep)
        let clamped = max(min(rawStep, upper), baseStep)
        return roundHalfUp(clamped)
    }
}
