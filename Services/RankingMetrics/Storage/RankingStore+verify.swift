import Postgres
import RankingMetricsDomain

extension RankingStore {
    /// Compares every maintained aggregate with one recomputed from the ranking rows by SQL
    /// (`count(*)`, `sum(position)`, `sum(position²)` and per-position counts): one round trip.
    func verifyAggregates(on connection: PostgresConnection) throws -> [AggregateDiscrepancy] {
        let results = try run([
            PostgresStatement(
                "SELECT topic_id, student_count, sum_positions, sum_squares, distribution FROM \(table("topic_aggregates"))"),
            PostgresStatement(
                """
                SELECT topic_id, count(*), sum(position), sum(position::bigint * position)
                FROM \(table("rankings")) GROUP BY topic_id
                """),
            PostgresStatement(
                "SELECT topic_id, position, count(*) FROM \(table("rankings")) GROUP BY topic_id, position"),
        ], on: connection)
        var maintained: [TopicID: TopicAggregate] = [:]
        for row in results[0] {
            let stored = try StoredAggregate(row: row)
            maintained[TopicID(try row.decode(0, as: String.self))] = try stored.aggregate(topicCount: stored.distribution.count)
        }
        var buckets: [TopicID: [Int: Int]] = [:]
        for row in results[2] {
            buckets[TopicID(try row.decode(0, as: String.self)), default: [:]][try row.decode(1, as: Int.self)] =
                try row.decode(2, as: Int.self)
        }
        var recomputed: [TopicID: TopicAggregate] = [:]
        for row in results[1] {
            let topic = TopicID(try row.decode(0, as: String.self))
            let counts = buckets[topic] ?? [:]
            let length = counts.keys.max() ?? 0
            recomputed[topic] = try TopicAggregate(
                count: try row.decode(1, as: Int.self), sumOfPositions: try row.decode(2, as: Int.self),
                sumOfSquares: try row.decode(3, as: Int.self),
                distribution: (0..<length).map { counts[$0 + 1] ?? 0 })
        }
        return RankingMetricsDomain.verifyAggregates(maintained: maintained, recomputed: recomputed)
    }
}
