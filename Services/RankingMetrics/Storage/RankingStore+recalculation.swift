import Foundation
import Postgres
import RankingMetricsDomain

/// What one recalculation run works on: the claimed periods' pending topics and every aggregate
/// of those periods (sized to the period's T).
struct RecalculationInput: Sendable {
    var pending: [PeriodID: Set<TopicID>] = [:]
    var aggregates: [PeriodID: [TopicID: TopicAggregate]] = [:]
}

extension RankingStore {
    /// The NOTIFY channel that says "period X has a new metrics snapshot" (payload: the period id).
    var metricsChannel: String { "\(schema)_metrics" }

    /// D001-12: notes the topics a consumed batch changed; the recalculation job picks them up.
    func markPending(_ affected: [PeriodID: Set<TopicID>]) -> PostgresStatement {
        let pairs = affected.flatMap { period, topics in topics.map { (period, $0) } }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        return PostgresStatement(
            """
            INSERT INTO \(table("pending_recalculations")) (period_id, topic_id)
            SELECT * FROM UNNEST($1::text[], $2::text[]) ON CONFLICT DO NOTHING
            """,
            [pairs.map(\.0.rawValue), pairs.map(\.1.rawValue)])
    }

    /// Claims up to `limit` periods with pending topics whose last recalculation is at least
    /// `intervalMilliseconds` before `now` (the per-period debounce, shared by every replica), stamps them
    /// with `now` and bumps their snapshot version. Periods another replica is working on are skipped.
    func claimDuePeriods(
        at now: Date, intervalMilliseconds: Int, limit: Int, on connection: PostgresConnection
    ) throws -> [PeriodID] {
        try connection.query(
            """
            WITH due AS (
              SELECT p.period_id FROM \(table("periods")) p
              WHERE EXISTS (SELECT 1 FROM \(table("pending_recalculations")) r WHERE r.period_id = p.period_id)
                AND (p.metrics_calculated_at IS NULL OR p.metrics_calculated_at <= $1::timestamptz - $2 * interval '1 millisecond')
              ORDER BY p.period_id LIMIT $3 FOR UPDATE SKIP LOCKED)
            UPDATE \(table("periods")) p SET metrics_calculated_at = $1, metrics_version = p.metrics_version + 1
            FROM due WHERE p.period_id = due.period_id
            RETURNING p.period_id
            """,
            [now, intervalMilliseconds, limit]
        ).map { PeriodID(try $0.decode(0, as: String.self)) }.sorted()
    }

    /// Takes the claimed periods' pending topics and reads their aggregates: one round trip.
    ///
    /// A ranking transaction still in flight keeps its pending rows (they are not visible to the
    /// DELETE), so its change is recalculated by a later run, never lost.
    func takeRecalculationInput(_ periods: [PeriodID], on connection: PostgresConnection) throws -> RecalculationInput {
        let ids = periods.map(\.rawValue)
        let results = try run([
            PostgresStatement(
                "DELETE FROM \(table("pending_recalculations")) WHERE period_id = ANY($1) RETURNING period_id, topic_id", [ids]),
            PostgresStatement(
                """
                SELECT a.topic_id, a.student_count, a.sum_positions, a.sum_squares, a.distribution, a.period_id,
                       count(*) OVER (PARTITION BY a.period_id)
                FROM \(table("topic_aggregates")) a WHERE a.period_id = ANY($1)
                """,
                [ids]),
        ], on: connection)
        var input = RecalculationInput()
        for row in results[0] {
            input.pending[PeriodID(try row.decode(0, as: String.self)), default: []].insert(TopicID(try row.decode(1, as: String.self)))
        }
        for row in results[1] {
            let aggregate = try StoredAggregate(row: row).aggregate(topicCount: try row.decode(6, as: Int.self))
            input.aggregates[PeriodID(try row.decode(5, as: String.self)), default: [:]][
                TopicID(try row.decode(0, as: String.self))] = aggregate
        }
        return input
    }

    /// Wakes the live-update streams of `periods`, on every replica, when the transaction commits.
    func notifyMetrics(_ periods: [PeriodID]) -> PostgresStatement {
        PostgresStatement(
            "SELECT count(pg_notify($1, id)) FROM unnest($2::text[]) AS id", [metricsChannel, periods.map(\.rawValue)])
    }

    /// The snapshot version of a period (bumped by every recalculation), or `nil` when it is unknown.
    func metricsVersion(_ period: PeriodID, on connection: PostgresConnection) throws -> Int? {
        try connection.query("SELECT metrics_version FROM \(table("periods")) WHERE period_id = $1", [period.rawValue])
            .first.map { try $0.decode(0, as: Int.self) }
    }
}
