/// §18.1 / B.2 step 15: the normal cap, growing with confidence from `cap_min` to `cap_max`
/// of the anchor (P-12: 5 % to 15 %) and never above ABSOLUTE_CAP ($80).
public enum DynamicCap {
    /// `min((cap_min + (cap_max − cap_min) × C) × anchor, ABSOLUTE_CAP)`, in dollars.
    public static func maxStep(anchor: Double, confidence: Double, config: PricingConfig) -> Double {
        let capPct = config.capMin + (config.capMax - config.capMin) * confidence
        return min(capPct * anchor, Double(config.absoluteCap.rawValue) / 100)
    }
}
