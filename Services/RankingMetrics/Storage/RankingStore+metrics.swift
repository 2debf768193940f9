import Foundation
import Postgres
import RankingMetricsDomain

extension RankingStore {
    /// The statements that store recalculations: upserted rows of recalculated topics, deleted
    /// rows of emptied ones (D001-07), every percentile of the periods (D001-12) and one history
    /// row per recalculated topic (D001-16).
    func statements(for recalculations: [MetricsRecalculation]) -> [PostgresStatement] {
        let rows = recalculations.flatMap(\.recalculated)
        let removed = recalculations.flatMap(\.removed)
        let percentiles = recalculations.flatMap { $0.percentiles.sorted { $0.key < $1.key } }
        let history = recalculations.flatMap(\.history)
        return [
            PostgresStatement(
                """
                INSERT INTO \(table("topic_metrics")) AS m
                  (topic_id, period_id, student_count, sum_positions, sum_squares, average_position,
                   standard_deviation, distribution, percentile, competition_category, calculated_at)
                SELECT t, p, c, s, q, a, sd, d::jsonb, pct, cat, at
                FROM UNNEST($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::bigint[], $6::float8[],
                            $7::float8[], $8::text[], $9::float8[], $10::text[], $11::timestamptz[])
                  AS u(t, p, c, s, q, a, sd, d, pct, cat, at)
                ON CONFLICT (topic_id) DO UPDATE
                SET student_count = EXCLUDED.student_count, sum_positions = EXCLUDED.sum_positions,
                    sum_squares = EXCLUDED.sum_squares, average_position = EXCLUDED.average_position,
                    standard_deviation = EXCLUDED.standard_deviation, distribution = EXCLUDED.distribution,
                    percentile = EXCLUDED.percentile, competition_category = EXCLUDED.competition_category,
                    calculated_at = EXCLUDED.calculated_at
                """,
                [
                    rows.map(\.topicID.rawValue), rows.map(\.periodID.rawValue), rows.map(\.studentCount),
                    rows.map(\.sumOfPositions), rows.map(\.sumOfSquares), rows.map(\.averagePosition),
                    rows.map(\.standardDeviation),
                    rows.map { "[" + $0.distribution.map(String.init).joined(separator: ",") + "]" },
                    rows.map(\.percentile), rows.map(\.competitionCategory.rawValue), rows.map(\.calculatedAt.date),
                ]),
            PostgresStatement(
                "DELETE FROM \(table("topic_metrics")) WHERE topic_id = ANY($1)", [removed.map(\.rawValue)]),
            PostgresStatement(
                """
                UPDATE \(table("topic_metrics")) m SET percentile = u.pct
                FROM UNNEST($1::text[], $2::float8[]) AS u(topic_id, pct)
                WHERE m.topic_id = u.topic_id AND m.percentile IS DISTINCT FROM u.pct
                """,
                [percentiles.map(\.key.rawValue), percentiles.map(\.value)]),
            PostgresStatement(
                """
                INSERT INTO \(table("topic_metrics_history")) (topic_id, calculated_at, average_position)
                SELECT * FROM UNNEST($1::text[], $2::timestamptz[], $3::float8[])
                """,
                [history.map(\.topicID.rawValue), history.map(\.calculatedAt.date), history.map(\.averagePosition)]),
        ]
    }
}

extension Timestamp {
    /// The instant of `date`, floored to the millisecond.
    init(_ date: Date) {
        self.init(millisecondsSinceEpoch: Int64((date.timeIntervalSince1970 * 1000).rounded(.down)))
    }

    var date: Date { Date(timeIntervalSince1970: Double(millisecondsSinceEpoch) / 1000) }
}
