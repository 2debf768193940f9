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

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Howard Hinnant's `days_from_civil`, for years ≥ 1 (so every division is on non-negatives).
    private static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = y / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Hinnant's `civil_from_days`, with floor division so any day number works.
    private var civil: (year: Int, month: Int, day: Int) {
        let shifted = dayNumber + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
