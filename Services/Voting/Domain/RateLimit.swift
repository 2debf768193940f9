/// A rate limit of P-27: at most ``capacity`` intents per ``windowSeconds``, refilled
/// continuously (a token bucket), so a burst of `capacity` is allowed and the sustained rate is
/// `capacity / window`.
public struct RateLimit: Sendable, Equatable, Codable {
    public var capacity: Int64
    public var windowSeconds: Int64

    public init(capacity: Int64, windowSeconds: Int64) {
        self.capacity = capacity
        self.windowSeconds = windowSeconds
    }

    /// Bucket level units per millisecond of refill: the capacity (see ``TokenBucket``).
    var refillPerMillisecond: Int64 { capacity }
    /// Units one token costs: the window in milliseconds.
    var tokenCost: Int64 { windowSeconds * 1_000 }
    /// The level of a full bucket.
    var fullLevel: Int64 { capacity * tokenCost }

    func validate(key: String) throws(VotingConfigError) {
        guard capacity >= 1, windowSeconds >= 1 else {
            throw .invalid(key: key, reason: "capacity and windowSeconds must be at least 1")
        }
        let (millis, overflowA) = windowSeconds.multipliedReportingOverflow(by: 1_000)
        let (_, overflowB) = capacity.multipliedReportingOverflow(by: millis)
        guard !overflowA, !overflowB else { throw .invalid(key: key, reason: "capacity × window is too large") }
    }
}
