import Foundation

/// `topic.metrics.calculated` (ranking-metrics → dashboards): a topic's congestion metrics
/// (D001-01…D001-06).
public struct TopicMetricsCalculated: EventPayload {
    public static let eventType = "topic.metrics.calculated"

    public var topicId: String
    public var periodId: String
    public var studentCount: Int64
    public var sumOfPositions: Int64
    public var averagePosition: Double
    /// Population standard deviation (D001-03).
    public var standardDeviation: Double
    /// Dense histogram: element `i` counts position `i + 1`; sums to `studentCount` (D001-06).
    public var distribution: [Int64]
    /// 0…100, 100 = most popular (D001-02).
    public var percentile: Double
    public var competitionCategory: CompetitionCategory
    public var calculatedAt: Date

    public init(
        topicId: String, periodId: String, studentCount: Int64, sumOfPositions: Int64, averagePosition: Double,
        standardDeviation: Double, distribution: [Int64], percentile: Double, competitionCategory: CompetitionCategory,
        calculatedAt: Date
    ) {
        self.topicId = topicId
        self.periodId = periodId
        self.studentCount = studentCount
        self.sumOfPositions = sumOfPositions
        self.averagePosition = averagePosition
        self.standardDeviation = standardDeviation
        self.distribution = distribution
        self.percentile = percentile
        self.competitionCategory = competitionCategory
        self.calculatedAt = calculatedAt
    }

    public var subject: String { Subject.topic(topicId) }

    public func validate() throws(ContractViolation) {
        try Check.identifier(topicId, "data.topicId")
        try Check.identifier(periodId, "data.periodId")
        try Check.atLeast(studentCount, 0, "data.studentCount")
        try Check.atLeast(sumOfPositions, studentCount, "data.sumOfPositions")
        try Check.atLeast(averagePosition, 0, "data.averagePosition")
        try Check.atLeast(standardDeviation, 0, "data.standardDeviation")
        for (index, count) in distribution.enumerated() { try Check.atLeast(count, 0, "data.distribution[\(index)]") }
        let counted = try Check.sum(distribution, "data.distribution")
        guard counted == studentCount else {
            throw ContractViolation(field: "data.distribution", reason: "counts \(counted) students, not studentCount \(studentCount)")
        }
        try Check.within(percentile, 0...100, "data.percentile")
    }
}
