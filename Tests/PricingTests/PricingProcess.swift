import AMQP
import EventContracts
import Foundation
import Logging
import Postgres
import TestSupport

/// Runs the real `pricing` executable as child processes against their own schema, queue and
/// exchange, publishes events to them as voting and the catalog would, and collects what the
/// relay publishes on a sink queue.
final class PricingProcesses: Sendable {
    let schema = TestEnvironment.uniqueName("pricing_e2e")
    let queue: String
    let exchange: String
    let sinkQueue: String
    let logger = Logger(label: "pricing-e2e")
    let publisher: AMQPPublisher
    private let processes: ProcessList

    init() throws {
        queue = schema.replacingOccurrences(of: "_", with: "-")
        exchange = "\(queue).events"
        sinkQueue = "\(queue).sink"
        let consumed = [BrickListed.eventType, VoteRecorded.eventType, BrickRecheckRequested.eventType]
        let service = Topology.service(queue, consumes: consumed, exchange: exchange, deliveryLimit: 5)
        let topology = Topology(
            exchanges: service.exchanges,
            queues: service.queues + [
                QueueSpec(name: sinkQueue, bindings: [.init(exchange: exchange, routingKey: BrickStateUpdated.eventType)])
            ])
        publisher = AMQPPublisher(configuration: try Self.amqp("pricing-e2e-publisher"), topology: topology, logger: logger)
        processes = ProcessList()
    }

    static func amqp(_ name: String) throws -> AMQPConfiguration {
        AMQPConfiguration(url: try AMQPURL(TestEnvironment.amqpURL), connectionName: name)
    }

    /// Starts one more replica.
    func start() throws {
        let process = Process()
        process.executableURL = Self.buildFolder.appendingPathComponent("pricing")
        var environment = ProcessInfo.processInfo.environment
        environment["PRICING_SCHEMA"] = schema
        environment["PRICING_QUEUE"] = queue
        environment["PRICING_EXCHANGE"] = exchange
        environment["PRICING_DATABASE_URL"] = TestEnvironment.databaseURL
        environment["PRICING_AMQP_URL"] = TestEnvironment.amqpURL
        environment["PRICING_HTTP_PORT"] = String(Int.random(in: 20_000..<40_000))
        environment["PRICING_DELIVERY_LIMIT"] = "5"
        environment["PRICING_LOG_LEVEL"] = ProcessInfo.processInfo.environment["PRICING_E2E_LOG"] ?? "warning"
        environment["PRICING_OUTBOX_POLL_MS"] = "200"
        environment["PRICING_JOB_INTERVAL_SECONDS"] = "3600"
        process.environment = environment
        try process.run()
        processes.append(process)
    }

    static var buildFolder: URL {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        while url.pathExtension == "xctest" || url.lastPathComponent == "MacOS" || url.lastPathComponent == "Contents" {
            url.deleteLastPathComponent()
        }
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("pricing").path) { return url }
        return url.deletingLastPathComponent()
    }

    func message<P: EventPayload>(_ event: CloudEvent<P>) throws -> OutgoingMessage {
        OutgoingMessage(exchange: exchange, routingKey: P.eventType, body: Array(try event.jsonBytes()), messageId: event.id)
    }

    func publish(_ messages: [OutgoingMessage]) async throws {
        for start in stride(from: 0, to: messages.count, by: 500) {
            try await publisher.publish(Array(messages[start..<min(start + 500, messages.count)]))
        }
    }

    /// Polls until `condition` holds or `timeout` passes; returns whether it held.
    func eventually(timeout: Duration, _ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if (try? await condition()) == true { return true }
            try await Task.sleep(for: .milliseconds(200))
        }
        return try await condition()
    }

    /// SIGTERM to every replica; their exit statuses.
    func terminate() -> [Int32] {
        processes.all.map { process in
            process.terminate()
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    func tearDown(pool: PostgresPool) async {
        for process in processes.all where process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        await publisher.shutdown()
        try? await AMQPAdministration.delete(
            queues: [queue, "\(queue).dlq", sinkQueue], exchanges: [exchange], configuration: Self.amqp("pricing-e2e-admin"))
        let schema = schema
        if ProcessInfo.processInfo.environment["PRICING_E2E_KEEP"] == nil {
            _ = try? await pool.withConnection { try $0.query("DROP SCHEMA IF EXISTS \(schema) CASCADE") }
        }
    }
}

/// The child processes, behind a lock (the only mutable state of ``PricingProcesses``).
final class ProcessList: @unchecked Sendable {
    // `lock` guards `processes`.
    private let lock = NSLock()
    private var processes: [Process] = []

    func append(_ process: Process) { lock.withLock { processes.append(process) } }
    var all: [Process] { lock.withLock { processes } }
}
