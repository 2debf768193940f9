import RankingMetricsDomain
import Testing

struct RankingTrendTests {
    private let hour = Timestamp.millisecondsPerHour

    private func entry(_ topic: Int, _ milliseconds: Int64, _ average: Double) -> MetricsHistoryEntry {
        MetricsHistoryEntry(topicID: Fixture.topic(topic), calculatedAt: Fixture.at(milliseconds), averagePosition: average)
    }

    /// Window: now = 10h, 2 hours → since 8h (inclusive). Hour 8: (2 + 4) / 2 = 3; hour 9: 5.
    /// Excluded: before 8h, after now, other topics.
    @Test("D001-16: unweighted hourly means of the recorded averages inside the window")
    func hourlyMeans() throws {
        let window = try TrendWindow(hours: 2, now: Fixture.at(10 * hour))
        let history = [
            entry(1, 9 * hour + 5, 5), entry(1, 8 * hour, 2), entry(1, 8 * hour + 1, 4), entry(1, 8 * hour - 1, 100),
            entry(1, 10 * hour + 1, 100), entry(2, 9 * hour, 100),
        ]
        let trend = hourlyTrend(of: Fixture.topic(1), history: history, window: window)
        #expect(trend == [HourlyAverage(hour: 8, average: 3, samples: 2), HourlyAverage(hour: 9, average: 5, samples: 1)])
        let shuffled = hourlyTrend(of: Fixture.topic(1), history: history.reversed(), window: window)
        #expect(shuffled == trend)
    }

    @Test("D001-16: UTC hour is floor(ts / 3_600_000), also before the epoch")
    func utcHour() {
        #expect(Fixture.at(3_599_999).utcHour == 0)
        #expect(Fixture.at(3_600_000).utcHour == 1)
        #expect(Fixture.at(-1).utcHour == -1)
    }

    @Test("Trend windows take 1…8784 whole hours")
    func windowValidation() {
        #expect(throws: TrendWindowError.hoursOutOfRange(0, maximum: 8_784)) { try TrendWindow(hours: 0, now: Fixture.at(0)) }
        #expect(throws: TrendWindowError.hoursOutOfRange(8_785, maximum: 8_784)) { try TrendWindow(hours: 8_785, now: Fixture.at(0)) }
        #expect((try? TrendWindow(hours: 1, now: Fixture.at(.min)))?.since == Fixture.at(.min))
    }
}
