import Foundation
import Hummingbird
import RankingMetricsDomain

/// A topic's metrics as the read API returns them, with `isStale` (D001-13).
struct TopicMetricsView: ResponseCodable, Equatable {
    let topicId: String
    let periodId: String
    let studentCount: Int
    let sumOfPositions: Int
    let averagePosition: Double
    let standardDeviation: Double
    let distribution: [Int]
    let percentile: Double
    let competitionCategory: String
    let calculatedAt: Date
    let isStale: Bool

    init(_ stored: StoredTopicMetrics) {
        let metrics = stored.metrics
        topicId = metrics.topicID.rawValue
        periodId = metrics.periodID.rawValue
        studentCount = metrics.studentCount
        sumOfPositions = metrics.sumOfPositions
        averagePosition = metrics.averagePosition
        standardDeviation = metrics.standardDeviation
        distribution = metrics.distribution
        percentile = metrics.percentile
        competitionCategory = metrics.competitionCategory.rawValue
        calculatedAt = metrics.calculatedAt.date
        isStale = stored.isStale
    }
}

/// A period's metrics, most popular first.
struct PeriodMetricsView: ResponseCodable, Equatable {
    let periodId: String
    let topics: [TopicMetricsView]
}

/// A topic's hourly trend (D001-16).
struct TrendView: ResponseCodable, Equatable {
    struct Hour: Codable, Equatable, Sendable {
        let hour: Int64
        let average: Double
        let samples: Int
    }

    let topicId: String
    let hours: Int
    let trend: [Hour]
}
