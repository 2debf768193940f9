/// The look-back window of a trend query: the last `hours` hours before `now` (seed §8.1).
///
/// The seed took `hours` as any number; here it is a whole number of hours in 1…``maximumHours``
/// so the lower bound `now − hours·3_600_000` is exact and cannot overflow.
public struct TrendWindow: Hashable, Sendable, Codable {
    /// One leap year of hours: longer windows are a report, not a trend.
    public static let maximumHours = 8_784

    public let hours: Int
    public let now: Timestamp

    public init(hours: Int, now: Timestamp) throws(TrendWindowError) {
        guard hours >= 1, hours <= Self.maximumHours else {
            throw .hoursOutOfRange(hours, maximum: Self.maximumHours)
        }
        self.hours = hours
        self.now = now
    }

    /// The inclusive lower bound; clamps at the earliest representable instant.
    public var since: Timestamp {
        let span = Int64(hours) * Timestamp.millisecondsPerHour
        let (start, overflow) = now.millisecondsSinceEpoch.subtractingReportingOverflow(span)
        return Timestamp(millisecondsSinceEpoch: overflow ? .min : start)
    }
}

/// Why a trend window was refused.
public enum TrendWindowError: Error, Hashable, Sendable {
    /// `hours` must be a whole number in 1…maximum.
    case hoursOutOfRange(Int, maximum: Int)

    /// A one-line reason for the HTTP problem body.
    public var reason: String {
        switch self {
        case let .hoursOutOfRange(hours, maximum): "hours must be in 1...\(maximum), got \(hours)"
        }
    }
}
