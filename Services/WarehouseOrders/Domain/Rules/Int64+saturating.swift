extension Int64 {
    /// Converts an already-rounded, non-negative quantity without trapping: NaN becomes 0 and
    /// values beyond `Int64` saturate. Validated data never gets near the limits
    /// (``ReferenceLimits``); this keeps unvalidated data from crashing a tick.
    init(saturating value: Double) {
        if value.isNaN {
            self = 0
        } else if value >= 9_223_372_036_854_775_807.0 {
            self = .max
        } else if value <= -9_223_372_036_854_775_808.0 {
            self = .min
        } else {
            self = Int64(value)
        }
    }
}
