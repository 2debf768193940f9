import EventContracts
import Foundation
import Postgres

extension ServiceBench {
    struct Throughput {
        let updates: Int
        let seconds: Double
        var rate: Double { Double(updates) / seconds }
    }

    /// Topics of the cost phases' period: 10,000 stored rankings are then 1,000 students, more than a batch.
    static let costTopics = 10

    struct Cost {
        let storedRankings: Int
        let updates: Int
        let microsecondsPerUpdate: Double
    }

    /// Creates a period of `topics` topics through the consumer.
    func openPeriod(_ period: String, topics: Int) async throws {
        _ = try await timed(
            [try message(SelectionPeriodOpened(periodId: period, title: period, opensAt: Date()))]
                + (0..<topics).map { try message(TopicCreated(topicId: "\(period)-t\($0)", periodId: period, title: "t\($0)", capacity: 12)) },
            progress: "SELECT count(*) FROM \(schema).topics", expected: topics)
    }

    /// Position updates per second: every event ranks all `topics` topics for a new student.
    func throughput(updates: Int, topics: Int) async throws -> Throughput {
        let period = "throughput"
        try await openPeriod(period, topics: topics)
        let events = max(1, updates / topics)
        let messages = try (0..<events).map { try permutation("student-\($0)", period: period, topics: topics) }
        let elapsed = try await timed(messages, progress: "SELECT count(*) FROM \(schema).ranking_batches", expected: events)
        return Throughput(updates: events * topics, seconds: elapsed)
    }

    /// Prepares the per-update cost rounds with `storedRankings` rankings in the table: the period's
    /// ``costTopics`` topics are ranked by preloaded students (written by SQL while the consumer is idle,
    /// aggregates recomputed), then `warmUp` untimed re-rankings pay for cold caches and connections.
    ///
    /// The students take turns in one shuffled cycle, so one student's re-rankings are `students` events
    /// apart: more than a consumer batch at both sizes, so no batch merges two updates of one row. With
    /// random picks among the small table's few students, most of a batch's updates hit rows the batch
    /// already wrote and cost almost nothing, and the ratio would measure that, not the table's size.
    func prepareCost(storedRankings: Int, warmUp: Int) async throws {
        try await openPeriod("cost", topics: Self.costTopics)
        let students = max(1, storedRankings / Self.costTopics)
        try await preload("cost", topics: Self.costTopics, students: students)
        self.storedRankings = try await count("SELECT count(*) FROM \(schema).rankings")
        costCycle = (0..<students).shuffled(using: &random)
        _ = try await costRound(events: warmUp)
    }

    /// The cost of one position update: `events` re-rankings of the next preloaded students in the
    /// cycle go through the consumer, timed until the last is applied.
    func costRound(events: Int) async throws -> Cost {
        let messages = try (0..<events).map { _ in
            defer { costTurn += 1 }
            return try permutation("pre-\(costCycle[costTurn % costCycle.count])", period: "cost", topics: Self.costTopics)
        }
        let elapsed = try await timed(messages, progress: "SELECT count(*) FROM \(schema).ranking_batches", expected: events)
        let updates = events * Self.costTopics
        return Cost(storedRankings: storedRankings, updates: updates, microsecondsPerUpdate: elapsed * 1e6 / Double(updates))
    }

    /// Writes the preloads' dirty pages out now, so the checkpointer does not write a million rows'
    /// worth of them in the middle of the first rounds. Needs the pg_checkpoint role (PostgreSQL 15+);
    /// without it the rounds still run, noisier.
    func checkpoint() async throws {
        do {
            _ = try await pool.withConnection { try $0.query("CHECKPOINT") }
        } catch {
            print("no CHECKPOINT before the cost rounds (\(error)); the first rounds may share the disk with it")
        }
    }

    /// Students `pre-0 ..< pre-students` rank every topic (a rotation each, so positions are valid);
    /// then the period's aggregates are recomputed from the rows, as `verify` would expect them, and the
    /// table is vacuumed.
    func preload(_ period: String, topics: Int, students: Int) async throws {
        let schema = schema
        try await pool.withConnection { connection in
            _ = try connection.pipeline([
                PostgresStatement(
                    """
                    INSERT INTO \(schema).rankings (student_id, topic_id, period_id, position, session_id, updated_at)
                    SELECT 'pre-' || s, $1 || '-t' || t, $1, ((t + s) % $2) + 1, 'preload', now()
                    FROM generate_series(0, $3 - 1) AS s, generate_series(0, $2 - 1) AS t
                    ON CONFLICT (student_id, topic_id) DO NOTHING
                    """,
                    [period, topics, students]),
                PostgresStatement(
                    """
                    WITH totals AS (
                      SELECT topic_id, count(*) AS c, sum(position) AS s, sum(position::bigint * position) AS q
                      FROM \(schema).rankings WHERE period_id = $1 GROUP BY topic_id),
                    buckets AS (
                      SELECT t.topic_id, array_agg(coalesce(n.n, 0) ORDER BY p) AS d
                      FROM \(schema).topics t CROSS JOIN generate_series(1, $2) AS p
                      LEFT JOIN (SELECT topic_id, position, count(*) AS n FROM \(schema).rankings
                                 WHERE period_id = $1 GROUP BY topic_id, position) n
                        ON n.topic_id = t.topic_id AND n.position = p
                      WHERE t.period_id = $1 GROUP BY t.topic_id)
                    UPDATE \(schema).topic_aggregates a
                    SET student_count = totals.c, sum_positions = totals.s, sum_squares = totals.q, distribution = buckets.d
                    FROM totals JOIN buckets USING (topic_id) WHERE a.topic_id = totals.topic_id
                    """,
                    [period, topics]),
            ])
            // A table that lives long is vacuumed by autovacuum; one bulk-loaded a moment ago is not yet, and its
            // first readers would set a million hint bits, and autovacuum would scan it in the middle of the
            // measurement. Vacuum it now, so the phase measures the steady state. (Outside the pipeline:
            // VACUUM cannot run in its implicit transaction.)
            _ = try connection.query("VACUUM (ANALYZE) \(schema).rankings")
        }
    }
}
