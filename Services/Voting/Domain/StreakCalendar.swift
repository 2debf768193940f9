import Foundation
import PricingDomain

/// The calendar STREAK days are counted in (P-25: New York calendar days, daylight saving
/// aware). Built once per enricher: creating a `Calendar` per vote would be the hot path's
/// most expensive step.
public struct StreakCalendar: Sendable {
    private let calendar: DailyCloseCalendar

    /// - Throws: ``VotingConfigError/unknownTimeZone(_:)`` for a zone outside the tz database.
    public init(timeZone: String) throws(VotingConfigError) {
        var pricing = PricingConfig.standard
        pricing.dailyCloseTimeZone = timeZone
        do {
            calendar = try DailyCloseCalendar(config: pricing)
        } catch {
            throw .unknownTimeZone(timeZone)
        }
    }

    /// The day number (days since 1970-01-01) of the local calendar date of `instant`, or `nil`
    /// for an instant the calendar cannot place (far outside years 1…9999).
    public func dayNumber(of instant: Date) -> Int? {
        try? calendar.localDay(of: instant).dayNumber
    }
}
