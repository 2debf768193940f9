import EventContracts
import Foundation
import Postgres
import RankingMetricsDomain

/// The school system's facts a batch carries, de-duplicated by id (the last event wins).
struct CatalogChanges: Sendable {
    var periods: [String: SelectionPeriodOpened] = [:]
    var topics: [String: (eventID: String, topic: TopicCreated)] = [:]
    var students: [String: StudentRegistered] = [:]

    var isEmpty: Bool { periods.isEmpty && topics.isEmpty && students.isEmpty }
}

extension RankingStore {
    /// Upserts periods, topics (with an empty aggregate each) and students in one round trip.
    ///
    /// A topic may arrive before its period (producers are independent), so the period gets a
    /// placeholder row that `selection.period.opened` fills. Returns the ids of topic events that
    /// tried to move an existing topic to another period: those are refused by the caller.
    func writeCatalog(_ changes: CatalogChanges, on connection: PostgresConnection) throws -> [String] {
        guard !changes.isEmpty else { return [] }
        let periods = changes.periods.values.sorted { $0.periodId < $1.periodId }
        let topics = changes.topics.values.sorted { $0.topic.topicId < $1.topic.topicId }
        let students = changes.students.values.sorted { $0.studentId < $1.studentId }
        let results = try run([
            PostgresStatement(
                """
                INSERT INTO \(table("periods")) (period_id, title, opens_at, closes_at)
                SELECT * FROM UNNEST($1::text[], $2::text[], $3::timestamptz[], $4::timestamptz[])
                ON CONFLICT (period_id) DO UPDATE
                SET title = EXCLUDED.title, opens_at = EXCLUDED.opens_at, closes_at = EXCLUDED.closes_at
                """,
                [periods.map(\.periodId), periods.map(\.title), periods.map(\.opensAt), periods.map(\.closesAt)]),
            PostgresStatement(
                "INSERT INTO \(table("periods")) (period_id) SELECT DISTINCT unnest($1::text[]) ON CONFLICT DO NOTHING",
                [topics.map(\.topic.periodId)]),
            PostgresStatement(
                """
                INSERT INTO \(table("topics")) AS t (topic_id, period_id, title, capacity)
                SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[], $4::int[])
                ON CONFLICT (topic_id) DO UPDATE SET title = EXCLUDED.title, capacity = EXCLUDED.capacity
                WHERE t.period_id = EXCLUDED.period_id
                RETURNING topic_id
                """,
                [
                    topics.map(\.topic.topicId), topics.map(\.topic.periodId), topics.map(\.topic.title),
                    topics.map { Int($0.topic.capacity) },
                ]),
            PostgresStatement(
                """
                INSERT INTO \(table("topic_aggregates")) (topic_id, period_id)
                SELECT * FROM UNNEST($1::text[], $2::text[]) ON CONFLICT DO NOTHING
                """,
                [topics.map(\.topic.topicId), topics.map(\.topic.periodId)]),
            PostgresStatement(
                """
                INSERT INTO \(table("students")) AS s (student_id, period_id)
                SELECT * FROM UNNEST($1::text[], $2::text[])
                ON CONFLICT (student_id) DO UPDATE SET period_id = coalesce(EXCLUDED.period_id, s.period_id)
                """,
                [students.map(\.studentId), students.map(\.periodId)]),
        ], on: connection)
        let kept = Set(try results[2].map { try $0.decode(0, as: String.self) })
        return topics.filter { !kept.contains($0.topic.topicId) }.map(\.eventID)
    }
}
