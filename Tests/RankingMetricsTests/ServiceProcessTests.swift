import EventContracts
import Foundation
import Postgres
import RankingMetricsDomain
import TestSupport
import Testing

@testable import ranking_metrics

/// The running service end to end: broker in, PostgreSQL, outbox relay out, and its commands.
@Suite struct ServiceProcessTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    static func event<P: EventPayload>(_ data: P) -> CloudEvent<P> {
        CloudEvent(id: UUID(), source: "urn:market:test", time: now, data: data)
    }

    static func rank(_ student: String, _ positions: [(String, Int64?)]) -> CloudEvent<RankingsBatchUpdated> {
        event(RankingsBatchUpdated(
            studentId: student, periodId: "p", sessionId: "web-\(student)",
            updates: positions.map { .init(topicId: $0.0, position: $0.1) }))
    }

    @Test func invalidBatchesAreDeadLetteredDuplicatesAppliedOnceAndMetricsPublished() async throws {
        let service = try RankingProcess()
        let pool = PostgresPool(url: TestEnvironment.databaseURL, size: 2, logger: service.logger)
        do {
            try await run(service, pool: pool)
        } catch {
            await service.tearDown(pool: pool)
            await pool.shutdown()
            throw error
        }
        await service.tearDown(pool: pool)
        await pool.shutdown()
    }

    private func count(_ sql: String, _ pool: PostgresPool) async throws -> Int {
        try await pool.withConnection { try $0.query(sql)[0].decode(0, as: Int.self) }
    }

    private func run(_ service: RankingProcess, pool: PostgresPool) async throws {
        let schema = service.schema
        try service.process.run()
        try await service.publish([Self.event(SelectionPeriodOpened(periodId: "p", title: "P", opensAt: Self.now))])
        try await service.publish((0..<4).map { Self.event(TopicCreated(topicId: "p-t\($0)", periodId: "p", title: "T\($0)", capacity: 1)) })
        #expect(try await eventually(timeout: .seconds(60)) { try await count("SELECT count(*) FROM \(schema).topics", pool) == 4 })

        let first = Self.rank("s1", [("p-t0", 1), ("p-t1", 2)])
        // D001-10 cannot even be encoded through the contract type: the wire bytes are edited.
        let twice = Self.rank("s9", [("p-t0", 1), ("p-tX", 2)])
        let duplicateTopic = try service.message(twice)
        let body = String(decoding: duplicateTopic.body, as: UTF8.self).replacingOccurrences(of: "p-tX", with: "p-t0")
        try await service.publish([first, first, Self.rank("s2", [("p-t0", 2), ("p-t2", 1)])])
        try await service.publish([Self.rank("s9", [("p-t0", 5)]), Self.rank("s9", [("p-t0", 1), ("p-t1", 1)])])
        try await service.publisher.publish([
            .init(exchange: service.exchange, routingKey: RankingsBatchUpdated.eventType, body: Array(body.utf8), messageId: twice.id)
        ])
        #expect(try await eventually(timeout: .seconds(60)) { try await service.messages(in: "\(service.queue).dlq") == 3 })
        #expect(try await eventually(timeout: .seconds(30)) {
            try await count("SELECT count(*) FROM \(schema).ranking_batches", pool) == 2
        })
        // The duplicate delivery was applied once; the refused batches wrote nothing.
        #expect(try await count("SELECT count(*) FROM \(schema).ranking_batches WHERE student_id = 's1'", pool) == 1)
        #expect(try await count("SELECT count(*) FROM \(schema).rankings WHERE student_id = 's9'", pool) == 0)

        try await service.publish([Self.event(RankingsUndoRequested(studentId: "s2", periodId: "p"))])
        let metricsSettled = try await eventually(timeout: .seconds(30)) {
            try await pool.withConnection { connection in
                try connection.query("SELECT topic_id, student_count FROM \(schema).topic_metrics ORDER BY topic_id")
                    .map { "\(try $0.decode(0, as: String.self))=\(try $0.decode(1, as: Int.self))" }
            } == ["p-t0=1", "p-t1=1"]
        }
        #expect(metricsSettled)
        #expect(try await eventually(timeout: .seconds(30)) { try await service.messages(in: service.sinkQueue) >= 2 })
        #expect(try await eventually(timeout: .seconds(30)) {
            try await count("SELECT count(*) FROM \(schema).outbox", pool) == 0
        })

        // `verify` agrees, then names a corrupted aggregate and exits 1.
        let clean = try service.command(["verify"])
        #expect(clean.status == 0)
        try await pool.withConnection {
            _ = try $0.query("UPDATE \(schema).topic_aggregates SET sum_squares = sum_squares + 3 WHERE topic_id = 'p-t1'")
        }
        let corrupted = try service.command(["verify"])
        #expect(corrupted.status == 1)
        let report = try JSONDecoder().decode(VerifyReportProbe.self, from: Data(corrupted.output.utf8))
        #expect(report.consistent == false)
        #expect(report.discrepancies.map(\.topicID) == ["p-t1"])
        #expect(service.terminate() == 0)
    }

    /// The part of `verify`'s output the test reads.
    struct VerifyReportProbe: Decodable {
        struct Difference: Decodable { let topicID: String }
        let consistent: Bool
        let discrepancies: [Difference]
    }

    @Test func assignSolvesAFileAndPrintsCostAndRankProfile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(TestEnvironment.uniqueName("assign")).json")
        // a has 1 seat, b 2 seats. x: a, b; y: a; z: b. Placing all three needs y→a (1), z→b (1),
        // x→b (2): total 4, profile [2, 1]; x→a would leave y unplaced.
        let instance = """
            {"topics": [{"id": "a", "capacity": 1}, {"id": "b", "capacity": 2}],
             "students": [{"id": "x", "ranking": ["a", "b"]}, {"id": "y", "ranking": ["a"]}, {"id": "z", "ranking": ["b"]}]}
            """
        try Data(instance.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = ServiceExecutable("ranking-metrics").process(prefix: "RANKING_METRICS_", settings: [:], arguments: ["assign", "--input", file.path])
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let view = try JSONDecoder().decode(AssignmentView.self, from: output)
        #expect(view.totalCost == 4)
        #expect(view.rankProfile == [2, 1])
        #expect(view.unassignedStudentIds.isEmpty)
        #expect(view.assignments.map { "\($0.studentId)→\($0.topicId)" } == ["x→b", "y→a", "z→b"])
    }
}
