import AMQP
import EventContracts
import Foundation
import Logging
import Postgres
import TestSupport

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The `ranking-metrics` executable over a schema, queue and exchange of its own, started once and
/// ready before anything is timed. A measured phase publishes its events (several confirm windows
/// in flight while the service consumes) and times until the service has applied the last one.
final class ServiceBench {
    static let consumedTypes = [
        SelectionPeriodOpened.eventType, TopicCreated.eventType, StudentRegistered.eventType,
        RankingsBatchUpdated.eventType, RankingsUndoRequested.eventType, SelectionPeriodClosed.eventType,
    ]

    let schema = TestEnvironment.uniqueName("ranking_bench")
    let queue: String
    let exchange: String
    let pool: PostgresPool
    let publisher: AMQPPublisher
    let logger: Logger
    let settings: [String: String]
    let service: Process
    var random = SplitMix64(seed: 9)
    /// The cost phases' preloaded students in the shuffled order they take turns in, and whose turn is next.
    var costCycle: [Int] = []
    var costTurn = 0
    var storedRankings = 0

    init(logger: Logger) async throws {
        self.logger = logger
        queue = schema.replacingOccurrences(of: "_", with: "-")
        exchange = "\(queue).events"
        pool = PostgresPool(url: TestEnvironment.databaseURL, size: 2, logger: logger)
        publisher = AMQPPublisher(
            configuration: AMQPConfiguration(url: try AMQPURL(TestEnvironment.amqpURL), connectionName: "ranking-bench"),
            topology: Topology.service(queue, consumes: Self.consumedTypes, exchange: exchange, deliveryLimit: 5),
            logger: logger)
        settings = try ServiceExecutable.commonSettings(schema: schema, queue: queue, exchange: exchange)
        let executable = ServiceExecutable("ranking-metrics")
        guard FileManager.default.isExecutableFile(atPath: executable.url.path) else {
            throw BenchFailure("\(executable.url.path) is missing: build the ranking-metrics product in the same configuration")
        }
        service = executable.process(prefix: "RANKING_METRICS_", settings: settings)
        try service.run()
        try await waitUntilReady()
    }

    /// Polls `/health/ready` (database and broker reachable, migrations applied, consumer started).
    private func waitUntilReady() async throws {
        guard let url = URL(string: "http://127.0.0.1:\(settings["HTTP_PORT"] ?? "")/health/ready") else {
            throw BenchFailure("no HTTP port in the service settings")
        }
        let deadline = ContinuousClock.now + .seconds(60)
        while ContinuousClock.now < deadline {
            guard service.isRunning else { throw BenchFailure("ranking-metrics stopped with \(service.terminationStatus)") }
            if let (_, response) = try? await URLSession.shared.data(from: url), (response as? HTTPURLResponse)?.statusCode == 200 {
                return
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw BenchFailure("ranking-metrics was not ready within 60 s")
    }

    /// Publishes `messages` with several chunks in flight.
    func publish(_ messages: [OutgoingMessage]) async throws {
        let publisher = publisher
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, start) in stride(from: 0, to: messages.count, by: 500).enumerated() {
                let chunk = Array(messages[start..<min(start + 500, messages.count)])
                group.addTask { try await publisher.publish(chunk) }
                if index >= 3 { try await group.next() }
            }
            try await group.waitForAll()
        }
    }

    /// Publishes `messages` and waits until `progress` (a count) grew by `expected`; the seconds
    /// from the first publish until then.
    func timed(_ messages: [OutgoingMessage], progress sql: String, expected: Int) async throws -> Double {
        let target = try await count(sql) + expected
        let started = ContinuousClock.now
        try await publish(messages)
        let deadline = started + .seconds(1_800)
        while ContinuousClock.now < deadline {
            guard service.isRunning else { throw BenchFailure("ranking-metrics stopped with \(service.terminationStatus)") }
            if try await count(sql) >= target { return seconds(started.duration(to: .now)) }
            try await Task.sleep(for: .milliseconds(5))
        }
        throw BenchFailure("the consumer did not finish within 30 minutes")
    }

    func message<P: EventPayload>(_ data: P) throws -> OutgoingMessage {
        let event = CloudEvent(id: UUID(), source: "urn:market:bench", time: Date(), data: data)
        return OutgoingMessage(exchange: exchange, routingKey: P.eventType, body: Array(try event.jsonBytes()), messageId: event.id)
    }

    func count(_ sql: String) async throws -> Int {
        try await pool.withConnection { try $0.query(sql)[0].decode(0, as: Int.self) }
    }

    /// A full re-ranking of `topics` topics by `student`: always valid, whatever came before.
    func permutation(_ student: String, period: String, topics: Int) throws -> OutgoingMessage {
        let positions = (1...topics).shuffled(using: &random)
        return try message(
            RankingsBatchUpdated(
                studentId: student, periodId: period, sessionId: "bench",
                updates: positions.enumerated().map { .init(topicId: "\(period)-t\($0.offset)", position: Int64($0.element)) }))
    }

    func tearDown() async {
        if service.isRunning {
            service.terminate()
            service.waitUntilExit()
        }
        await publisher.shutdown()
        if let url = try? AMQPURL(TestEnvironment.amqpURL) {
            try? await AMQPAdministration.delete(
                queues: [queue, "\(queue).dlq"], exchanges: [exchange],
                configuration: AMQPConfiguration(url: url, connectionName: "ranking-bench-cleanup"))
        }
        let schema = schema
        _ = try? await pool.withConnection { try $0.query("DROP SCHEMA IF EXISTS \(schema) CASCADE") }
        await pool.shutdown()
    }
}

/// Something the bench needs did not work; the message says what.
struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
