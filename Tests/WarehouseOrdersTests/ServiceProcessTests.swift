import AMQP
import EventContracts
import Foundation
import Logging
import Postgres
import ServiceKit
import TestSupport
import Testing
@testable import warehouse_orders

/// The built `warehouse-orders` executable as a child process with its own schema, queue and
/// exchange: events published as the game would, events and dead letters read back from the broker.
@Suite(.serialized) struct ServiceProcessTests {
    @Test func eventsInOrdersOutDuplicatesOnceUnknownWarehouseDeadLettered() async throws {
        let name = TestEnvironment.uniqueName("wo_e2e")
        let queue = name.replacingOccurrences(of: "_", with: "-")
        let exchange = "\(queue).events"
        let sink = "\(queue).sink"
        let logger = Logger(label: "warehouse-orders-e2e")
        let amqp = { (connection: String) in AMQPConfiguration(url: try AMQPURL(TestEnvironment.amqpURL), connectionName: connection) }
        let service = Topology.service(queue, consumes: WarehouseOrdersHandler.consumedTypes, exchange: exchange, deliveryLimit: 5)
        let topology = Topology(
            exchanges: service.exchanges,
            queues: service.queues + [QueueSpec(name: sink, bindings: [
                .init(exchange: exchange, routingKey: WarehouseDayCompleted.eventType),
                .init(exchange: exchange, routingKey: WarehouseOrderCreated.eventType),
            ])])
        let publisher = AMQPPublisher(configuration: try amqp("wo-e2e-publisher"), topology: topology, logger: logger)
        let pool = PostgresPool(url: TestEnvironment.databaseURL, size: 1, logger: logger)
        var settings = try ServiceExecutable.commonSettings(schema: name, queue: queue, exchange: exchange)
        settings["BATCH_SIZE"] = "100"
        let process = ServiceExecutable("warehouse-orders").process(prefix: "WAREHOUSE_ORDERS_", settings: settings)
        let environment = process.environment ?? [:]

        do {
            try process.run()
            let unknown = try MarchWarehouse.tick(warehouse: "nowhere")
            let events = try MarchWarehouse.reference() + [MarchWarehouse.tick(), MarchWarehouse.tick(), unknown]
            try await publisher.publish(try events.map { event in
                OutgoingMessage(
                    exchange: exchange, routingKey: event.envelope.type, body: Array(try Self.body(event)),
                    messageId: event.envelope.id)
            })
            let received = try await Self.read(sink, expected: 3, configuration: try amqp("wo-e2e-reader"), logger: logger)
            let completed = try received.filter { $0.type == WarehouseDayCompleted.eventType }
                .map { try $0.decode(as: WarehouseDayCompleted.self).data }
            #expect(completed.map(\.skippedAsDuplicate).sorted { !$0 && $1 } == [false, true])
            #expect(received.filter { $0.type == WarehouseOrderCreated.eventType }.count == 1)
            // The dead letter may settle after the batch's events were relayed: poll for it.
            var deadLetters = 0
            for _ in 0..<150 where deadLetters == 0 {
                deadLetters = try await AMQPAdministration.messageCount(queue: "\(queue).dlq", configuration: try amqp("wo-e2e-admin"))
                if deadLetters == 0 { try await Task.sleep(for: .milliseconds(200)) }
            }
            #expect(deadLetters == 1)
            let orders = try await pool.withConnection {
                try $0.query("SELECT count(*) FROM \(name).customer_order")[0].decode(0, as: Int64.self)
            }
            #expect(orders == 1)

            // The operator's tick command, twice for one day: same event ids, one outcome.
            for _ in 0..<2 { #expect(try Self.runCLI(["tick", "--day", "2025-03-11", "--all"], environment) == 0) }
            #expect(try Self.runCLI(["tick", "--day", "2025-03-11", "--warehouse", "nowhere"], environment) != 0)
            #expect(try Self.runCLI(["tick", "--day", "2025-13-01", "--all"], environment) != 0)
            // Every listing was paused on the 10th, so the 11th orders nothing: one day.completed, and a
            // second one within the wait would mean the day ran twice (the wait is long for slow CI machines).
            let next = try await Self.read(
                sink, expected: 2, timeout: .seconds(20), configuration: try amqp("wo-e2e-reader-2"), logger: logger)
            let nextCompleted = try next.filter { $0.type == WarehouseDayCompleted.eventType }
                .map { try $0.decode(as: WarehouseDayCompleted.self).data }
            #expect(nextCompleted.map(\.dayKey) == ["2025-03-11"])
            #expect(nextCompleted.first?.orderId == nil && nextCompleted.first?.listingsConsidered == 0)
            let markers = try await pool.withConnection {
                try $0.query("SELECT count(*) FROM \(name).warehouse_day_tick")[0].decode(0, as: Int64.self)
            }
            #expect(markers == 2)
        } catch {
            Issue.record(error)
        }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        await publisher.shutdown()
        try? await AMQPAdministration.delete(
            queues: [queue, "\(queue).dlq", sink], exchanges: [exchange], configuration: try amqp("wo-e2e-cleanup"))
        _ = try? await pool.withConnection { try $0.query("DROP SCHEMA IF EXISTS \(name) CASCADE") }
        await pool.shutdown()
    }

    /// Runs the built executable with `arguments` and returns its exit status.
    static func runCLI(_ arguments: [String], _ environment: [String: String]) throws -> Int32 {
        let process = Process()
        process.executableURL = ServiceExecutable("warehouse-orders").url
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The event as published: the same id, time and data, as CloudEvents JSON.
    static func body(_ event: IncomingEvent) throws -> Data {
        func encode<P: EventPayload>(_ payload: P) throws -> Data {
            try CloudEvent(envelope: event.envelope, data: payload).jsonBytes()
        }
        return try encode(event.payload)
    }

    /// Reads `queue` until `expected` messages arrived or `timeout` passed.
    static func read(
        _ queue: String, expected: Int, timeout: Duration = .seconds(60), configuration: AMQPConfiguration, logger: Logger
    ) async throws -> [EventEnvelope] {
        let consumer = AMQPConsumer(
            configuration: configuration, queue: queue, prefetch: 100, topology: Topology(), logger: logger)
        let reader = Task {
            var envelopes: [EventEnvelope] = []
            for await delivery in consumer.deliveries {
                if let envelope = try? EventEnvelope(decoding: Data(delivery.body)) { envelopes.append(envelope) }
                try? await consumer.ack(delivery.tag, multiple: false)
                if envelopes.count >= expected { break }
            }
            return envelopes
        }
        let watchdog = Task {
            try? await Task.sleep(for: timeout)
            await consumer.shutdown()
        }
        let envelopes = await reader.value
        watchdog.cancel()
        await consumer.shutdown()
        return envelopes
    }

    /// The folder holding the built products, next to the test bundle.
}
