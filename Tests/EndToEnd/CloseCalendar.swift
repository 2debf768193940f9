import Foundation

/// Pricing's daily close as the daily-close story counts it: a day (New York) is due once its
/// 23:07 close (P-29) has passed, starting with the day a brick was listed.
struct CloseCalendar {
    private let calendar: Calendar
    let listedDay: Date
    private let formatter: DateFormatter

    /// The listing day is `daysAgo` New York days before `now`.
    init(listedDaysAgo daysAgo: Int, now: Date = Date()) throws {
        guard let newYork = TimeZone(identifier: "America/New_York") else { throw HarnessError.missingTimeZone("America/New_York") }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = newYork
        self.calendar = calendar
        let today = calendar.startOfDay(for: now)
        listedDay = calendar.date(byAdding: .day, value: -daysAgo, to: today) ?? today
        formatter = DateFormatter()
        formatter.calendar = calendar
        formatter.timeZone = newYork
        formatter.dateFormat = "yyyy-MM-dd"
    }

    /// Noon of the listing day: before that day's close, so the listing day itself is due.
    var listedAt: Date { calendar.date(byAdding: .hour, value: 12, to: listedDay) ?? listedDay }

    /// The listing day and every later day whose close is at or before `now`, as `yyyy-MM-dd`.
    func dueDays(at now: Date) -> [String] {
        var days: [String] = []
        var day = listedDay
        while let close = calendar.date(bySettingHour: 23, minute: 7, second: 0, of: day), close <= now {
            days.append(formatter.string(from: day))
            guard let next = calendar.date(byAdding: .day, value: 1, to: day) else { break }
            day = next
        }
        return days
    }
}
