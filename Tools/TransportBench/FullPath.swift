import AMQP
import EventContracts
import Foundation
import Logging
import Postgres
import ServiceKit

/// ServiceKit's whole path, from a queue holding `count` events to the broker's confirms of what they
/// emit: the batch consumer applies each batch in one transaction (inbox, a state row, outbox) and acks;
/// the outbox relay publishes what they emit with confirms into a sink queue. Per event the broker does
/// what the bare baseline does per message, one delivery and one confirmed publish, but the publish goes
/// through the topic exchange the services use, whose trie RabbitMQ 3.10 walks with about ten mnesia reads
/// per message, where the baseline's default exchange needs no lookup: 43.5–46.5 µs of RabbitMQ's CPU per
/// event against 34.5–38 µs per bare message (docs/benchmarks.md, session 10).
///
/// The rate is that of a service already running: the clock starts once the relay has confirmed a warm-up
/// of ``warmUpBatches`` batches, and stops when it has confirmed `count` more. Starting cold put the
/// consumer's connect and declare, seven PostgreSQL connections (each a SCRAM exchange and a backend whose
/// catalog caches start empty) and the listener inside the clock: 42–56 ms before the first batch was
/// applied, a twentieth of a 20,000-event run. Counting between two confirmed totals of a full pipeline
/// measures its steady throughput; the bare baseline, too, starts with its consumer connected.
struct FullPath {
    static let warmUpBatches = 4

    let adminDatabaseURL: String
    let amqpURL: AMQPURL
    let batchSize: Int
    let progress: RelayProgress
    let logger: Logger

    func run(count: Int) async throws -> Double {
        let name = "bench_\(UUID().uuidString.prefix(8).lowercased())"
        let schema = try SchemaName(name)
        let queue = name.replacingOccurrences(of: "_", with: "-")
        let exchange = "\(queue).events"
        let sink = "\(queue).sink"
        let service = Topology.service(queue, consumes: BenchHandler.consumedTypes, exchange: exchange)
        let topology = Topology(
            exchanges: service.exchanges,
            queues: service.queues + [
                QueueSpec(name: sink, bindings: [.init(exchange: exchange, routingKey: BrickPriceClosed.eventType)])
            ])
        let pool = PostgresPool(url: adminDatabaseURL, size: 8, logger: logger)
        let descriptor = ServiceDescriptor(
            name: "transport-bench", schema: schema, queue: queue, environmentPrefix: "BENCH_", defaultHTTPPort: 0,
            migrations: [
                Migration(
                    version: 1, name: "bricks",
                    sql: "CREATE TABLE bricks (brick_id text PRIMARY KEY, price_cents bigint NOT NULL, events int NOT NULL);")
            ])
        try await descriptor.migrate(using: pool, logger: logger)

        let publisher = AMQPPublisher(
            configuration: AMQPConfiguration(url: amqpURL, connectionName: "bench-publisher"), topology: topology, logger: logger)
        let relayPublisher = AMQPPublisher(
            configuration: AMQPConfiguration(url: amqpURL, connectionName: "bench-relay"), topology: topology, logger: logger)
        let amqpConsumer = AMQPConsumer(
            configuration: AMQPConfiguration(url: amqpURL, connectionName: "bench-consumer"), queue: queue,
            prefetch: 2 * batchSize, topology: topology, logger: logger)
        let consumer = BatchConsumer(
            configuration: .init(schema: schema, batchSize: batchSize), handler: BenchHandler(schema: schema), pool: pool,
            consumer: amqpConsumer, logger: logger)
        let relay = OutboxRelay(
            configuration: .init(schema: schema, exchange: exchange, batchSize: batchSize), pool: pool,
            publisher: relayPublisher, databaseURL: adminDatabaseURL, logger: logger)
        try await BareBaseline.declare(url: amqpURL, topology: topology, logger: logger)  // before the clock starts

        // The path starts where a service's does, at a queue holding work: the input is published (with
        // confirms, several chunks in flight) before the clock starts, so the load generator's publishing
        // is not charged to the path, just as the bare baseline's consumer is not charged a producer.
        let warmUp = Self.warmUpBatches * batchSize
        let events = try (0..<(warmUp + count)).map { _ in try input(exchange: exchange) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for start in stride(from: 0, to: events.count, by: batchSize) {
                let chunk = Array(events[start..<min(start + batchSize, events.count)])
                group.addTask { try await publisher.publish(chunk) }
                if start / batchSize >= 3 { try await group.next() }
            }
            try await group.waitForAll()
        }

        let confirmedBefore = progress.confirmed
        let services = Task {
            await withDiscardingTaskGroup { group in
                group.addTask { try? await consumer.run() }
                group.addTask { try? await relay.run() }
            }
        }
        try await progress.wait(until: confirmedBefore + warmUp)
        let started = ContinuousClock.now
        try await progress.wait(until: confirmedBefore + warmUp + count)
        let rate = Double(count) / seconds(started.duration(to: .now))
        // Outside the clock: the sink really received one event per input event.
        try await Task.detached {
            try BareBaseline.drain(url: amqpURL, queue: sink, count: warmUp + count, prefetch: batchSize)
        }.value

        services.cancel()
        await services.value
        await publisher.shutdown()
        await relayPublisher.shutdown()
        try? await AMQPAdministration.delete(
            queues: [queue, "\(queue).dlq", sink], exchanges: [exchange],
            configuration: AMQPConfiguration(url: amqpURL, connectionName: "bench-cleanup"))
        _ = try? await pool.withConnection { try $0.query("DROP SCHEMA \(name) CASCADE") }
        await pool.shutdown()
        return rate
    }

    private func input(exchange: String) throws -> OutgoingMessage {
        let event = CloudEvent(
            id: UUID(), source: "urn:market:bench", time: Date(),
            data: BrickListed(brickId: UUID().uuidString.lowercased(), name: "bench", baselinePriceCents: 1_234, listedAt: Date()))
        return OutgoingMessage(
            exchange: exchange, routingKey: BrickListed.eventType, body: Array(try event.jsonBytes()), messageId: event.id)
    }
}
