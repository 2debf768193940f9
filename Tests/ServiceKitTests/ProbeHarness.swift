import AMQP
import EventContracts
import Foundation
import Logging
import Postgres
import TestSupport

/// Runs `servicekit-probe` as a real child process against its own schema, queue and exchange,
/// publishes events to it as another system would, and reads back what it stored and emitted.
final class ProbeHarness: @unchecked Sendable {
    // Mutable state (`process`) is only touched by the test that owns the harness.
    let schema = TestEnvironment.uniqueName("probe")
    let queue: String
    let exchange: String
    let sinkQueue: String
    let logger = Logger(label: "probe-test")
    let pool: PostgresPool
    let publisher: AMQPPublisher
    private var process: Process?

    init() throws {
        queue = schema.replacingOccurrences(of: "_", with: "-")
        exchange = "\(queue).events"
        sinkQueue = "\(queue).sink"
        pool = PostgresPool(url: TestEnvironment.databaseURL, size: 2, logger: logger)
        // Declaring the probe's own topology up front lets events queue before it starts, and a sink
        // queue collects what its relay publishes.
        let topology = Topology(
            exchanges: Topology.service(queue, consumes: [BrickListed.eventType], exchange: exchange).exchanges,
            queues: Topology.service(queue, consumes: [BrickListed.eventType], exchange: exchange).queues + [
                QueueSpec(name: sinkQueue, bindings: [.init(exchange: exchange, routingKey: BrickPriceClosed.eventType)])
            ])
        publisher = AMQPPublisher(configuration: try Self.amqp("probe-test-publisher"), topology: topology, logger: logger)
    }

    // A test that throws never reaches `tearDown()`; a child left running would keep `swift test`
    // waiting for the output pipe it inherited.
    deinit { kill() }

    static func amqp(_ name: String) throws -> AMQPConfiguration {
        AMQPConfiguration(url: try AMQPURL(TestEnvironment.amqpURL), connectionName: name)
    }

    // MARK: The child process

    func start(overriding overrides: [String: String] = [:]) throws {
        var settings = try ServiceExecutable.commonSettings(schema: schema, queue: queue, exchange: exchange)
        settings["BATCH_SIZE"] = "200"
        settings.merge(overrides) { _, override in override }
        let process = ServiceExecutable("servicekit-probe").process(prefix: "PROBE_", settings: settings)
        try process.run()
        self.process = process
    }

    func kill() {
        guard let process, process.isRunning else { return }
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// The exit status once the process ends by itself.
    func exitStatus() -> Int32 {
        guard let process else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// SIGTERM, then the exit status once the process is gone.
    func terminate() -> Int32 {
        guard let process else { return -1 }
        process.terminate()
        process.waitUntilExit()
        return process.terminationStatus
    }

    // MARK: Events in

    /// `count` valid `brick.listed` events with fresh ids.
    func listings(_ count: Int, name: String = "brick") -> [OutgoingMessage] {
        (0..<count).map { _ in message(for: listing(name: name)) }
    }

    func listing(name: String) -> CloudEvent<BrickListed> {
        CloudEvent(
            id: UUID(), source: "urn:market:test", time: Date(),
            data: BrickListed(brickId: UUID().uuidString.lowercased(), name: name, baselinePriceCents: 1_000, listedAt: Date()))
    }

    func message(for event: CloudEvent<BrickListed>) -> OutgoingMessage {
        message(body: Array((try? event.jsonBytes()) ?? Data()), id: event.id)
    }

    func message(body: [UInt8], id: String) -> OutgoingMessage {
        OutgoingMessage(exchange: exchange, routingKey: BrickListed.eventType, body: body, messageId: id)
    }

    func publish(_ messages: [OutgoingMessage]) async throws {
        for start in stride(from: 0, to: messages.count, by: 500) {
            try await publisher.publish(Array(messages[start..<min(start + 500, messages.count)]))
        }
    }

    // MARK: What happened

    func appliedCount() async throws -> Int {
        let schema = schema
        return try await pool.withConnection { connection in
            try connection.query("SELECT count(*) FROM \(schema).applied")[0].decode(0, as: Int.self)
        }
    }

    /// Event ids applied more than once (must always be empty).
    func appliedTwice() async throws -> [String] {
        let schema = schema
        return try await pool.withConnection { connection in
            try connection.query("SELECT event_id FROM \(schema).applied GROUP BY event_id HAVING count(*) > 1")
                .map { try $0.decode(0, as: String.self) }
        }
    }

    func unpublishedOutboxRows() async throws -> Int {
        let schema = schema
        return try await pool.withConnection { connection in
            try connection.query("SELECT count(*) FROM \(schema).outbox")[0]
                .decode(0, as: Int.self)
        }
    }

    func eventually(timeout: Duration, _ condition: () async throws -> Bool) async throws -> Bool {
        try await TestSupport.eventually(timeout: timeout, condition)
    }

    /// Reads `queue` until `expected` distinct message ids arrived or `timeout` passes.
    func distinctMessageIDs(in queue: String, expected: Int, timeout: Duration) async throws -> [String: Delivery] {
        let consumer = AMQPConsumer(
            configuration: try Self.amqp("probe-test-reader"), queue: queue, prefetch: 500,
            topology: Topology(exchanges: [], queues: []), logger: logger)
        var seen: [String: Delivery] = [:]
        let deadline = ContinuousClock.now + timeout
        let reader = Task {
            var seen: [String: Delivery] = [:]
            for await delivery in consumer.deliveries {
                seen[delivery.messageId ?? "?"] = delivery
                try? await consumer.ack(delivery.tag, multiple: false)
                if seen.count >= expected { break }
            }
            return seen
        }
        let watchdog = Task {
            try? await Task.sleep(until: deadline)
            await consumer.shutdown()
        }
        seen = await reader.value
        watchdog.cancel()
        await consumer.shutdown()
        return seen
    }

    func tearDown() async {
        if let process, process.isRunning { kill() }
        await publisher.shutdown()
        try? await AMQPAdministration.delete(
            queues: [queue, "\(queue).dlq", sinkQueue], exchanges: [exchange], configuration: Self.amqp("probe-test-admin"))
        let schema = schema
        _ = try? await pool.withConnection { try $0.query("DROP SCHEMA IF EXISTS \(schema) CASCADE") }
        await pool.shutdown()
    }
}
