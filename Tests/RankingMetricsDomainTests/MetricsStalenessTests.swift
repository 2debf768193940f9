import RankingMetricsDomain
import Testing

struct MetricsStalenessTests {
    private func stored(_ positions: [Int], at milliseconds: Int64) throws -> TopicMetrics {
        TopicMetrics(
            topicID: Fixture.topic(1), periodID: Fixture.period,
            aggregate: try Fixture.aggregate(positions, topicCount: 5), percentile: 50,
            calculatedAt: Fixture.at(milliseconds))
    }

    private func live(_ positions: [Int]) throws -> AggregateTotals {
        try Fixture.aggregate(positions, topicCount: 5).totals
    }

    @Test("D001-13: fresh when (count, sum, sumSq) match and nothing changed since")
    func fresh() throws {
        #expect(!isStale(try stored([1, 3], at: 100), live: try live([3, 1]), latestRankingUpdate: Fixture.at(100)))
        #expect(!isStale(try stored([1, 3], at: 100), live: try live([1, 3]), latestRankingUpdate: nil))
    }

    /// [1, 3] → [2, 2] keeps count and sum; only Σp² (10 vs 8) reveals it. [1, 3] → [1, 4]
    /// keeps the count, which is all the seed compared.
    @Test("D001-13: reorders that keep the count (or even the sum) are stale")
    func reorders() throws {
        #expect(isStale(try stored([1, 3], at: 100), live: try live([2, 2]), latestRankingUpdate: nil))
        #expect(isStale(try stored([1, 3], at: 100), live: try live([1, 4]), latestRankingUpdate: nil))
    }

    @Test("D001-13: a ranking updated after the calculation makes the row stale")
    func laterUpdate() throws {
        #expect(isStale(try stored([1, 3], at: 100), live: try live([1, 3]), latestRankingUpdate: Fixture.at(101)))
    }
}
