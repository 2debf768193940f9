/// A topic's published metrics: the `topic_metrics` row and the `topic.metrics.calculated` event.
///
/// Exact inputs (`studentCount`, `sumOfPositions`, `sumOfSquares`, `distribution`) sit beside the
/// derived doubles so staleness (D001-13) and verification compare integers, never floats.
public struct TopicMetrics: Hashable, Sendable, Codable {
    public let topicID: TopicID
    public let periodID: PeriodID
    /// D001-18: published beside the category, which ignores it.
    public let studentCount: Int
    public let sumOfPositions: Int
    public let sumOfSquares: Int
    /// Σp / n as a double (D001-19: stored, never compared).
    public let averagePosition: Double
    /// Population standard deviation (D001-03).
    public let standardDeviation: Double
    /// Dense counts for positions 1…T, summing to `studentCount` (D001-06).
    public let distribution: [Int]
    /// Mid-rank percentile among the period's topics (D001-02).
    public let percentile: Double
    public let competitionCategory: CompetitionCategory
    public let calculatedAt: Timestamp

    public init(
        topicID: TopicID, periodID: PeriodID, aggregate: TopicAggregate, percentile: Double,
        calculatedAt: Timestamp
    ) {
        self.topicID = topicID
        self.periodID = periodID
        studentCount = aggregate.count
        sumOfPositions = aggregate.sumOfPositions
        sumOfSquares = aggregate.sumOfSquares
        averagePosition = aggregate.average.value
        standardDeviation = aggregate.standardDeviation
        distribution = aggregate.distribution
        self.percentile = percentile
        competitionCategory = CompetitionCategory(average: aggregate.average, topicCount: aggregate.topicCount)
        self.calculatedAt = calculatedAt
    }

    /// The `(count, Σp, Σp²)` this row was calculated from.
    public var totals: AggregateTotals {
        AggregateTotals(count: studentCount, sumOfPositions: sumOfPositions, sumOfSquares: sumOfSquares)
    }
}
