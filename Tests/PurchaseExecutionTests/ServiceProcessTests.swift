import AMQP
import EventContracts
import Foundation
import Logging
import Postgres
import ServiceKit
import TestSupport
import Testing
@testable import purchase_execution

/// Two `purchase-execution` processes competing on one queue (own schema, queue and exchange):
/// batches published as wave-planning would, eight streams on the same products, a redelivered
/// batch, and malformed batches that must be dead-lettered and change nothing.
@Suite(.serialized) struct ServiceProcessTests {
    static let products = 6
    static let initialStock: Int64 = 40

    @Test func twoReplicasEightStreamsNeverOversellDuplicatesOnceMalformedDeadLettered() async throws {
        let name = TestEnvironment.uniqueName("pe_e2e")
        let queue = name.replacingOccurrences(of: "_", with: "-")
        let exchange = "\(queue).events"
        let sink = "\(queue).sink"
        let logger = Logger(label: "purchase-execution-e2e")
        let amqp = { (connection: String) in AMQPConfiguration(url: try AMQPURL(TestEnvironment.amqpURL), connectionName: connection) }
        let service = Topology.service(queue, consumes: PurchaseExecutionHandler.consumedTypes, exchange: exchange, deliveryLimit: 5)
        let topology = Topology(
            exchanges: service.exchanges,
            queues: service.queues + [QueueSpec(name: sink, bindings: [.init(exchange: exchange, routingKey: PurchaseBatchExecuted.eventType)])])
        let publisher = AMQPPublisher(configuration: try amqp("pe-e2e-publisher"), topology: topology, logger: logger)
        let pool = PostgresPool(url: TestEnvironment.databaseURL, size: 1, logger: logger)
        let replicas = try (0..<2).map { _ in
            ServiceExecutable("purchase-execution").process(
                prefix: "PURCHASE_EXECUTION_", settings: try ServiceExecutable.commonSettings(schema: name, queue: queue, exchange: exchange))
        }
        func number(_ sql: String) async throws -> Int64 {
            try await pool.withConnection { try $0.query(sql)[0].decode(0, as: Int64.self) }
        }
        func publish(_ bodies: [(type: String, body: Data)]) async throws {
            try await publisher.publish(bodies.map {
                OutgoingMessage(exchange: exchange, routingKey: $0.type, body: Array($0.body), messageId: UUID().uuidString.lowercased())
            })
        }

        do {
            for replica in replicas { try replica.run() }
            let catalog = try (0..<Self.products).map { index in
                try Events.product("p\(index)", company: "c\(index % 3)", price: 1_000 + Int64(index), stock: Self.initialStock)
            }
            try await publish(try catalog.map { (CatalogProductUpserted.eventType, try Self.body($0)) })
            let loaded = try await eventually(timeout: .seconds(60)) {
                try await number("SELECT count(*) FROM \(name).products") == Int64(Self.products)
            }
            try #require(loaded)

            var batches: [IncomingEvent] = []
            for round in 0..<6 {
                for stream in 0..<8 {
                    let company = (stream + round) % 3
                    let lines = (0..<Self.products).filter { $0 % 3 == company }.map { index in
                        Events.line("p\(index)", quantity: Int64(1 + (stream + index + round) % 5), price: 1_000 + Int64(index),
                                    key: "s\(stream):r\(round):p\(index)", wave: "w\(stream)")
                    }
                    batches.append(try Events.batch(lines, wave: "w\(stream)", batchId: "r\(round)", company: "c\(company)"))
                }
            }
            let redelivered = try Events.batch(
                try #require((batches[0].payload as? PurchaseBatchRequested)?.items), wave: "w0", batchId: "r0", company: "c0")
            let unknown = try Events.batch([Events.line("p0", quantity: 1, key: "bad:1"), Events.line("ghost", key: "bad:2")])
            let valid = try Self.body(try Events.batch([Events.line("p0", quantity: 1, key: "bad:3")]))
            var bodies = try (batches + [redelivered, unknown]).map { (PurchaseBatchRequested.eventType, try Self.body($0)) }
            bodies.append((PurchaseBatchRequested.eventType, try Self.editingFirstItem(valid) { $0["quantity"] = 0 }))
            bodies.append((PurchaseBatchRequested.eventType, try Self.editingFirstItem(valid) { $0.removeValue(forKey: "buyerId") }))
            try await publish(bodies)

            let admin = try amqp("pe-e2e-admin")
            let settled = try await eventually(timeout: .seconds(90)) {
                let executed = try await AMQPAdministration.messageCount(queue: sink, configuration: admin)
                let deadLettered = try await AMQPAdministration.messageCount(queue: "\(queue).dlq", configuration: admin)
                return executed == batches.count + 1 && deadLettered == 3
            }
            #expect(settled)
            let reasons = try await Self.deadLetterReasons("\(queue).dlq", count: 3, configuration: try amqp("pe-e2e-dlq"), logger: logger)
            #expect(reasons.contains { $0.contains("unknown product ghost") })
            #expect(reasons.contains { $0.contains("quantity") })
            #expect(reasons.contains { $0.contains("buyerId") })
            let sold = try await number("SELECT coalesce(sum(quantity), 0)::bigint FROM \(name).sale_records")
            let remaining = try await number("SELECT sum(stock)::bigint FROM \(name).products")
            #expect(try await number("SELECT count(*) FROM \(name).products WHERE stock < 0") == 0)
            #expect(sold == Int64(Self.products) * Self.initialStock - remaining)
            #expect(remaining < 10)  // demand exceeded stock: the streams competed for the last units
            #expect(try await number("SELECT sum(total_sold)::bigint FROM \(name).products") == sold)
            let spent = try await number("SELECT sum(spent_cents)::bigint FROM \(name).sale_records")
            #expect(try await number("SELECT sum(balance_cents)::bigint FROM \(name).companies") == spent)
            #expect(try await number("SELECT count(*) FROM \(name).sale_records WHERE idempotency_key LIKE 'bad:%'") == 0)
            #expect(try await number("SELECT count(*) FROM \(name).batch_telemetry") == Int64(batches.count))
        } catch {
            Issue.record(error)
        }
        for replica in replicas where replica.isRunning {
            replica.terminate()
            replica.waitUntilExit()
        }
        await publisher.shutdown()
        try? await AMQPAdministration.delete(
            queues: [queue, "\(queue).dlq", sink], exchanges: [exchange], configuration: try amqp("pe-e2e-cleanup"))
        _ = try? await pool.withConnection { try $0.query("DROP SCHEMA IF EXISTS \(name) CASCADE") }
        await pool.shutdown()
    }

    /// The `x-dead-letter-reason` of the first `count` messages of a dead-letter queue (60 s at most).
    static func deadLetterReasons(
        _ queue: String, count: Int, configuration: AMQPConfiguration, logger: Logger
    ) async throws -> [String] {
        let consumer = AMQPConsumer(configuration: configuration, queue: queue, prefetch: 10, topology: Topology(), logger: logger)
        let reader = Task {
            var reasons: [String] = []
            for await delivery in consumer.deliveries {
                reasons.append(delivery.headers["x-dead-letter-reason"] ?? "")
                try? await consumer.ack(delivery.tag, multiple: false)
                if reasons.count >= count { break }
            }
            return reasons
        }
        let watchdog = Task {
            try? await Task.sleep(for: .seconds(60))
            await consumer.shutdown()
        }
        let reasons = await reader.value
        watchdog.cancel()
        await consumer.shutdown()
        return reasons
    }

    /// The event as published: the same id, time and data, as CloudEvents JSON.
    static func body(_ event: IncomingEvent) throws -> Data {
        func encode<P: EventPayload>(_ payload: P) throws -> Data {
            try CloudEvent(envelope: event.envelope, data: payload).jsonBytes()
        }
        return try encode(event.payload)
    }

    /// A copy of a `purchase.batch.requested` body with its first item edited and a new event id:
    /// how a broken producer's message looks.
    static func editingFirstItem(_ body: Data, _ edit: (inout [String: Any]) -> Void) throws -> Data {
        var object = try #require(try JSONSerialization.jsonObject(with: body) as? [String: Any])
        var data = try #require(object["data"] as? [String: Any])
        var items = try #require(data["items"] as? [[String: Any]])
        edit(&items[0])
        data["items"] = items
        object["data"] = data
        object["id"] = UUID().uuidString.lowercased()
        return try JSONSerialization.data(withJSONObject: object)
    }
}
