import AMQP
import EventContracts
import Foundation
import Logging
import Postgres
import TestSupport
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The built `wave-planning` executable as a child process with its own schema, queue and exchange:
/// events published as the scheduler, catalog and purchase-execution would, and what the relay
/// publishes collected from a sink queue.
final class WaveProcess: Sendable {
    let schema = TestEnvironment.uniqueName("wp_e2e")
    let queue: String
    let exchange: String
    let sinkQueue: String
    /// One port for every start, so a restarted service answers at the same address.
    let httpPort: Int
    let logger = Logger(label: "wave-planning-e2e")
    let publisher: AMQPPublisher
    let pool: PostgresPool
    private let processes = ChildProcesses()

    init() throws {
        httpPort = try freePort()
        queue = schema.replacingOccurrences(of: "_", with: "-")
        exchange = "\(queue).events"
        sinkQueue = "\(queue).sink"
        let service = Topology.service(queue, consumes: WavePlanningHandlerTypes.consumed, exchange: exchange, deliveryLimit: 5)
        let sunk = [PurchaseBatchRequested.eventType, WaveCompleted.eventType, ReviewFlagged.eventType]
        let sink = sinkQueue, events = exchange
        let topology = Topology(
            exchanges: service.exchanges,
            queues: service.queues + [QueueSpec(name: sink, bindings: sunk.map { .init(exchange: events, routingKey: $0) })])
        let log = Logger(label: "wave-planning-e2e")
        publisher = AMQPPublisher(configuration: try Self.amqp("wp-e2e-publisher"), topology: topology, logger: log)
        pool = PostgresPool(url: TestEnvironment.databaseURL, size: 2, logger: log)
    }

    static func amqp(_ name: String) throws -> AMQPConfiguration {
        AMQPConfiguration(url: try AMQPURL(TestEnvironment.amqpURL), connectionName: name)
    }

    /// Starts the service (again).
    func start() throws {
        var settings = try ServiceExecutable.commonSettings(schema: schema, queue: queue, exchange: exchange, httpPort: httpPort)
        settings["INDEX_INTERVAL_SECONDS"] = "1"
        settings["LOG_LEVEL"] = ProcessInfo.processInfo.environment["WAVE_E2E_LOG"] ?? "warning"
        let process = ServiceExecutable("wave-planning").process(prefix: "WAVE_PLANNING_", settings: settings)
        try process.run()
        processes.append(process)
    }

    /// SIGKILL: the crash a restart must survive.
    func kill() { processes.kill() }

    func publish<P: EventPayload>(_ payloads: [P]) async throws {
        try await publisher.publish(try payloads.map { payload in
            let event = CloudEvent(id: UUID(), source: "urn:market:test", time: Date(), data: payload)
            return OutgoingMessage(exchange: exchange, routingKey: P.eventType, body: Array(try event.jsonBytes()), messageId: event.id)
        })
    }

    /// The service's Prometheus exposition.
    func metrics() async throws -> String {
        let url = try #require(URL(string: "http://127.0.0.1:\(httpPort)/metrics"))
        let (data, _) = try await URLSession.shared.data(from: url)
        return String(decoding: data, as: UTF8.self)
    }

    func count(_ table: String, _ condition: String = "true") async throws -> Int64 {
        let sql = "SELECT count(*) FROM \(schema).\(table) WHERE \(condition)"
        return try await pool.withConnection { try $0.query(sql)[0].decode(0, as: Int64.self) }
    }

    /// Reads the sink until `done` holds for what arrived (distinct event ids) or `timeout` passes.
    func read(timeout: Duration = .seconds(60), until done: @escaping @Sendable ([EventEnvelope]) -> Bool) async throws -> [EventEnvelope] {
        let consumer = AMQPConsumer(
            configuration: try Self.amqp("wp-e2e-reader"), queue: sinkQueue, prefetch: 200, topology: Topology(), logger: logger)
        let reader = Task {
            var envelopes: [EventEnvelope] = []
            var seen: Set<String> = []
            for await delivery in consumer.deliveries {
                if let envelope = try? EventEnvelope(decoding: Data(delivery.body)), seen.insert(envelope.id).inserted {
                    envelopes.append(envelope)
                }
                try? await consumer.ack(delivery.tag, multiple: false)
                if done(envelopes) { break }
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

    func tearDown() async {
        kill()
        await publisher.shutdown()
        try? await AMQPAdministration.delete(
            queues: [queue, "\(queue).dlq", sinkQueue], exchanges: [exchange], configuration: Self.amqp("wp-e2e-admin"))
        let schema = schema
        _ = try? await pool.withConnection { try $0.query("DROP SCHEMA IF EXISTS \(schema) CASCADE") }
        await pool.shutdown()
    }
}

/// The types the service binds, named here so the harness need not build a handler.
enum WavePlanningHandlerTypes {
    static var consumed: [String] {
        [
            CatalogProductUpserted.eventType, CatalogCompanyUpserted.eventType, BuyerLinked.eventType,
            CompanyRefundsReported.eventType, ProductStockChanged.eventType, WaveRequested.eventType,
            PurchaseBatchExecuted.eventType,
        ]
    }
}
