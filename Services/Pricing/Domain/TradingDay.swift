import CivilCalendar

/// A New York calendar day, the unit of daily closes (P-29): `brick.price.closed.day`.
///
/// Held as a day number (days since 1970-01-01) so stepping and comparing days is integer
/// arithmetic; it reads and writes as `YYYY-MM-DD` (also in JSON).
public struct TradingDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01 in the proleptic Gregorian calendar.
    public let dayNumber: Int

    /// Years the type accepts; far beyond any market date, small enough that no arithmetic overflows.
    public static let supportedYears = 1...9_999

    /// The day with this day number.
    public init(dayNumber: Int) {
        self.dayNumber = dayNumber
    }

    /// The calendar day `year-month-day`.
    ///
    /// - Throws: ``DailyCloseError/invalidDay(_:)`` for a date that does not exist (2026-02-30).
    public init(year: Int, month: Int, day: Int) throws(DailyCloseError) {
        let text = "\(year)-\(month)-\(day)"
        guard Self.supportedYears.contains(year), (1...12).contains(month),
            day >= 1, day <= Self.daysIn(month: month, year: year)
        else { throw .invalidDay(text) }
        dayNumber = Self.dayNumber(year: year, month: month, day: day)
    }

    public var year: Int { civil.year }
    public var month: Int { civil.month }
    public var day: Int { civil.day }

    /// The following day.
    public var next: TradingDay { TradingDay(dayNumber: dayNumber + 1) }
    /// The day before.
    public var previous: TradingDay { TradingDay(dayNumber: dayNumber - 1) }

    public static func < (lhs: TradingDay, rhs: TradingDay) -> Bool { lhs.dayNumber < rhs.dayNumber }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (year, month, day) = civil
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func daysIn(month: Int, year: Int) -> Int { CivilCalendar.daysInMonth(year: year, month: month) }

    private static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        Int(CivilCalendar.daysSinceEpoch(year: year, month: month, day: day))
    }

    private var civil: (year: Int, month: Int, day: Int) {
        let (year, month, day) = CivilCalendar.civil(daysSinceEpoch: Int64(dayNumber))
        return (Int(year), Int(month), Int(day))
    }
}
