import Postgres
import RankingMetricsDomain

/// A `topic_aggregates` row as stored: `(count, Σp, Σp², distribution)` read from columns 1…4.
struct StoredAggregate: Sendable {
    let count: Int
    let sumOfPositions: Int
    let sumOfSquares: Int
    let distribution: [Int]

    init(row: PostgresRow) throws {
        count = try row.decode(1, as: Int.self)
        sumOfPositions = try row.decode(2, as: Int.self)
        sumOfSquares = try row.decode(3, as: Int.self)
        distribution = try row.decode(4, as: [Int].self)
    }

    /// The domain aggregate padded (or trimmed) to the period's current T; the stored array may
    /// lag behind a T that grew after it was last written.
    func aggregate(topicCount: Int) throws -> TopicAggregate {
        try TopicAggregate(
            count: count, sumOfPositions: sumOfPositions, sumOfSquares: sumOfSquares, distribution: distribution
        ).resized(topicCount: max(topicCount, distribution.count))
    }
}

extension TopicAggregate {
    /// The distribution as a PostgreSQL array literal for a `bigint[]` column.
    var distributionLiteral: String { "{" + distribution.map(String.init).joined(separator: ",") + "}" }
}
