import Foundation
import Postgres
import RankingMetricsDomain

/// What applying a batch of ranking events changes, accumulated in memory and written at once.
struct RankingWrites: Sendable {
    /// The final row of each touched (student, topic): a position, or `nil` for a deleted ranking.
    struct Row: Sendable {
        let period: PeriodID
        var position: Int?
        var previousPosition: Int?
        var sessionID: String
    }

    var rows: [RankingKey: Row] = [:]
    /// Recorded batches and undos, in the order they were applied.
    var batches: [RecordedRankingBatch] = []
    /// Aggregates changed by the batch.
    var aggregates: [TopicID: TopicAggregate] = [:]

    /// Notes an applied batch (or undo) recorded as `eventID`.
    mutating func record(_ applied: AppliedRankingBatch, eventID: RankingEventID) {
        for change in applied.changes {
            rows[RankingKey(student: applied.studentID, topic: change.topicID)] = Row(
                period: applied.periodID, position: change.newPosition, previousPosition: change.oldPosition,
                sessionID: applied.sessionID)
        }
        batches.append(
            RecordedRankingBatch(
                eventID: eventID, studentID: applied.studentID, periodID: applied.periodID,
                sessionID: applied.sessionID, changes: applied.changes))
    }
}

/// The unique key of a ranking (D001-15).
struct RankingKey: Hashable, Sendable, Comparable {
    let student: StudentID
    let topic: TopicID

    static func < (lhs: Self, rhs: Self) -> Bool { (lhs.student, lhs.topic) < (rhs.student, rhs.topic) }
}

extension RankingStore {
    /// The statements that store `writes`: ranking upserts and deletions, batch records, students
    /// and aggregates, each one set-based statement.
    func statements(for writes: RankingWrites, at now: Date) throws -> [PostgresStatement] {
        let keys = writes.rows.keys.sorted()
        let kept = keys.filter { writes.rows[$0]?.position != nil }
        let deleted = keys.filter { writes.rows[$0]?.position == nil }
        let rows = kept.compactMap { writes.rows[$0] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let changes = try writes.batches.map { String(decoding: try encoder.encode($0.changes), as: UTF8.self) }
        let aggregateTopics = writes.aggregates.keys.sorted()
        let aggregates = aggregateTopics.compactMap { writes.aggregates[$0] }
        let students = Set(writes.batches.map { StudentPeriod(student: $0.studentID, period: $0.periodID) }).sorted()
        return [
            PostgresStatement(
                """
                DELETE FROM \(table("rankings")) r USING UNNEST($1::text[], $2::text[]) AS d(student_id, topic_id)
                WHERE r.student_id = d.student_id AND r.topic_id = d.topic_id
                """,
                [deleted.map(\.student.rawValue), deleted.map(\.topic.rawValue)]),
            PostgresStatement(
                """
                INSERT INTO \(table("rankings")) AS r
                  (student_id, topic_id, period_id, position, previous_position, session_id, updated_at)
                SELECT s, t, p, pos, prev, sess, $7::timestamptz
                FROM UNNEST($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::text[]) AS u(s, t, p, pos, prev, sess)
                ON CONFLICT (student_id, topic_id) DO UPDATE
                SET position = EXCLUDED.position, previous_position = r.position,
                    session_id = EXCLUDED.session_id, updated_at = EXCLUDED.updated_at
                """,
                [
                    kept.map(\.student.rawValue), kept.map(\.topic.rawValue), rows.map(\.period.rawValue),
                    rows.map(\.position), rows.map(\.previousPosition), rows.map(\.sessionID), now,
                ]),
            PostgresStatement(
                """
                INSERT INTO \(table("ranking_batches"))
                  (event_id, student_id, period_id, session_id, changes, recorded_at)
                SELECT e, s, p, sess, c::jsonb, $6::timestamptz
                FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY
                  AS u(e, s, p, sess, c, n)
                ORDER BY n
                """,
                [
                    writes.batches.map(\.eventID.rawValue), writes.batches.map(\.studentID.rawValue),
                    writes.batches.map(\.periodID.rawValue), writes.batches.map(\.sessionID), changes, now,
                ]),
            PostgresStatement(
                """
                INSERT INTO \(table("students")) (student_id, period_id)
                SELECT * FROM UNNEST($1::text[], $2::text[]) ON CONFLICT DO NOTHING
                """,
                [students.map(\.student.rawValue), students.map(\.period.rawValue)]),
            PostgresStatement(
                """
                UPDATE \(table("topic_aggregates")) a
                SET student_count = u.c, sum_positions = u.s, sum_squares = u.q, distribution = u.d::bigint[],
                    updated_at = $6::timestamptz
                FROM UNNEST($1::text[], $2::bigint[], $3::bigint[], $4::bigint[], $5::text[]) AS u(topic_id, c, s, q, d)
                WHERE a.topic_id = u.topic_id
                """,
                [
                    aggregateTopics.map(\.rawValue), aggregates.map(\.count), aggregates.map(\.sumOfPositions),
                    aggregates.map(\.sumOfSquares), aggregates.map(\.distributionLiteral), now,
                ]),
        ]
    }
}
