import Foundation
import Postgres
import RankingMetricsDomain

/// Everything a batch of ranking events is validated and applied against, loaded in one round trip.
struct RankingState: Sendable {
    /// The periods the batch names that exist, with their topics (T) and status.
    var periods: [PeriodID: SelectionPeriod] = [:]
    /// Current rankings of each (student, period) the batch names; absent means none yet.
    var rankings: [StudentPeriod: StudentRankings] = [:]
    /// Recorded batches, oldest first, of each (student, period) that asks for an undo.
    var history: [StudentPeriod: [RecordedRankingBatch]] = [:]
    /// Every topic aggregate of those periods, locked for this transaction and sized to the period's T.
    var aggregates: [TopicID: TopicAggregate] = [:]
}

extension RankingStore {
    /// Serializes writers of the same students (advisory locks, taken in sorted order so two
    /// batches cannot deadlock), then reads periods, rankings, undo history and the periods'
    /// aggregates `FOR UPDATE`: one pipeline.
    ///
    /// Per-student reads probe the index once per key (`LATERAL … OFFSET 0`, which the planner cannot
    /// flatten): as a plain join on `UNNEST`, PostgreSQL chose a hash join over the whole table once
    /// it held a million rankings, and a batch's cost grew with the table instead of with the batch.
    func loadState(
        students: Set<StudentPeriod>, undoing: Set<StudentPeriod>, periods: Set<PeriodID>,
        on connection: PostgresConnection
    ) throws -> RankingState {
        let pairs = students.sorted()
        let undoPairs = undoing.sorted()
        let periodIDs = periods.map(\.rawValue).sorted()
        let results = try run([
            PostgresStatement(
                """
                SELECT count(*) FROM (
                  SELECT pg_advisory_xact_lock(hashtextextended($2 || key, 0))
                  FROM (SELECT DISTINCT unnest($1::text[]) AS key ORDER BY 1) AS keys) AS locked
                """,
                [pairs.map(\.student.rawValue), "\(schema).student:"]),
            PostgresStatement(
                """
                SELECT p.period_id, p.status,
                       coalesce(array_agg(t.topic_id) FILTER (WHERE t.topic_id IS NOT NULL), '{}') AS topics
                FROM \(table("periods")) p LEFT JOIN \(table("topics")) t ON t.period_id = p.period_id
                WHERE p.period_id = ANY($1) GROUP BY p.period_id, p.status
                """,
                [periodIDs]),
            PostgresStatement(
                """
                SELECT r.student_id, r.period_id, r.topic_id, r.position
                FROM UNNEST($1::text[], $2::text[]) AS k(student_id, period_id)
                CROSS JOIN LATERAL (
                  SELECT * FROM \(table("rankings")) r
                  WHERE r.student_id = k.student_id AND r.period_id = k.period_id OFFSET 0) r
                """,
                [pairs.map(\.student.rawValue), pairs.map(\.period.rawValue)]),
            PostgresStatement(
                """
                SELECT b.event_id, b.student_id, b.period_id, b.session_id, b.changes::text
                FROM UNNEST($1::text[], $2::text[]) AS k(student_id, period_id)
                CROSS JOIN LATERAL (
                  SELECT * FROM \(table("ranking_batches")) b
                  WHERE b.student_id = k.student_id AND b.period_id = k.period_id OFFSET 0) b
                ORDER BY b.sequence
                """,
                [undoPairs.map(\.student.rawValue), undoPairs.map(\.period.rawValue)]),
            PostgresStatement(
                """
                SELECT topic_id, student_count, sum_positions, sum_squares, distribution
                FROM \(table("topic_aggregates")) WHERE period_id = ANY($1) ORDER BY topic_id FOR UPDATE
                """,
                [periodIDs]),
        ], on: connection)

        var state = RankingState()
        for row in results[1] {
            let id = PeriodID(try row.decode(0, as: String.self))
            let status: SelectionPeriod.Status = try row.decode(1, as: String.self) == "closed" ? .closed : .open
            let topics = try row.decode(2, as: [String].self).map { TopicID($0) }
            state.periods[id] = SelectionPeriod(id: id, topics: Set(topics), status: status)
        }
        var positions: [StudentPeriod: [TopicID: Int]] = [:]
        for row in results[2] {
            let key = StudentPeriod(
                student: StudentID(try row.decode(0, as: String.self)), period: PeriodID(try row.decode(1, as: String.self)))
            positions[key, default: [:]][TopicID(try row.decode(2, as: String.self))] = try row.decode(3, as: Int.self)
        }
        for pair in pairs {
            state.rankings[pair] = StudentRankings(
                studentID: pair.student, periodID: pair.period, positions: positions[pair] ?? [:])
        }
        for pair in undoPairs { state.history[pair] = [] }
        let decoder = JSONDecoder()
        for row in results[3] {
            let batch = RecordedRankingBatch(
                eventID: RankingEventID(try row.decode(0, as: String.self)),
                studentID: StudentID(try row.decode(1, as: String.self)),
                periodID: PeriodID(try row.decode(2, as: String.self)),
                sessionID: try row.decode(3, as: String.self),
                changes: try decoder.decode([RankingChange].self, from: Data(try row.decode(4, as: String.self).utf8)))
            state.history[StudentPeriod(student: batch.studentID, period: batch.periodID), default: []].append(batch)
        }
        let topicCounts = state.periods.values.reduce(into: [TopicID: Int]()) { counts, period in
            for topic in period.topics { counts[topic] = period.topicCount }
        }
        for row in results[4] {
            let topic = TopicID(try row.decode(0, as: String.self))
            state.aggregates[topic] = try StoredAggregate(row: row).aggregate(topicCount: topicCounts[topic] ?? 0)
        }
        return state
    }
}
