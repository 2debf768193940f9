import Foundation

extension TokenBucket {
    /// Whole seconds from `instant` until the bucket holds one token again; 0 when it holds one now.
    ///
    /// This is the `Retry-After` of a 429 (P-27). It is rounded up so that a client waiting exactly
    /// that long finds a token: the refill counts whole milliseconds, and a second started is a second.
    /// Pure: the caller passes the instant from its injected clock.
    public func secondsUntilToken(at instant: Date, limit: RateLimit) -> Int64 {
        let level = refilled(at: instant, limit: limit).level
        guard level < limit.tokenCost else { return 0 }
        let milliseconds = Self.divideRoundingUp(limit.tokenCost - level, by: limit.refillPerMillisecond)
        return Self.divideRoundingUp(milliseconds, by: 1_000)
    }

    /// `numerator / denominator` rounded up, for a non-negative numerator and a positive denominator
    /// (no intermediate sum, so no overflow near `Int64.max`).
    private static func divideRoundingUp(_ numerator: Int64, by denominator: Int64) -> Int64 {
        numerator / denominator + (numerator % denominator == 0 ? 0 : 1)
    }
}
