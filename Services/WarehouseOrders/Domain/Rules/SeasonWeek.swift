extension DayKey {
    /// The last week index: a year's final 8 (or 9) days share week 51 (D002-07).
    public static let lastWeekIndex = 51

    /// Days since January 1 of the same year, 0-based (UTC).
    public var dayOfYear0: Int {
        var days = day - 1
        for earlier in 1..<month {
            days += Self.daysIn(month: earlier, year: year)
        }
        return days
    }

    /// The season week of the day: `min(floor(dayOfYear0 / 7), 51)` (D002-07, the seed's
    /// `getWeekIndex0FromDayKey`). Capping at 51 keeps Dec 24–31 (Dec 23–31 in a leap year) in
    /// a 52-entry `weeks` array instead of falling through to the "missing week = 100" default.
    public var weekIndex0: Int {
        min(dayOfYear0 / 7, Self.lastWeekIndex)
    }
}
