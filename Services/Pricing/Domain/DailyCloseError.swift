/// Why a daily-close computation was refused.
public enum DailyCloseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The configured time zone is not known to the system's time-zone database.
    case unknownTimeZone(String)
    /// Not a real calendar day, or not `YYYY-MM-DD`.
    case invalidDay(String)
    /// The calendar could not place the instant or the close time (out of its range).
    case dateOutOfRange

    public var description: String {
        switch self {
        case .unknownTimeZone(let identifier): "unknown time zone \"\(identifier)\""
        case .invalidDay(let text): "invalid trading day \"\(text)\" (expected an existing YYYY-MM-DD)"
        case .dateOutOfRange: "date outside the calendar's range"
        }
    }
}
