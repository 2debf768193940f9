import AMQP
import EventContracts
import Foundation
import Logging
import Postgres
import ServiceKit
import TestSupport

@testable import ranking_metrics

/// The real `ranking-metrics` executable as a child process over its own schema, queue and
/// exchange; a sink queue collects what its relay publishes.
final class RankingProcess: Sendable {
    let schema = TestEnvironment.uniqueName("ranking_e2e")
    let queue: String
    let exchange: String
    let sinkQueue: String
    let logger = Logger(label: "ranking-e2e")
    let publisher: AMQPPublisher
    let process: Process

    init() throws {
        queue = schema.replacingOccurrences(of: "_", with: "-")
        exchange = "\(queue).events"
        sinkQueue = "\(queue).sink"
        let service = Topology.service(queue, consumes: RankingEventsHandler.consumedTypes, exchange: exchange, deliveryLimit: 5)
        let exchange = exchange
        let sinkBindings = [TopicMetricsCalculated.eventType, AssignmentComputed.eventType].map {
            QueueSpec.Binding(exchange: exchange, routingKey: $0)
        }
        publisher = AMQPPublisher(
            configuration: try Self.amqp("ranking-e2e-publisher"),
            topology: Topology(exchanges: service.exchanges, queues: service.queues + [QueueSpec(name: sinkQueue, bindings: sinkBindings)]),
            logger: logger)
        var settings = try ServiceExecutable.commonSettings(schema: schema, queue: queue, exchange: exchange)
        settings["RECALCULATION_INTERVAL_MS"] = "200"
        process = ServiceExecutable("ranking-metrics").process(prefix: RankingMetricsService.environmentPrefix, settings: settings)
    }

    static func amqp(_ name: String) throws -> AMQPConfiguration {
        AMQPConfiguration(url: try AMQPURL(TestEnvironment.amqpURL), connectionName: name)
    }

    /// Runs another subcommand of the executable against the same schema; its exit status and output.
    func command(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let child = ServiceExecutable("ranking-metrics").process(
            prefix: RankingMetricsService.environmentPrefix,
            settings: ["SCHEMA": schema, "DATABASE_URL": TestEnvironment.databaseURL, "LOG_LEVEL": "warning"],
            arguments: arguments)
        let pipe = Pipe()
        child.standardOutput = pipe
        try child.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        child.waitUntilExit()
        return (child.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    func publish<P: EventPayload>(_ events: [CloudEvent<P>]) async throws {
        try await publisher.publish(try events.map(message))
    }

    func message<P: EventPayload>(_ event: CloudEvent<P>) throws -> OutgoingMessage {
        OutgoingMessage(exchange: exchange, routingKey: P.eventType, body: Array(try event.jsonBytes()), messageId: event.id)
    }

    func messages(in queue: String) async throws -> Int {
        try await AMQPAdministration.messageCount(queue: queue, configuration: Self.amqp("ranking-e2e-count"))
    }

    /// SIGTERM, then the exit status.
    func terminate() -> Int32 {
        process.terminate()
        process.waitUntilExit()
        return process.terminationStatus
    }

    func tearDown(pool: PostgresPool) async {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        await publisher.shutdown()
        try? await AMQPAdministration.delete(
            queues: [queue, "\(queue).dlq", sinkQueue], exchanges: [exchange], configuration: Self.amqp("ranking-e2e-admin"))
        let schema = schema
        _ = try? await pool.withConnection { try $0.query("DROP SCHEMA IF EXISTS \(schema) CASCADE") }
    }
}
