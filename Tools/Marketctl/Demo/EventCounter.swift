import AMQP
import EventContracts
import Foundation
import Synchronization

/// Counts what crosses the exchange, by emitting service and type, from a transient queue of its own.
final class EventCounter: Sendable {
    private let counts = Mutex<[String: [String: Int]]>([:])
    private let lastSeen = Mutex<ContinuousClock.Instant>(.now)
    private let consumer: AMQPConsumer
    private let queue: String
    private let configuration: AMQPConfiguration

    init(broker: BrokerOptions) throws {
        let queue = QueueSpec.transient(
            name: "marketctl.demo.\(UUID().uuidString.prefix(8).lowercased())",
            bindings: [QueueSpec.Binding(exchange: broker.exchange, routingKey: "#")])
        self.queue = queue.name
        configuration = try broker.configuration("demo-counter")
        consumer = AMQPConsumer(
            configuration: configuration, queue: queue.name, prefetch: 500,
            topology: Topology(exchanges: [ExchangeSpec(name: broker.exchange, kind: .topic)], queues: [queue]),
            logger: broker.logger)
    }

    /// Starts consuming and returns once the counter's queue is bound (events published from then on count).
    func start() async throws -> Task<Void, Never> {
        let counting = Task { await run() }
        let admin = AMQPConfiguration(url: configuration.url, connectionName: "demo-counter-check")
        guard try await AMQPAdministration.waitForConsumer(queue: queue, configuration: admin, timeout: .seconds(30)) else {
            counting.cancel()
            throw CounterNotConsuming(queue: queue)
        }
        return counting
    }

    /// Counts until ``stop()``.
    private func run() async {
        for await delivery in consumer.deliveries {
            let message = ReceivedMessage(delivery)
            let source = message.envelope.map { $0.source.replacingOccurrences(of: "urn:market:", with: "") } ?? "?"
            counts.withLock { $0[source, default: [:]][message.type, default: 0] += 1 }
            lastSeen.withLock { $0 = .now }
            try? await consumer.ack(delivery.tag, multiple: false)
        }
    }

    func stop() async { await consumer.shutdown() }

    /// Events by source (the emitting service, or marketctl) and type.
    var snapshot: [String: [String: Int]] { counts.withLock { $0 } }
    var quietFor: Duration { lastSeen.withLock { $0.duration(to: .now) } }

    func count(_ type: String) -> Int { snapshot.values.reduce(0) { $0 + ($1[type] ?? 0) } }

    /// Every event counted so far, and how long ago `since` the last one arrived (the system's working time
    /// when `since` is the moment the feed started).
    func throughput(since start: ContinuousClock.Instant) -> (events: Int, seconds: Double) {
        let events = snapshot.values.reduce(0) { $0 + $1.values.reduce(0, +) }
        let busy = start.duration(to: lastSeen.withLock { $0 })
        return (events, Double(busy.components.seconds) + Double(busy.components.attoseconds) / 1e18)
    }
}

struct CounterNotConsuming: Error, CustomStringConvertible {
    let queue: String
    var description: String { "the demo's event counter could not consume its queue \(queue)" }
}
