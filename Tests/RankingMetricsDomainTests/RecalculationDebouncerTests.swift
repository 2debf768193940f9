import RankingMetricsDomain
import Testing

struct RecalculationDebouncerTests {
    private let other: PeriodID = "period-2"

    @Test("D001-12: batches coalesce, topics de-duplicate, at most one run per period per 500 ms")
    func debounces() {
        var debouncer = RecalculationDebouncer()
        debouncer.record([Fixture.topic(2), Fixture.topic(1)], in: Fixture.period)
        debouncer.record([Fixture.topic(1)], in: Fixture.period)
        #expect(debouncer.takeDue(at: Fixture.at(0))
            == [.init(periodID: Fixture.period, topics: [Fixture.topic(1), Fixture.topic(2)])])

        debouncer.record([Fixture.topic(3)], in: Fixture.period)
        #expect(debouncer.nextDue() == Fixture.at(500))
        #expect(debouncer.takeDue(at: Fixture.at(499)).isEmpty)
        #expect(debouncer.takeDue(at: Fixture.at(500)) == [.init(periodID: Fixture.period, topics: [Fixture.topic(3)])])
        #expect(debouncer.takeDue(at: Fixture.at(2_000)).isEmpty)
        #expect(debouncer.nextDue() == nil)
    }

    @Test("D001-12: periods are debounced independently and come out in id order")
    func independentPeriods() {
        var debouncer = RecalculationDebouncer()
        debouncer.record([Fixture.topic(1)], in: other)
        debouncer.record([Fixture.topic(1)], in: Fixture.period)
        #expect(debouncer.takeDue(at: Fixture.at(10)).map(\.periodID) == [Fixture.period, other])
        debouncer.record([Fixture.topic(2)], in: other)
        #expect(debouncer.takeDue(at: Fixture.at(300)).isEmpty)
        debouncer.record([Fixture.topic(2)], in: "period-0")
        #expect(debouncer.takeDue(at: Fixture.at(300)).map(\.periodID) == ["period-0"])
        #expect(debouncer.takeDue(at: Fixture.at(510)).map(\.periodID) == [other])
    }
}
