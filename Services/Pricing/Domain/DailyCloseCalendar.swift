import Foundation

/// When trading days close (P-29): 23:07 America/New_York, daylight saving aware (the seed's
/// "11:07 PM EST" read as New York wall time). Trading day D is `(close(D−1), close(D)]`.
///
/// Every function takes the instant it reasons about, never the system clock, so the schedule
/// is a pure function of (last close day, now).
public struct DailyCloseCalendar: Sendable {
    private let calendar: Calendar
    private let hour: Int
    private let minute: Int

    /// - Throws: ``DailyCloseError/unknownTimeZone(_:)`` when the zone is not in the tz database.
    public init(config: PricingConfig) throws(DailyCloseError) {
        guard let zone = TimeZone(identifier: config.dailyCloseTimeZone) else {
            throw .unknownTimeZone(config.dailyCloseTimeZone)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        self.calendar = calendar
        hour = config.dailyCloseHour
        minute = config.dailyCloseMinute
    }

    /// The instant `day` closes: 23:07 New York time on that date.
    public func closeInstant(of day: TradingDay) throws(DailyCloseError) -> Date {
        let components = DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute)
        guard let instant = calendar.date(from: components) else { throw .dateOutOfRange }
        return instant
    }

    /// The New York calendar date of `instant`.
    public func localDay(of instant: Date) throws(DailyCloseError) -> TradingDay {
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { throw .dateOutOfRange }
        return try TradingDay(year: year, month: month, day: day)
    }

    /// The trading day whose window `(close(D−1), close(D)]` holds `instant`: a vote exactly at
    /// the close belongs to the closing day, one a millisecond later to the next.
    public func tradingDay(containing instant: Date) throws(DailyCloseError) -> TradingDay {
        let local = try localDay(of: instant)
        return instant <= (try closeInstant(of: local)) ? local : local.next
    }

    /// The latest day whose close is at or before `now`.
    public func lastClosedDay(asOf now: Date) throws(DailyCloseError) -> TradingDay {
        let local = try localDay(of: now)
        return (try closeInstant(of: local)) <= now ? local : local.previous
    }

    /// P-29 catch-up: every day from the one after `lastClosedDay` (or from `firstDay`, the
    /// listing's trading day, when nothing was closed yet) up to the last day closed by `now`,
    /// oldest first. Empty when the job is up to date.
    public func daysToClose(
        lastClosedDay: TradingDay?, firstDay: TradingDay, now: Date
    ) throws(DailyCloseError) -> [TradingDay] {
        let start = lastClosedDay?.next ?? firstDay
        let end = try self.lastClosedDay(asOf: now)
        guard start <= end else { return [] }
        return (start.dayNumber...end.dayNumber).map(TradingDay.init(dayNumber:))
    }
}
