import Foundation
import Postgres
import RankingMetricsDomain

/// A stored metrics row with its staleness against the live aggregate (D001-13, D001-14).
struct StoredTopicMetrics: Sendable {
    let metrics: TopicMetrics
    let isStale: Bool
}

extension RankingStore {
    private var metricsColumns: String {
        """
        SELECT m.topic_id, m.period_id, m.student_count, m.sum_positions, m.sum_squares,
               m.distribution::text, m.percentile, m.calculated_at,
               a.student_count, a.sum_positions, a.sum_squares, a.updated_at
        """
    }

    private var metricsWithAggregates: String {
        "\(table("topic_metrics")) m JOIN \(table("topic_aggregates")) a ON a.topic_id = m.topic_id"
    }

    /// A period's metrics, most popular first (percentile descending, then average, then id), or `nil`
    /// when the period is unknown.
    ///
    /// One query: the period row left-joined to its metrics, so a known period without metrics gives
    /// one row of NULLs (an empty list) and an unknown period gives no row at all.
    func periodMetrics(_ period: PeriodID, on connection: PostgresConnection) throws -> [StoredTopicMetrics]? {
        let rows = try connection.query(
            """
            \(metricsColumns)
            FROM \(table("periods")) p LEFT JOIN (\(metricsWithAggregates)) ON m.period_id = p.period_id
            WHERE p.period_id = $1 ORDER BY m.percentile DESC, m.average_position, m.topic_id
            """,
            [period.rawValue])
        guard !rows.isEmpty else { return nil }
        return try rows.compactMap { row in try row.decode(0, as: String?.self) == nil ? nil : try Self.storedMetrics(row) }
    }

    /// One topic's metrics, or `nil` when it has none (unknown, or nobody ranked it: D001-07).
    func topicMetrics(_ topic: TopicID, on connection: PostgresConnection) throws -> StoredTopicMetrics? {
        try connection.query(metricsColumns + " FROM \(metricsWithAggregates) WHERE m.topic_id = $1", [topic.rawValue])
            .first.map(Self.storedMetrics)
    }

    /// Reads never write (D001-14): staleness compares the row with the aggregate kept beside the rankings.
    private static func storedMetrics(_ row: PostgresRow) throws -> StoredTopicMetrics {
        let distribution = try JSONDecoder().decode([Int].self, from: Data(try row.decode(5, as: String.self).utf8))
        let aggregate = try TopicAggregate(
            count: try row.decode(2, as: Int.self), sumOfPositions: try row.decode(3, as: Int.self),
            sumOfSquares: try row.decode(4, as: Int.self), distribution: distribution)
        let metrics = TopicMetrics(
            topicID: TopicID(try row.decode(0, as: String.self)), periodID: PeriodID(try row.decode(1, as: String.self)),
            aggregate: aggregate, percentile: try row.decode(6, as: Double.self),
            calculatedAt: Timestamp(try row.decode(7, as: Date.self)))
        let live = AggregateTotals(
            count: try row.decode(8, as: Int.self), sumOfPositions: try row.decode(9, as: Int.self),
            sumOfSquares: try row.decode(10, as: Int.self))
        let updated = try row.decode(11, as: Date?.self).map(Timestamp.init)
        return StoredTopicMetrics(metrics: metrics, isStale: isStale(metrics, live: live, latestRankingUpdate: updated))
    }

    /// A topic's history rows inside `window` (D001-16), or `nil` when the topic is unknown.
    ///
    /// One query, as for ``periodMetrics(_:on:)``: the topic row left-joined to its history in the window.
    func history(
        of topic: TopicID, in window: TrendWindow, on connection: PostgresConnection
    ) throws -> [MetricsHistoryEntry]? {
        let rows = try connection.query(
            """
            SELECT h.calculated_at, h.average_position FROM \(table("topics")) t
            LEFT JOIN \(table("topic_metrics_history")) h
              ON h.topic_id = t.topic_id AND h.calculated_at >= $2 AND h.calculated_at <= $3
            WHERE t.topic_id = $1 ORDER BY h.calculated_at, h.id
            """,
            [topic.rawValue, window.since.date, window.now.date])
        guard !rows.isEmpty else { return nil }
        return try rows.compactMap { row in
            guard let calculatedAt = try row.decode(0, as: Date?.self) else { return nil }
            return MetricsHistoryEntry(
                topicID: topic, calculatedAt: Timestamp(calculatedAt), averagePosition: try row.decode(1, as: Double.self))
        }
    }

    /// A period's stored assignment, or `nil` when none was computed.
    func storedAssignment(_ period: PeriodID, on connection: PostgresConnection) throws -> AssignmentView? {
        let results = try run([
            PostgresStatement(
                """
                SELECT algorithm, total_cost, rank_profile, unassigned_student_ids, computed_at
                FROM \(table("assignment_runs")) WHERE period_id = $1
                """, [period.rawValue]),
            PostgresStatement(
                """
                SELECT student_id, topic_id, position FROM \(table("assignments"))
                WHERE period_id = $1 ORDER BY student_id
                """, [period.rawValue]),
        ], on: connection)
        guard let run = results[0].first else { return nil }
        return AssignmentView(
            periodId: period.rawValue, mode: try run.decode(0, as: String.self),
            assignments: try results[1].map {
                .init(studentId: try $0.decode(0, as: String.self), topicId: try $0.decode(1, as: String.self),
                      position: try $0.decode(2, as: Int.self))
            },
            unassignedStudentIds: try run.decode(3, as: [String].self), totalCost: try run.decode(1, as: Int.self),
            rankProfile: try run.decode(2, as: [Int].self), computedAt: try run.decode(4, as: Date.self))
    }
}

extension RankingStore {
    func periodExists(_ period: PeriodID, on connection: PostgresConnection) throws -> Bool {
        try !connection.query("SELECT 1 FROM \(table("periods")) WHERE period_id = $1", [period.rawValue]).isEmpty
    }
}
