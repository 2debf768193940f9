import Foundation

/// A token bucket as a plain value (P-27), so it can live in a database row that every replica
/// shares and be updated in the same transaction as the vote.
///
/// The level is integer: one token is `window_ms` units and every millisecond adds `capacity`
/// units, so "20 per minute" refills exactly with no floating-point drift and the same history
/// always gives the same answer.
public struct TokenBucket: Sendable, Hashable, Codable {
    /// Current level in units (see above), in `0 … capacity × window_ms`.
    public var level: Int64
    /// The instant the level was last brought up to date.
    public var updatedAt: Date

    public init(level: Int64, updatedAt: Date) {
        self.level = level
        self.updatedAt = updatedAt
    }

    /// A full bucket: what a user or ip hash that never voted has.
    public static func full(_ limit: RateLimit, at instant: Date) -> TokenBucket {
        TokenBucket(level: limit.fullLevel, updatedAt: instant)
    }

    /// Whole tokens available at `instant`.
    public func tokens(at instant: Date, limit: RateLimit) -> Int64 {
        refilled(at: instant, limit: limit).level / limit.tokenCost
    }

    /// The bucket after taking one token at `instant`, or `nil` when less than one is left.
    public func taking(at instant: Date, limit: RateLimit) -> TokenBucket? {
        var bucket = refilled(at: instant, limit: limit)
        guard bucket.level >= limit.tokenCost else { return nil }
        bucket.level -= limit.tokenCost
        return bucket
    }

    /// The level at `instant`. Time never runs backwards for a bucket: an instant before
    /// ``updatedAt`` (intents submitted out of order) refills nothing and keeps the later clock.
    func refilled(at instant: Date, limit: RateLimit) -> TokenBucket {
        let full = limit.fullLevel
        let current = Swift.min(Swift.max(level, 0), full)
        let seconds = instant.timeIntervalSince(updatedAt)
        guard seconds > 0 else { return TokenBucket(level: current, updatedAt: updatedAt) }
        let missing = full - current
        let millis = seconds * 1_000
        // Beyond `full` milliseconds any capacity ≥ 1 refills completely; below it the
        // conversion to Int64 is safe.
        guard millis < Double(full) else { return TokenBucket(level: full, updatedAt: instant) }
        let (added, overflow) = Int64(millis).multipliedReportingOverflow(by: limit.refillPerMillisecond)
        let level = overflow || added >= missing ? full : current + added
        return TokenBucket(level: level, updatedAt: instant)
    }
}
