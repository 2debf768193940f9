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
    private let processes = ChildProcesses()

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
    }

    static func amqp(_ name: String) throws -> AMQPConfiguration {
        AMQPConfiguration(url: try AMQPURL(TestEnvironment.amqpURL), connectionName: name)
    }

    /// Starts one more replica; returns its HTTP port.
    @discardableResult
    func start() throws -> Int {
        var settings = try ServiceExecutable.commonSettings(schema: schema, queue: queue, exchange: exchange)
        settings["LOG_LEVEL"] = ProcessInfo.processInfo.environment["PRICING_E2E_LOG"] ?? "warning"
        settings["JOB_INTERVAL_SECONDS"] = "3600"
        let process = ServiceExecutable("pricing").process(prefix: "PRICING_", settings: settings)
        try process.run()
        processes.append(process)
        return Int(settings["HTTP_PORT"] ?? "") ?? 0
    }

    func message<P: EventPayload>(_ event: CloudEvent<P>) throws -> OutgoingMessage {
        OutgoingMessage(exchange: exchange, routingKey: P.eventType, body: Array(try event.jsonBytes()), messageId: event.id)
    }

    func publish(_ messages: [OutgoingMessage]) async throws {
        for start in stride(from: 0, to: messages.count, by: 500) {
            try await publisher.publish(Array(messages[start..<min(start + 500, messages.count)]))
        }
    }

    func eventually(timeout: Duration, _ condition: () async throws -> Bool) async throws -> Bool {
        try await TestSupport.eventually(timeout: timeout, condition)
    }

    /// SIGTERM to every replica; their exit statuses.
    func terminate() -> [Int32] { processes.terminate() }

    func tearDown(pool: PostgresPool) async {
        processes.kill()
        await publisher.shutdown()
        try? await AMQPAdministration.delete(
            queues: [queue, "\(queue).dlq", sinkQueue], exchanges: [exchange], configuration: Self.amqp("pricing-e2e-admin"))
        let schema = schema
        if ProcessInfo.processInfo.environment["PRICING_E2E_KEEP"] == nil {
            _ = try? await pool.withConnection { try $0.query("DROP SCHEMA IF EXISTS \(schema) CASCADE") }
        }
    }
}
