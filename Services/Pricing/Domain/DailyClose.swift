import Foundation
import Money

/// One brick's close for one trading day (B.3, P-29) — `brick.price.closed`.
public struct DailyClose: Sendable, Hashable, Codable {
    public var brickId: UUID
    public var day: TradingDay
    public var closePrice: Cents
    /// Vote events of the brick in the day's window, skipped ones included (P-29).
    public var votesToday: Int

    public init(brickId: UUID, day: TradingDay, closePrice: Cents, votesToday: Int) {
        self.brickId = brickId
        self.day = day
        self.closePrice = closePrice
        self.votesToday = votesToday
    }

    /// The closes of `days` (ascending, e.g. from ``DailyCloseCalendar/daysToClose(lastClosedDay:firstDay:now:)``).
    ///
    /// B.3 / §25: the close is the price live at the day's close; a day without votes repeats
    /// the last close (`previousClose`, then each computed close in turn). `voteTimes` are the
    /// `createdAt` of every vote event of the brick, in any order; each day counts those in
    /// `(close(D−1), close(D)]` with two binary searches, not a scan per day.
    public static func closes(
        brickId: UUID, days: [TradingDay], calendar: DailyCloseCalendar, timeline: PriceTimeline,
        voteTimes: [Date], previousClose: Cents?
    ) throws(DailyCloseError) -> [DailyClose] {
        let sortedVotes = voteTimes.sorted()
        var lastClose = previousClose
        var closes: [DailyClose] = []
        closes.reserveCapacity(days.count)
        for day in days {
            let opens = try calendar.closeInstant(of: day.previous)
            let closesAt = try calendar.closeInstant(of: day)
            let votes = sortedVotes.partitioningIndex { $0 > closesAt } - sortedVotes.partitioningIndex { $0 > opens }
            let price = votes == 0 ? (lastClose ?? timeline.price(asOf: closesAt)) : timeline.price(asOf: closesAt)
            closes.append(DailyClose(brickId: brickId, day: day, closePrice: price, votesToday: votes))
            lastClose = price
        }
        return closes
    }
}
