import RankingMetricsDomain
import Testing

struct MetricsRecalculationTests {
    private let now = Fixture.at(1_700_000_000_000)

    /// Topic 1 positions [1, 3] with T = 4: avg 2, std √(2·10 − 16)/2 = 1, histogram [1, 0, 1, 0],
    /// normalized (2 − 1)/3 ≈ 0.33 → high. Topic 2 (stored avg 3/1) and topic 3 (avg 1) are
    /// unaffected but get new percentiles: 3 → 100, 1 → 50, 2 → 0.
    @Test("D001-12: affected topics fully, every percentile of the period")
    func recalculates() throws {
        let result = recalculateMetrics(
            period: Fixture.period,
            affected: [Fixture.topic(1): try Fixture.aggregate([1, 3], topicCount: 4)],
            unaffected: [
                Fixture.topic(2): PositionAverage(sumOfPositions: 3, count: 1),
                Fixture.topic(3): PositionAverage(sumOfPositions: 2, count: 2),
            ],
            at: now)
        let metrics = try #require(result.recalculated.first)
        #expect(result.recalculated.count == 1)
        #expect(metrics.topicID == Fixture.topic(1))
        #expect(metrics.studentCount == 2)
        #expect(metrics.sumOfPositions == 4)
        #expect(metrics.sumOfSquares == 10)
        #expect(metrics.averagePosition == 2)
        #expect(metrics.standardDeviation == 1)
        #expect(metrics.distribution == [1, 0, 1, 0])
        #expect(metrics.competitionCategory == .high)
        #expect(metrics.percentile == 50)
        #expect(metrics.calculatedAt == now)
        #expect(result.percentiles == [Fixture.topic(1): 50, Fixture.topic(2): 0, Fixture.topic(3): 100])
        #expect(result.history == [MetricsHistoryEntry(topicID: Fixture.topic(1), calculatedAt: now, averagePosition: 2)])
        #expect(result.removed.isEmpty)
    }

    @Test("D001-07: an affected topic with count 0 is removed and leaves the population")
    func emptyTopicRemoved() throws {
        let result = recalculateMetrics(
            period: Fixture.period,
            affected: [Fixture.topic(1): TopicAggregate(topicCount: 3), Fixture.topic(2): try Fixture.aggregate([2], topicCount: 3)],
            unaffected: [Fixture.topic(1): PositionAverage(sumOfPositions: 1, count: 1)],
            at: now)
        #expect(result.removed == [Fixture.topic(1)])
        #expect(result.recalculated.map(\.topicID) == [Fixture.topic(2)])
        #expect(result.percentiles == [Fixture.topic(2): 50])
        #expect(result.history.map(\.topicID) == [Fixture.topic(2)])
    }
}
