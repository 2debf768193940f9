/// An instant as integer milliseconds since the Unix epoch (UTC).
///
/// The core never reads a clock: callers pass `now` in, so every computation replays exactly.
/// Milliseconds match the seed's `Date.now()` keys and the trend bucketing of D001-16.
public struct Timestamp: Hashable, Comparable, Sendable, Codable {
    public let millisecondsSinceEpoch: Int64

    public init(millisecondsSinceEpoch: Int64) {
        self.millisecondsSinceEpoch = millisecondsSinceEpoch
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.millisecondsSinceEpoch < rhs.millisecondsSinceEpoch
    }

    /// Milliseconds in one hour, the trend bucket width of D001-16.
    public static let millisecondsPerHour: Int64 = 3_600_000

    /// The UTC hour this instant falls in, `floor(ts / 3_600_000)` (D001-16). Floors toward −∞
    /// so instants before 1970 land in the right bucket too.
    public var utcHour: Int64 {
        let (quotient, remainder) = millisecondsSinceEpoch.quotientAndRemainder(
            dividingBy: Self.millisecondsPerHour)
        return remainder < 0 ? quotient - 1 : quotient
    }
}
