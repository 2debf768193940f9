import AMQP
import EventContracts
import Foundation
import Logging
import Postgres
import TestSupport

@testable import voting

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Runs the real `voting` executable as child processes against their own schema, queue and
/// exchange, publishes events to them as the auth system, the catalog and the web front would,
/// and reads what the outbox relay publishes from a sink queue.
final class VotingProcesses: Sendable {
    let schema = TestEnvironment.uniqueName("voting_e2e")
    let queue: String
    let exchange: String
    let sinkQueue: String
    let logger = Logger(label: "voting-e2e")
    let publisher: AMQPPublisher
    let pool: PostgresPool
    private let sinkTopology: Topology
    private let children = ChildProcesses()

    init() throws {
        let queue = schema.replacingOccurrences(of: "_", with: "-")
        let exchange = "\(queue).events"
        let sinkQueue = "\(queue).sink"
        self.queue = queue
        self.exchange = exchange
        self.sinkQueue = sinkQueue
        let service = Topology.service(queue, consumes: VotingHandler.consumedTypes, exchange: exchange, deliveryLimit: 5)
        sinkTopology = Topology(
            exchanges: service.exchanges,
            queues: service.queues + [
                QueueSpec(
                    name: sinkQueue,
                    bindings: [VoteRecorded.eventType, VoteRejected.eventType].map { .init(exchange: exchange, routingKey: $0) })
            ])
        publisher = AMQPPublisher(configuration: try Self.amqp("voting-e2e-publisher"), topology: sinkTopology, logger: logger)
        pool = PostgresPool(url: TestEnvironment.databaseURL, size: 2, logger: logger)
    }

    static func amqp(_ name: String) throws -> AMQPConfiguration {
        AMQPConfiguration(url: try AMQPURL(TestEnvironment.amqpURL), connectionName: name)
    }

    /// Runs `body` with this harness and always tears it down.
    static func with(_ body: (VotingProcesses) async throws -> Void) async throws {
        let harness = try VotingProcesses()
        do {
            try await body(harness)
        } catch {
            await harness.tearDown()
            throw error
        }
        await harness.tearDown()
    }

    /// Starts one more replica; returns its HTTP port.
    @discardableResult
    func start() throws -> Int {
        var settings = try ServiceExecutable.commonSettings(schema: schema, queue: queue, exchange: exchange)
        settings["LOG_LEVEL"] = ProcessInfo.processInfo.environment["VOTING_E2E_LOG"] ?? "warning"
        let port = Int(settings["HTTP_PORT"] ?? "") ?? 0
        let process = ServiceExecutable("voting").process(prefix: "VOTING_", settings: settings)
        try process.run()
        children.append(process)
        return port
    }

    func publish<P: EventPayload>(_ events: [CloudEvent<P>]) async throws {
        let messages = try events.map {
            OutgoingMessage(exchange: exchange, routingKey: P.eventType, body: Array(try $0.jsonBytes()), messageId: $0.id)
        }
        for start in stride(from: 0, to: messages.count, by: 500) {
            try await publisher.publish(Array(messages[start..<min(start + 500, messages.count)]))
        }
    }

    /// An integer query on the service's schema (`{schema}` replaced).
    func count(_ sql: String) async throws -> Int {
        let schema = schema
        return try await pool.withConnection { connection in
            try connection.query(sql.replacingOccurrences(of: "{schema}", with: schema))[0].decode(0, as: Int.self)
        }
    }

    /// Waits until the service answers `/health/ready` on `port`.
    func ready(port: Int) async throws -> Bool {
        try await eventually(timeout: .seconds(60)) {
            guard let url = URL(string: "http://127.0.0.1:\(port)/health/ready") else { return false }
            let (_, response) = try await URLSession.shared.data(from: url)
            return (response as? HTTPURLResponse)?.statusCode == 200
        }
    }

    /// POSTs `body` to the intake of the replica on `port`; returns the status and body.
    func postIntent(port: Int, body: String, token: String) async throws -> (Int, String) {
        guard let url = URL(string: "http://127.0.0.1:\(port)/api/vote_intents") else { return (0, "") }
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(body.utf8)
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Reads the sink queue until `enough` holds for what arrived, or `timeout` passes.
    func sink(timeout: Duration, until enough: @escaping @Sendable ([EventEnvelope]) -> Bool) async throws -> [EventEnvelope] {
        let consumer = AMQPConsumer(
            configuration: try Self.amqp("voting-e2e-sink"), queue: sinkQueue, prefetch: 100, topology: sinkTopology, logger: logger)
        let received = await withTaskGroup(of: [EventEnvelope]?.self) { group in
            group.addTask {
                var envelopes: [EventEnvelope] = []
                for await delivery in consumer.deliveries {
                    if let envelope = try? EventEnvelope(decoding: Data(delivery.body)) { envelopes.append(envelope) }
                    try? await consumer.ack(delivery.tag, multiple: false)
                    if enough(envelopes) { return envelopes }
                }
                return envelopes
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
        await consumer.shutdown()
        return received ?? []
    }

    /// SIGTERM to every replica; their exit statuses.
    func terminate() -> [Int32] { children.terminate() }

    private func tearDown() async {
        children.kill()
        await publisher.shutdown()
        try? await AMQPAdministration.delete(
            queues: [queue, "\(queue).dlq", sinkQueue], exchanges: [exchange], configuration: Self.amqp("voting-e2e-admin"))
        let schema = schema
        _ = try? await pool.withConnection { try $0.query("DROP SCHEMA IF EXISTS \(schema) CASCADE") }
        await pool.shutdown()
    }
}
